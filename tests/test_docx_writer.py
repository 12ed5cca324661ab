"""The DOCX writer: Document -> .docx bytes, checked in the XML parts, through python-docx and through LibreOffice."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree

from foiagen.document import (
    AddressBlock,
    Document,
    Footnote,
    Heading,
    ItemList,
    Letterhead,
    LineBreak,
    Link,
    ListItem,
    Metadata,
    NoteRef,
    Paragraph,
    SignatureBlock,
    Text,
    plain_text,
)
from foiagen.letterxml import parse_letter
from foiagen.writers import WriterError
from foiagen.writers.docx import write_docx
from foiagen.writers.docx_styles import STYLE_NAMES

FIXTURE = Path(__file__).parent / "fixtures" / "sample_letter.xml"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
NS = {"w": W, "r": R, "pr": PR}


# -- helpers ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample_doc() -> Document:
    return parse_letter(FIXTURE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample_docx(sample_doc) -> bytes:
    return write_docx(sample_doc)


def part(data: bytes, name: str):
    with zipfile.ZipFile(BytesIO(data)) as archive:
        return etree.fromstring(archive.read(name))


def paragraph_text(p) -> str:
    """A w:p's characters as python-docx reads them: w:tab is a tab, w:br a newline."""
    out = []
    for el in p.iter(f"{{{W}}}t", f"{{{W}}}tab", f"{{{W}}}br"):
        tag = etree.QName(el).localname
        if tag == "t":
            out.append(el.text or "")
        elif tag == "tab" and etree.QName(el.getparent()).localname == "r":  # not a tab stop
            out.append("\t")
        elif tag == "br":
            out.append("\n")
    return "".join(out)


def story_text(root) -> str:
    return "\n".join(paragraph_text(p) for p in root.iter(f"{{{W}}}p"))


def docx_text(data: bytes) -> dict[str, str]:
    """The text of the body, the footnotes and every header and footer, by part name."""
    with zipfile.ZipFile(BytesIO(data)) as archive:
        names = [n for n in archive.namelist() if re.fullmatch(r"word/(document|footnotes|header\d|footer\d)\.xml", n)]
    return {name: story_text(part(data, name)) for name in names}


def footnote_texts(data: bytes) -> dict[int, str]:
    root = part(data, "word/footnotes.xml")
    out = {}
    for note in root.findall("w:footnote", NS):
        note_id = int(note.get(f"{{{W}}}id"))
        if note_id > 0:
            out[note_id] = "\n".join(paragraph_text(p) for p in note.findall("w:p", NS))
    return out


def rels(data: bytes, name: str) -> dict[str, etree._Element]:
    return {rel.get("Id"): rel for rel in part(data, name).findall("pr:Relationship", NS)}


def inline_text(inlines, marks: bool) -> str:
    """plain_text, with the footnote numbers too when ``marks`` (as a rendering shows them)."""
    if not marks:
        return plain_text(inlines)
    out = []
    for node in inlines:
        if isinstance(node, NoteRef):
            out.append(str(node.number))
        elif isinstance(node, Link):
            out.append(inline_text(node.children, marks))
        else:
            out.append(plain_text((node,)))
    return "".join(out)


def expected_block_texts(blocks, marks: bool = False):
    """The text every block must show, as the writer's paragraphs should read."""
    plain_text = lambda inlines: inline_text(inlines, marks)  # noqa: E731
    for block in blocks:
        if isinstance(block, Paragraph):
            yield plain_text(block.inlines)
        elif isinstance(block, Heading):
            yield (block.label + "\t" if block.label else "") + plain_text(block.inlines)
        elif isinstance(block, ItemList):
            for item in block.items:
                first = True
                for child in item.blocks:
                    if first and isinstance(child, Paragraph):
                        yield item.label + "\t" + plain_text(child.inlines)
                        first = False
                    else:
                        yield from expected_block_texts([child], marks)
        elif isinstance(block, AddressBlock):
            yield "\n".join(plain_text(line) for line in block.lines)
        elif isinstance(block, Letterhead):
            yield "\n".join(block.names)
        elif isinstance(block, SignatureBlock):
            for sig in block.signatures:
                yield "\n".join(plain_text(line) for line in sig.lines)


