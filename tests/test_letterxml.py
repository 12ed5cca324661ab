"""Letter XML → Document: whitespace, footnote numbering, note references, refusals."""

import pytest

from foiagen.document import Link, NoteRef, Text
from foiagen.letterxml import LetterXMLError, parse_letter

META = '<meta title="t" author="a" subject="s"><header>h</header></meta>'


def doc(body: str):
    return parse_letter(f"<letter>{META}{body}</letter>")


def test_whitespace_collapses_and_paragraph_edges_trim():
    d = doc("<p>\n   two   spaces\n and <i> italic </i> text  </p>")
    assert d.blocks[0].inlines == (Text("two spaces and "), Text("italic ", italic=True), Text("text"))


def test_footnotes_number_in_order_and_noterefs_resolve_forward_and_back():
    d = doc('<p>a<fn id="x">first <noteref to="y"/></fn> b<fn id="y">second, see <noteref to="x"/></fn></p>')
    notes = d.footnotes()
    assert [n.number for n in notes] == [1, 2]
    assert notes[0].paragraphs[0].inlines == (Text("first 2"),)
    assert notes[1].paragraphs[0].inlines == (Text("second, see 1"),)


def test_space_before_a_footnote_mark_is_dropped():
    d = doc("<p>word <fn>note</fn> next</p>")
    assert isinstance(d.blocks[0].inlines[1], NoteRef) and d.blocks[0].inlines[0] == Text("word")


def test_links_keep_their_text():
    d = doc('<p><a href="https://x.org/a?b=1&amp;c=2">here</a></p>')
    assert d.blocks[0].inlines == (Link("https://x.org/a?b=1&c=2", (Text("here"),)),)


@pytest.mark.parametrize("body,message", [
    ('<p><a href="javascript:alert(1)">x</a></p>', "not http"),
    ('<p><noteref to="missing"/></p>', "names no footnote"),
    ('<p style="fancy">x</p>', "unknown paragraph style"),
    ("<p><blink>x</blink></p>", "unknown inline element"),
    ("<table/>", "unknown block element"),
    ("<p>unclosed", "not well-formed"),
])
def test_bad_letter_xml_is_refused(body, message):
    with pytest.raises(LetterXMLError, match=message):
        doc(body)


def test_no_break_space_is_kept_not_collapsed():
    d = doc("<p>5 U.S.C.\u00a0§\u00a0552  and\ttab</p>")
    assert d.blocks[0].inlines == (Text("5 U.S.C.\u00a0§\u00a0552 and tab"),)
