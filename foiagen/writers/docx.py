"""The DOCX writer: a Document becomes the bytes of a Word file with real footnotes and named styles.

The package is assembled directly with lxml rather than through python-docx: python-docx
has no footnote API, its default template drags in 900 KB of styles and a thumbnail, and
writing the dozen small parts ourselves is several times faster and gives byte-identical
output for the same Document (fixed timestamps, fixed zip entry order and metadata).

Letterhead logos are inline pictures (``wp:inline``) in a centred paragraph above the
names, each an ``a:blip`` whose ``r:embed`` names a ``word/media/imageN`` part.

Layout: US Letter, 1-inch margins, 12 pt Times New Roman.  Page 1 has no header; later
pages carry the running header and "Page N"; every page has the page number centred in
the footer.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from lxml import etree

from ..document import (
    AddressBlock,
    Document,
    Heading,
    Image,
    ItemList,
    Letterhead,
    LineBreak,
    Link,
    NoteRef,
    Paragraph,
    SignatureBlock,
    Text,
)
from . import WriterError, WriterOptions, created_date, logo_row
from . import docx_footnotes as fn
from .docx_footnotes import B, BR, HYPERLINK, I, NSMAP, P, PPR, PSTYLE, R, R_ID, RPR, RSTYLE, T, TAB, VAL, XML_SPACE, w
from .docx_styles import (
    ADDRESS_STYLE,
    HEADING_STYLE_IDS,
    HYPERLINK_STYLE,
    LETTERHEAD_STYLE,
    LOGOS_STYLE,
    LIST_STYLE_IDS,
    PAGE_NUMBER_STYLE,
    PARAGRAPH_STYLE_IDS,
    RUNNING_HEADER_STYLE,
    SIGNATURE_STYLE,
)
from .docx_package import (
    APP_XML, FONT_TABLE_XML, PACKAGE_RELS, RT, SETTINGS_XML, check_xml, content_types, core_xml, rels_xml, serialize,
    styles_xml, zip_parts,
)

__all__ = ["write_docx"]


_IMAGE_RT = RT + "image"
_R_EMBED = f"{{{fn.R_NS}}}embed"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_DRAWING_NSMAP = {"wp": _WP_NS, "a": _A_NS, "pic": _PIC_NS}
_EMU_PER_POINT = 12700
_IMAGE_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpeg"}

_CONTROL = re.compile("(\r\n|[\t\n\r])")
# Characters allowed unescaped in a URI (RFC 3986 reserved + unreserved) and '%' for
# escapes already present; everything else (spaces, non-ASCII) is percent-encoded.
_URI_SAFE = "!#$&'()*+,/:;=?@[]~-._%"


def write_docx(doc: Document, options: WriterOptions | None = None) -> bytes:
    """The .docx bytes of ``doc``; the same Document always gives the same bytes.

    Raises WriterError for what a DOCX cannot hold: a character XML 1.0 forbids, a
    footnote inside a footnote, footnotes not numbered 1, 2, 3… in reference order,
    an unknown paragraph style or heading level, a link inside a link.
    """
    when = created_date(doc, options)
    builder = _Builder()
    body_xml = builder.document(doc)
    meta = doc.metadata
    header_first = _header_footer("hdr", [])
    header_default = _header_footer("hdr", _running_header(meta.running_header))
    footer = _header_footer("ftr", [_page_number_paragraph()])

    doc_rels = [
        ("rId1", RT + "styles", "styles.xml"),
        ("rId2", RT + "settings", "settings.xml"),
        ("rId3", RT + "fontTable", "fontTable.xml"),
        ("rId4", RT + "footnotes", "footnotes.xml"),
        ("rId5", RT + "header", "header1.xml"),
        ("rId6", RT + "header", "header2.xml"),
        ("rId7", RT + "footer", "footer1.xml"),
        ("rId8", RT + "footer", "footer2.xml"),
    ]
    parts = [
        ("[Content_Types].xml", content_types(sorted({name.rsplit(".", 1)[1] for name, _ in builder.media}))),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/app.xml", APP_XML),
        ("docProps/core.xml", core_xml(meta, when)),
        ("word/document.xml", body_xml),
        ("word/_rels/document.xml.rels", rels_xml(doc_rels + builder.media_rels, builder.body.rels)),
        ("word/styles.xml", styles_xml(meta.language)),
        ("word/settings.xml", SETTINGS_XML),
        ("word/fontTable.xml", FONT_TABLE_XML),
        ("word/footnotes.xml", serialize(builder.footnotes_root)),
        ("word/header1.xml", header_first),
        ("word/header2.xml", header_default),
        ("word/footer1.xml", footer),
        ("word/footer2.xml", footer),
    ]
    if builder.notes.rels:
        parts.insert(10, ("word/_rels/footnotes.xml.rels", rels_xml([], builder.notes.rels)))
    parts += builder.media
    data = zip_parts(parts, when)
    if options is not None and options.reference_docx:
        from .docx_reference import apply_reference

        data = apply_reference(data, options.reference_docx)
    return data


# -- body -------------------------------------------------------------------------


class _Story:
    """One part's text: its hyperlink relationships, and whether footnote references may appear."""

    def __init__(self, rid_start: int, allow_notes: bool):
        self.rels: dict[str, str] = {}
        self.next_rid = rid_start
        self.allow_notes = allow_notes

    def link_rid(self, url: str) -> str:
        target = quote(url, safe=_URI_SAFE)
        rid = self.rels.get(target)
        if rid is None:
            rid = self.rels[target] = f"rId{self.next_rid}"
            self.next_rid += 1
        return rid