def meta(**kw) -> Metadata:
    base = dict(title="Re: Test", author="Requester", subject="FOIA request", running_header=("RUNNING-MARK",))
    base.update(kw)
    return Metadata(**base)


def one_paragraph(*inlines, style="body") -> Document:
    return Document(meta(), (Paragraph(tuple(inlines), style),))


_WORDS = (
    "records agency request fee waiver expedited processing the of and to in public interest "
    "disclosure government operations activities release documents communications"
).split()


def long_letter_xml(paragraphs=60, footnotes=50, header="RUNNING-MARK") -> str:
    """A letter of about a dozen pages with ``footnotes`` footnotes, some with links."""
    rnd = random.Random(7)
    words = lambda n: " ".join(rnd.choice(_WORDS) for _ in range(n))  # noqa: E731
    out = [
        f'<letter><meta title="Re: Long" author="A; B" subject="S" lang="en-US"><header>{header}</header>'
        "<header>January 2, 2025</header></meta><letterhead><name>Org One</name></letterhead>"
        '<p style="date">January 2, 2025</p>'
    ]
    count = 0
    for i in range(paragraphs):
        if i % 10 == 0:
            out.append(f'<h level="1" label="{i // 10 + 1}.">Section {i // 10 + 1}</h>')
        notes = ""
        for _ in range(1 if i % 2 == 0 else 2):
            if count < footnotes:
                count += 1
                notes += (
                    f'<fn>See <i>Case v. Agency {count}</i>, 123 F.3d {count} (D.C. Cir. 2000); '
                    f'<a href="https://example.com/{count}">https://example.com/{count}</a>.</fn>'
                )
        out.append(f"<p>Paragraph {i}: {words(70)}{notes} <b>bold</b> end.</p>")
        if i % 15 == 7:
            items = "".join(f'<item label="{k}.">{words(30)}</item>' for k in range(1, 5))
            out.append(f'<list level="1">{items}</list>')
    while count < footnotes:
        count += 1
        out.append(f"<p>Extra<fn>Footnote {count}.</fn></p>")
    out.append(
        '<p style="closing">Sincerely,</p><signatures><signature><line>/s/ X</line><line>X</line>'
        "</signature></signatures></letter>"
    )
    return "".join(out)


# -- the XML parts ----------------------------------------------------------------------


def test_body_holds_every_block_text(sample_doc, sample_docx):
    body = story_text(part(sample_docx, "word/document.xml"))
    paragraphs = body.split("\n")  # not exact for multi-line blocks, so check substrings
    for expected in expected_block_texts(sample_doc.blocks):
        assert expected in body, expected
    assert paragraphs[0].startswith("Just Futures Law")


