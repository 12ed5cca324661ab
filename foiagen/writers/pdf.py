"""PDF writer: a Document as a US Letter, 1-inch-margin, 12 pt serif letter.

``write_pdf(doc) -> bytes``.  The same Document always gives the same bytes.

How it works
    reportlab's Paragraph does the line breaking, justification, links and drawing;
    the page breaking is done here, in one pass, because platypus has no footnotes.
    Every footnote reference is a ``<super>`` number followed by a zero-width
    ``<onDraw name="fnref">`` marker, so after a Paragraph is wrapped we know which
    footnotes each of its *lines* references.  Pages are filled line by line: a line
    goes on a page only if the page still has room for the line **and** for the whole
    of every footnote the line references (footnotes sit in a band above the bottom
    margin, under a short rule).  A long footnote (over a quarter of the text area)
    may instead be split: its first part ends the page and the rest continues at
    the top of the next page's band, ahead of that page's own footnotes; a footnote
    longer than a page keeps continuing over as many pages as it needs.  When the
    pages are drawn, the fnref callbacks record the page each reference was really
    drawn on and check it against the plan, so a footnote can never land on the
    wrong page silently.

Long words
    URLs break after "/" (reportlab's uriWasteReduce).  reportlab splits a URL only
    once, so a paragraph that still has an over-wide line (a URL longer than a line,
    say) is re-broken with plain long-word splitting, at any character: nothing ever
    runs into the margin, and no character is added or lost.

Fonts
    The vendored Liberation Serif TTFs (OFL) are registered as one family and
    embedded as subsets; no standard-14 font is ever referenced.  Every character
    is checked against the face it will be drawn in before layout: a character
    the font lacks raises WriterError naming it (never a blank box).  Missing
    spaces become a plain space, missing invisible format characters are dropped,
    U+2011 (non-breaking hyphen) becomes "-".

Logos
    Letterhead logos are drawn in a centred row above the names (sizes from
    writers.logo_row), decoded when the document is laid out so that a damaged image
    raises WriterError; reportlab names each image by its content, so the bytes stay
    the same from run to run.

Reproducibility
    The canvas runs with ``invariant=1`` (fixed document ID); the creation and
    modification dates are the letter's (or WriterOptions.created).
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from ..document import (
    AddressBlock,
    Document,
    Footnote,
    Heading,
    Image,
    ItemList,
    Letterhead,
    LineBreak,
    Link,
    NoteRef,
    Paragraph as DocParagraph,
    SignatureBlock,
    Text,
    plain_text,
)
from . import WriterError, WriterOptions, created_date, logo_row
from .rl_import import import_platypus

_platypus = import_platypus()  # reportlab.platypus, less a 40 ms pattern compile (see rl_import)
Flowable, Paragraph = _platypus.Flowable, _platypus.Paragraph

__all__ = ["write_pdf"]

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
FN_GAP = 4.0  # between footnotes
FN_PARA_GAP = 2.0  # between paragraphs of one footnote
SEP_ABOVE = 10.0  # text to separator rule
SEP_BELOW = 6.0  # separator rule to first footnote
SEP_H = SEP_ABOVE + SEP_BELOW
SEP_W = 144.0

HEADER_TOP = PAGE_H - 30.0  # top of the running header on pages 2+
HEADER_SIZE = 10.0
HEADER_LEADING = 12.0
FOOTER_Y = 40.0

# A footnote taller than this may be split across pages when it does not fit whole.
SPLIT_FN_MIN = (BODY_TOP - BODY_BOTTOM) / 4
# A continued footnote leaves at least this much text room on the next page.
CARRY_TEXT_MIN = 6 * LEADING

FAMILY = "FoiaSerif"
_FACES = {
    (False, False): ("FoiaSerif", "LiberationSerif-Regular.ttf"),
    (True, False): ("FoiaSerif-Bold", "LiberationSerif-Bold.ttf"),
    (False, True): ("FoiaSerif-Italic", "LiberationSerif-Italic.ttf"),
    (True, True): ("FoiaSerif-BoldItalic", "LiberationSerif-BoldItalic.ttf"),
}
_FONT_DIR = Path(__file__).resolve().parent.parent / "fonts"
_cmaps: dict[tuple[bool, bool], dict] = {}


class _TTF(TTFont):
    """A TTFont that remembers string widths: reportlab's pure-Python width
    computation is the hot spot of both line breaking and justified drawing."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self._widths: dict = {}

    def stringWidth(self, text, size, encoding="utf8"):
        key = (text, size)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) > 200_000:
                self._widths.clear()
            width = self._widths[key] = TTFont.stringWidth(self, text, size, encoding)
        return width


