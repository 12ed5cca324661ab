"""House style for the DOCX (`render --reference-docx FILE`, or a spec's `house_style:`): the letter
written into an organisation's own Word file, as pandoc's --reference-doc does.

From the reference the letter takes: its styles (a style both define is the reference's, so its
fonts, sizes and spacing win; the letter's own named styles are added where the reference lacks
them), its document defaults, its theme, its page size and margins, and its headers and footers
(letterhead) with their pictures, where it has any.  Everything is done on the two zips with
lxml: the same letter and the same reference always give the same bytes.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from io import BytesIO

from lxml import etree

from . import WriterError

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument."
MAX_REFERENCE_BYTES = 20 * 1024 * 1024


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def check_reference(data: bytes) -> None:
    """ValueError unless `data` is a Word file foiagen can take a house style from."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as z:
            names = set(z.namelist())
            if "word/document.xml" not in names:
                raise ValueError("it is not a Word document (no word/document.xml)")
            etree.fromstring(z.read("word/document.xml"))
            if "word/styles.xml" in names:
                etree.fromstring(z.read("word/styles.xml"))
    except zipfile.BadZipFile:
        raise ValueError("it is not a .docx file (not a zip archive)") from None
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"its XML is damaged: {exc}") from None


def apply_reference(letter: bytes, reference: bytes) -> bytes:
    """The letter's DOCX with the reference's house style (see the module's docstring)."""
    try:
        check_reference(reference)
    except ValueError as exc:
        raise WriterError(f"the reference DOCX cannot be used: {exc}") from None
    ours = _read(letter)
    theirs = _read(reference)
    infos = ours.pop("__infos__")
    theirs.pop("__infos__")
    if "word/styles.xml" in theirs:
        ours["word/styles.xml"] = _merged_styles(ours["word/styles.xml"], theirs["word/styles.xml"])
    their_doc_rels = _rels(theirs.get("word/_rels/document.xml.rels"))
    document = etree.fromstring(ours["word/document.xml"])
    their_sect = _last_sect(etree.fromstring(theirs["word/document.xml"]))
    our_sect = _last_sect(document)
    if their_sect is not None and our_sect is not None:
        _take_page_geometry(our_sect, their_sect)
        added = _take_headers_footers(ours, theirs, our_sect, their_sect, their_doc_rels)
        ours["word/_rels/document.xml.rels"] = _add_rels(ours["word/_rels/document.xml.rels"], added)
    theme = [(rid, t, target) for rid, (t, target) in their_doc_rels.items() if t == RT + "theme"]
    if theme and f"word/{theme[0][2]}" in theirs:
        ours["word/theme/theme1.xml"] = theirs[f"word/{theme[0][2]}"]
        ours["word/_rels/document.xml.rels"] = _add_rels(ours["word/_rels/document.xml.rels"],
                                                         [("rIdHouseTheme", RT + "theme", "theme/theme1.xml")])
    ours["word/document.xml"] = etree.tostring(document, xml_declaration=True, encoding="UTF-8", standalone=True)
    ours["[Content_Types].xml"] = _content_types(ours)
    return _write(ours, infos)


def page_setup(reference: bytes):
    """The page size and margins of the reference's last section (its body's sectPr), as a
    document.PageSetup in points (Word stores twentieths of a point): what the PDF is laid out on.
    A value the reference does not give is US Letter's, or its 1-inch margin."""
    from ..document import PageSetup

    try:
        check_reference(reference)
        with zipfile.ZipFile(BytesIO(reference)) as z:
            sect = _last_sect(etree.fromstring(z.read("word/document.xml")))
    except ValueError as exc:
        raise WriterError(f"the reference DOCX cannot be used: {exc}") from None
    size = sect.find(w("pgSz")) if sect is not None else None
    margins = sect.find(w("pgMar")) if sect is not None else None
    default = PageSetup()

    def points(el, attr: str, fallback: float) -> float:
        raw = el.get(w(attr)) if el is not None else None
        try:
            return abs(int(float(raw))) / 20.0 if raw else fallback  # a negative top or bottom: text never moves
        except ValueError:
            return fallback

    return PageSetup(*(points(el, attr, getattr(default, name)) for el, attr, name in (
        (size, "w", "width"), (size, "h", "height"), (margins, "top", "top"), (margins, "right", "right"),
        (margins, "bottom", "bottom"), (margins, "left", "left"))))


def _read(data: bytes) -> dict:
    with zipfile.ZipFile(BytesIO(data)) as z:
        out = {name: z.read(name) for name in z.namelist() if not name.endswith("/")}
        out["__infos__"] = {i.filename: i for i in z.infolist()}
    return out


def _write(parts: dict, infos: dict) -> bytes:
    stamp = next(iter(infos.values())).date_time if infos else (1980, 1, 1, 0, 0, 0)
    out = BytesIO()
    order = [n for n in infos if n in parts] + sorted(n for n in parts if n not in infos)
    with zipfile.ZipFile(out, "w") as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            archive.writestr(info, parts[name], compresslevel=6)
    return out.getvalue()