def test_footnotes_part_holds_each_footnote_exactly(sample_doc, sample_docx):
    notes = footnote_texts(sample_docx)
    footnotes = sample_doc.footnotes()
    assert len(notes) == len(footnotes) == 2
    for note in footnotes:
        # Word's own number (w:footnoteRef) has no text; a space follows it.
        assert notes[note.number] == " " + "\n".join(plain_text(p.inlines) for p in note.paragraphs)
    assert "Second paragraph; see note 1." in notes[2]
    # Multi-paragraph footnotes stay paragraphs, all in the footnote text style.
    note2 = part(sample_docx, "word/footnotes.xml").find("w:footnote[@w:id='2']", NS)
    assert [p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val") for p in note2.findall("w:p", NS)] == ["FootnoteText"] * 2


def test_footnote_references_and_separators(sample_doc, sample_docx):
    refs = part(sample_docx, "word/document.xml").findall(".//w:footnoteReference", NS)
    assert [int(r.get(f"{{{W}}}id")) for r in refs] == [n.number for n in sample_doc.footnotes()]
    for ref in refs:  # the mark is superscript through the reference style
        assert ref.getparent().find("w:rPr/w:rStyle", NS).get(f"{{{W}}}val") == "FootnoteReference"
    notes = part(sample_docx, "word/footnotes.xml")
    types = {n.get(f"{{{W}}}id"): n.get(f"{{{W}}}type") for n in notes.findall("w:footnote", NS)}
    assert types["-1"] == "separator" and types["0"] == "continuationSeparator"
    settings = part(sample_docx, "word/settings.xml")
    assert [f.get(f"{{{W}}}id") for f in settings.findall("w:footnotePr/w:footnote", NS)] == ["-1", "0"]
    # footnotePr sits before compat, as CT_Settings orders them.
    tags = [etree.QName(el).localname for el in settings]
    assert tags.index("footnotePr") < tags.index("compat")


def test_document_with_many_footnotes_counts_match():
    doc = parse_letter(long_letter_xml())
    data = write_docx(doc)
    assert len(footnote_texts(data)) == len(doc.footnotes()) == 50
    assert len(part(data, "word/document.xml").findall(".//w:footnoteReference", NS)) == 50


def test_named_styles_exist_and_every_reference_resolves(sample_docx):
    styles = part(sample_docx, "word/styles.xml")
    names = {s.find("w:name", NS).get(f"{{{W}}}val") for s in styles.findall("w:style", NS)}
    ids = {s.get(f"{{{W}}}styleId") for s in styles.findall("w:style", NS)}
    for name in STYLE_NAMES + ("FOIA Body", "FOIA Re", "FOIA Heading 1", "FOIA Sub-item", "heading 1"):
        assert name in names
    for story in ("word/document.xml", "word/footnotes.xml", "word/header2.xml", "word/footer1.xml"):
        root = part(sample_docx, story)
        for ref in root.iterfind(".//w:pStyle", NS):
            assert ref.get(f"{{{W}}}val") in ids
        for ref in root.iterfind(".//w:rStyle", NS):
            assert ref.get(f"{{{W}}}val") in ids
    for style_id in ("FOIAHeading1", "FOIAHeading2"):
        style = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
        assert style.find("w:basedOn", NS).get(f"{{{W}}}val") == style_id.replace("FOIA", "")
        assert style.find("w:pPr/w:keepNext", NS) is not None
    assert styles.find("w:style[@w:styleId='FootnoteText']/w:rPr/w:sz", NS).get(f"{{{W}}}val") == "20"
    assert styles.find("w:style[@w:styleId='FootnoteReference']/w:rPr/w:vertAlign", NS).get(f"{{{W}}}val") == "superscript"
    defaults = styles.find("w:docDefaults/w:rPrDefault/w:rPr", NS)
    assert defaults.find("w:rFonts", NS).get(f"{{{W}}}ascii") == "Times New Roman"
    assert defaults.find("w:sz", NS).get(f"{{{W}}}val") == "24"


def test_paragraph_styles_follow_the_document(sample_docx):
    body = part(sample_docx, "word/document.xml")
    by_style = {}
    for p in body.iter(f"{{{W}}}p"):
        by_style.setdefault(p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val"), []).append(paragraph_text(p))
    assert by_style["FOIARe"][0].startswith("Re: Freedom")
    assert by_style["FOIAHeading1"] == ["I.\tBackground", "II.\tRecords Requested"]
    assert by_style["FOIAHeading2"] == ["A.\tA subsection"]
    assert by_style["FOIACategory"][0].startswith("1.\tThe purchase order")
    assert by_style["FOIASubitem"] == [
        "a.\tProcedures for and restrictions on using photos;",
        "b.\tRecords identifying any sources of such photos.",
    ]
    assert by_style["FOIAAddress"][0].split("\n")[-1] == "ICE-FOIA@dhs.gov"
    assert len(by_style["FOIASignature"]) == 2
    assert by_style["FOIALetterhead"] == ["Just Futures Law\nImmigrant Defense Project"]
    assert by_style["FOIABody"][-1] == "Line one\nline two."
    for style in ("FOIADate", "FOIAVia", "FOIASalutation", "FOIAQuote", "FOIASubheading", "FOIACertification", "FOIAClosing"):
        assert style in by_style


def test_page_setup_headers_and_footers(sample_docx):
    body = part(sample_docx, "word/document.xml")
    sect = body.find("w:body/w:sectPr", NS)
    assert sect.find("w:titlePg", NS) is not None
    assert sect.find("w:pgSz", NS).get(f"{{{W}}}w") == "12240" and sect.find("w:pgSz", NS).get(f"{{{W}}}h") == "15840"
    margins = sect.find("w:pgMar", NS)
    assert all(margins.get(f"{{{W}}}{side}") == "1440" for side in ("top", "bottom", "left", "right"))
    doc_rels = rels(sample_docx, "word/_rels/document.xml.rels")
    refs = {(el.get(f"{{{W}}}type"), etree.QName(el).localname): doc_rels[el.get(f"{{{R}}}id")].get("Target")
            for el in sect if el.get(f"{{{R}}}id")}
    first_header = story_text(part(sample_docx, "word/" + refs["first", "headerReference"]))
    default_header = part(sample_docx, "word/" + refs["default", "headerReference"])
    assert first_header.strip() == ""
    assert story_text(default_header).startswith("FOIA Request to ICE re AT&T\nOctober 19, 2020\nPage ")
    instr = "".join(t.text for t in default_header.iter(f"{{{W}}}instrText"))
    assert instr.strip() == "PAGE"
    # every page's foot: "Page N of M", as in the PDF
    for footer in (part(sample_docx, "word/" + refs["default", "footerReference"]),
                   part(sample_docx, "word/" + refs["first", "footerReference"])):
        assert [t.text.strip() for t in footer.iter(f"{{{W}}}instrText")] == ["PAGE", "NUMPAGES"]
        assert story_text(footer) == "Page 1 of 1"


def test_hyperlinks_have_relationships_in_their_own_part(sample_docx):
    notes = part(sample_docx, "word/footnotes.xml")
    link = notes.find(".//w:hyperlink", NS)
    note_rels = rels(sample_docx, "word/_rels/footnotes.xml.rels")
    rel = note_rels[link.get(f"{{{R}}}id")]
    assert rel.get("Target") == "https://techcrunch.com/2020/08/14/clearview-ai-ice-hsi-contract-2020/"
    assert rel.get("TargetMode") == "External" and rel.get("Type").endswith("/hyperlink")
    assert link.find("w:r/w:rPr/w:rStyle", NS).get(f"{{{W}}}val") == "Hyperlink"
    body_link = part(sample_docx, "word/document.xml").find(".//w:hyperlink", NS)
    assert rels(sample_docx, "word/_rels/document.xml.rels")[body_link.get(f"{{{R}}}id")].get("Target") == "mailto:ICE-FOIA@dhs.gov"
    # Italic inside the footnote survives.
    italic = [paragraph_text(r) for r in notes.iter(f"{{{W}}}r") if r.find("w:rPr/w:i", NS) is not None]
    assert italic == ["Clearview AI landed a new facial recognition contract with ICE"]


def test_link_targets_are_uri_escaped_once():
    url = "https://example.com/a b/é?q=1&r=%20"
    data = write_docx(one_paragraph(Link(url, (Text("x"),))))
    targets = [r.get("Target") for r in rels(data, "word/_rels/document.xml.rels").values()]
    assert "https://example.com/a%20b/%C3%A9?q=1&r=%20" in targets


def test_metadata_and_fixed_dates(sample_docx):
    core = part(sample_docx, "docProps/core.xml")
    ns = {"dc": "http://purl.org/dc/elements/1.1/", "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
          "dcterms": "http://purl.org/dc/terms/"}
    assert core.findtext("dc:title", namespaces=ns) == "Re: Freedom of Information Act request regarding AT&T records"
    assert core.findtext("dc:creator", namespaces=ns) == "Example Org; Other Org"
    assert core.findtext("dc:subject", namespaces=ns) == "FOIA request to ICE"
    assert core.findtext("dc:language", namespaces=ns) == "en-US"
    assert core.findtext("cp:revision", namespaces=ns) == "1"
    assert core.findtext("dcterms:created", namespaces=ns) == "2000-01-01T00:00:00Z"
    assert core.findtext("dcterms:modified", namespaces=ns) == "2000-01-01T00:00:00Z"


def test_keywords_and_language_are_written():
    doc = Document(meta(keywords=("FOIA", "ICE"), language="es-US"), (Paragraph((Text("Hola"),)),))
    data = write_docx(doc)
    core = etree.tostring(part(data, "docProps/core.xml"), encoding="unicode")
    assert "<cp:keywords>FOIA; ICE</cp:keywords>" in core and "<dc:language>es-US</dc:language>" in core
    lang = part(data, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert lang.get(f"{{{W}}}val") == "es-US"


def test_two_renders_are_byte_identical(sample_doc, sample_docx):
    assert write_docx(sample_doc) == sample_docx
    again = parse_letter(FIXTURE.read_text(encoding="utf-8"))
    assert write_docx(again) == sample_docx
    with zipfile.ZipFile(BytesIO(sample_docx)) as archive:
        infos = archive.infolist()
    assert infos[0].filename == "[Content_Types].xml"
    assert {i.date_time for i in infos} == {(2000, 1, 1, 0, 0, 0)}


def test_the_letters_date_or_the_option_dates_the_files(monkeypatch, sample_doc):
    import datetime as dt
    from dataclasses import replace

    from foiagen.writers import WriterOptions

    def dates(data):
        archive = zipfile.ZipFile(BytesIO(data))
        core = archive.read("docProps/core.xml").decode()
        return re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core), {i.date_time for i in archive.infolist()}

    dated = replace(sample_doc, metadata=replace(sample_doc.metadata, date="2020-10-19"))
    assert dates(write_docx(dated)) == (["2020-10-19T00:00:00Z"] * 2, {(2020, 10, 19, 0, 0, 0)})
    option = WriterOptions(dt.datetime(2021, 1, 2, 3, 4, 6, tzinfo=dt.timezone.utc))
    assert dates(write_docx(dated, option)) == (["2021-01-02T03:04:06Z"] * 2, {(2021, 1, 2, 3, 4, 6)})
    # the writer never reads the environment: SOURCE_DATE_EPOCH reaches it only as an option
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    assert dates(write_docx(dated)) == (["2020-10-19T00:00:00Z"] * 2, {(2020, 10, 19, 0, 0, 0)})


@pytest.mark.parametrize("environ, created", [
    ({}, None),
    ({"SOURCE_DATE_EPOCH": " 1603065600 "}, "2020-10-19T00:00:00+00:00"),
    ({"SOURCE_DATE_EPOCH": ""}, None),
])
def test_writer_options_from_the_environment(environ, created):
    from foiagen.writers import WriterOptions

    options = WriterOptions.from_environment(environ)
    assert (options.created.isoformat() if options.created else None) == created


@pytest.mark.parametrize("raw", ["yesterday", "1.5", "99999999999999999999"])
def test_a_malformed_source_date_epoch_is_refused(raw):
    from foiagen.writers import WriterOptions

    with pytest.raises(ValueError, match="SOURCE_DATE_EPOCH"):
        WriterOptions.from_environment({"SOURCE_DATE_EPOCH": raw})


def test_python_docx_reopens_the_output(sample_doc, sample_docx):
    import docx

    reopened = docx.Document(BytesIO(sample_docx))
    texts = [p.text for p in reopened.paragraphs]
    assert texts[0] == "Just Futures Law\nImmigrant Defense Project"
    assert "I.\tBackground" in texts
    assert reopened.core_properties.title.startswith("Re: Freedom")
    assert reopened.core_properties.author == "Example Org; Other Org"
    assert reopened.sections[0].different_first_page_header_footer is True
    assert "FOIA Request to ICE re AT&T" in reopened.sections[0].header.paragraphs[0].text
    assert reopened.styles["FOIA Body"].paragraph_format.first_line_indent.inches == 0.5
    assert reopened.styles["FOIA Sub-item"].paragraph_format.first_line_indent.inches == -0.5


# -- text is kept exactly, or refused by name -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "  leading and trailing  ",
        "double  space",
        "AT&T <records> *not bold* _x_ # 1. ]]> &amp;",
        "Nguyễn Văn Ư, Ελληνικά, Кириллица, 𝒜 😀 \u00ad\u200b\u00a0\u0085",
        "§ 552(a)(6)(E)(v)(II) — “quoted” ‘single’ …",
    ],
)
def test_every_character_is_kept(text):
    data = write_docx(one_paragraph(Text(text), Text(text, italic=True), Text(text, bold=True, italic=True)))
    body = part(data, "word/document.xml").find("w:body", NS)
    assert paragraph_text(body[0]) == text * 3


