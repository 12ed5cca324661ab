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

import datetime as _dt
import re
import unicodedata
import zipfile
from functools import lru_cache
from io import BytesIO
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
    STYLES_XML,
)

__all__ = ["write_docx"]


_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
_HYPERLINK_RT = _RT + "hyperlink"
_IMAGE_RT = _RT + "image"
_R_EMBED = f"{{{fn.R_NS}}}embed"
_WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_PIC_NS = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_DRAWING_NSMAP = {"wp": _WP_NS, "a": _A_NS, "pic": _PIC_NS}
_EMU_PER_POINT = 12700
_IMAGE_EXTENSIONS = {"image/png": "png", "image/jpeg": "jpeg"}

# XML 1.0 Char excludes these; lxml would refuse them, Word would call the file corrupt.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
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
        ("rId1", _RT + "styles", "styles.xml"),
        ("rId2", _RT + "settings", "settings.xml"),
        ("rId3", _RT + "fontTable", "fontTable.xml"),
        ("rId4", _RT + "footnotes", "footnotes.xml"),
        ("rId5", _RT + "header", "header1.xml"),
        ("rId6", _RT + "header", "header2.xml"),
        ("rId7", _RT + "footer", "footer1.xml"),
        ("rId8", _RT + "footer", "footer2.xml"),
    ]
    parts = [
        ("[Content_Types].xml", _content_types(sorted({name.rsplit(".", 1)[1] for name, _ in builder.media}))),
        ("_rels/.rels", _PACKAGE_RELS),
        ("docProps/app.xml", _APP_XML),
        ("docProps/core.xml", _core_xml(meta, when)),
        ("word/document.xml", body_xml),
        ("word/_rels/document.xml.rels", _rels_xml(doc_rels + builder.media_rels, builder.body.rels)),
        ("word/styles.xml", _styles_xml(meta.language)),
        ("word/settings.xml", _SETTINGS_XML),
        ("word/fontTable.xml", _FONT_TABLE_XML),
        ("word/footnotes.xml", _serialize(builder.footnotes_root)),
        ("word/header1.xml", header_first),
        ("word/header2.xml", header_default),
        ("word/footer1.xml", footer),
        ("word/footer2.xml", footer),
    ]
    if builder.notes.rels:
        parts.insert(10, ("word/_rels/footnotes.xml.rels", _rels_xml([], builder.notes.rels)))
    parts += builder.media
    return _zip(parts, when)


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
        return _serialize(root)

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
        _check_xml(image.description, "a picture's description")
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
                _check_xml(node.url, "link target")
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
        _check_xml(text, "text")
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


def _check_xml(text: str, what: str) -> None:
    bad = _NOT_XML.search(text)
    if bad:
        char = bad.group()
        name = unicodedata.name(char, "a control character" if ord(char) < 0x20 else "a non-character")
        start = max(bad.start() - 20, 0)
        context = text[start : bad.start()].encode("unicode_escape").decode("ascii")
        raise WriterError(
            f"U+{ord(char):04X} ({name}) in {what} cannot be written to DOCX: XML 1.0 forbids it "
            f"(it follows {context!r})"
        )


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
        _check_xml(line, "running header")
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
    return _serialize(root)


# -- package parts ------------------------------------------------------------------


def _serialize(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _rels_xml(fixed, links: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
    for rid, rel_type, target in fixed:
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=rid, Type=rel_type, Target=target)
    for target, rid in links.items():
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=rid, Type=_HYPERLINK_RT, Target=target, TargetMode="External")
    return _serialize(root)


@lru_cache(maxsize=8)
def _styles_xml(language: str) -> bytes:
    _check_xml(language, "the document language")
    root = etree.fromstring(STYLES_XML.encode("utf-8"))
    root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}/{w('lang')}").set(VAL, language)
    return _serialize(root)


_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def _core_xml(meta, when: _dt.datetime) -> bytes:
    root = etree.Element(
        f"{{{_CP}}}coreProperties",
        nsmap={"cp": _CP, "dc": _DC, "dcterms": _DCTERMS, "dcmitype": "http://purl.org/dc/dcmitype/", "xsi": _XSI},
    )
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    for ns, tag, value in (
        (_DC, "title", meta.title),
        (_DC, "subject", meta.subject),
        (_DC, "creator", meta.author),
        (_CP, "keywords", "; ".join(meta.keywords)),
        (_DC, "language", meta.language),
        (_CP, "lastModifiedBy", meta.author),
        (_CP, "revision", "1"),
        (_DCTERMS, "created", stamp),
        (_DCTERMS, "modified", stamp),
    ):
        _check_xml(value, f"document property {tag}")
        el = etree.SubElement(root, f"{{{ns}}}{tag}")
        el.text = value
        if ns == _DCTERMS:
            el.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
    return _serialize(root)


def _zip(parts, when: _dt.datetime) -> bytes:
    # Fixed entry order, timestamps, permissions and compression level: the same parts
    # always give the same bytes.  Zip cannot date anything before 1980 or after 2107.
    stamp = max(min(when.timetuple()[:6], (2107, 12, 31, 23, 59, 58)), (1980, 1, 1, 0, 0, 0))
    out = BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, data, compresslevel=6)
    return out.getvalue()


def _ct_override(name, content_type):
    return f'<Override PartName="/{name}" ContentType="{content_type}"/>'


def _content_types(picture_extensions=()) -> bytes:
    """[Content_Types].xml; a Default for each picture extension used ("jpeg", "png")."""
    if not picture_extensions:
        return _CONTENT_TYPES
    defaults = "".join(f'<Default Extension="{ext}" ContentType="image/{ext}"/>' for ext in picture_extensions)
    head, tail = _CONTENT_TYPES.split(b'<Default Extension="xml"', 1)
    return head + defaults.encode("utf-8") + b'<Default Extension="xml"' + tail


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    + _ct_override("word/document.xml", _CT + "document.main+xml")
    + _ct_override("word/styles.xml", _CT + "styles+xml")
    + _ct_override("word/settings.xml", _CT + "settings+xml")
    + _ct_override("word/fontTable.xml", _CT + "fontTable+xml")
    + _ct_override("word/footnotes.xml", _CT + "footnotes+xml")
    + _ct_override("word/header1.xml", _CT + "header+xml")
    + _ct_override("word/header2.xml", _CT + "header+xml")
    + _ct_override("word/footer1.xml", _CT + "footer+xml")
    + _ct_override("word/footer2.xml", _CT + "footer+xml")
    + _ct_override("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml")
    + _ct_override("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml")
    + "</Types>"
).encode("utf-8")

_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
).encode("utf-8")

_APP_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    "<Application>foiagen</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
    "<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged>"
    "</Properties>"
).encode("utf-8")


def _settings_xml() -> bytes:
    # Children in the order CT_Settings requires; Word rejects them out of order.
    root = etree.fromstring(
        '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        # doNotExpandShiftReturn: a justified line ending in a line break is not stretched.
        '<w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )
    root.find(w("compat")).addprevious(fn.footnote_pr_settings())
    return _serialize(root)


_SETTINGS_XML = _settings_xml()

_FONT_TABLE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
).encode("utf-8")
