"""Delivery packets (`render --packet`): portal fields checked against FOIA.gov's schema, email
messages that parse back and repeat byte for byte, envelope sheets, and the next steps printed."""

from __future__ import annotations

import datetime as dt
import json
import re
from email import policy
from email.parser import BytesParser
from importlib import resources
from pathlib import Path

import pytest

from foiagen import model as m
from foiagen.envelope import marking_for
from foiagen.packets import channel_for, portal_txt, split_address, split_name
from helpers import ROOT, invoke

SCHEMA = json.loads(resources.files("foiagen.data").joinpath("foiagov-request.schema.json").read_text(encoding="utf-8"))
REFERENCE = ROOT.parent / "shared" / "reference" / "foiagov-request-fields.md"
FTC = ROOT / "requests" / "2017-02-15-protect-democracy-ftc-white-house-contacts.yaml"


def _render(tmp_path, *specs, out="out"):
    result = invoke("render", *specs, "--packet", "-o", tmp_path / out, "-f", "txt", "-j", "1")
    assert result.returncode == 0, result.stdout + result.stderr
    return result, tmp_path / out


def test_portal_packet_validates_against_foiagov_schema_and_is_unwrapped(tmp_path):
    import jsonschema

    result, out = _render(tmp_path, ROOT / "examples" / "expedite.yaml", ROOT / "examples" / "minimal.yaml")
    assert "next: ice: upload minimal.pdf and paste minimal.ice.portal.txt at https://www.dhs.gov/foia" in result.stdout
    assert (out / "minimal.pdf").read_bytes().startswith(b"%PDF")  # --packet writes the PDF it names
    for name in ("minimal.ice", "expedite.dhs-privacy"):
        record = json.loads((out / f"{name}.portal.json").read_text(encoding="utf-8"))
        jsonschema.validate(record, SCHEMA)
        text = (out / f"{name}.portal.txt").read_text(encoding="utf-8")
        assert f"Attach: {name.split('.')[0]}.pdf" in text and record["pdf"]["filename"] == f"{name.split('.')[0]}.pdf"
        for key in ("request_description", "fee_waiver_explanation", "expedited_processing_explanation"):
            if key in record:
                value = record[key]
                assert value in text and f"{len(value):,} of 10,000 characters (fits)" in text
                assert all("\n" not in para for para in value.split("\n\n")), "a portal text is hard-wrapped"
                assert not re.match(r"^[IVX]+\. ", value), "the letter's section label is pasted in"
    minimal = json.loads((out / "minimal.ice.portal.json").read_text(encoding="utf-8"))
    assert minimal["agency"] == "U.S. Department of Homeland Security"
    assert {k: minimal[k] for k in ("name_first", "name_last", "company_organization", "address_line1", "address_city",
                                    "address_state_province", "address_zip_postal_code", "email", "phone_number",
                                    "fee_waiver", "expedited_processing")} == {
        "name_first": "Jordan", "name_last": "Lee", "company_organization": "Example Immigrant Legal Clinic",
        "address_line1": "123 Main Street", "address_city": "Springfield", "address_state_province": "IL",
        "address_zip_postal_code": "62701", "email": "foia@example.org", "phone_number": "(217) 555-0100",
        "fee_waiver": "no", "expedited_processing": "no"}
    expedite = json.loads((out / "expedite.dhs-privacy.portal.json").read_text(encoding="utf-8"))
    assert expedite["expedited_processing"] == "yes" and expedite["expedited_processing_explanation"]


def test_schema_holds_every_field_of_the_reference_with_its_source():
    """The schema in the repository is FOIA.gov's field list (../shared/reference), and names its source."""
    assert "18F/foia" in SCHEMA["$comment"] and "ab9482817bdbc22283f202ade68071d0ef7a9e05" in SCHEMA["$comment"]
    if not REFERENCE.is_file():
        pytest.skip("../shared/reference is not beside this checkout")
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (yes|no)", REFERENCE.read_text(encoding="utf-8"), re.M)
    assert rows and {name for name, _, _ in rows} == set(SCHEMA["properties"])
    for name, kind, required in rows:
        assert SCHEMA["properties"][name]["type"] == kind
        assert (name in SCHEMA["required"] or name in SCHEMA["x-portal-assigned"]) == (required == "yes")


