"""Drawing the pages paginate planned: the canvas (dated, invariant), the running header and
"Page N of M", the outline, each block and footnote band; the parts of a split paragraph are
cut from it as planned.  The fnref callbacks record the page each footnote reference was
really drawn on and check it against the plan, so a footnote never lands on the wrong page
silently."""

from __future__ import annotations

import io

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.pdfgen.canvas import Canvas

from .. import WriterError
from .fonts import font
from .paginate import FN_GAP, FN_PARA_GAP, SEP_ABOVE, SEP_BELOW, Page
from .styles import FONT_SIZE, HEADER_LEADING, HEADER_SIZE, LEADING, Geometry, paragraph, split_lines, style

SEP_W = 144.0  # the footnote rule


class Parts:
    """The paragraphs of blocks and footnotes, cut into the parts the plan put on each page:
    each part is cut from what the previous cut left, in page order, as reportlab splits."""

    def __init__(self, flows):
        self.flows = flows  # key -> flowable
        self.left: dict = {}  # key -> (first line of what is left, the paragraph left)

    def part(self, key, first_line: int, lines: int | None):
        start, flow = self.left.get(key, (0, self.flows[key]))
        if lines is None:  # a box
            return flow
        if start != first_line:  # pragma: no cover - parts are drawn in the order planned
            raise WriterError(f"internal error: part at line {first_line} of a block cut at line {start}")
        if lines < len(flow.blPara.lines):
            flow, rest = split_lines(flow, lines)
            self.left[key] = (first_line + lines, rest)
        return flow


def header_height(header_lines: list[str], blocks: int, width: float) -> float:
    """The running header's height, `width` wide, with the widest page number the letter could reach."""
    if not header_lines:
        return HEADER_LEADING
    probe = paragraph("<br/>".join(header_lines + [f"Page {10 ** len(str(blocks + 9))}"]),
                      style(size=HEADER_SIZE, leading=HEADER_LEADING, align=TA_LEFT), width=width)
    return probe.height


def draw(pages: list[Page], doc, header_lines: list[str], when, flows, note_flows, outlines, geometry: Geometry) -> bytes:
    # Binary (Flate only) streams: smaller files, and ASCII85 in pure Python is slow.
    saved = rl_config.useA85
    rl_config.useA85 = 0
    try:
        buf = io.BytesIO()
        canv = _canvas(buf, doc.metadata, when, (geometry.page_w, geometry.page_h))
        _Drawer(canv, Parts(flows), Parts(note_flows), outlines, geometry).pages(pages, header_lines)
        canv.save()
        return buf.getvalue()
    finally:
        rl_config.useA85 = saved


def _canvas(buf, meta, when, size: tuple[float, float]) -> Canvas:
    """A canvas of pages `size` (points) dated `when` (CreationDate and ModDate; invariant mode fixes the document ID)."""
    try:
        canv = Canvas(buf, pagesize=size, invariant=1, pageCompression=1, initialFontName=font(False, False),
                      initialFontSize=FONT_SIZE, initialLeading=LEADING, lang=meta.language or "en-US")
    except ValueError as exc:  # reportlab reads SOURCE_DATE_EPOCH itself and fails on a malformed one
        raise WriterError(f"reportlab could not start the PDF: {exc}") from None
    stamp = canv._doc._timeStamp
    stamp.YMDhms, stamp.dhh, stamp.dmm = when.utctimetuple()[:6], 0, 0
    canv.setTitle(meta.title)
    canv.setAuthor(meta.author)
    canv.setSubject(meta.subject)
    canv.setKeywords(", ".join(meta.keywords))
    canv.setCreator("foiagen")
    canv.setProducer("foiagen (ReportLab)")
    return canv


class _Drawer:
    def __init__(self, canv: Canvas, blocks: Parts, notes: Parts, outlines, geometry: Geometry):
        self.canv, self.blocks, self.notes, self.outlines = canv, blocks, notes, outlines
        self.g = geometry
        self.drawn: dict[int, int] = {}  # footnote ident -> page its reference was drawn on
        self.last_level, self.outline_no = -1, 0
        canv.setNamedCB("fnref", self._on_ref)

    def _on_ref(self, canv, kind, label):
        self.drawn[int(label)] = canv.getPageNumber()

    def pages(self, pages: list[Page], header_lines: list[str]) -> None:
        header_style = style(size=HEADER_SIZE, leading=HEADER_LEADING, align=TA_LEFT)
        for page in pages:
            n = page.number
            if n > 1:
                head = paragraph("<br/>".join(header_lines + [f"Page {n}"]), header_style, width=self.g.body_w)
                head.drawOn(self.canv, self.g.left, self.g.header_top - head.height)
            self.canv.setFont(font(False, False), HEADER_SIZE)
            self.canv.drawCentredString(self.g.page_w / 2, self.g.footer_y, f"Page {n} of {len(pages)}")
            for placed in page.placed:
                self.block(page, placed)
            self.band(page)
            self.canv.showPage()
            for ident in page.refs:
                if self.drawn.get(ident) != n:  # pragma: no cover - the consistency guard
                    raise WriterError(f"internal error: footnote reference {ident + 1} planned for page {n} "
                                      f"was drawn on page {self.drawn.get(ident)}")

    def block(self, page: Page, placed) -> None:
        block = placed.block
        y_top = page.top - placed.y
        outline = self.outlines.get(block.key) if block.first_line == 0 else None
        if outline is not None:
            title, level = outline
            level = min(level - 1, self.last_level + 1)
            key = f"h{self.outline_no}"
            self.outline_no += 1
            self.canv.bookmarkPage(key, fit="XYZ", left=0, top=y_top + 6)
            self.canv.addOutlineEntry(title, key, level=level, closed=False)
            self.last_level = level
        flow = self.blocks.part(block.key, block.first_line, len(block.lines) if block.lines else None)
        flow.drawOn(self.canv, self.g.left, y_top - flow.height)

    def band(self, page: Page) -> None:
        if not page.band:
            return
        y = page.bottom + page.band_h - SEP_ABOVE
        self.canv.setLineWidth(0.5)
        self.canv.line(self.g.left, y, self.g.left + SEP_W, y)
        y -= SEP_BELOW
        for k, pieces in enumerate(page.band):
            y -= FN_GAP if k else 0.0
            for j, piece in enumerate(pieces):
                y -= FN_PARA_GAP if j else 0.0
                p = self.notes.part(piece.key, piece.first_line, piece.lines)
                p.drawOn(self.canv, self.g.left, y - piece.height)
                y -= piece.height
