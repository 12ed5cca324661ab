"""The vendored fonts' metrics, parsed at build time instead of in every process that writes a PDF.

reportlab's TTFontFace reads a TrueType file's tables (cmap, hmtx, loca, …) into Python dicts and
lists when it is made: about 5 ms a face, 20 ms for the four Liberation Serif faces, in every
`foiagen render` process.  tools/build_font_metrics.py stores what the parse leaves on the face (all
but the file's bytes) in foiagen/data/font-metrics.marshal; `cached_face` rebuilds the same face
from it and reads only the file's bytes, which the subsetter needs.

The stored state is tagged with reportlab's version and each font file's size: a mismatch (another
reportlab, a replaced font) is ignored and the font is parsed as before, so the cache can make a
PDF faster but never different.  tests/test_pdf_writer.py checks a cached face equals a parsed one.
"""

from __future__ import annotations

import marshal
import os

FORMAT = 1
MARSHAL_VERSION = 2  # no back-references: the same data always gives the same bytes
_NOT_STORED = ("_ttf_data", "_pdfScale", "filename")  # the file's bytes and path, and a lambda (made again)


def face_state(face) -> dict:
    """What a parsed TTFontFace holds besides its file's bytes: {"names": [...], "state": {...}};
    the name fields (TTFNameBytes, bytes with a .ustr) are kept as their text."""
    from reportlab.pdfbase.ttfonts import TTFNameBytes

    names, state = [], {}
    for key, value in face.__dict__.items():
        if key in _NOT_STORED:
            continue
        if isinstance(value, TTFNameBytes):
            names.append(key)
            value = value.ustr
        state[key] = value
    return {"names": names, "state": state}


def compile_metrics(paths: list[str]) -> bytes:
    """The metrics file for these font files (what tools/build_font_metrics.py writes)."""
    from reportlab import Version
    from reportlab.pdfbase.ttfonts import TTFontFace

    faces = {}
    for path in sorted(paths):
        faces[os.path.basename(path)] = {"size": os.path.getsize(path), **face_state(TTFontFace(path))}
    return marshal.dumps({"format": FORMAT, "reportlab": Version, "faces": faces}, MARSHAL_VERSION)


def load_metrics(path: str) -> dict:
    """{font file name: stored face} from the metrics file; {} when it is missing, unreadable or
    made for another reportlab."""
    from reportlab import Version

    try:
        with open(path, "rb") as f:
            data = marshal.loads(f.read())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("reportlab") != Version:
        return {}
    return data.get("faces") or {}


def cached_face(path: str, stored: dict | None):
    """A TTFontFace for the font at `path` made from its stored metrics, or None when they do not
    belong to this file (the caller then parses it)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

    if not stored:
        return None
    with open(path, "rb") as f:
        data = f.read()
    if len(data) != stored.get("size"):
        return None
    face = TTFontFace.__new__(TTFontFace)
    pdfmetrics.TypeFace.__init__(face, None)  # as TTFontFace.__init__ starts
    face.filename, face._ttf_data = path, data
    face.__dict__.update(stored["state"])
    for key in stored["names"]:
        setattr(face, key, TTFNameBytes(stored["state"][key].encode("utf-8")))
    face._pdfScale = _scale(face.unitsPerEm)
    return face


def _scale(units_per_em: int):
    """TTFontFile.extractInfo's scale from font units to 1/1000 em (the same arithmetic)."""
    if units_per_em == 1000:
        return lambda x: x
    _1000mult = 1000 / units_per_em
    return lambda x: x * _1000mult