def test_tabs_and_newlines_become_word_tabs_and_breaks():
    data = write_docx(one_paragraph(Text("a\tb\nc\r\nd"), LineBreak(), Text("e")))
    p = part(data, "word/document.xml").find("w:body/w:p", NS)
    assert paragraph_text(p) == "a\tb\nc\nd\ne"
    assert not any("\t" in (t.text or "") or "\n" in (t.text or "") for t in p.iter(f"{{{W}}}t"))


@pytest.mark.parametrize("char", ["\x00", "\x0b", "\x1f", "\ufffe", "\ud800"])
def test_characters_xml_forbids_raise_writer_error(char):
    with pytest.raises(WriterError, match=f"U\\+{ord(char):04X}"):
        write_docx(one_paragraph(Text(f"before{char}after")))


def test_forbidden_character_in_metadata_or_footnote_is_named():
    with pytest.raises(WriterError, match="U\\+0007"):
        write_docx(Document(meta(title="bell\x07"), ()))
    note = Footnote(1, (Paragraph((Text("bad\x01"),), "plain"),))
    with pytest.raises(WriterError, match="U\\+0001"):
        write_docx(one_paragraph(Text("x"), NoteRef(note)))


def test_footnote_inside_footnote_is_refused():
    inner = Footnote(2, (Paragraph((Text("inner"),), "plain"),))
    outer = Footnote(1, (Paragraph((Text("outer"), NoteRef(inner)), "plain"),))
    with pytest.raises(WriterError, match="inside another footnote"):
        write_docx(one_paragraph(Text("x"), NoteRef(outer)))


