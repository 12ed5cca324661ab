"""The mail packet's envelope sheet: one PDF page with the return address, the FOIA office's
address and, only where a rule read says so (foiagen/data/envelope-markings.yaml), the marking
the envelope should carry, with its citation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import model as m


@dataclass(frozen=True)
class Marking:
    text: str
    cite: str


@lru_cache(maxsize=1)
def _markings() -> tuple[dict, ...]:
    import yaml

    text = resources.files("foiagen.data").joinpath("envelope-markings.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)["markings"])


def marking_for(agency: m.Agency, on: dt.date, kind: str = "request") -> Marking | None:
    """The envelope marking a rule of the agency asks for on `on` for a letter of `kind`, if one was read."""
    for entry in _markings():
        start, until = entry.get("from"), entry.get("until")
        if (entry["authority"] in agency.regulations and entry["kind"] == kind
                and (start is None or start <= on) and (until is None or on < until)):
            return Marking(entry["text"], entry["cite"])
    return None


def envelope_pdf(request: m.Request, agency: m.Agency, kind: str = "request") -> bytes:
    """A US Letter page: return address top left, the office's address in the middle, the marking
    (where a rule asks for one) above it.  Deterministic bytes (reportlab's invariant mode)."""
    import io

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    from .writers.pdf.fonts import clean, font, register_fonts

    register_fonts()
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=letter, invariant=1, pageCompression=0)
    pdf.setTitle(f"Envelope: {agency.name}")
    width, height = letter
    requester = request.requesters[0]
    sender = [requester.display_name, *requester.address]
    regular, bold = font(False, False), font(True, False)
    y = height - 72
    for line in sender:
        pdf.setFont(regular, 11)
        pdf.drawString(72, y, clean(line, False, False))
        y -= 14
    recipient = [agency.name, *agency.office, *agency.address]
    y = height / 2 + 14 * len(recipient) / 2
    mark = marking_for(agency, request.date, kind)
    if mark is not None:
        pdf.setFont(bold, 14)
        pdf.drawString(width / 2 - 72, y + 40, clean(mark.text.upper(), True, False))
    for i, line in enumerate(recipient):
        pdf.setFont(bold if i == 0 else regular, 13)
        pdf.drawString(width / 2 - 72, y, clean(line, i == 0, False))
        y -= 17
    pdf.setFont(regular, 9)
    note = "Cut out or copy onto the envelope; the letter goes inside."
    if mark is not None:
        note += f" The marking is asked for by {mark.cite}."
    pdf.drawString(72, 72, clean(note, False, False))
    pdf.showPage()
    pdf.save()
    return out.getvalue()