class _Builder:
    def __init__(self):
        self.body = _Story(rid_start=9, allow_notes=True)  # rId1-8: the fixed parts
        self.notes = _Story(rid_start=1, allow_notes=False)
        self.footnotes_root = fn.new_footnotes_root()
        self.note_count = 0
        self.media: list[tuple[str, bytes]] = []  # (part name, bytes) of each picture
        self.media_rels: list[tuple[str, str, str]] = []  # (rId, type, target)
        self._media_rids: dict[bytes, str] = {}  # the same picture twice is stored once
        self.drawing_count = 0

    def document(self, doc: Document) -> bytes:
        pictures = any(isinstance(b, Letterhead) and b.logos for b in doc.blocks)
        root = etree.Element(w("document"), nsmap={**NSMAP, **_DRAWING_NSMAP} if pictures else NSMAP)
        body = etree.SubElement(root, w("body"))
        for block in doc.blocks:
            self.block(body, block, list_level=0)
        body.append(_section_properties())
        return serialize(root)

    # -- blocks ----------------------------------------------------------------------
    def block(self, body, block, list_level):
        if isinstance(block, Paragraph):
            style = PARAGRAPH_STYLE_IDS.get(block.style)
            if style is None:
                raise WriterError(f"unknown paragraph style {block.style!r}")
            p = self.paragraph(body, style, keep_next=block.keep_with_next)
            if block.label:  # hung before the text (the styles with labels hang 0.5 in)
                self.label_runs(p, block.label)
            self.inlines(p, block.inlines, self.body)
        elif isinstance(block, Heading):
            style = HEADING_STYLE_IDS.get(block.level)
            if style is None:
                raise WriterError(f"heading level {block.level} has no DOCX style (levels 1 and 2 do)")
            p = self.paragraph(body, style)
            if block.new_page:
                p[0].append(etree.Element(w("pageBreakBefore")))
            if block.label:
                self.label_runs(p, block.label)
            self.inlines(p, block.inlines, self.body)
        elif isinstance(block, ItemList):
            self.item_list(body, block, list_level)
        elif isinstance(block, AddressBlock):
            self.lines(self.paragraph(body, ADDRESS_STYLE), block.lines)
        elif isinstance(block, Letterhead):
            if block.logos:
                self.logos(self.paragraph(body, LOGOS_STYLE), block.logos)
            p = self.paragraph(body, LETTERHEAD_STYLE)
            for i, name in enumerate(block.names):
                if i:
                    etree.SubElement(etree.SubElement(p, R), BR)
                self.text_run(p, name, False, False)
        elif isinstance(block, SignatureBlock):
            for signature in block.signatures:
                self.lines(self.paragraph(body, SIGNATURE_STYLE), signature.lines)
        else:
            raise WriterError(f"the DOCX writer cannot render a {type(block).__name__} block")

    # -- pictures ----------------------------------------------------------------------
    def logos(self, p, logos: tuple[Image, ...]):
        sizes, gap = logo_row(logos)
        spaces = max(1, round(gap / 6))  # en spaces of the 12 pt style font: 6 pt each
        for i, (logo, (width, height)) in enumerate(zip(logos, sizes)):
            if i:
                r = etree.SubElement(p, R)
                t = etree.SubElement(r, T)
                t.set(XML_SPACE, "preserve")
                t.text = "\u2002" * spaces
            self.picture(etree.SubElement(p, R), logo, round(width * _EMU_PER_POINT), round(height * _EMU_PER_POINT))

    def media_rid(self, image: Image) -> str:
        rid = self._media_rids.get(image.data)
        if rid is None:
            ext = _IMAGE_EXTENSIONS.get(image.mime)
            if ext is None:
                raise WriterError(f"a {image.mime} picture cannot be written to DOCX (PNG and JPEG can)")
            rid = self._media_rids[image.data] = f"rId{self.body.next_rid}"
            self.body.next_rid += 1
            name = f"media/image{len(self.media) + 1}.{ext}"
            self.media.append((f"word/{name}", image.data))
            self.media_rels.append((rid, _IMAGE_RT, name))
        return rid

    def picture(self, r, image: Image, cx: int, cy: int):
        check_xml(image.description, "a picture's description")
        self.drawing_count += 1
        number = str(self.drawing_count)
        wp, a, pic = (lambda t: f"{{{_WP_NS}}}{t}"), (lambda t: f"{{{_A_NS}}}{t}"), (lambda t: f"{{{_PIC_NS}}}{t}")
        inline = etree.SubElement(etree.SubElement(r, w("drawing")), wp("inline"), distT="0", distB="0", distL="0", distR="0")
        etree.SubElement(inline, wp("extent"), cx=str(cx), cy=str(cy))
        etree.SubElement(inline, wp("effectExtent"), l="0", t="0", r="0", b="0")
        etree.SubElement(inline, wp("docPr"), id=number, name=f"Logo {number}", descr=image.description)
        frame = etree.SubElement(inline, wp("cNvGraphicFramePr"))
        etree.SubElement(frame, a("graphicFrameLocks"), noChangeAspect="1")
        data = etree.SubElement(etree.SubElement(inline, a("graphic")), a("graphicData"), uri=_PIC_NS)
        picture = etree.SubElement(data, pic("pic"))
        nv = etree.SubElement(picture, pic("nvPicPr"))
        etree.SubElement(nv, pic("cNvPr"), id="0", name=f"Logo {number}", descr=image.description)
        etree.SubElement(nv, pic("cNvPicPr"))
        fill = etree.SubElement(picture, pic("blipFill"))
        etree.SubElement(fill, a("blip")).set(_R_EMBED, self.media_rid(image))
        etree.SubElement(etree.SubElement(fill, a("stretch")), a("fillRect"))
        shape = etree.SubElement(picture, pic("spPr"))
        xfrm = etree.SubElement(shape, a("xfrm"))
        etree.SubElement(xfrm, a("off"), x="0", y="0")
        etree.SubElement(xfrm, a("ext"), cx=str(cx), cy=str(cy))
        etree.SubElement(etree.SubElement(shape, a("prstGeom"), prst="rect"), a("avLst"))

    def item_list(self, body, block: ItemList, enclosing_level: int):
        # The list's level picks the style.  Lists nested deeper than the styles go
        # (level 3 and on) reuse the last style, indented by direct formatting.
        level = max(block.level, enclosing_level + 1, 1)
        deepest = max(LIST_STYLE_IDS)
        first_style, continued_style = LIST_STYLE_IDS[min(level, deepest)]
        left = 720 * level if level > deepest else None
        for item in block.items:
            labelled = False
            for child in item.blocks:
                if isinstance(child, Paragraph) and not labelled:
                    p = self.paragraph(body, first_style, left, hanging=True)
                    self.label_runs(p, item.label)
                    self.inlines(p, child.inlines, self.body)
                    labelled = True
                elif isinstance(child, Paragraph) and child.style in ("body", "plain"):
                    self.inlines(self.paragraph(body, continued_style, left), child.inlines, self.body)
                else:
                    if not labelled:  # the item opens with a nested list: the label stands alone
                        self.label_runs(self.paragraph(body, first_style, left, hanging=True), item.label)
                        labelled = True
                    self.block(body, child, level)
            if not labelled:
                self.label_runs(self.paragraph(body, first_style, left, hanging=True), item.label)

    def paragraph(self, body, style: str, left: int | None = None, hanging: bool = False, keep_next: bool = False):
        p = etree.SubElement(body, P)
        ppr = etree.SubElement(p, PPR)
        etree.SubElement(ppr, PSTYLE).set(VAL, style)
        if keep_next:
            etree.SubElement(ppr, w("keepNext"))
        if left is not None:
            if hanging:
                tab = etree.SubElement(etree.SubElement(ppr, w("tabs")), w("tab"))
                tab.set(VAL, "left")
                tab.set(w("pos"), str(left))
            ind = etree.SubElement(ppr, w("ind"))
            ind.set(w("left"), str(left))
            if hanging:
                ind.set(w("hanging"), "720")
        return p

    def label_runs(self, p, label: str):
        if label:
            self.text_run(p, label, False, False)
        etree.SubElement(etree.SubElement(p, R), TAB)

    def lines(self, p, lines):
        for i, line in enumerate(lines):
            if i:
                etree.SubElement(etree.SubElement(p, R), BR)
            self.inlines(p, line, self.body)

    # -- inline ----------------------------------------------------------------------
    def inlines(self, parent, inlines, story: _Story, link_style: bool = False):
        for node in inlines:
            if isinstance(node, Text):
                self.text_run(parent, node.text, node.italic, node.bold, HYPERLINK_STYLE if link_style else None)
            elif isinstance(node, NoteRef):
                self.note(parent, node, story)
            elif isinstance(node, Link):
                if link_style:
                    raise WriterError(f"a link inside a link cannot be written to DOCX: {node.url!r}")
                check_xml(node.url, "link target")
                link = etree.SubElement(parent, HYPERLINK)
                link.set(R_ID, story.link_rid(node.url))
                link.set(w("history"), "1")
                self.inlines(link, node.children, story, link_style=True)
            elif isinstance(node, LineBreak):
                etree.SubElement(etree.SubElement(parent, R), BR)
            else:
                raise WriterError(f"the DOCX writer cannot render a {type(node).__name__} inline")

    def note(self, parent, node: NoteRef, story: _Story):
        if not story.allow_notes:
            raise WriterError(f"footnote {node.number} is inside another footnote; Word cannot hold that")
        self.note_count += 1
        if node.number != self.note_count:
            raise WriterError(
                f"footnote numbered {node.number} is the {self.note_count}. reference in the text; "
                "Word numbers footnotes by position, so they must run 1, 2, 3… in order"
            )
        fn.add_reference_run(parent, self.note_count)
        new_paragraph = fn.add_footnote(self.footnotes_root, self.note_count)
        for para in node.footnote.paragraphs:
            self.inlines(new_paragraph(), para.inlines, self.notes)

    def text_run(self, parent, text: str, italic: bool, bold: bool, rstyle: str | None = None):
        check_xml(text, "text")
        r = etree.SubElement(parent, R)
        if rstyle or bold or italic:
            rpr = etree.SubElement(r, RPR)
            if rstyle:
                etree.SubElement(rpr, RSTYLE).set(VAL, rstyle)
            if bold:
                etree.SubElement(rpr, B)
            if italic:
                etree.SubElement(rpr, I)
        # Word reads a tab or newline inside w:t as a space: they become w:tab and w:br.
        pieces = _CONTROL.split(text) if ("\t" in text or "\n" in text or "\r" in text) else (text,)
        for piece in pieces:
            if not piece:
                continue
            if piece == "\t":
                etree.SubElement(r, TAB)
            elif piece in ("\n", "\r", "\r\n"):
                etree.SubElement(r, BR)
            else:
                t = etree.SubElement(r, T)
                t.text = piece
                if piece[0] == " " or piece[-1] == " " or "  " in piece:
                    t.set(XML_SPACE, "preserve")