def test_footnotes_out_of_order_are_refused():
    note = Footnote(3, (Paragraph((Text("three"),), "plain"),))
    with pytest.raises(WriterError, match="numbered 3"):
        write_docx(one_paragraph(Text("x"), NoteRef(note)))


def test_unknown_style_and_heading_level_are_refused():
    with pytest.raises(WriterError, match="style"):
        write_docx(one_paragraph(Text("x"), style="fancy"))
    with pytest.raises(WriterError, match="heading level 3"):
        write_docx(Document(meta(), (Heading(3, "", (Text("x"),)),)))


def test_footnote_in_a_heading_link_address_and_signature():
    notes = [Footnote(n, (Paragraph((Text(f"note {n}"),), "plain"),)) for n in range(1, 5)]
    doc = Document(meta(), (
        Heading(1, "I.", (Text("Head"), NoteRef(notes[0]))),
        Paragraph((Link("https://a.example/", (Text("link"), NoteRef(notes[1]))),)),
        AddressBlock(((Text("Office"), NoteRef(notes[2])), (Text("City"),))),
        SignatureBlock(()),
        Paragraph((Text("end"), NoteRef(notes[3]))),
    ))
    data = write_docx(doc)
    assert footnote_texts(data) == {n: f" note {n}" for n in range(1, 5)}


