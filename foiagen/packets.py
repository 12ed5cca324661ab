"""Delivery packets: for each agency a letter goes to, the files the channel it accepts on the
letter's date needs (portal form fields, an email message, an envelope sheet) and what to do next.

The channel comes from the directory's channel data (foiagen/data/agencies.yaml, with dates);
the portal fields are FOIA.gov's request fields (foiagen/data/foiagov-request.schema.json, with
its source); the field limit is foiagen/data/facts.yaml's `portal_field_limit`, with its source.
Every text comes from the same Document as the letter, so a packet says what the letter says.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from . import model as m
from .document import Document, Heading, ItemList, Paragraph
from .portal import sections

# the FOIA.gov free-text fields the 10,000-character limit applies to (facts.yaml: foiagov-webforms)
LIMITED_FIELDS = ("request_description", "fee_waiver_explanation", "expedited_processing_explanation")
# spec fee category -> FOIA.gov `request_category` (the webforms' options; reviews/2026-11-foia-tools.md § 2.5)
REQUEST_CATEGORIES = {"news_media": "media", "educational": "educational", "scientific": "scientific",
                      "commercial": "commercial", "other": "other"}
NAME_SUFFIXES = ("jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq.")
# identifiers never printed in portal texts (a web form's fields are stored and shown widely; the
# attached letter carries them): a Social Security number, an alien registration number (A-number)
_SSN = re.compile(r"(?<![\w-])\d{3}([- ])\d{2}\1(\d{4})(?![\w-])")
_A_NUMBER = re.compile(r"(?<![\w-])A[- ]?((?:\d[- ]?){5,6})(\d{3})(?![\w-])")
_CITY_LINE = re.compile(r"^(?P<city>[^,]+),\s*(?P<state>[A-Za-z. ]{2,}?)\.?\s+(?P<zip>\d{5}(?:-\d{4})?)$")


@dataclass
class Packet:
    """One agency's delivery files (name -> bytes, relative to the letter's folder) and next step."""

    agency: m.Agency
    channel: str  # portal | email | mail | "" (no channel known)
    files: dict = field(default_factory=dict)
    step: str = ""
    problems: list = field(default_factory=list)  # (rule id, message) for fields over their limit


def channel_for(agency: m.Agency, on) -> str:
    """The channel to deliver by on `on`: the portal where a rule has it alone; else the first
    channel the directory lists as in force for which it records where to send (portal, email,
    address); else the first in force; "" when the directory knows of none."""
    if agency.portal_only(on):
        return "portal"
    in_force = [c.channel for c in agency.channels if c.in_force(on) and c.channel in ("portal", "email", "mail")]
    known = {"portal": agency.portal, "email": agency.email, "mail": agency.address}
    for channel in in_force:
        if known[channel]:
            return channel
    if in_force:
        return in_force[0]
    return next((c for c in ("portal", "email", "mail") if known[c]), "")


# -- unwrapped text of letter sections (a web form's textarea wraps by itself) ---------------
def unwrapped(blocks) -> str:
    """The blocks as plain text, one line a paragraph, level-1 headings (the letter's section
    labels) left out, notes referred to gathered at the end."""
    from .writers.txt import _inline

    out: list[str] = []
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            continue
        if isinstance(block, Heading):
            out.append(" ".join(x for x in (block.label, _inline(block.inlines)) if x))
        elif isinstance(block, Paragraph):
            out.append(" ".join(x for x in (block.label, _inline(block.inlines).replace("\n", " ")) if x))
        elif isinstance(block, ItemList):
            for item in block.items:
                texts = [unwrapped((sub,)) for sub in item.blocks]
                out.append(f"{item.label} " + "\n\n".join(t for t in texts if t))
    return "\n\n".join(t for t in out if t.strip()).strip()


def _notes_of(blocks) -> str:
    from .document import Metadata
    from .writers.txt import _inline

    doc = Document(Metadata("", "", "", ()), tuple(blocks))
    return "\n\n".join(f"[{note.number}] " + " ".join(_inline(p.inlines) for p in note.paragraphs) for note in doc.footnotes())


def section_text(document: Document, key: str) -> str:
    blocks = sections(document, (key,))
    text = unwrapped(blocks)
    notes = _notes_of(blocks) if blocks else ""
    return f"{text}\n\n{notes}".strip() if notes else text


# -- the requester's details, split as the portal asks -----------------------------------------
def split_name(name: str) -> tuple[str, str]:
    """"Alex Q. Moreno" -> ("Alex Q.", "Moreno"); "Ana Ruiz Jr." -> ("Ana", "Ruiz Jr."); one word -> ("", word)."""
    words = name.split()
    if not words:
        return "", ""
    tail = 2 if len(words) > 2 and words[-1].lower().strip(",") in NAME_SUFFIXES else 1
    return " ".join(words[:-tail]), " ".join(words[-tail:]).replace(",", "")


def split_address(lines: tuple[str, ...]) -> dict:
    """Address lines -> FOIA.gov's fields; a last line "City, ST 12345" gives city, state and ZIP."""
    lines = [x.strip() for x in lines if x.strip()]
    out = {}
    match = _CITY_LINE.match(lines[-1]) if lines else None
    if match:
        lines = lines[:-1]
        out.update(address_city=match["city"].strip(), address_state_province=match["state"].strip(),
                   address_zip_postal_code=match["zip"], address_country="United States")
    if lines:
        out["address_line1"] = lines[0]
    if len(lines) > 1:
        out["address_line2"] = ", ".join(lines[1:])
    return out


