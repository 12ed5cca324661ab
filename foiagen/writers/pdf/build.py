"""The Document as what the page breaker places: each block wrapped as a reportlab flowable
and described to paginate as a Block (its lines and the footnotes each references); each
footnote as paragraphs (Pieces).  Every character is checked against its face on the way."""

from __future__ import annotations

import io
from dataclasses import replace

from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.pdfbase.pdfmetrics import stringWidth

from ...document import (
    AddressBlock, Footnote, Heading, Image, ItemList, Letterhead, LineBreak, Link, NoteRef,
    Paragraph as DocParagraph, SignatureBlock, Text, plain_text,
)
from .. import WriterError, logo_row
from .fonts import clean, font
from .paginate import Block, Note, Piece
from .styles import (
    BODY_W, FN_INDENT, FN_LEADING, FN_SIZE, FONT_SIZE, PARA_GAP, TAB, Flowable, Paragraph, escape,
    has_long_token, line_refs, paragraph, ragged, style,
)


class Rule(Flowable):
    def __init__(self, width: float, thickness: float = 0.6):
        super().__init__()
        self.width, self.height, self.thickness = width, thickness, thickness

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self):
        self.canv.setLineWidth(self.thickness)
        self.canv.line(0, self.thickness / 2, self.width, self.thickness / 2)


class LogoRow(Flowable):
    """Letterhead logos side by side, centred in the text width (see writers.logo_row); decoded
    when the document is laid out, so that a damaged image raises WriterError."""

    def __init__(self, logos: tuple[Image, ...], width: float = BODY_W):
        super().__init__()
        from reportlab.lib.utils import ImageReader

        self.sizes, self.gap = logo_row(logos, width)
        self.readers = []
        for logo in logos:
            try:
                reader = ImageReader(io.BytesIO(logo.data))
                reader.getRGBData()  # decode now: a broken image is reported, never half-drawn
            except Exception as exc:  # PIL raises many kinds for a damaged file
                raise WriterError(f"the logo of {logo.description or 'a requester'} cannot be decoded "
                                  f"({type(exc).__name__}: {exc}); save it again as PNG or JPEG") from None
            self.readers.append((reader, "auto" if logo.mime == "image/png" else None))
        self.width = width
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


