"""Requests about a person (issue #16): identifiers checked for form, the showings each kind of
request needs, the Privacy Act cited for one's own records, and the declaration and consent
pages, each on a page of its own, signed by hand."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, ROOT, normalize, pdf_pages, write_spec
from foiagen.pipeline import load_request, render_outputs
from foiagen.spec.person import a_number, receipt_number
from helpers import run_process

EXAMPLES = ROOT / "examples"
INSIDE = "I declare under penalty of perjury that the foregoing is true and correct."
OUTSIDE = "I declare under penalty of perjury under the laws of the United States of America that the foregoing is true and correct."


@pytest.mark.parametrize("text,printed", [
    ("A1234567", "A001234567"), ("A12345678", "A012345678"), ("A123456789", "A123456789"),
    ("a-123-456-789", "A123456789"), ("A 012 345 678", "A012345678"),
    ("A123456", None), ("A1234567890", None), ("123456789", None), ("B123456789", None), ("A12345678X", None),
])
def test_an_a_number_is_A_and_7_to_9_digits_printed_padded_to_9(text, printed):
    assert a_number(text) == printed


@pytest.mark.parametrize("text,printed", [
    ("EAC0000000001", "EAC0000000001"), ("eac-00-000-00001", "EAC0000000001"), ("IOE 0912345678", "IOE0912345678"),
    ("EAC000000001", None), ("EA00000000001", None), ("EAC00000000012", None), ("0000000000001", None),
])
def test_a_receipt_number_is_three_letters_and_ten_digits(text, printed):
    assert receipt_number(text) == printed


def _problems(tmp_path, person: str, requester: str = "  - organization: Example Clinic\n") -> list:
    spec = MINIMAL.replace("  - organization: Example Clinic\n", requester) + person
    return [(d.line, d.column, d.level, d.rule) for d in load_request(write_spec(tmp_path, spec)).diagnostics]


ME = "  - name: Ana Example\n"
OWN = ("subject_person:\n  name: Ana Example\n  date_of_birth: 1980-01-01\n  place_of_birth: Exampleland\n"
       "  citizenship: Exampleland\n  address: [1 Main Street, Springfield]\n")  # DHS § 5.21(e) from Dec. 16, 2022


@pytest.mark.parametrize("person,requester,expected", [
    (OWN + "  a_number: A12\n", ME, [(18, 13, "error", "bad-a-number")]),
    (OWN + "  receipt_numbers: [EAC0000000001, XYZ1]\n", ME, [(18, 36, "error", "bad-receipt-number")]),
    (OWN.replace("1980", "2027"), ME, [(14, 18, "error", "birth-date-in-future")]),
    ("subject_person:\n  name: Ana Example\n  place_of_birth: Exampleland\n", ME, [(13, 3, "error", "first-party-identity-missing")]),
    ("subject_person:\n  name: Ana Example\n  date_of_birth: 1980-01-01\n", ME, [(13, 3, "error", "first-party-identity-missing")]),
    ("subject_person:\n  name: Ana Example\n", "", [(13, 3, "error", "third-party-without-consent")]),
    ("subject_person:\n  name: Ana Example\n  public_records_only: true\n", "", [(13, 3, "warning", "third-party-public-records")]),
    ("subject_person:\n  name: Ana Example\n  consent: true\n", "", []),
    ("subject_person:\n  name: Ana Example\n  proof_of_death: Death certificate\n", "", []),
    (OWN + "  a_number: A00-000-0001\n  receipt_numbers: [EAC0000000001]\n", ME, []),
])
def test_each_problem_is_reported_at_its_place(tmp_path, person, requester, expected):
    requester = requester or "  - organization: Example Clinic\n"
    assert _problems(tmp_path, person, requester) == expected


def test_a_first_party_request_may_cite_the_privacy_act_and_a_foia_request_may_not(tmp_path):
    cites = "purpose: [This request is also made under 5 U.S.C. § 552a(d)(1).]\n"
    own = _problems(tmp_path, OWN + cites, ME)
    other = _problems(tmp_path, "subject_person:\n  name: Ana Example\n  consent: true\n" + cites)
    assert own == []
    assert [p[3] for p in other] == ["privacy-act-for-foia"]
    assert [p[3] for p in _problems(tmp_path, cites)] == ["privacy-act-for-foia"]


def test_identifiers_may_live_in_a_private_file(tmp_path):
    (tmp_path / "me.private.yaml").write_text("name: Ana Example\ndate_of_birth: 1980-01-01\na_number: A1\n", encoding="utf-8")
    spec = MINIMAL.replace("  - organization: Example Clinic\n", ME) + "subject_person: {include: me.private.yaml}\n"
    found = [(d.file.rsplit("/", 1)[-1], d.line, d.rule) for d in load_request(write_spec(tmp_path, spec)).diagnostics]
    assert found == [("me.private.yaml", 1, "first-party-identity-missing"), ("me.private.yaml", 3, "bad-a-number")]


@pytest.mark.parametrize("name,words,signer", [
    ("first-party.yaml", INSIDE, "Testa Q. Fictional"), ("first-party-counsel.yaml", OUTSIDE, "Exa M. Plaintext")])
def test_the_examples_cite_the_law_and_carry_a_hand_signed_declaration_page(name, words, signer):
    loaded = load_request(EXAMPLES / name)
    assert loaded.ok
    out = render_outputs(loaded.request, ["txt", "pdf", "docx"])
    txt = out["txt"].decode("utf-8")
    text = normalize(txt)
    person = loaded.request.subject_person
    for needle in ("5 U.S.C. § 552a", "28 U.S.C. § 1746", words, person.name, person.a_number,
                   f"{person.date_of_birth:%B} {person.date_of_birth.day}, {person.date_of_birth.year}"):
        assert normalize(needle) in text, needle
    pages = txt.split("\f")
    declaration = pages[1]
    assert declaration.lstrip().startswith(f"Declaration of {signer} Verifying Identity")
    assert "/s/" not in "".join(pages[1:]) and "______________________________" in declaration
    assert pdf_pages(out["pdf"]) >= len(pages)  # the letter, then a page per declaration or consent
    assert out["docx"].startswith(b"PK")


def test_counsel_for_a_client_adds_a_consent_page_naming_counsel():
    loaded = load_request(EXAMPLES / "first-party-counsel.yaml")
    pages = render_outputs(loaded.request, ["txt"])["txt"].decode("utf-8").split("\f")
    assert len(pages) == 3
    consent = normalize(pages[2])
    assert "Consent of Exa M. Plaintext to the Release of Records" in consent
    assert "my attorney, Jordan Sample of Sample Immigration Clinic" in consent and OUTSIDE in consent


@pytest.mark.slow
def test_a_csv_of_three_clients_makes_three_letters_each_with_its_own_declaration(tmp_path):
    proc = run_process("render", EXAMPLES / "clinic.yaml", "--vars", EXAMPLES / "clinic.csv",
                       "-o", tmp_path, "-f", "txt,pdf")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    letters = sorted(tmp_path.glob("clinic-*.txt"))
    letters = [p for p in letters if not p.name.endswith(".portal.txt")]
    assert len(letters) == 3
    for path, (name, number) in zip(letters, [("Cy Dummy", "A000000005"), ("Ana Placeholder", "A000000003"),
                                              ("Ben Testperson", "A000000004")]):
        pages = path.read_text(encoding="utf-8").split("\f")
        assert f"Declaration of {name} Verifying Identity" in pages[1] and number in pages[1]
        assert f"Consent of {name}" in pages[2]
        assert pdf_pages(path.with_suffix(".pdf").read_bytes()) >= 3


def test_a_clients_bad_data_is_reported_at_its_row_and_column(tmp_path):
    rows = (EXAMPLES / "clinic.csv").read_text(encoding="utf-8").replace("A00000004", "A12").replace("2001-12-31", "2031-12-31")
    (tmp_path / "rows.csv").write_text(rows, encoding="utf-8")
    proc = run_process("render", EXAMPLES / "clinic.yaml", "--vars", tmp_path / "rows.csv",
                       "-o", tmp_path / "out", "-f", "txt")
    assert proc.returncode == 1
    column = rows.splitlines()[2].index("A12") + 1  # the row's line and the value's column in it
    assert f"rows.csv:3:{column}: error" in proc.stdout and "bad-a-number" in proc.stdout
    assert "rows.csv:4:25: error" in proc.stdout and "birth-date-in-future" in proc.stdout