def contact(request: m.Request) -> dict:
    """The first requester's contact fields (the person: an individual, counsel, else the first signatory)."""
    requester = request.requesters[0]
    person = requester.name or (request.signatories[0].name if request.signatories else "")
    first, last = split_name(person)
    out = {"name_first": first, "name_last": last}
    if requester.kind != "individual" and requester.organization:
        out["company_organization"] = requester.organization
    out.update(split_address(requester.address))
    email = requester.email or request.closing.contact_email
    phone = requester.phone or request.closing.contact_phone
    out.update({k: v for k, v in (("email", email), ("phone_number", phone)) if v})
    return {k: v for k, v in out.items() if v}


def fee_amount(fees: m.Fees | None) -> str:
    """What FOIA.gov's `fee_amount_willing` holds: the USD amount, "0" when none is agreed, else ""."""
    if fees is None:
        return ""
    if fees.stance == "none":
        return "0"
    return re.sub(r"[^0-9.]", "", fees.max_amount) if fees.max_amount else ""


# -- portal: FOIA.gov's request fields, and the text to paste ------------------------------------
def tier1_name(agency: m.Agency) -> str:
    """FOIA.gov's `agency`: the name of the agency's department (tier 1), else its own."""
    from .registry import load_registry

    parent = load_registry().agencies.get(agency.department) if agency.department else None
    return parent.name if parent is not None else agency.name


def mask_identifiers(text: str) -> str:
    """`text` with every SSN and A-number masked but for its last digits ("XXX-XX-6789", "A-XXXXXX789")."""
    text = _SSN.sub(lambda mt: f"XXX{mt[1]}XX{mt[1]}{mt[2]}", text)
    return _A_NUMBER.sub(lambda mt: "A-" + "X" * len(re.sub(r"\D", "", mt[1])) + mt[2], text)


