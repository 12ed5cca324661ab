"""The PDF's fonts: the vendored Liberation Serif faces (OFL), registered once as one family,
and the check that every character can be drawn in the face it is set in."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .. import WriterError
from .fontmetrics import cached_face, load_metrics

FAMILY = "FoiaSerif"
FACES = {
    (False, False): ("FoiaSerif", "LiberationSerif-Regular.ttf"),
    (True, False): ("FoiaSerif-Bold", "LiberationSerif-Bold.ttf"),
    (False, True): ("FoiaSerif-Italic", "LiberationSerif-Italic.ttf"),
    (True, True): ("FoiaSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}
FONT_DIR = Path(__file__).resolve().parent.parent.parent / "fonts"
METRICS = FONT_DIR.parent / "data" / "font-metrics.marshal"  # made by tools/build_font_metrics.py (fontmetrics.py)
STYLE_NAMES = {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "Bold Italic"}
ALWAYS_DROP = {"\u00ad"}  # soft hyphen: an invisible break hint; reportlab would draw it
FALLBACK = {"\u2011": "-"}

_cmaps: dict[tuple[bool, bool], dict] = {}
_drawable: dict[tuple[bool, bool], frozenset] = {}


class _TTF(TTFont):
    """A TTFont that remembers string widths.  Measured on seed 000 (write_pdf, median of 7):
    with reportlab's C accelerator (rl-accel) the memo still saves 10-15 %, so it stays."""

    def __init__(self, name: str, filename: str, stored: dict | None = None):
        face = cached_face(filename, stored)
        if face is None:  # no stored metrics for this file: reportlab parses it
            super().__init__(name, filename)
        else:  # TTFont.__init__ (reportlab 5.1.0) with the face made from the stored metrics
            from fnmatch import fnmatch
            from weakref import WeakKeyDictionary

            from reportlab import rl_config
            from reportlab.pdfbase.ttfonts import TTEncoding, unShapedFontGlob

            self.fontName, self.face, self.encoding = name, face, TTEncoding()
            self.state = WeakKeyDictionary()
            self._asciiReadable = rl_config.ttfAsciiReadable
            self.shapable = not any(fnmatch(name, glob) for glob in unShapedFontGlob)
        self._widths: dict = {}

    def stringWidth(self, text, size, encoding="utf8"):
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            width = self._widths[key] = TTFont.stringWidth(self, text, size, encoding)
        return width


def register_fonts() -> None:
    if _cmaps:
        return
    registered = set(pdfmetrics.getRegisteredFontNames())
    stored = None
    for key, (name, filename) in FACES.items():
        if name not in registered:
            path = FONT_DIR / filename
            if not path.is_file():
                raise WriterError(f"the vendored font {filename} is missing from {FONT_DIR}")
            stored = load_metrics(str(METRICS)) if stored is None else stored
            pdfmetrics.registerFont(_TTF(name, str(path), stored.get(filename)))
        _cmaps[key] = pdfmetrics.getFont(name).face.charToGlyph
    pdfmetrics.registerFontFamily(FAMILY, normal=FACES[(False, False)][0], bold=FACES[(True, False)][0],
                                  italic=FACES[(False, True)][0], boldItalic=FACES[(True, True)][0])


def font(bold: bool, italic: bool) -> str:
    return FACES[(bold, italic)][0]


def clean(text: str, bold: bool, italic: bool) -> str:
    """The text as it will be drawn in this face; WriterError for a missing glyph.

    Missing spaces become a plain space, missing invisible format characters are dropped,
    U+2011 (non-breaking hyphen) becomes "-"."""
    good = _drawable.get((bold, italic))
    if good is None:
        good = _drawable[(bold, italic)] = frozenset(map(chr, _cmaps[(bold, italic)])).union(" \n\t\r").difference(ALWAYS_DROP)
    if good.issuperset(text):
        return text
    cmap = _cmaps[(bold, italic)]
    out = []
    for i, ch in enumerate(text):
        if (ord(ch) in cmap and ch not in ALWAYS_DROP) or ch in " \n\t\r":
            out.append(ch)
        elif ch not in ALWAYS_DROP:
            out.append(_substitute(text, i, cmap, bold, italic))
    return "".join(out)


def _substitute(text: str, i: int, cmap, bold: bool, italic: bool) -> str:
    """What stands for character i, which the face lacks ("" to drop it), or WriterError."""
    ch = text[i]
    category = unicodedata.category(ch)
    if ch in FALLBACK and ord(FALLBACK[ch]) in cmap:
        return FALLBACK[ch]
    if category in ("Zs", "Zl", "Zp"):
        return " "
    if category == "Cf":
        return ""  # zero-width format character: invisible by definition
    start = max(0, i - 25)
    snippet = text[start : i + 26].replace("\n", " ")
    name = unicodedata.name(ch, "control character" if category == "Cc" else "unnamed character")
    raise WriterError(
        f"the PDF font (Liberation Serif {STYLE_NAMES[(bold, italic)]}) cannot draw "
        f"U+{ord(ch):04X} {ch!r} ({name}) in: "
        f"{'…' if start else ''}{snippet}{'…' if i + 26 < len(text) else ''}"
    )