def test_nested_lists_and_item_continuations():
    doc = Document(meta(), (
        ItemList((
            ListItem("1.", (Paragraph((Text("first"),), "plain"), Paragraph((Text("more"),), "plain"))),
            ListItem("2.", (ItemList((ListItem("a.", (Paragraph((Text("sub"),), "plain"),)),), level=2),)),
            ListItem("3.", (ItemList((ListItem("i.", (Paragraph((Text("deep"),), "plain"),)),), level=3),)),
        )),
    ))
    body = part(write_docx(doc), "word/document.xml").find("w:body", NS)
    got = [(p.find("w:pPr/w:pStyle", NS).get(f"{{{W}}}val"), paragraph_text(p)) for p in body.findall("w:p", NS)]
    assert got == [
        ("FOIACategory", "1.\tfirst"),
        ("FOIACategoryContinued", "more"),
        ("FOIACategory", "2.\t"),
        ("FOIASubitem", "a.\tsub"),
        ("FOIACategory", "3.\t"),
        ("FOIASubitem", "i.\tdeep"),
    ]
    deep = body.findall("w:p", NS)[-1].find("w:pPr/w:ind", NS)
    assert (deep.get(f"{{{W}}}left"), deep.get(f"{{{W}}}hanging")) == ("2160", "720")