def _register_fonts() -> None:
    if _cmaps:
        return
    registered = set(pdfmetrics.getRegisteredFontNames())
    for key, (name, filename) in _FACES.items():
        if name not in registered:
            path = _FONT_DIR / filename
            if not path.is_file():
                raise WriterError(f"the vendored font {filename} is missing from {_FONT_DIR}")
            pdfmetrics.registerFont(_TTF(name, str(path)))
        _cmaps[key] = pdfmetrics.getFont(name).face.charToGlyph
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=_FACES[(False, False)][0],
        bold=_FACES[(True, False)][0],
        italic=_FACES[(False, True)][0],
        boldItalic=_FACES[(True, True)][0],
    )


def _font(bold: bool, italic: bool) -> str:
    return _FACES[(bold, italic)][0]


# -- characters ------------------------------------------------------------------------
_STYLE_NAMES = {
    (False, False): "Regular",
    (True, False): "Bold",
    (False, True): "Italic",
    (True, True): "Bold Italic",
}
_ALWAYS_DROP = {"\u00ad"}  # soft hyphen: an invisible break hint; reportlab would draw it
_FALLBACK = {"\u2011": "-"}


_drawable: dict[tuple[bool, bool], frozenset] = {}


def _clean(text: str, bold: bool, italic: bool) -> str:
    """The text as it will be drawn in this face; WriterError for a missing glyph."""
    good = _drawable.get((bold, italic))
    if good is None:
        good = _drawable[(bold, italic)] = frozenset(map(chr, _cmaps[(bold, italic)])).union(
            " \n\t\r"
        ).difference(_ALWAYS_DROP)
    if good.issuperset(text):
        return text
    cmap = _cmaps[(bold, italic)]
    out = None
    for i, ch in enumerate(text):
        code = ord(ch)
        if (code in cmap and ch not in _ALWAYS_DROP) or ch in " \n\t\r":
            if out is not None:
                out.append(ch)
            continue
        if out is None:
            out = list(text[:i])
        if ch in _ALWAYS_DROP:
            continue
        category = unicodedata.category(ch)
        if ch in _FALLBACK and ord(_FALLBACK[ch]) in cmap:
            out.append(_FALLBACK[ch])
        elif category == "Zs" or category in ("Zl", "Zp"):
            out.append(" ")
        elif category == "Cf":
            continue  # zero-width format character: invisible by definition
        else:
            start = max(0, i - 25)
            snippet = text[start : i + 26].replace("\n", " ")
            name = unicodedata.name(ch, "control character" if category == "Cc" else "unnamed character")
            raise WriterError(
                f"the PDF font (Liberation Serif {_STYLE_NAMES[(bold, italic)]}) cannot draw "
                f"U+{code:04X} {ch!r} ({name}) in: "
                f"{'…' if start else ''}{snippet}{'…' if i + 26 < len(text) else ''}"
            )
    return text if out is None else "".join(out)


