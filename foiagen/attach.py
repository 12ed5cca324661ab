"""Enclosures appended to a letter's PDF (`render --attach`): the letter's pages, then each enclosure's.

The enclosures' bytes were read when the spec was checked (spec/letter.py, confined and at most
20 MB each); here they are only joined.  The result is the same bytes for the same inputs: the
merged file keeps the letter's document ID and no time stamp is added.
"""

from __future__ import annotations

from io import BytesIO


class AttachError(Exception):
    """An enclosure cannot be appended (a damaged or encrypted PDF); the message names it."""


def append_pdfs(letter: bytes, enclosures: list[tuple[str, bytes]]) -> bytes:
    """`letter` with the pages of each (name, PDF bytes) enclosure after it."""
    if not enclosures:
        return letter
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    writer = PdfWriter(clone_from=PdfReader(BytesIO(letter)))
    for name, data in enclosures:
        try:
            reader = PdfReader(BytesIO(data))
            if reader.is_encrypted:
                raise AttachError(f"enclosure {name!r} is an encrypted PDF; save an unencrypted copy to attach it")
            for page in reader.pages:
                writer.add_page(page)
        except (PdfReadError, ValueError, KeyError) as exc:
            raise AttachError(f"enclosure {name!r} cannot be read as a PDF: {exc}") from None
    out = BytesIO()
    writer.write(out)
    return out.getvalue()