def _section_properties():
    sect = etree.Element(w("sectPr"))
    for tag, kind, rid in (
        ("headerReference", "first", "rId5"),
        ("headerReference", "default", "rId6"),
        ("footerReference", "default", "rId7"),
        ("footerReference", "first", "rId8"),
    ):
        ref = etree.SubElement(sect, w(tag))
        ref.set(w("type"), kind)
        ref.set(R_ID, rid)
    size = etree.SubElement(sect, w("pgSz"))
    size.set(w("w"), "12240")
    size.set(w("h"), "15840")
    margins = etree.SubElement(sect, w("pgMar"))
    for side, value in (("top", "1440"), ("right", "1440"), ("bottom", "1440"), ("left", "1440"),
                        ("header", "720"), ("footer", "720"), ("gutter", "0")):
        margins.set(w(side), value)
    etree.SubElement(sect, w("cols")).set(w("space"), "720")
    etree.SubElement(sect, w("titlePg"))
    return sect


# -- headers and footers ------------------------------------------------------------


def _page_field(p, placeholder: str, field: str = "PAGE"):
    for kind, instr in (("begin", None), (None, f" {field} "), ("separate", None), (None, None), ("end", None)):
        r = etree.SubElement(p, R)
        if kind:
            etree.SubElement(r, w("fldChar")).set(w("fldCharType"), kind)
        elif instr:
            el = etree.SubElement(r, w("instrText"))
            el.set(XML_SPACE, "preserve")
            el.text = instr
        else:
            etree.SubElement(r, T).text = placeholder