def test_schema_refuses_a_field_foiagov_does_not_define_and_a_bad_yes_no():
    import jsonschema

    good = {"agency": "A", "agency_component_name": "B", "request_description": "x", "pdf": {"filename": "l.pdf"}}
    jsonschema.validate(good, SCHEMA)
    for bad in ({**good, "fee_waiver": True}, {**good, "fee_waiver": "maybe"}, {**good, "name": "Alex"},
                {**good, "request_description": "x" * 10_001}, {k: v for k, v in good.items() if k != "pdf"}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, SCHEMA)


def test_email_packet_parses_back_holds_the_pdf_and_repeats_byte_for_byte(tmp_path):
    result, out = _render(tmp_path, FTC)
    stem = FTC.stem
    assert f"next: ftc: send {stem}.ftc.eml (to foia@ftc.gov, {stem}.pdf attached)" in result.stdout
    _, again = _render(tmp_path, FTC, out="again")
    raw = (out / f"{stem}.ftc.eml").read_bytes()
    assert raw == (again / f"{stem}.ftc.eml").read_bytes()
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    assert msg["Subject"].startswith("Freedom of Information Act Request: ")
    assert msg["To"].addresses[0].addr_spec == "foia@ftc.gov"
    assert msg["From"] is None or msg["From"].addresses[0].addr_spec  # never an empty address
    assert msg["Date"].datetime == dt.datetime(2017, 2, 15, tzinfo=dt.timezone.utc)
    attachments = list(msg.iter_attachments())
    assert [a.get_content_type() for a in attachments] == ["application/pdf"]
    assert attachments[0].get_filename() == f"{stem}.pdf"
    assert attachments[0].get_content() == (out / f"{stem}.pdf").read_bytes()
    body = msg.get_body(("plain",)).get_content()
    assert "request under the Freedom of Information Act" in body and "Federal Trade Commission" in body


INLINE = """date: 2024-05-01
title: Records request
subject: Freedom of Information Act request for records on permits
requesters:
  - kind: individual
    name: Ana Ruiz Jr.
    address: ["9 Elm St", "Apt 2", "Dayton, OH 45402"]
agencies:
  - {name: Example Board, address: ["Example Board FOIA Office", "1 Main St", "Columbus, OH 43215"]}
records:
  categories:
    - All permits issued in 2023.
signatories:
  - name: Ana Ruiz Jr.
"""


def test_mail_packet_is_an_envelope_sheet_with_the_offices_address(tmp_path):
    from pypdf import PdfReader

    (tmp_path / "board.yaml").write_text(INLINE, encoding="utf-8")
    result = invoke("render", tmp_path / "board.yaml", "--packet", "-o", tmp_path / "out", "-f", "txt", "-j", "1")
    assert result.returncode == 0, result.stdout
    envelopes = sorted((tmp_path / "out").glob("*.envelope.pdf"))
    assert len(envelopes) == 1 and "next: " in result.stdout and envelopes[0].name in result.stdout
    text = PdfReader(envelopes[0]).pages[0].extract_text()
    for line in ("Example Board", "1 Main St", "Columbus, OH 43215", "Ana Ruiz Jr.", "Dayton, OH 45402"):
        assert line in text
    assert "FREEDOM OF INFORMATION ACT" not in text  # no rule read asks this agency for a marking
    first = envelopes[0].read_bytes()
    invoke("render", tmp_path / "board.yaml", "--packet", "-o", tmp_path / "out", "-f", "txt", "-j", "1")
    assert envelopes[0].read_bytes() == first


def test_envelope_marking_only_where_a_rule_read_asks_for_it():
    doj = m.Agency("fbi", "Federal Bureau of Investigation", regulation="doj-28cfr16")
    mark = marking_for(doj, dt.date(2014, 6, 1), "appeal")
    assert mark is not None and mark.text == "Freedom of Information Act Appeal" and "16.9(a)" in mark.cite
    assert marking_for(doj, dt.date(2015, 5, 4), "appeal") is None  # the 2015 rule's text was not read
    assert marking_for(doj, dt.date(2014, 6, 1), "request") is None
    assert marking_for(m.Agency("x", "X", regulation="dhs-6cfr5"), dt.date(2014, 6, 1), "appeal") is None


