"""Portal form texts: the parts of a letter pasted into an agency's online FOIA form.

Agencies that take requests only through a portal (DHS from January 22, 2026) have form
fields of a limited length (foiagen/data/facts.yaml: 10,000 characters) for the request description, the fee-waiver
explanation and the expedited-processing explanation.  These texts come from the same
Document as the letter (its sections by key), so they say exactly what the letter says.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import model as m
from .document import Document, Heading
from .facts import portal_field_limit

FIELD_LIMIT = portal_field_limit()  # from foiagen/data/facts.yaml, with its source

# field name, label, the letter sections (Heading keys) it holds
FIELDS = (
    ("request_description", "Request description", ("records",)),
    ("fee_waiver", "Fee waiver and fee category explanation", ("fees",)),
    ("expedite", "Expedited processing explanation", ("expedite",)),
)


@dataclass(frozen=True)
class PortalField:
    name: str
    label: str
    text: str

    @property
    def too_long(self) -> bool:
        return len(self.text) > FIELD_LIMIT


def portal_agencies(request: m.Request) -> list[m.Agency]:
    """The addressed agencies that, on the letter's date, take requests only through a portal."""
    return [a for a in request.agencies if a.portal_only(request.date)]


def sections(document: Document, keys) -> tuple:
    """The blocks of the level-1 sections whose key is in `keys`, headings included."""
    out, inside = [], False
    for block in document.blocks:
        if isinstance(block, Heading) and block.level == 1:
            inside = block.key in keys
        if inside:
            out.append(block)
    return tuple(out)


def portal_fields(document: Document) -> list[PortalField]:
    from .writers.txt import write_txt

    fields = []
    for name, label, keys in FIELDS:
        blocks = sections(document, keys)
        if blocks:
            text = write_txt(replace(document, blocks=blocks)).strip()
            fields.append(PortalField(name, label, text))
    return fields


def _portal_sentence(agency: m.Agency, on) -> str:
    """What the agency's rule says of electronic submission, with the rule's citation from the registry.

    The DHS rule (FR Doc. 2025-23783) says "generally", and allows the portal "or other acceptable
    Federal Government or DHS Component websites" (USCIS's FIRST is one): never "only"."""
    from .registry import load_registry

    rule = load_registry().lookup(agency.regulation, "submission.electronic", on)
    where = f" through {agency.portal}" if agency.portal else " through its online portal"
    cite = f" ({rule.cite})" if rule is not None else ""
    return (f"On {on.isoformat()}, requests to {agency.name} must generally be submitted electronically{cite},{where} "
            "or another website the agency accepts; mail, fax and email are generally not accepted.")


def portal_text(request: m.Request, document: Document, fields: list[PortalField]) -> str:
    """The file written beside the letter: each field with its length, ready to paste."""
    agencies = portal_agencies(request)
    lines = [f"Portal form texts: {request.subject}", ""]
    for agency in agencies:
        lines.append(_portal_sentence(agency, request.date))
    lines += ["Paste each text below into its field of the portal form, and attach the letter (PDF).", ""]
    for f in fields:
        status = "TOO LONG for the field: attach the letter and summarize here" if f.too_long else "fits"
        lines += [f"===== {f.label}: {len(f.text):,} of {FIELD_LIMIT:,} characters ({status}) =====", "", f.text, ""]
    return "\n".join(lines)