class Builder:
    """Blocks -> paginate Blocks (keys into `flows`) and Notes (keys into `note_flows`)."""

    def __init__(self, width: float = BODY_W):
        self.width = width  # the text box's width (points)
        self.flows: list = []  # Block.key -> the flowable
        self.outlines: dict[int, tuple[str, int]] = {}  # Block.key -> (title, level) of a heading
        self.notes: list[Note] = []
        self.note_flows: dict[tuple[int, int], Paragraph] = {}  # Piece.key -> its paragraph

    # -- inline markup --------------------------------------------------------------
    def markup(self, inlines, bold: bool, italic: bool, footnote: Footnote | None = None) -> tuple[str, int]:
        parts: list[str] = []
        nrefs = 0
        for node in inlines:
            if isinstance(node, Text):
                b, i = bold or node.bold, italic or node.italic
                text = escape(clean(node.text, b, i))
                text = f"<b>{text}</b>" if node.bold and not bold else text
                parts.append(f"<i>{text}</i>" if node.italic and not italic else text)
            elif isinstance(node, LineBreak):
                parts.append("<br/>")
            elif isinstance(node, Link):
                inner, n = self.markup(node.children, bold, italic, footnote)
                nrefs += n
                parts.append(f'<a href="{escape(uri_of(node.url))}">{inner}</a>')
            elif isinstance(node, NoteRef):
                if footnote is not None:
                    raise WriterError(f"footnote {footnote.number} contains a footnote reference ({node.number}); "
                                      "footnotes inside footnotes are not supported")
                nrefs += 1
                parts.append(f'<super rise="4" size="8">{node.number}</super>'
                             f'<onDraw name="fnref" label="{self.note(node.footnote)}"/>')
            else:
                raise WriterError(f"the PDF writer cannot render inline {type(node).__name__}")
        return "".join(parts), nrefs

    def note(self, fn: Footnote) -> int:
        ident = len(self.notes)
        note_style = style(size=FN_SIZE, leading=FN_LEADING, first=FN_INDENT)
        pieces = []
        for k, para in enumerate(fn.paragraphs or (DocParagraph((), "plain"),)):
            text, _ = self.markup(para.inlines, False, False, footnote=fn)
            if has_long_token(para.inlines):
                note_style = ragged(note_style)
            if k == 0:
                text = f'<super rise="3" size="7">{fn.number}</super> {text}'
            p = paragraph(text, note_style, width=self.width)
            self.note_flows[(ident, k)] = p
            pieces.append(Piece(p.height, len(p.blPara.lines), p.style.leading, (ident, k)))
        self.notes.append(Note(ident, fn.number, pieces))
        return ident

    def block(self, flow, nrefs: int = 0, outline=None, **options) -> Block:
        """`flow` described to the page breaker."""
        key = len(self.flows)
        self.flows.append(flow)
        if outline is not None:
            self.outlines[key] = outline
        if not isinstance(flow, Paragraph):
            return Block(flow.wrap(self.width, 1e9)[1], key=key, **options)
        lines = tuple(tuple(refs) for refs in line_refs(flow))
        found = sum(len(refs) for refs in lines)
        if found != nrefs:  # pragma: no cover - a reportlab change would trip this
            raise WriterError(f"internal error: found {found} of {nrefs} footnote references after line breaking")
        return Block(flow.height, lines, flow.style.leading, key=key, **options)

    def para(self, inlines, para_style, bold=False, italic=False, bullet=None, **options) -> Block:
        text, nrefs = self.markup(inlines, bold, italic)
        if has_long_token(inlines):
            para_style = ragged(para_style)
        if bullet is not None:
            bullet = escape(clean(bullet, bold, italic))
        return self.block(paragraph(text, para_style, bullet, self.width), nrefs, **options)

    # -- blocks ------------------------------------------------------------------------
    def blocks(self, blocks, indent: float = 0.0) -> list[Block]:
        items: list[Block] = []
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
                items.extend(sigs[:-1] + [replace(sigs[-1], space_after=PARA_GAP)] if sigs else [])
            elif isinstance(block, Letterhead):
                items.extend(self.letterhead(block))
            else:
                raise WriterError(f"the PDF writer cannot render block {type(block).__name__}")
        return items

    def paragraph(self, block: DocParagraph, indent: float, first: float | None = None) -> Block:
        s = block.style
        if s in ("body", "plain", "certification"):
            options = dict(left=indent, first=first if first is not None else (TAB if s == "body" else 0.0))
        elif s in ("date", "via", "salutation", "closing", "re"):
            options = dict(align=TA_LEFT, left=indent, bold=(s == "re"))
        elif s == "quote":
            options = dict(left=indent + TAB, right=TAB)
        elif s == "subheading":
            options = dict(italic=True, align=TA_LEFT, left=indent)
        else:
            raise WriterError(f"the PDF writer has no paragraph style {s!r}")
        bold, italic = options.get("bold", False), options.get("italic", False)
        if block.label:  # the label hangs in a margin of its own; wrapped lines align after it
            hang = max(TAB, stringWidth(block.label, font(bold, italic), FONT_SIZE) + 8)
            options.update(left=options["left"] + hang, bullet=options["left"], first=0.0, align=TA_LEFT)
        return self.para(block.inlines, style(**options), bold=bold, italic=italic, bullet=block.label or None,
                         keep_with_next=block.keep_with_next or s in ("closing", "subheading"),
                         keep_together=(s == "certification"), space_after=6.0 if s == "subheading" else PARA_GAP)

    def heading(self, block: Heading, indent: float) -> Block:
        italic = block.level >= 2
        label = block.label.strip()
        title = " ".join(" ".join([label, plain_text(block.inlines)]).split())
        base = indent + (0.0 if block.level <= 1 else TAB)
        if label:
            hang = max(TAB, stringWidth(label, font(True, italic), FONT_SIZE) + 8)
            heading_style = style(bold=True, italic=italic, align=TA_LEFT, left=base + hang, bullet=base)
        else:
            heading_style = style(bold=True, italic=italic, align=TA_LEFT, left=base)
        out = self.para(block.inlines, heading_style, bold=True, italic=italic, bullet=label or None,
                        keep_with_next=True, space_before=16.0, outline=(title, max(block.level, 1)))
        return replace(out, break_before=True) if block.new_page else out

    def item_list(self, block: ItemList, indent: float) -> list[Block]:
        label_x, text_x = indent + TAB, indent + 2 * TAB
        items: list[Block] = []
        for entry in block.items:
            label = entry.label.strip()
            hang_needed = stringWidth(label, font(False, False), FONT_SIZE) + 6 if label else 0
            lx = min(label_x, text_x - hang_needed) if hang_needed > TAB else label_x
            blocks = list(entry.blocks)
            if not blocks or not isinstance(blocks[0], DocParagraph):
                blocks.insert(0, DocParagraph((Text("\u00a0"),), "plain"))
            for n, sub in enumerate(blocks):
                if isinstance(sub, DocParagraph):
                    item = self._list_para(sub, text_x, lx, label) if n == 0 else self.paragraph(sub, text_x, first=0.0)
                    items.append(replace(item, space_after=6.0))
                elif isinstance(sub, ItemList):
                    items.extend(self.item_list(sub, text_x - TAB))
                else:
                    items.extend(self.blocks((sub,), text_x))
            if items:
                items[-1] = replace(items[-1], space_after=8.0)
        if items:
            items[-1] = replace(items[-1], space_after=PARA_GAP)
        return items

    def _list_para(self, block: DocParagraph, text_x: float, label_x: float, label: str) -> Block:
        bold, italic = block.style == "re", block.style == "subheading"
        align = {"align": TA_LEFT} if block.style in ("date", "via", "salutation", "closing", "subheading", "re") else {}
        list_style = style(bold=bold, italic=italic, left=text_x, bullet=label_x, **align)
        return self.para(block.inlines, list_style, bold=bold, italic=italic, bullet=label or None)

    def lines(self, lines, indent: float, space_after: float = PARA_GAP) -> Block:
        inlines: list = []
        for k, line in enumerate(lines):
            if k:
                inlines.append(LineBreak())
            inlines.extend(line)
        return self.para(tuple(inlines), style(align=TA_LEFT, left=indent), keep_together=True, space_after=space_after)

    def letterhead(self, block: Letterhead) -> list[Block]:
        size, lead = 13.0, 16.0
        names = [clean(n, True, False) for n in block.names if n.strip()]
        logos = [self.block(LogoRow(block.logos, self.width), space_after=10.0, keep_with_next=True)] if block.logos else []
        if not names:
            return logos + [self.block(Rule(self.width), space_after=18.0)] if logos else []
        if stringWidth("  \u2022  ".join(names), font(True, False), size) <= self.width:
            text = "&#160;&#160;\u2022&#160;&#160;".join(escape(n) for n in names)
        else:
            text = "<br/>".join(escape(n) for n in names)
        head_style = style(bold=True, size=size, leading=lead, align=TA_CENTER)
        head = self.block(paragraph(text, head_style, width=self.width), space_after=4.0, keep_together=True, keep_with_next=True)
        return logos + [head, self.block(Rule(self.width), space_after=18.0)]

    def header(self, lines: tuple[str, ...]) -> list[str]:
        return [escape(clean(line, False, False)) for line in lines if line.strip()]


_URI_UNSAFE = frozenset(' "<>\\^`{|}')


def uri_of(url: str) -> str:
    """A link target as a PDF URI: spaces, controls, non-ASCII and bidi characters percent-encoded
    (UTF-8), as the DOCX writer does, so every viewer opens the same address (red team K5)."""
    if url.isascii() and url.isprintable() and not _URI_UNSAFE.intersection(url):
        return url
    return "".join(ch if ch.isascii() and ch.isprintable() and ch not in _URI_UNSAFE
                   else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in url)