def _running_header(lines):
    p = etree.Element(P)
    etree.SubElement(etree.SubElement(p, PPR), PSTYLE).set(VAL, RUNNING_HEADER_STYLE)
    for line in lines:
        check_xml(line, "running header")
        r = etree.SubElement(p, R)
        etree.SubElement(r, T).text = line
        etree.SubElement(r, BR)
    page = etree.SubElement(etree.SubElement(p, R), T)
    page.set(XML_SPACE, "preserve")
    page.text = "Page "
    _page_field(p, "2")
    return [p]


def _page_number_paragraph():
    """"Page N of M", centred at the foot of every page, as the PDF has it."""
    p = etree.Element(P)
    etree.SubElement(etree.SubElement(p, PPR), PSTYLE).set(VAL, PAGE_NUMBER_STYLE)
    for text, field, placeholder in (("Page ", "PAGE", "1"), (" of ", "NUMPAGES", "1")):
        t = etree.SubElement(etree.SubElement(p, R), T)
        t.set(XML_SPACE, "preserve")
        t.text = text
        _page_field(p, placeholder, field)
    return p


def _header_footer(kind: str, paragraphs) -> bytes:
    root = etree.Element(w(kind), nsmap=NSMAP)
    for p in paragraphs:
        root.append(p)
    if not len(root):
        etree.SubElement(root, P)  # a header must hold at least one paragraph
    return serialize(root)