# -- LibreOffice renders it ------------------------------------------------------------------


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return out.split("\f")[:-1] if out.endswith("\f") else out.split("\f")


def _squash(text: str) -> str:
    # pdftotext breaks lines anywhere, even inside a URL: compare without whitespace.
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def libreoffice_pages(tmp_path_factory, sample_docx):
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        pytest.skip("LibreOffice (soffice) and poppler (pdftotext) are needed for the round trip")
    tmp = tmp_path_factory.mktemp("lo")
    (tmp / "sample.docx").write_bytes(sample_docx)
    (tmp / "long.docx").write_bytes(write_docx(parse_letter(long_letter_xml())))
    subprocess.run(
        ["soffice", f"-env:UserInstallation={(tmp / 'profile').as_uri()}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp), str(tmp / "sample.docx"), str(tmp / "long.docx")],
        check=True, capture_output=True, timeout=180,
    )
    return {name: _pages(tmp / f"{name}.pdf") for name in ("sample", "long")}


@pytest.mark.slow
def test_libreoffice_shows_body_and_footnotes(libreoffice_pages, sample_doc):
    pages = libreoffice_pages["sample"]
    whole = _squash("".join(pages))
    for expected in expected_block_texts(sample_doc.blocks, marks=True):
        assert _squash(expected) in whole, expected
    for note in sample_doc.footnotes():
        for para in note.paragraphs:
            assert _squash(plain_text(para.inlines)) in whole
    # Footnote 1 is referenced on page 1 and printed at its foot.
    assert _squash("Publicly available documents indicate HSI funded it.") in _squash(pages[0])


def test_libreoffice_running_header_only_after_page_one(libreoffice_pages):
    pages = libreoffice_pages["long"]
    assert len(pages) >= 10
    assert "RUNNING-MARK" not in pages[0]
    for number, page in enumerate(pages[1:], start=2):
        head = page.strip().splitlines()[:3]
        assert head[0].strip() == "RUNNING-MARK" and head[2].strip() == f"Page {number}", head
    whole = _squash("".join(pages))
    for n in range(1, 51):
        assert _squash(f"See Case v. Agency {n}, 123 F.3d {n} (D.C. Cir. 2000); https://example.com/{n}.") in whole
    # The footer page number is centred at the bottom of every page.
    for number, page in enumerate(pages, start=1):
        assert page.strip().splitlines()[-1].strip() == f"Page {number} of {len(pages)}"
