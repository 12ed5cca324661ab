"""PDF writer: a Document as a 12 pt serif letter with footnotes on the page of their reference,
on the Document's page (US Letter with 1-inch margins, or a house style's size and margins).  ``write_pdf(doc, options=None) -> bytes``; the same Document
always gives the same bytes.

How it works (one module each):
    fonts     the vendored Liberation Serif TTFs (OFL), embedded as subsets (no standard-14
              font is ever referenced); every character is checked against its face before
              layout, and one the font lacks raises WriterError naming it (never a blank box)
    styles    page geometry, paragraph styles, and reportlab's Paragraph doing the line
              breaking, justification and links
    build     Document -> the flowables, described to the page breaker as Blocks (each line
              and the footnotes it references: every reference is a <super> number followed
              by a zero-width <onDraw name="fnref"> marker) and footnote Pieces
    paginate  the footnote-aware page breaker, a pure function (no reportlab)
    draw      the canvas: headers, "Page N of M", the outline, the blocks and footnote bands;
              the fnref callbacks check each reference was drawn on its planned page

Typography (no-break spaces, quotes, keep-with-next) was decided in rendering; this writer
honours it and parses no text.  The canvas runs with ``invariant=1`` (fixed document ID); the
creation and modification dates are the letter's (or WriterOptions.created).
"""

from __future__ import annotations

from ...document import Document
from .. import WriterError, WriterOptions, created_date
from .build import Builder
from .draw import draw, header_height
from .fonts import register_fonts
from .paginate import Frame, PageBreakError, paginate
from .styles import LEADING, geometry_of

__all__ = ["write_pdf"]


def write_pdf(doc: Document, options: WriterOptions | None = None) -> bytes:
    """Render the Document as a PDF letter; raise WriterError for what cannot be drawn."""
    register_fonts()
    g = geometry_of(doc.page)
    builder = Builder(g.body_w)
    blocks = builder.blocks(doc.blocks)
    header_lines = builder.header(doc.metadata.running_header)
    later_top = min(g.body_top, g.header_top - header_height(header_lines, len(doc.blocks), g.body_w) - 10.0)
    if later_top - g.body_bottom < min(g.page_h / 3, (g.body_top - g.body_bottom) / 2):
        raise WriterError("the running header is too long: it leaves no room for the letter")
    frame = Frame(g.body_top, later_top, g.body_bottom, split_note_min=(g.body_top - g.body_bottom) / 4,
                  carry_text_min=6 * LEADING)
    try:
        pages = paginate(blocks, builder.notes, frame)
    except PageBreakError as exc:
        raise WriterError(str(exc)) from None
    return draw(pages, doc, header_lines, created_date(doc, options), builder.flows, builder.note_flows,
                builder.outlines, g)