def _masked(value):
    if isinstance(value, str):
        return mask_identifiers(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    return value


def portal_record(request: m.Request, document: Document, agency: m.Agency, pdf_name: str) -> dict:
    """The FOIA.gov request fields a requester fills in for `agency` (the portal assigns
    `version`, `request_id` and `testing` when it forwards the request)."""
    fees, expedite = request.fees, request.expedite
    record = {"agency": tier1_name(agency), "agency_component_name": agency.name, **contact(request),
              "request_description": section_text(document, "records")}
    category = request.fee_statuses()[0].category  # the portal asks the category of the one who files: the first requester
    if category in REQUEST_CATEGORIES:
        record["request_category"] = REQUEST_CATEGORIES[category]
    amount = fee_amount(fees)
    if amount:
        record["fee_amount_willing"] = amount
    record["fee_waiver"] = "yes" if fees is not None and fees.waiver is not None else "no"
    if record["fee_waiver"] == "yes":
        record["fee_waiver_explanation"] = section_text(document, "fees")
    record["expedited_processing"] = "yes" if expedite is not None else "no"
    if expedite is not None:
        record["expedited_processing_explanation"] = section_text(document, "expedite")
    record["pdf"] = {"filename": pdf_name, "content_type": "application/pdf"}
    return _masked(record)


PORTAL_LABELS = {
    "agency": "Agency", "agency_component_name": "Component", "name_first": "First name", "name_last": "Last name",
    "company_organization": "Organization", "address_line1": "Address line 1", "address_line2": "Address line 2",
    "address_city": "City", "address_state_province": "State or province", "address_zip_postal_code": "ZIP or postal code",
    "address_country": "Country", "email": "Email", "phone_number": "Phone", "request_category": "Request category",
    "fee_amount_willing": "Fee amount willing to pay (USD)", "fee_waiver": "Fee waiver requested",
    "expedited_processing": "Expedited processing requested", "request_description": "Request description",
    "fee_waiver_explanation": "Fee waiver explanation", "expedited_processing_explanation": "Expedited processing explanation",
}


def portal_txt(record: dict, limit: int, where: str) -> tuple[str, list[str]]:
    """The fields to paste, one by one, each long text measured against the limit; (text, fields too long)."""
    lines = [f"FOIA.gov request fields for {record['agency_component_name']}", f"Where: {where}",
             f"Attach: {record['pdf']['filename']} (the letter)", ""]
    too_long = []
    for key, label in PORTAL_LABELS.items():
        value = record.get(key)
        if key in LIMITED_FIELDS:
            if value is None:
                continue
            status = "fits"
            if len(value) > limit:
                status, _ = "TOO LONG: attach the letter and summarize here", too_long.append(key)
            lines += [f"===== {label}: {len(value):,} of {limit:,} characters ({status}) =====", "", value, ""]
        elif value:
            lines.append(f"{label}: {value}")
            if key == "expedited_processing":
                lines.append("")
    return "\n".join(lines).rstrip() + "\n", too_long


# -- email: a standard message, the same bytes for the same spec ---------------------------------
def email_bytes(request: m.Request, agency: m.Agency, body: str, pdf_name: str, pdf: bytes) -> bytes:
    """A MIME message to the agency's FOIA address with the letter's text as body and its PDF attached.

    Date is the letter's date (midnight UTC); Message-ID and the MIME boundary are digests of the
    content, so the same spec gives the same bytes."""
    import datetime as dt
    import hashlib
    from email import policy
    from email.message import EmailMessage
    from email.utils import format_datetime, formataddr

    digest = hashlib.sha256(b"\0".join([agency.id.encode(), body.encode("utf-8"), pdf])).hexdigest()
    who = contact(request)
    sender = " ".join(x for x in (who.get("name_first", ""), who.get("name_last", "")) if x) or request.requesters[0].display_name
    msg = EmailMessage(policy=policy.SMTP)
    if who.get("email"):  # else the mail program fills in the sender
        msg["From"] = formataddr((sender, who["email"]))
    msg["To"] = formataddr((agency.name, agency.email))
    msg["Subject"] = f"Freedom of Information Act Request: {request.subject}"
    msg["Date"] = format_datetime(dt.datetime.combine(request.date, dt.time(0, 0), dt.timezone.utc))
    msg["Message-ID"] = f"<{digest[:32]}@foiagen.invalid>"
    msg.set_content(body, cte="quoted-printable")
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    msg.set_boundary(f"==foiagen-{digest[32:56]}==")
    return msg.as_bytes()


def cover_text(request: m.Request, agency: m.Agency, letter: str, pdf_name: str) -> str:
    """The message body: one line on what is attached, then the letter's text."""
    return (f"{agency.the_name[:1].upper()}{agency.the_name[1:]} FOIA office:\n\n"
            f"The attached letter ({pdf_name}) is a request under the Freedom of Information Act. "
            f"Its text follows.\n\n{letter}")


# -- one packet per agency ------------------------------------------------------------------
def build_packets(request: m.Request, document: Document, stem: str, pdf: bytes, letter_text: str) -> list[Packet]:
    """Each agency's packet for the letter `<stem>.pdf` (file names relative to its folder)."""
    import json

    from .envelope import envelope_pdf
    from .facts import portal_field_limit

    pdf_name, packets = f"{stem}.pdf", []
    for agency in request.agencies:
        channel = channel_for(agency, request.date)
        packet, base = Packet(agency, channel), f"{stem}.{agency.id}"
        if channel == "portal":
            where = agency.portal or f"the agency's portal (none recorded: see `foiagen agencies {agency.id}`)"
            record = portal_record(request, document, agency, pdf_name)
            text, too_long = portal_txt(record, portal_field_limit(), where)
            packet.files[f"{base}.portal.json"] = (json.dumps(record, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            packet.files[f"{base}.portal.txt"] = text.encode("utf-8")
            packet.problems = [(key, len(record[key])) for key in too_long]
            packet.step = f"upload {pdf_name} and paste {base}.portal.txt at {where}"
        elif channel == "email" and agency.email:
            body = cover_text(request, agency, letter_text, pdf_name)
            packet.files[f"{base}.eml"] = email_bytes(request, agency, body, pdf_name, pdf)
            packet.step = f"send {base}.eml (to {agency.email}, {pdf_name} attached) from your mail program"
        elif channel == "mail" and agency.address:
            packet.files[f"{base}.envelope.pdf"] = envelope_pdf(request, agency)
            packet.step = f"print {pdf_name}, sign it, and mail it with {base}.envelope.pdf on the envelope"
        else:
            what = {"email": "email address", "mail": "mailing address", "": "channel"}[channel] if channel != "portal" else ""
            packet.step = (f"no {what} for {agency.name} is recorded for {request.date.isoformat()}: "
                           f"see `foiagen agencies {agency.id}` and the agency's FOIA page")
        packets.append(packet)
    return packets
