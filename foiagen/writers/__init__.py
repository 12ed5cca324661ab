"""Writers: pure functions from a Document to the bytes of one output format.

Each takes ``(document, options=None)`` (WriterOptions) and is registered by name and imported only when asked for, so that `validate`
and `--help` never pay for reportlab or python-docx.  A writer that cannot render
something (a character no font can draw, say) raises WriterError naming it; it
never drops it silently.
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass

# format name -> (module, function, file extension)
WRITERS = {
    "docx": ("foiagen.writers.docx", "write_docx", "docx"),
    "pdf": ("foiagen.writers.pdf", "write_pdf", "pdf"),
    "txt": ("foiagen.writers.txt", "write_txt", "txt"),
}


class WriterError(Exception):
    """A writer could not render part of the document."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# Letterhead logos, the same in every writer (points): at their size at 96 pixels an inch,
# but at most 0.75 inch high, side by side with a gap, the row a little narrower than the
# text (so that no rounding makes a word processor wrap it).
LOGO_MAX_HEIGHT = 54.0
LOGO_GAP = 18.0
LOGO_PX = 72.0 / 96.0
LOGO_ROW_WIDTH = 466.0  # US Letter less two 1-inch margins, less 2 points


def logo_row(logos, width: float = LOGO_ROW_WIDTH) -> tuple[list[tuple[float, float]], float]:
    """(width, height) in points of each logo in a letterhead row, aspect ratios kept, and the gap."""
    sizes = []
    for logo in logos:
        scale = min(LOGO_PX, LOGO_MAX_HEIGHT / logo.height_px)
        sizes.append((logo.width_px * scale, logo.height_px * scale))
    gaps = max(len(sizes) - 1, 0)
    gap = min(LOGO_GAP, width / 4 / gaps) if gaps else 0.0  # many logos: the gaps take at most a quarter
    natural = sum(w for w, _ in sizes)
    if natural + gap * gaps > width:
        shrink = (width - gap * gaps) / natural
        sizes = [(w * shrink, h * shrink) for w, h in sizes]
    return sizes, gap


@dataclass(frozen=True)
class WriterOptions:
    """What a writer is told rather than finds out (a writer never reads the environment)."""

    created: dt.datetime | None = None  # the files' creation date; None: the letter's date
    attach: bool = False  # `render --attach`: the enclosures' PDFs follow the letter's pages (foiagen/attach.py)
    reference_docx: bytes | None = None  # an organisation's Word file whose house style the DOCX takes (docx_reference.py)

    @classmethod
    def from_environment(cls, environ) -> "WriterOptions":
        """SOURCE_DATE_EPOCH (reproducible-builds.org), when set, dates the files; ValueError if malformed."""
        raw = environ.get("SOURCE_DATE_EPOCH", "").strip()
        if not raw:
            return cls()
        try:
            return cls(dt.datetime.fromtimestamp(int(raw), dt.timezone.utc))
        except (ValueError, OverflowError, OSError):
            raise ValueError(f"SOURCE_DATE_EPOCH={raw!r} is not a usable Unix time in seconds") from None


FALLBACK_DATE = dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)


def created_date(doc, options: WriterOptions | None) -> dt.datetime:
    """The files' date: the option when given, else the letter's date at midnight UTC."""
    if options is not None and options.created is not None:
        return options.created
    if doc.metadata.date:
        day = dt.date.fromisoformat(doc.metadata.date)
        return dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc)
    return FALLBACK_DATE


def get_writer(name: str):
    module_name, func_name, _ = WRITERS[name]
    return getattr(importlib.import_module(module_name), func_name)