def escape(text: str, entities: dict[str, str] | None = None) -> str:
    """XML-escape text, as xml.sax.saxutils.escape (which would import urllib.request, ssl
    and email: about 20 ms of each PDF process)."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for raw, entity in (entities or {}).items():
        text = text.replace(raw, entity)
    return text


def _attr(value: str) -> str:
    return escape(value, {'"': "&quot;"})


# -- styles ------------------------------------------------------------------------------
LONG_TOKEN = 40  # characters: a word this long (a URL, say) would stretch a justified line


def _has_long_token(inlines) -> bool:
    """Whether the text holds a word so long that justifying its neighbours leaves gaping spaces."""
    return any(len(word) >= LONG_TOKEN for word in plain_text(inlines).split())


_variants: dict[tuple[str, str], ParagraphStyle] = {}


def _variant(style: ParagraphStyle, suffix: str, **changes) -> ParagraphStyle:
    """`style` with `changes`, made once and named `<style>-<suffix>`."""
    variant = _variants.get((style.name, suffix))
    if variant is None:
        variant = _variants[(style.name, suffix)] = ParagraphStyle(f"{style.name}-{suffix}", parent=style, **changes)
        variant._split_urls = getattr(style, "_split_urls", True)
    return variant


def _ragged(style: ParagraphStyle) -> ParagraphStyle:
    """The same style set ragged-right (justification would scatter words around a long URL)."""
    return _variant(style, "ragged", alignment=TA_LEFT) if style.alignment == TA_JUSTIFY else style


_style_cache: dict[tuple, ParagraphStyle] = {}


def _style(
    *,
    bold=False,
    italic=False,
    size=FONT_SIZE,
    leading=LEADING,
    align=TA_JUSTIFY,
    left=0.0,
    right=0.0,
    first=0.0,
    bullet=0.0,
    split_urls=True,
) -> ParagraphStyle:
    key = (bold, italic, size, leading, align, left, right, first, bullet, split_urls)
    style = _style_cache.get(key)
    if style is None:
        font = _font(bold, italic)
        style = ParagraphStyle(
            f"foiagen{len(_style_cache)}",
            _split_urls=split_urls,
            fontName=font,
            fontSize=size,
            leading=leading,
            alignment=align,
            leftIndent=left,
            rightIndent=right,
            firstLineIndent=first,
            bulletFontName=font,
            bulletFontSize=size,
            bulletIndent=bullet,
            allowWidows=1,  # widows and orphans are handled by the page breaker
            allowOrphans=1,
            splitLongWords=1,
            # Break long URLs after "/" and the like.  reportlab splits a URL only once,
            # though, so a paragraph with a line still too wide is redone character-wise
            # (see _paragraph).
            uriWasteReduce=0.3 if split_urls else 0.0,
            embeddedHyphenation=0,
            hyphenationLang="",
        )
        _style_cache[key] = style
    return style


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


def _paragraph(text: str, style: ParagraphStyle, bullet: str | None = None, width: float = BODY_W) -> Paragraph:
    """A wrapped Paragraph whose lines all fit `width` (long words broken if need be)."""
    if style.uriWasteReduce and "://" not in text:
        # reportlab's URL splitting acts only on words with "://" (its uri_pat requires one), yet
        # it tries every word that ends a line; without one the plain style breaks the same
        # lines for less work (and uri_pat need not be compiled at all, see rl_import).
        style = _variant(style, "nourl", uriWasteReduce=0.0)
    p = Paragraph(text, style, bulletText=bullet)
    p.wrap(width, 1e9)
    if getattr(style, "_split_urls", False) and _overflows(p, width):
        plain = ParagraphStyle(style.name + "c", parent=style, uriWasteReduce=0.0, _split_urls=False)
        p = Paragraph(text, plain, bulletText=bullet)
        p.wrap(width, 1e9)
    return p


# -- the items the page breaker places ----------------------------------------------------
@dataclass
class _Item:
    flow: Flowable
    space_before: float = 0.0
    space_after: float = PARA_GAP
    keep_together: bool = False
    keep_with_next: bool = False
    outline: tuple[str, int] | None = None
    nrefs: int = 0  # footnote references inside, for a consistency check


class _Rule(Flowable):
    def __init__(self, width: float, thickness: float = 0.6):
        super().__init__()
        self.width, self.height, self.thickness = width, thickness, thickness

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


class _LogoRow(Flowable):
    """Letterhead logos side by side, centred in the text width (see writers.logo_row)."""

    def __init__(self, logos: tuple[Image, ...]):
        super().__init__()
        from reportlab.lib.utils import ImageReader

        self.sizes, self.gap = logo_row(logos, BODY_W)
        self.readers = []
        for logo in logos:
            try:
                reader = ImageReader(io.BytesIO(logo.data))
                reader.getRGBData()  # decode now: a broken image is reported, never half-drawn
            except Exception as exc:  # PIL raises many kinds for a damaged file
                raise WriterError(f"the logo of {logo.description or 'a requester'} cannot be decoded "
                                  f"({type(exc).__name__}: {exc}); save it again as PNG or JPEG") from None
            self.readers.append((reader, "auto" if logo.mime == "image/png" else None))
        self.width = BODY_W
        self.height = max(h for _, h in self.sizes)

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        row = sum(w for w, _ in self.sizes) + self.gap * (len(self.sizes) - 1)
        x = (self.width - row) / 2
        for (reader, mask), (w, h) in zip(self.readers, self.sizes):
            # logos of different heights share a centre line
            self.canv.drawImage(reader, x, (self.height - h) / 2, w, h, mask=mask)
            x += w + self.gap


@dataclass
class _Note:
    ident: int  # order of the reference in the document (the onDraw label)
    number: int  # the printed number
    pieces: list  # [(Paragraph, height)]
    height: float


class _Builder:
    """Blocks -> _Items and footnote Paragraphs; checks every character on the way."""

    def __init__(self):
        self.notes: list[_Note] = []

    # -- inline markup --------------------------------------------------------------
    def markup(self, inlines, bold: bool, italic: bool, footnote: Footnote | None = None) -> tuple[str, int]:
        parts: list[str] = []
        nrefs = 0
        for node in inlines:
            if isinstance(node, Text):
                b, i = bold or node.bold, italic or node.italic
                text = escape(_clean(node.text, b, i))
                if node.bold and not bold:
                    text = f"<b>{text}</b>"
                if node.italic and not italic:
                    text = f"<i>{text}</i>"
                parts.append(text)
            elif isinstance(node, LineBreak):
                parts.append("<br/>")
            elif isinstance(node, Link):
                inner, n = self.markup(node.children, bold, italic, footnote)
                nrefs += n
                parts.append(f'<a href="{_attr(node.url)}">{inner}</a>')
            elif isinstance(node, NoteRef):
                if footnote is not None:
                    raise WriterError(
                        f"footnote {footnote.number} contains a footnote reference ({node.number}); "
                        "footnotes inside footnotes are not supported"
                    )
                ident = self.note(node.footnote)
                nrefs += 1
                parts.append(
                    f'<super rise="4" size="8">{node.number}</super>'
                    f'<onDraw name="fnref" label="{ident}"/>'
                )
            else:
                raise WriterError(f"the PDF writer cannot render inline {type(node).__name__}")
        return "".join(parts), nrefs

    def note(self, fn: Footnote) -> int:
        ident = len(self.notes)
        style = _style(size=FN_SIZE, leading=FN_LEADING, first=FN_INDENT)
        pieces = []
        paragraphs = fn.paragraphs or (DocParagraph((), "plain"),)
        for k, para in enumerate(paragraphs):
            text, _ = self.markup(para.inlines, False, False, footnote=fn)
            if _has_long_token(para.inlines):
                style = _ragged(style)
            if k == 0:
                text = f'<super rise="3" size="7">{fn.number}</super> {text}'
            p = _paragraph(text, style)
            pieces.append((p, p.height))
        height = sum(h for _, h in pieces) + FN_PARA_GAP * (len(pieces) - 1)
        self.notes.append(_Note(ident, fn.number, pieces, height))
        return ident

    def para(self, inlines, style: ParagraphStyle, bold=False, italic=False, bullet=None, **kw) -> _Item:
        text, nrefs = self.markup(inlines, bold, italic)
        if _has_long_token(inlines):
            style = _ragged(style)
        if bullet is not None:
            bullet = escape(_clean(bullet, bold, italic))
        return _Item(_paragraph(text, style, bullet), nrefs=nrefs, **kw)

    # -- blocks ------------------------------------------------------------------------
    def blocks(self, blocks, indent: float = 0.0) -> list[_Item]:
        items: list[_Item] = []
        for block in blocks:
            if isinstance(block, DocParagraph):
                items.append(self.paragraph(block, indent))
            elif isinstance(block, Heading):
                items.append(self.heading(block, indent))
            elif isinstance(block, ItemList):
                items.extend(self.item_list(block, indent))
            elif isinstance(block, AddressBlock):
                items.append(self.lines(block.lines, indent))
            elif isinstance(block, SignatureBlock):
                sigs = [self.lines(sig.lines, indent, space_after=18.0) for sig in block.signatures]
                if sigs:
                    sigs[-1].space_after = PARA_GAP
                items.extend(sigs)
            elif isinstance(block, Letterhead):
                items.extend(self.letterhead(block))
            else:
                raise WriterError(f"the PDF writer cannot render block {type(block).__name__}")
        return items

    def paragraph(self, block: DocParagraph, indent: float, first: float | None = None) -> _Item:
        s = block.style
        keep = block.keep_with_next or s in ("closing", "subheading")
        if s in ("body", "plain", "certification"):
            fi = first if first is not None else (TAB if s == "body" else 0.0)
            options = dict(left=indent, first=fi)
        elif s in ("date", "via", "salutation", "closing", "re"):
            options = dict(align=TA_LEFT, left=indent, bold=(s == "re"))
        elif s == "quote":
            options = dict(left=indent + TAB, right=TAB)
        elif s == "subheading":
            options = dict(italic=True, align=TA_LEFT, left=indent)
        else:
            raise WriterError(f"the PDF writer has no paragraph style {s!r}")
        label = None
        if block.label:  # the label hangs in a margin of its own; wrapped lines align after it
            label = block.label
            hang = max(TAB, stringWidth(label, _font(options.get("bold", False), options.get("italic", False)), FONT_SIZE) + 8)
            options.update(left=options["left"] + hang, bullet=options["left"], first=0.0, align=TA_LEFT)
        return self.para(block.inlines, _style(**options), bold=options.get("bold", False),
                         italic=options.get("italic", False), bullet=label, keep_with_next=keep,
                         keep_together=(s == "certification"), space_after=6.0 if s == "subheading" else PARA_GAP)

    def heading(self, block: Heading, indent: float) -> _Item:
        level = block.level
        italic = level >= 2
        label = block.label.strip()
        title = " ".join(" ".join([label, plain_text(block.inlines)]).split())
        base = indent + (0.0 if level <= 1 else TAB)
        if label:
            hang = max(TAB, stringWidth(label, _font(True, italic), FONT_SIZE) + 8)
            style = _style(bold=True, italic=italic, align=TA_LEFT, left=base + hang, bullet=base)
        else:
            style = _style(bold=True, italic=italic, align=TA_LEFT, left=base)
        item = self.para(
            block.inlines, style, bold=True, italic=italic, bullet=label or None,
            keep_with_next=True, space_before=16.0, outline=(title, max(level, 1)),
        )
        return item

    def item_list(self, block: ItemList, indent: float) -> list[_Item]:
        label_x, text_x = indent + TAB, indent + 2 * TAB
        items: list[_Item] = []
        for entry in block.items:
            label = entry.label.strip()
            hang_needed = stringWidth(label, _font(False, False), FONT_SIZE) + 6 if label else 0
            lx = min(label_x, text_x - hang_needed) if hang_needed > TAB else label_x
            first = True
            blocks = list(entry.blocks)
            if not blocks or not isinstance(blocks[0], DocParagraph):
                blocks.insert(0, DocParagraph((Text("\u00a0"),), "plain"))
            for sub in blocks:
                if isinstance(sub, DocParagraph):
                    if first:
                        item = self._list_para(sub, text_x, lx, label)
                    else:
                        item = self.paragraph(sub, text_x, first=0.0)
                    item.space_after = 6.0
                    items.append(item)
                elif isinstance(sub, ItemList):
                    nested = self.item_list(sub, text_x - TAB)
                    items.extend(nested)
                else:
                    nested = self.blocks((sub,), text_x)
                    items.extend(nested)
                first = False
            if items:
                items[-1].space_after = 8.0
        if items:
            items[-1].space_after = PARA_GAP
        return items

    def _list_para(self, block: DocParagraph, text_x: float, label_x: float, label: str) -> _Item:
        bold = block.style in ("re",)
        italic = block.style == "subheading"
        style = _style(bold=bold, italic=italic, left=text_x, bullet=label_x)
        if block.style in ("date", "via", "salutation", "closing", "subheading", "re"):
            style = _style(bold=bold, italic=italic, align=TA_LEFT, left=text_x, bullet=label_x)
        return self.para(block.inlines, style, bold=bold, italic=italic, bullet=label or None)

    def lines(self, lines, indent: float, space_after: float = PARA_GAP) -> _Item:
        inlines: list = []
        for k, line in enumerate(lines):
            if k:
                inlines.append(LineBreak())
            inlines.extend(line)
        return self.para(
            tuple(inlines), _style(align=TA_LEFT, left=indent), keep_together=True, space_after=space_after
        )

    def letterhead(self, block: Letterhead) -> list[_Item]:
        size, lead = 13.0, 16.0
        names = [_clean(n, True, False) for n in block.names if n.strip()]
        logos = [_Item(_LogoRow(block.logos), space_after=10.0, keep_with_next=True)] if block.logos else []
        if not names:
            return logos + [_Item(_Rule(BODY_W), space_after=18.0)] if logos else []
        font = _font(True, False)
        sep = "  \u2022  "
        joined = sep.join(names)
        if stringWidth(joined, font, size) <= BODY_W:
            text = "&#160;&#160;\u2022&#160;&#160;".join(escape(n) for n in names)
        else:
            text = "<br/>".join(escape(n) for n in names)
        style = _style(bold=True, size=size, leading=lead, align=TA_CENTER)
        head = _Item(_paragraph(text, style), space_after=4.0, keep_together=True, keep_with_next=True)
        return logos + [head, _Item(_Rule(BODY_W), space_after=18.0)]

    def header(self, lines: tuple[str, ...]) -> list[str]:
        return [escape(_clean(line, False, False)) for line in lines if line.strip()]


# -- page breaking -------------------------------------------------------------------------
def _line_refs(p: Paragraph) -> list[list[int]]:
    """Footnote identifiers referenced on each line of a wrapped Paragraph."""
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


class _Page:
    def __init__(self, number: int, top: float):
        self.number = number
        self.top = top  # y of the top of the text area
        self.body_h = top - BODY_BOTTOM
        self.used = 0.0
        self.last_after = 0.0
        self.placed: list = []  # (flow, y offset from top, outline)
        self.band: list = []  # entries: list of (Paragraph, height), one per footnote (part)
        self.band_h = 0.0
        self.refs: list[int] = []  # footnote idents whose reference is on this page
        self.carry_pending = False  # a continued footnote goes on beyond this page
        self.closed = False

    @property
    def empty(self) -> bool:
        return not self.placed

    def add_band(self, pieces) -> None:
        h = sum(ph for _, ph in pieces) + FN_PARA_GAP * (len(pieces) - 1)
        self.band_h += (SEP_H if not self.band else FN_GAP) + h
        self.band.append(pieces)


class _Layout:
    def __init__(self, notes: list[_Note], body_top_later: float):
        self.notes = notes
        self.body_top_later = body_top_later
        self.pages: list[_Page] = []
        self.carry: list = []  # pieces of a footnote continuing on the next page
        self.page = self._open_page()

    # -- pages ----------------------------------------------------------------------
    def _open_page(self) -> _Page:
        number = len(self.pages) + 1
        page = _Page(number, BODY_TOP if number == 1 else self.body_top_later)
        self.pages.append(page)
        if self.carry:
            room = page.body_h - CARRY_TEXT_MIN - SEP_H
            pieces = self.carry
            total = sum(h for _, h in pieces) + FN_PARA_GAP * (len(pieces) - 1)
            plan = None if total <= room else _plan_split(pieces, room, min_lines=1)
            if total <= room:
                first, rest = pieces, []
            elif plan is None:  # cannot happen with a page of room; keep going regardless
                first, rest = pieces[:1], pieces[1:]
            else:
                first, rest = _do_split(pieces, plan)
            page.add_band(first)
            self.carry = rest
            page.carry_pending = bool(rest)
        return page

    def new_page(self) -> _Page:
        self.page = self._open_page()
        return self.page

    def finish(self) -> list[_Page]:
        while self.carry:
            self.new_page()
        return self.pages

    # -- footnote arithmetic ------------------------------------------------------------
    def band_with(self, page: _Page, idents) -> float:
        if not idents:
            return page.band_h
        h = page.band_h + sum(self.notes[i].height for i in idents) + FN_GAP * len(idents)
        if not page.band:
            h += SEP_H - FN_GAP
        return h

    def evaluate(self, page: _Page, text_h: float, idents: list[int], force: bool = False):
        """Can text_h more points of text with references `idents` go on the page?

        Returns (ok, split): split is None, or (ident, plan) when footnote `ident` must be
        split by `plan` (see _plan_split) to fit; the page then ends after this text."""
        if idents and page.carry_pending:
            return False, None  # a continued footnote must end before new ones start
        room = page.body_h - page.used - text_h
        if room - self.band_with(page, idents) >= -1e-6:
            return True, None
        if not idents:
            return False, None
        # Split the last footnote, so the continued part is the last of the page.  Only
        # when forced (a line that fits on no page otherwise) may an earlier, larger one
        # be split instead: it then continues on the next page after the later ones.
        candidates = [idents[-1]]
        if force:
            candidates += sorted(set(idents[:-1]), key=lambda i: -self.notes[i].height)
        for ident in candidates:
            note = self.notes[ident]
            if not force and note.height <= SPLIT_FN_MIN:
                return False, None
            others = list(idents)
            others.remove(ident)
            before = self.band_with(page, others)
            space = room - before - (SEP_H if not page.band and not others else FN_GAP)
            plan = _plan_split(note.pieces, space, min_lines=1 if force else 2)
            if plan is not None:
                return True, (ident, plan)
        return False, None

    # -- placing ------------------------------------------------------------------------
    def place(self, item: _Item, rest: deque) -> None:
        page = self.page
        flow = item.flow
        gap = 0.0 if page.empty else max(page.last_after, item.space_before)

        if item.keep_with_next and not page.empty and rest:
            if not self._group_fits(page, gap, item, rest) and self._group_fits(None, 0.0, item, rest):
                page = self.new_page()
                gap = 0.0

        if not isinstance(flow, Paragraph):
            _, h = flow.wrap(BODY_W, page.body_h)
            if not page.empty and page.used + gap + h > page.body_h - page.band_h:
                page = self.new_page()
                gap = 0.0
            self._put(page, item, flow, gap, h, [])
            return

        lines = _line_refs(flow)
        n = len(lines)
        found = sum(len(r) for r in lines)
        if found != item.nrefs:  # pragma: no cover - a reportlab change would trip this
            raise WriterError(
                f"internal error: found {found} of {item.nrefs} footnote references after line breaking"
            )
        lead = flow.style.leading
        all_refs = [i for r in lines for i in r]

        if item.keep_together and not page.empty:
            ok, split = self.evaluate(page, gap + flow.height, all_refs)
            if ok and split is None:
                self._put(page, item, flow, gap, flow.height, all_refs)
                return
            fresh_h = self.body_top_later - BODY_BOTTOM
            if flow.height + self.band_with(_Page(0, self.body_top_later), all_refs) <= fresh_h:
                rest.appendleft(item)
                self.new_page()
                return

        # whole paragraph?
        ok, split = self.evaluate(page, gap + flow.height, all_refs)
        if ok:
            k = n
        else:
            k, split = 0, None
            refs: list[int] = []
            for j in range(n):
                refs = refs + lines[j]
                ok_j, split_j = self.evaluate(page, gap + (j + 1) * lead, refs)
                if not ok_j:
                    break
                k, split = j + 1, split_j
                if split_j is not None:
                    break  # the page ends with a split footnote
            # widows and orphans
            if 0 < k < n and not page.empty:
                if n - k == 1:
                    k -= 1
                if k == 1 and n > 1:
                    k = 0
            if k == 0 and page.empty and not page.band:
                # not even one line (with its footnotes) fits on an empty page: force a split
                refs = lines[0]
                ok, split = self.evaluate(page, lead, refs, force=True)
                if not ok:
                    nums = ", ".join(str(self.notes[i].number) for i in refs)
                    raise WriterError(
                        f"footnote(s) {nums} are too long to fit on the page of their reference"
                    )
                k = 1
            elif k == 0:
                rest.appendleft(item)
                self.new_page()
                return
            # re-evaluate for the chosen k (widow control may have shortened it)
            refs = [i for r in lines[:k] for i in r]
            ok, split = self.evaluate(page, gap + k * lead, refs, force=page.empty and not page.band)
            if not ok:  # pragma: no cover - evaluate is monotone in k
                raise WriterError("internal error: page breaking failed")

        if k == n:
            self._put(page, item, flow, gap, flow.height, all_refs, split)
        else:
            p1, p2 = _split_para(flow, k)
            refs = [i for r in lines[:k] for i in r]
            self._put(page, item, p1, gap, p1.height, refs, split)
            rest.appendleft(replace(item, flow=p2, space_before=0.0, outline=None, nrefs=item.nrefs - len(refs)))
            self.new_page()
            return
        if split is not None:
            self.new_page()

    def _put(self, page, item, flow, gap, h, refs, split=None) -> None:
        page.placed.append((flow, page.used + gap, item.outline))
        page.used += gap + h
        page.last_after = item.space_after
        for ident in refs:
            page.refs.append(ident)
            if split is not None and ident == split[0]:
                first, self.carry = _do_split(self.notes[ident].pieces, split[1])
                page.add_band(first)
            else:
                page.add_band(self.notes[ident].pieces)

    def _group_fits(self, page: _Page | None, gap: float, item: _Item, rest: deque) -> bool:
        """Do `item`, the keep-with-next items after it and the start of the next fit?"""
        if page is None:
            page = _Page(0, self.body_top_later)
        total = gap
        refs: list[int] = []
        chain = [item]
        for nxt in rest:
            chain.append(nxt)
            if not nxt.keep_with_next:
                break
        last_after = None
        for k, it in enumerate(chain):
            f = it.flow
            if last_after is not None:
                total += max(last_after, it.space_before)
            if isinstance(f, Paragraph):
                lines = _line_refs(f)
                if k == len(chain) - 1 and k > 0 and not it.keep_together and len(lines) > 3:
                    lines = lines[:2]
                    total += 2 * f.style.leading
                else:
                    total += f.height
                refs.extend(i for r in lines for i in r)
            else:
                total += f.wrap(BODY_W, page.body_h)[1]
            last_after = it.space_after
        return page.used + total + self.band_with(page, refs) <= page.body_h + 1e-6


def _split_para(p: Paragraph, k: int) -> tuple[Paragraph, Paragraph]:
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


def _plan_split(pieces, space: float, min_lines: int = 2):
    """Where to split footnote pieces [(Paragraph, h)] so the first part fits in `space`.

    Returns (index of the piece split, lines of it kept) -- lines 0 means split between
    pieces -- or None when no first part of at least `min_lines` lines fits."""
    used = 0.0
    for idx, (p, h) in enumerate(pieces):
        gap = FN_PARA_GAP if idx else 0.0
        if used + gap + h <= space + 1e-6:
            used += gap + h
            continue
        lead = p.style.leading
        k = min(int((space - used - gap + 1e-6) // lead), len(p.blPara.lines) - 1)
        if k >= min_lines or (k >= 1 and idx):
            return idx, k
        if idx:
            return idx, 0
        return None
    return None  # everything fits: nothing to split


def _do_split(pieces, plan):
    idx, k = plan
    if k == 0:
        return list(pieces[:idx]), list(pieces[idx:])
    p = pieces[idx][0]
    p1, p2 = _split_para(p, k)
    return list(pieces[:idx]) + [(p1, p1.height)], [(p2, p2.height)] + list(pieces[idx + 1 :])


# -- drawing ----------------------------------------------------------------------------------
def _draw(pages: list[_Page], doc: Document, header_lines: list[str], when) -> bytes:
    # Binary (Flate only) streams: smaller files, and ASCII85 in pure Python is slow.
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        return _draw_pages(pages, doc, header_lines, when)
    finally:
        rl_config.useA85 = saved


def _draw_pages(pages: list[_Page], doc: Document, header_lines: list[str], when) -> bytes:
    meta = doc.metadata
    buf = io.BytesIO()
    canv = _canvas(buf, meta, when)
    canv.setTitle(meta.title)
    canv.setAuthor(meta.author)
    canv.setSubject(meta.subject)
    canv.setKeywords(", ".join(meta.keywords))
    canv.setCreator("foiagen")
    canv.setProducer("foiagen (ReportLab)")

    drawn: dict[int, int] = {}

    def on_ref(c, kind, label):
        drawn[int(label)] = c.getPageNumber()

    canv.setNamedCB("fnref", on_ref)
    total = len(pages)
    header_style = _style(size=HEADER_SIZE, leading=HEADER_LEADING, align=TA_LEFT)
    last_level = -1
    outline_no = 0
    for page in pages:
        n = page.number
        if n > 1:
            hp = _paragraph("<br/>".join(header_lines + [f"Page {n}"]), header_style)
            hh = hp.height
            hp.drawOn(canv, MARGIN, HEADER_TOP - hh)
        canv.setFont(_font(False, False), HEADER_SIZE)
        canv.drawCentredString(PAGE_W / 2, FOOTER_Y, f"Page {n} of {total}")
        for flow, y_off, outline in page.placed:
            y_top = page.top - y_off
            if outline is not None:
                title, level = outline
                level = min(level - 1, last_level + 1)
                key = f"h{outline_no}"
                outline_no += 1
                canv.bookmarkPage(key, fit="XYZ", left=0, top=y_top + 6)
                canv.addOutlineEntry(title, key, level=level, closed=False)
                last_level = level
            flow.drawOn(canv, MARGIN, y_top - flow.height)
        if page.band:
            y = BODY_BOTTOM + page.band_h - SEP_ABOVE
            canv.setLineWidth(0.5)
            canv.line(MARGIN, y, MARGIN + SEP_W, y)
            y -= SEP_BELOW
            for k, pieces in enumerate(page.band):
                if k:
                    y -= FN_GAP
                for j, (p, h) in enumerate(pieces):
                    if j:
                        y -= FN_PARA_GAP
                    p.drawOn(canv, MARGIN, y - h)
                    y -= h
        canv.showPage()
        for ident in page.refs:
            if drawn.get(ident) != n:  # pragma: no cover - the consistency guard
                raise WriterError(
                    f"internal error: footnote reference {ident + 1} planned for page {n} "
                    f"was drawn on page {drawn.get(ident)}"
                )
    canv.save()
    return buf.getvalue()


def _canvas(buf, meta, when) -> Canvas:
    """A canvas dated `when` (CreationDate and ModDate; invariant mode fixes the document ID)."""
    try:
        canv = Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1, initialFontName=_font(False, False),
                      initialFontSize=FONT_SIZE, initialLeading=LEADING, lang=meta.language or "en-US")
    except ValueError as exc:  # reportlab reads SOURCE_DATE_EPOCH itself and fails on a malformed one
        raise WriterError(f"reportlab could not start the PDF: {exc}") from None
    stamp = canv._doc._timeStamp
    stamp.YMDhms, stamp.dhh, stamp.dmm = when.utctimetuple()[:6], 0, 0
    return canv


def _render(doc: Document, options=None):
    _register_fonts()
    builder = _Builder()
    items = builder.blocks(doc.blocks)
    header_lines = builder.header(doc.metadata.running_header)
    header_h = HEADER_LEADING * (len(header_lines) + 1)
    if header_lines:
        probe = _paragraph(
            "<br/>".join(header_lines + [f"Page {10 ** len(str(len(doc.blocks) + 9))}"]),
            _style(size=HEADER_SIZE, leading=HEADER_LEADING, align=TA_LEFT),
        )
        header_h = probe.height
    body_top_later = min(BODY_TOP, HEADER_TOP - header_h - 10.0)
    if body_top_later - BODY_BOTTOM < PAGE_H / 3:
        raise WriterError("the running header is too long: it leaves no room for the letter")

    layout = _Layout(builder.notes, body_top_later)
    queue = deque(items)
    while queue:
        layout.place(queue.popleft(), queue)
    pages = layout.finish()
    # drop a trailing empty page (possible after a forced break at the very end)
    while len(pages) > 1 and not pages[-1].placed and not pages[-1].band:
        pages.pop()
    return _draw(pages, doc, header_lines, created_date(doc, options)), pages


def write_pdf(doc: Document, options: WriterOptions | None = None) -> bytes:
    """Render the Document as a PDF letter; raise WriterError for what cannot be drawn."""
    data, _ = _render(doc, options)
    return data