@pytest.mark.parametrize("name, first, last", [
    ("Alex Moreno", "Alex", "Moreno"), ("Alex Q. Moreno", "Alex Q.", "Moreno"), ("Ana Ruiz Jr.", "Ana", "Ruiz Jr."),
    ("Cher", "", "Cher"), ("", "", ""), ("  Mary   Ann  Lee ", "Mary Ann", "Lee"),
])
def test_names_split_into_first_and_last(name, first, last):
    assert split_name(name) == (first, last)


@pytest.mark.parametrize("lines, expected", [
    (("123 Main Street", "Springfield, IL 62701"), {"address_line1": "123 Main Street", "address_city": "Springfield",
                                                   "address_state_province": "IL", "address_zip_postal_code": "62701",
                                                   "address_country": "United States"}),
    (("1 A St", "Suite 4", "Floor 2", "Washington, D.C. 20001-1234"),
     {"address_line1": "1 A St", "address_line2": "Suite 4, Floor 2", "address_city": "Washington",
      "address_state_province": "D.C", "address_zip_postal_code": "20001-1234", "address_country": "United States"}),
    (("10 Downing Street", "London SW1A 2AA"), {"address_line1": "10 Downing Street", "address_line2": "London SW1A 2AA"}),
    ((), {}),
])
def test_addresses_split_into_the_portals_fields(lines, expected):
    assert split_address(lines) == expected


ON = dt.date(2026, 3, 2)


@pytest.mark.parametrize("agency, channel", [
    (m.Agency("a", "A", portal="https://p", email="e@x", portal_only_from=dt.date(2026, 1, 22)), "portal"),
    (m.Agency("a", "A", email="e@x", channels=(m.Channel("portal"), m.Channel("email"))), "email"),  # no portal URL known
    (m.Agency("a", "A", email="e@x", address=("1 St",), channels=(m.Channel("email", end=ON), m.Channel("mail"))), "mail"),
    (m.Agency("a", "A", channels=(m.Channel("portal"), m.Channel("mail"))), "portal"),  # in force, nowhere recorded
    (m.Agency("a", "A", address=("1 St",)), "mail"),  # nothing recorded: what the entry says where to send
    (m.Agency("a", "A"), ""),
])
def test_channel_is_the_one_in_force_on_the_letters_date(agency, channel):
    assert channel_for(agency, ON) == channel


def test_a_portal_field_over_its_limit_is_flagged():
    record = {"agency_component_name": "C", "request_description": "x" * 11, "pdf": {"filename": "l.pdf"}}
    text, too_long = portal_txt(record, 10, "https://p")
    assert too_long == ["request_description"] and "11 of 10 characters (TOO LONG" in text


def test_without_packet_no_packet_files_and_no_steps(tmp_path):
    result = invoke("render", ROOT / "examples" / "minimal.yaml", "-o", tmp_path, "-f", "txt")
    assert result.returncode == 0 and "next:" not in result.stdout
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == ["minimal.portal.txt", "minimal.txt"]


@pytest.mark.parametrize("text, masked", [
    ("SSN 123-45-6789.", "SSN XXX-XX-6789."), ("A-number A012345678", "A-number A-XXXXXX678"),
    ("A-123-456-789", "A-XXXXXX789"), ("A 12345678 here", "A-XXXXX678 here"),
    ("phone 555-123-4567, ZIP 20001-1234, contract 70CMSD20P00000130", "phone 555-123-4567, ZIP 20001-1234, contract 70CMSD20P00000130"),
])
def test_identifiers_are_masked_in_portal_texts(text, masked):
    from foiagen.packets import mask_identifiers

    assert mask_identifiers(text) == masked


def test_a_number_in_the_records_never_reaches_the_portal_files(tmp_path):
    spec = (ROOT / "examples" / "minimal.yaml").read_text(encoding="utf-8").replace(
        "All inspection reports of those facilities.", "The file of Ana Ruiz, A012345678, SSN 123-45-6789.")
    (tmp_path / "a.yaml").write_text(spec, encoding="utf-8")
    _, out = _render(tmp_path, tmp_path / "a.yaml")
    for name in ("a.ice.portal.json", "a.ice.portal.txt"):
        text = (out / name).read_text(encoding="utf-8")
        assert "012345678" not in text and "123-45" not in text and "A-XXXXXX678" in text
    assert "A012345678" in (out / "a.txt").read_text(encoding="utf-8")  # the letter itself keeps it
