"""The DOCX package around the letter's parts: relationships, content types, document
properties, settings, font table and the zip itself (fixed order, dates and modes: the same
parts always give the same bytes)."""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
import zipfile
from functools import lru_cache
from io import BytesIO

from lxml import etree

from . import WriterError
from . import docx_footnotes as fn
from .docx_footnotes import RPR, VAL, w
from .docx_styles import STYLES_XML

_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."
HYPERLINK_RT = RT + "hyperlink"
# XML 1.0 Char excludes these; lxml would refuse them, Word would call the file corrupt.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def check_xml(text: str, what: str) -> None:
    bad = NOT_XML.search(text)
    if bad:
        char = bad.group()
        name = unicodedata.name(char, "a control character" if ord(char) < 0x20 else "a non-character")
        start = max(bad.start() - 20, 0)
        context = text[start : bad.start()].encode("unicode_escape").decode("ascii")
        raise WriterError(
            f"U+{ord(char):04X} ({name}) in {what} cannot be written to DOCX: XML 1.0 forbids it "
            f"(it follows {context!r})"
        )


def serialize(root) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def rels_xml(fixed, links: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{_REL_NS}}}Relationships", nsmap={None: _REL_NS})
    for rid, rel_type, target in fixed:
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=rid, Type=rel_type, Target=target)
    for target, rid in links.items():
        etree.SubElement(root, f"{{{_REL_NS}}}Relationship", Id=rid, Type=HYPERLINK_RT, Target=target, TargetMode="External")
    return serialize(root)


@lru_cache(maxsize=8)
def styles_xml(language: str) -> bytes:
    check_xml(language, "the document language")
    root = etree.fromstring(STYLES_XML.encode("utf-8"))
    root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{RPR}/{w('lang')}").set(VAL, language)
    return serialize(root)


_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"


def core_xml(meta, when: _dt.datetime) -> bytes:
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
        check_xml(value, f"document property {tag}")
        el = etree.SubElement(root, f"{{{ns}}}{tag}")
        el.text = value
        if ns == _DCTERMS:
            el.set(f"{{{_XSI}}}type", "dcterms:W3CDTF")
    return serialize(root)


def zip_parts(parts, when: _dt.datetime) -> bytes:
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


def content_types(picture_extensions=()) -> bytes:
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

PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
).encode("utf-8")

APP_XML = (
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
    return serialize(root)


SETTINGS_XML = _settings_xml()

FONT_TABLE_XML = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/>'
    '<w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>'
    "</w:fonts>"
).encode("utf-8")
