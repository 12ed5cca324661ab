"""Rules of requests about a person (raised by foiagen/spec/person.py while it reads): identifiers
in their form, a date of birth in the past, identity for one's own records, and consent or proof of
death for another's."""

from __future__ import annotations

from ._base import Example, Rule, declare

_SUBJECT = "subject_person:\n  name: Ana Example\n  request_by: subject\n  date_of_birth: 1980-01-01\n  place_of_birth: Exampleland\n"
_TAIL = "  citizenship: Exampleland\n  address: [1 Main Street, Springfield]\n"  # DHS from Dec. 16, 2022 (§ 5.21(e))
_SELF = (("  - organization: Example Clinic\n", "  - name: Ana Example\n"),)  # the person writes for themself


def _own(text: str, where=None) -> Example:
    """A first-party example: Ana Example asks for her own records."""
    return Example(text + _TAIL, where=where, also=_SELF)


RULES = declare(
    "persons",
    Rule("bad-a-number", "error", "An A-number (alien registration number) is not \"A\" and 7 to 9 digits.",
         _own(_SUBJECT + "  a_number: A12-34\n", where=(17, 13)), _own(_SUBJECT + "  a_number: A12345678\n"),
         hint="write the A-number as A and its 7 to 9 digits, e.g. A012345678 (foiagen prints it padded to 9)"),
    Rule("bad-receipt-number", "error", "A USCIS receipt number is not three letters and ten digits.",
         _own(_SUBJECT + "  receipt_numbers: [EAC12345]\n", where=(17, 21)),
         _own(_SUBJECT + "  receipt_numbers: [EAC0000000001]\n"),
         hint="a receipt number is three letters (the service center) and ten digits, e.g. EAC0000000001"),
    Rule("birth-date-in-future", "error", "The subject's date of birth is after the letter's date.",
         _own(_SUBJECT.replace("1980-01-01", "2030-01-01"), where=(15, 18)), _own(_SUBJECT),
         hint="check the year of the date of birth (YYYY-MM-DD)"),
    Rule("first-party-identity-missing", "error", "A request for one's own records lacks the current address, the date "
         "or place of birth, or (DHS from Dec. 16, 2022) the country of citizenship the agencies' rules ask to verify "
         "identity (6 C.F.R. § 5.21, 28 C.F.R. § 16.41(d) as in force on the letter's date).",
         _own("subject_person:\n  name: Ana Example\n  request_by: subject\n", where=(13, 3)), _own(_SUBJECT),
         hint="add date_of_birth, place_of_birth, address (and for DHS citizenship) to subject_person"),
    Rule("third-party-without-consent", "error", "A request for another person's records (or counsel's for a client) "
         "has neither the person's signed consent nor proof of their death.",
         Example("subject_person:\n  name: Ana Example\n  request_by: third_party\n", where=(13, 3)),
         Example("subject_person:\n  name: Ana Example\n  request_by: third_party\n  consent: true\n"),
         hint="add `consent: true` (a consent page is printed for the person to sign) or `proof_of_death:` naming what is enclosed"),
    Rule("request-by-contradiction", "error", "`request_by` contradicts the requesters: `subject` with an organization "
         "or counsel writing, or with an individual requester who is someone else; `third_party` when the person is "
         "the requester.",
         Example(_SUBJECT + _TAIL, where=(14, 3)),
         Example("subject_person:\n  name: Ana Example\n  request_by: third_party\n  consent: true\n"),
         hint="an organization or counsel asks for someone's records as third_party or representative, with consent"),
    Rule("third-party-public-records", "warning", "A request for only public records about another person has neither "
         "their consent nor proof of death: the agency may release only what the FOIA requires without them.",
         Example("subject_person:\n  name: Ana Example\n  request_by: third_party\n  public_records_only: true\n", where=(13, 3)),
         Example("subject_person:\n  name: Ana Example\n  request_by: third_party\n  public_records_only: true\n  consent: true\n"),
         hint="add `consent: true` or `proof_of_death:` if you have them"),
)
