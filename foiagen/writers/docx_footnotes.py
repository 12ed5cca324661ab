"""The WordprocessingML vocabulary the DOCX writer shares, and the footnotes part.

Word keeps footnotes in their own part, ``word/footnotes.xml``: the body holds only a
``w:footnoteReference w:id=N`` run, the part holds ``w:footnote w:id=N``, and a hyperlink
inside a footnote takes its relationship from ``word/_rels/footnotes.xml.rels``, not from
the document's.  Ids -1 and 0 are the separator and continuation-separator "footnotes"
that ``settings.xml`` names in ``w:footnotePr``; Word numbers the real ones by position.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
NSMAP = {"w": W_NS, "r": R_NS}


def w(tag: str) -> str:
    """The Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


# Tags and attributes used in the hot loops, computed once.
P, PPR, PSTYLE, R, RPR, RSTYLE, T, TAB, BR = (w(t) for t in ("p", "pPr", "pStyle", "r", "rPr", "rStyle", "t", "tab", "br"))
B, I, VAL, ID = w("b"), w("i"), w("val"), w("id")
FOOTNOTE, FOOTNOTE_REFERENCE, FOOTNOTE_REF = w("footnote"), w("footnoteReference"), w("footnoteRef")
HYPERLINK, R_ID = w("hyperlink"), f"{{{R_NS}}}id"

FOOTNOTE_TEXT_STYLE = "FootnoteText"
FOOTNOTE_REFERENCE_STYLE = "FootnoteReference"


def new_footnotes_root():
    """``w:footnotes`` holding the two separator footnotes Word expects (ids -1 and 0)."""
    root = etree.Element(w("footnotes"), nsmap=NSMAP)
    for note_id, kind, mark in (("-1", "separator", "separator"), ("0", "continuationSeparator", "continuationSeparator")):
        note = etree.SubElement(root, FOOTNOTE)
        note.set(w("type"), kind)
        note.set(ID, note_id)
        p = etree.SubElement(note, P)
        spacing = etree.SubElement(etree.SubElement(p, PPR), w("spacing"))
        spacing.set(w("after"), "0")
        spacing.set(w("line"), "240")
        spacing.set(w("lineRule"), "auto")
        etree.SubElement(etree.SubElement(p, R), w(mark))
    return root


def add_reference_run(paragraph_or_link, note_id: int) -> None:
    """Append the body run that points at footnote ``note_id`` (a superscript mark)."""
    r = etree.SubElement(paragraph_or_link, R)
    etree.SubElement(etree.SubElement(r, RPR), RSTYLE).set(VAL, FOOTNOTE_REFERENCE_STYLE)
    etree.SubElement(r, FOOTNOTE_REFERENCE).set(ID, str(note_id))


def add_footnote(root, note_id: int):
    """Append ``w:footnote`` ``note_id`` to ``root``; return a function that adds its paragraphs.

    The first paragraph opens with the footnote's own number (``w:footnoteRef``) and a
    space, as Word writes it; every paragraph has the FootnoteText style.
    """
    note = etree.SubElement(root, FOOTNOTE)
    note.set(ID, str(note_id))
    first = [True]

    def new_paragraph():
        p = etree.SubElement(note, P)
        etree.SubElement(etree.SubElement(p, PPR), PSTYLE).set(VAL, FOOTNOTE_TEXT_STYLE)
        if first[0]:
            first[0] = False
            r = etree.SubElement(p, R)
            etree.SubElement(etree.SubElement(r, RPR), RSTYLE).set(VAL, FOOTNOTE_REFERENCE_STYLE)
            etree.SubElement(r, FOOTNOTE_REF)
            t = etree.SubElement(etree.SubElement(p, R), T)
            t.set(XML_SPACE, "preserve")
            t.text = " "
        return p

    return new_paragraph


def footnote_pr_settings():
    """``w:footnotePr`` for settings.xml: the separators by id."""
    pr = etree.Element(w("footnotePr"))
    for note_id in ("-1", "0"):
        etree.SubElement(pr, FOOTNOTE).set(ID, note_id)
    return pr
