"""The PDF's page geometry and paragraph styles, and the wrapped reportlab Paragraph: what a
block of text looks like, decided before any page is broken.

Long words: URLs break after "/" (reportlab's uriWasteReduce).  reportlab splits a URL only
once, so a paragraph that still has an over-wide line (a URL longer than a line, say) is
re-broken with plain long-word splitting, at any character: nothing ever runs into the
margin, and no character is added or lost.
"""

from __future__ import annotations

from dataclasses import dataclass

from markupsafe import escape as _escape
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle

from ...document import plain_text
from ..rl_import import import_platypus
from .fonts import font

_platypus = import_platypus()  # reportlab.platypus, less a 40 ms pattern compile (see rl_import)
Flowable, Paragraph = _platypus.Flowable, _platypus.Paragraph

# -- geometry (points) ---------------------------------------------------------------
PAGE_W, PAGE_H = LETTER
MARGIN = 72.0
BODY_W = PAGE_W - 2 * MARGIN
BODY_TOP = PAGE_H - MARGIN
BODY_BOTTOM = MARGIN
TAB = 36.0  # 0.5 in: indents and hangs

FONT_SIZE = 12.0
LEADING = 14.0
PARA_GAP = 12.0  # a blank line between paragraphs

FN_SIZE = 10.0
FN_LEADING = 11.5
FN_INDENT = 18.0

HEADER_TOP = PAGE_H - 30.0  # top of the running header on pages 2+
HEADER_SIZE = 10.0
HEADER_LEADING = 12.0
FOOTER_Y = 40.0

MIN_BODY_W = 144.0  # 2 in: narrower, and a citation or a signature line could not be set
MIN_BODY_H = 216.0  # 3 in


@dataclass(frozen=True)
class Geometry:
    """Where things go on the page (points, origin bottom left), from the Document's PageSetup:
    the text box inside the margins; the running header in the top margin and "Page N of M" in
    the bottom one, placed in proportion to the margins (on US Letter with 1-inch margins: 30 pt
    from the top edge and 40 pt from the bottom)."""

    page_w: float = PAGE_W
    page_h: float = PAGE_H
    left: float = MARGIN
    right: float = MARGIN
    top: float = MARGIN
    bottom: float = MARGIN

    @property
    def body_w(self) -> float:
        return self.page_w - self.left - self.right

    @property
    def body_top(self) -> float:
        return self.page_h - self.top

    @property
    def body_bottom(self) -> float:
        return self.bottom

    @property
    def header_top(self) -> float:
        return self.page_h - self.top * 30.0 / 72.0

    @property
    def footer_y(self) -> float:
        return self.bottom * 40.0 / 72.0


def geometry_of(page) -> Geometry:
    """The Geometry of a document.PageSetup; WriterError where its margins leave no room for a letter."""
    from .. import WriterError

    g = Geometry(page.width, page.height, page.left, page.right, page.top, page.bottom)
    if g.body_w < MIN_BODY_W or g.body_top - g.body_bottom < MIN_BODY_H:
        raise WriterError(f"the page ({page.width / 72:.2f} × {page.height / 72:.2f} in) leaves a text box of "
                          f"{g.body_w / 72:.2f} × {(g.body_top - g.body_bottom) / 72:.2f} in inside its margins; "
                          f"a letter needs at least {MIN_BODY_W / 72:.0f} × {MIN_BODY_H / 72:.0f} in")
    return g


LONG_TOKEN = 40  # characters: a word this long (a URL, say) would stretch a justified line


def escape(text: str) -> str:
    """Text as reportlab paragraph markup: & < > ' " escaped (markupsafe, as Jinja escapes)."""
    return str(_escape(text))


def has_long_token(inlines) -> bool:
    """Whether the text holds a word so long that justifying its neighbours leaves gaping spaces."""
    return any(len(word) >= LONG_TOKEN for word in plain_text(inlines).split())


_variants: dict[tuple[str, str], ParagraphStyle] = {}


def variant(style: ParagraphStyle, suffix: str, **changes) -> ParagraphStyle:
    """`style` with `changes`, made once and named `<style>-<suffix>`."""
    made = _variants.get((style.name, suffix))
    if made is None:
        made = _variants[(style.name, suffix)] = ParagraphStyle(f"{style.name}-{suffix}", parent=style, **changes)
        made._split_urls = getattr(style, "_split_urls", True)
    return made