def _merged_styles(ours: bytes, theirs: bytes) -> bytes:
    """The reference's styles, and each of the letter's that the reference does not define."""
    root = etree.fromstring(theirs)
    have = {s.get(w("styleId")) for s in root.findall(w("style"))}
    for style in etree.fromstring(ours).findall(w("style")):
        if style.get(w("styleId")) not in have:
            root.append(style)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _last_sect(document):
    body = document.find(w("body"))
    return body.find(w("sectPr")) if body is not None else None


def _take_page_geometry(ours, theirs) -> None:
    for tag in ("pgSz", "pgMar"):
        mine, new = ours.find(w(tag)), theirs.find(w(tag))
        if new is not None and mine is not None:
            ours.replace(mine, _copy(new, ours))


def _copy(el, parent):
    """A leaf element's copy made inside `parent`'s tree (so it uses the tree's namespace prefixes)."""
    return etree.SubElement(parent, el.tag, attrib=dict(el.attrib))


def _rels(data: bytes | None) -> dict:
    if not data:
        return {}
    root = etree.fromstring(data)
    return {r.get("Id"): (r.get("Type"), r.get("Target")) for r in root if r.get("TargetMode") != "External"}


def _take_headers_footers(ours: dict, theirs: dict, our_sect, their_sect, their_rels: dict) -> list:
    """Where the reference has headers or footers, the letter uses them (with their pictures) instead of its own."""
    refs = [r for r in their_sect if r.tag in (w("headerReference"), w("footerReference"))]
    if not refs:
        return []
    for old in [r for r in our_sect if r.tag in (w("headerReference"), w("footerReference"))]:
        our_sect.remove(old)
    added, anchor = [], 0
    for n, ref in enumerate(refs, 1):
        rel = their_rels.get(ref.get(f"{{{R_NS}}}id"))
        if rel is None or f"word/{rel[1]}" not in theirs:
            continue
        kind = "header" if ref.tag == w("headerReference") else "footer"
        name = f"house-{kind}{n}.xml"
        ours[f"word/{name}"] = theirs[f"word/{rel[1]}"]
        media = _take_part_rels(ours, theirs, rel[1], name)
        if media:
            ours[f"word/_rels/{name}.rels"] = media
        rid = f"rIdHouse{n}"
        added.append((rid, rel[0], name))
        new = _copy(ref, our_sect)
        new.set(f"{{{R_NS}}}id", rid)
        our_sect.insert(anchor, new)
        anchor += 1
    title = our_sect.find(w("titlePg"))
    if their_sect.find(w("titlePg")) is None and title is not None:
        our_sect.remove(title)  # the reference's letterhead header shows on the first page too
    return added


def _take_part_rels(ours: dict, theirs: dict, target: str, name: str) -> bytes | None:
    """A header's or footer's own relationships, its pictures copied under new names."""
    rels_name = posixpath.join("word", posixpath.dirname(target), "_rels", posixpath.basename(target) + ".rels")
    if rels_name not in theirs:
        return None
    root = etree.fromstring(theirs[rels_name])
    for rel in root:
        if rel.get("TargetMode") == "External":
            continue
        source = posixpath.normpath(posixpath.join("word", posixpath.dirname(target), rel.get("Target")))
        if source in theirs:
            new_name = f"media/house-{posixpath.basename(name).split('.')[0]}-{posixpath.basename(source)}"
            ours[f"word/{new_name}"] = theirs[source]
            rel.set("Target", new_name)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _add_rels(data: bytes, added: list) -> bytes:
    root = etree.fromstring(data)
    for rid, rel_type, target in added:
        etree.SubElement(root, f"{{{REL_NS}}}Relationship", Id=rid, Type=rel_type, Target=target)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


_KINDS = {"header": _CT + "wordprocessingml.header+xml", "footer": _CT + "wordprocessingml.footer+xml",
          "theme": _CT + "theme+xml"}


def _content_types(parts: dict) -> bytes:
    root = etree.fromstring(parts["[Content_Types].xml"])
    overrides = {o.get("PartName") for o in root.findall(f"{{{CT_NS}}}Override")}
    defaults = {d.get("Extension") for d in root.findall(f"{{{CT_NS}}}Default")}
    for name in sorted(parts):
        if name.startswith("word/house-") or name == "word/theme/theme1.xml":
            kind = "theme" if "theme" in name else re.sub(r"\d+\.xml$", "", name.split("house-")[1])
            if f"/{name}" not in overrides:
                etree.SubElement(root, f"{{{CT_NS}}}Override", PartName=f"/{name}", ContentType=_KINDS[kind])
        elif name.startswith("word/media/house-"):
            ext = name.rsplit(".", 1)[-1].lower()
            if ext not in defaults:
                defaults.add(ext)
                mime = {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif",
                        "emf": "image/x-emf", "wmf": "image/x-wmf"}.get(ext, "application/octet-stream")
                root.insert(0, etree.Element(f"{{{CT_NS}}}Default", Extension=ext, ContentType=mime))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
