"""The law of requests about a person, from the registry by the letter's date and agency (issue #16):
verification of identity (DHS 6 C.F.R. § 5.3(a)(3) and § 5.21(d)/(e); DOJ 28 C.F.R. § 16.3(a)(3) and
§ 16.41(d)), a third party's authorization (§ 5.3(a)(4), § 5.21(f)/(g); § 16.3(a)(4)); the letter's
sentences for each kind of requester; the rules' messages; and `request_by` contradictions."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import MINIMAL, normalize, write_spec
from foiagen.pipeline import load_request, render_outputs
from foiagen.registry import load_registry

REGISTRY = load_registry()
D = dt.date


def cites(meaning: str, regs: list[str], on: dt.date) -> list[str]:
    return [c.cite for c in REGISTRY.cites(meaning, regs, on, statute=False)]


@pytest.mark.parametrize("meaning, on, expected", [
    # DHS: § 5.21 was revised by the 2022 rule (effective Dec. 16, 2022): identity (d) -> (e), third parties (f) -> (g)
    ("identity.verification", D(2016, 12, 21), ["28 C.F.R. § 16.41(d)"]),  # DHS's entries start Dec. 22, 2016
    ("identity.verification", D(2020, 1, 2), ["6 C.F.R. § 5.21(d)", "28 C.F.R. § 16.41(d)"]),
    ("identity.verification", D(2022, 10, 3), ["6 C.F.R. § 5.21(d)"]),  # the rewritten § 16.41 was not read
    ("identity.verification", D(2022, 12, 15), ["6 C.F.R. § 5.21(d)"]),
    ("identity.verification", D(2022, 12, 16), ["6 C.F.R. § 5.21(e)"]),
    ("identity.verification.citizenship", D(2022, 12, 15), []),
    ("identity.verification.citizenship", D(2026, 3, 2), ["6 C.F.R. § 5.21(e)"]),
    ("identity.first_party", D(2026, 3, 2), ["6 C.F.R. § 5.3(a)(3)", "28 C.F.R. § 16.3(a)(3)"]),
    ("identity.third_party", D(2020, 1, 2), ["6 C.F.R. § 5.3(a)(4)", "28 C.F.R. § 16.3(a)(4)"]),
    ("identity.third_party.verification", D(2020, 1, 2), ["6 C.F.R. § 5.21(f)"]),
    ("identity.third_party.verification", D(2026, 3, 2), ["6 C.F.R. § 5.21(g)"]),
])
def test_identity_paragraphs_follow_the_agency_and_the_letters_date(meaning, on, expected):
    assert cites(meaning, ["dhs-6cfr5", "doj-28cfr16"], on) == expected
    for c in REGISTRY.cites(meaning, ["dhs-6cfr5", "doj-28cfr16"], on, statute=False):
        assert c.verification == "full_text" and c.source in REGISTRY.sources


def test_no_agency_borrows_another_departments_identity_rule():
    assert cites("identity.verification", ["state-22cfr171"], D(2026, 3, 2)) == []


# -- the letter's sentences, for each kind of requester --------------------------------------------
SELF = ("  - organization: Example Clinic\n", "  - name: Ana Example\n")
COUNSEL = ("  - organization: Example Clinic\n",
           "  - kind: counsel\n    name: Jo Counsel\n    clients: [Ana Example]\n")
PERSON = ("subject_person:\n  name: Ana Example\n  date_of_birth: 1980-01-01\n  place_of_birth: Exampleland\n"
          "  citizenship: Exampleland\n  address: [1 Main Street, Springfield]\n")


def _letter(tmp_path, requester, person: str, date="2026-03-02", agencies="[ice, eoir]") -> str:
    spec = MINIMAL.replace("date: 2026-03-02", f"date: {date}").replace("agencies: [ice]", f"agencies: {agencies}")
    if requester:
        spec = spec.replace(*requester)
    loaded = load_request(write_spec(tmp_path, spec + person))
    assert loaded.ok, loaded.diagnostics
    return normalize(render_outputs(loaded.request, ["txt"])["txt"].decode("utf-8"))


@pytest.mark.parametrize("kind, requester, person, said, unsaid", [
    ("self", SELF, PERSON,
     ["The records requested are about me.", "My declaration verifying my identity, made under penalty of perjury under "
      "28 U.S.C. § 1746, is enclosed. 6 C.F.R. § 5.3(a)(3); 6 C.F.R. § 5.21(e); 28 C.F.R. § 16.3(a)(3).",
      "5 U.S.C. § 552a(d)(1)"],
     ["consents to", "§ 5.3(a)(4)", "my client"]),
    ("counsel", COUNSEL, PERSON + "  consent: true\n",
     ["The records requested are about Ana Example, my client.", "on Ana Example’s behalf",
      "Ana Example consents to their release to me; the signed consent is enclosed. 6 C.F.R. § 5.3(a)(4); "
      "6 C.F.R. § 5.21(g); 28 C.F.R. § 16.3(a)(4).",
      "Ana Example’s declaration verifying this identity, made under penalty of perjury under 28 U.S.C. § 1746, is "
      "enclosed. 6 C.F.R. § 5.21(e).", "Consent of Ana Example to the Release of Records"],
     ["§ 5.3(a)(3)", "The records requested are about me"]),
    ("third party", None, "subject_person:\n  name: Ana Example\n  request_by: third_party\n  consent: true\n",
     ["The records requested are about Ana Example.", "Ana Example consents to their release to us; the signed consent "
      "is enclosed. 6 C.F.R. § 5.3(a)(4); 28 C.F.R. § 16.3(a)(4).", "Consent of Ana Example"],
     ["552a", "Declaration of Ana Example", "§ 5.21"]),
    ("third party, deceased", None,
     "subject_person:\n  name: Ana Example\n  request_by: third_party\n  proof_of_death: a copy of the death certificate\n",
     ["Ana Example is deceased; proof of death (a copy of the death certificate) is enclosed. 6 C.F.R. § 5.3(a)(4); "
      "28 C.F.R. § 16.3(a)(4)."],
     ["552a", "Declaration of", "Consent of", "§ 5.21"]),
])
def test_each_kind_of_requester_is_told_the_rule_that_applies_to_it(tmp_path, kind, requester, person, said, unsaid):
    text = _letter(tmp_path, requester, person)
    for words in said:
        assert normalize(words) in text, (kind, words)
    for words in unsaid:
        assert words not in text, (kind, words)


def test_a_letter_of_2020_cites_the_paragraphs_then_in_force(tmp_path):
    text = _letter(tmp_path, SELF, PERSON, date="2020-01-02")
    assert "is enclosed. 6 C.F.R. § 5.3(a)(3); 6 C.F.R. § 5.21(d); 28 C.F.R. § 16.3(a)(3); 28 C.F.R. § 16.41(d)." in text


# -- the rules' messages cite the same law --------------------------------------------------------
def _found(tmp_path, person, requester=SELF, date="2026-03-02", agencies="[ice]"):
    spec = MINIMAL.replace("date: 2026-03-02", f"date: {date}").replace("agencies: [ice]", f"agencies: {agencies}")
    if requester:
        spec = spec.replace(*requester)
    return [(d.line, d.column, d.rule, d.message) for d in load_request(write_spec(tmp_path, spec + person)).diagnostics]


NO_CITIZENSHIP = ("subject_person:\n  name: Ana Example\n  date_of_birth: 1980-01-01\n  place_of_birth: Exampleland\n"
                  "  address: [1 Main Street]\n")


@pytest.mark.parametrize("date, agencies, wanted, cited", [
    ("2026-03-02", "[ice]", True, "(6 C.F.R. § 5.3(a)(3); 6 C.F.R. § 5.21(e))"),   # DHS asks for citizenship since 2022
    ("2021-06-01", "[ice]", False, None),                                            # § 5.21(d) did not
    ("2026-03-02", "[eoir]", False, None),                                           # DOJ's § 16.41(d) did not
])
def test_citizenship_is_asked_where_and_when_the_rule_asks_it(tmp_path, date, agencies, wanted, cited):
    found = _found(tmp_path, NO_CITIZENSHIP, date=date, agencies=agencies)
    assert [f[2] for f in found] == (["first-party-identity-missing"] if wanted else [])
    if wanted:
        assert found[0][:2] == (13, 3) and cited in found[0][3] and "lacks citizenship" in found[0][3]


def test_a_missing_consent_is_told_the_rule_of_the_addressed_agencies(tmp_path):
    found = _found(tmp_path, "subject_person:\n  name: Ana Example\n  request_by: third_party\n", requester=None,
                   agencies="[ice, eoir]")
    [(line, col, rule, message)] = [f for f in found if f[2] != "joint-departments"]
    assert (line, col, rule) == (13, 3, "third-party-without-consent")
    assert "(6 C.F.R. § 5.3(a)(4); 28 C.F.R. § 16.3(a)(4))" in message


# -- request_by that contradicts the requesters -----------------------------------------------------
CONSENTED = "  consent: true\n"


@pytest.mark.parametrize("requester, request_by, extra, contradiction", [
    (None, "subject", "", "an organization cannot make a request for its own records"),
    (COUNSEL, "subject", "", "use request_by: representative"),
    (("  - organization: Example Clinic\n", "  - name: Bo Other\n"), "subject", "", "(Bo Other) is not Ana Example"),
    (SELF, "third_party", CONSENTED, "Ana Example is the requester"),
    (SELF, "subject", "", None),
    (COUNSEL, "representative", CONSENTED, None),
    (None, "third_party", CONSENTED, None),
    (("  - organization: Example Clinic\n", "  - name: Bo Other\n"), "third_party", CONSENTED, None),
])
def test_request_by_that_contradicts_the_requesters_is_reported_at_its_key(tmp_path, requester, request_by, extra,
                                                                          contradiction):
    person = PERSON.replace("  date_of_birth", f"  request_by: {request_by}\n  date_of_birth") + extra
    found = [f for f in _found(tmp_path, person, requester=requester) if f[2] == "request-by-contradiction"]
    if contradiction is None:
        assert found == []
        return
    [(line, col, _, message)] = found
    line_of_key = 14 + (requester[1].count("\n") - 1 if requester else 0)
    assert (line, col) == (line_of_key, 3) and contradiction in message
    assert "use request_by" in message or "is request_by: subject" in message


def test_representative_without_consent_is_an_error_for_counsel_and_for_others(tmp_path):
    person = PERSON.replace("  date_of_birth", "  request_by: representative\n  date_of_birth")
    for requester in (COUNSEL, None):
        rules = [f[2] for f in _found(tmp_path, person, requester=requester)]
        assert rules == ["third-party-without-consent"], (requester, rules)