def ragged(style: ParagraphStyle) -> ParagraphStyle:
    """The same style set ragged-right (justification would scatter words around a long URL)."""
    return variant(style, "ragged", alignment=TA_LEFT) if style.alignment == TA_JUSTIFY else style


_style_cache: dict[tuple, ParagraphStyle] = {}


def style(*, bold=False, italic=False, size=FONT_SIZE, leading=LEADING, align=TA_JUSTIFY, left=0.0, right=0.0,
          first=0.0, bullet=0.0, split_urls=True) -> ParagraphStyle:
    """The paragraph style with these settings (made once)."""
    key = (bold, italic, size, leading, align, left, right, first, bullet, split_urls)
    made = _style_cache.get(key)
    if made is None:
        face = font(bold, italic)
        made = _style_cache[key] = ParagraphStyle(
            f"foiagen{len(_style_cache)}", _split_urls=split_urls, fontName=face, fontSize=size, leading=leading,
            alignment=align, leftIndent=left, rightIndent=right, firstLineIndent=first, bulletFontName=face,
            bulletFontSize=size, bulletIndent=bullet,
            allowWidows=1, allowOrphans=1,  # widows and orphans are the page breaker's (paginate)
            splitLongWords=1,
            # Break long URLs after "/" and the like; a line still too wide is redone character-wise
            # (see paragraph()).
            uriWasteReduce=0.3 if split_urls else 0.0, embeddedHyphenation=0, hyphenationLang="",
        )
    return made


def _overflows(p: Paragraph, width: float) -> bool:
    bl = p.blPara
    for line in bl.lines:
        if bl.kind == 0:
            extra, count = line[0], len(line[1])
        else:
            extra, count = line.extraSpace, line.wordCount
        if extra < -0.5 and (count <= 1 or extra < -0.1 * width):
            return True
    return False


def paragraph(text: str, style: ParagraphStyle, bullet: str | None = None, width: float = BODY_W) -> Paragraph:
    """A wrapped Paragraph whose lines all fit `width` (long words broken if need be)."""
    if style.uriWasteReduce and "://" not in text:
        # reportlab's URL splitting acts only on words with "://" (its uri_pat requires one), yet
        # it tries every word that ends a line; without one the plain style breaks the same
        # lines for less work (and uri_pat need not be compiled at all, see rl_import).
        style = variant(style, "nourl", uriWasteReduce=0.0)
    p = Paragraph(text, style, bulletText=bullet)
    p.wrap(width, 1e9)
    if getattr(style, "_split_urls", False) and _overflows(p, width):
        plain = ParagraphStyle(style.name + "c", parent=style, uriWasteReduce=0.0, _split_urls=False)
        p = Paragraph(text, plain, bulletText=bullet)
        p.wrap(width, 1e9)
    return p


def line_refs(p: Paragraph) -> list[list[int]]:
    """Footnote identifiers referenced on each line of a wrapped Paragraph (its fnref markers)."""
    bl = p.blPara
    if bl.kind == 0:
        return [[] for _ in bl.lines]
    out = []
    for line in bl.lines:
        refs = []
        for w in getattr(line, "words", ()):
            cb = getattr(w, "cbDefn", None)
            if cb is not None and getattr(cb, "name", None) == "fnref":
                refs.append(int(cb.label))
        out.append(refs)
    return out


def split_lines(p: Paragraph, k: int) -> tuple[Paragraph, Paragraph]:
    """The paragraph's first k lines and the rest, as reportlab splits them (the same lines)."""
    from .. import WriterError

    lead = p.style.leading
    parts = p.split(p.width, k * lead + lead * 0.01)
    if len(parts) != 2:  # pragma: no cover
        raise WriterError("internal error: a paragraph could not be split")
    p1, p2 = parts
    p1.wrap(p.width, 1e9)
    if len(p1.blPara.lines) != k:  # pragma: no cover
        raise WriterError("internal error: a split paragraph re-flowed differently")
    p2.wrap(p.width, 1e9)
    return p1, p2
