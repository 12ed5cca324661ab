"""The slips real letters make, planted in a spec's background, fee-waiver text, expedite text and
Re: line, in letters to ICE, EOIR, FEMA, FDA, State and TVA: each is found by its rule at its words.

Each case is data: (slip kind, the planted words, the words the rule points at).  The table is
crossed with the agencies and the places; a slip whose facts the registry lacks for an agency
(no read paragraph list, no renumbering) is left out for that agency, and says so.
"""

from __future__ import annotations

import pytest

from foiagen.pipeline import load_request
from conftest import MINIMAL, write_spec

AGENCIES = ("ice", "eoir", "fema", "fda", "state", "tva")
DHS = {"ice", "fema"}
# the addressed agency's own rule, where foiagen/data/facts.yaml lists its expedite paragraphs
# (TVA's § 1301.5(d)(1) list is known only for its 1999/2010 text, in force until Sept. 1, 2017.)
OWN_EXPEDITE = {"ice": "6 C.F.R. § 5.5(e)(1)", "fema": "6 C.F.R. § 5.5(e)(1)", "eoir": "28 C.F.R. § 16.5(e)(1)"}
# the addressed agency's rule, a section of it (its paragraphs' letter case is checked for any rule)
OWN_RULE = {"ice": "6 C.F.R. § 5.5", "fema": "6 C.F.R. § 5.5", "eoir": "28 C.F.R. § 16.5", "fda": "21 C.F.R. § 20.44",
            "state": "22 C.F.R. § 171.12", "tva": "18 C.F.R. § 1301.5"}
# the paragraph a renumbering moved (pre-2016 DHS, pre-2015 DOJ)
MOVED = {"ice": "6 C.F.R. § 5.5(d)", "fema": "6 C.F.R. § 5.5(d)", "eoir": "28 C.F.R. § 16.5(d)"}


def _slips(agency: str):
    """(rule id, words planted, the words the rule points at) for a letter to `agency`."""
    other_rule = "28 C.F.R. Part 16" if agency in DHS else "6 C.F.R. Part 5"
    yield "nonexistent-provision", "Expedition is due under 5 U.S.C. § 552(a)(6)(E)(v)(III) here.", "(III)"
    if agency in OWN_EXPEDITE:
        cite = OWN_EXPEDITE[agency] + "(v)"
        yield "nonexistent-provision", f"The ground of {cite} applies.", "(v)"
    yield "wrong-agency-regulation", f"The rules of {other_rule} govern this request.", other_rule
    if agency in MOVED:
        yield "paragraph-moved", f"We ask for expedited processing under {MOVED[agency]} now.", "§"
    yield "name-number-mismatch", "We ask under the Privacy Act, 5 U.S.C. § 552 as well.", "§"
    yield "name-number-mismatch", "We ask under FOIA, 5 U.S.C. § 552a as well.", "§"
    yield "wrong-provision-for-proposition", "We seek a fee waiver under 5 U.S.C. § 552(a)(4)(A)(ii) here.", "§"
    yield "wrong-provision-for-proposition", "We seek expedited processing under 5 U.S.C. § 552(a)(4)(A)(iii) here.", "§"
    yield "certification-wording", "We certify that these statements are true and accurate.", "certify"
    yield "fr-as-cfr", "The rule was published at 81 C.F.R. 83625 in 2016.", "81 C.F.R. 83625"
    yield "citation-case", "Fees may be waived under 5 U.S.C. § 552(a)(4)(a)(iii) here.", "(a)(iii)"
    yield "citation-case", f"Expedition is governed by {OWN_RULE[agency]}(E)(1) today.", "(E)"
    yield "citation-typo", "The request is made under 5 U.S.C. § 522 today.", "§"
    yield "usc-form", "The request is made under 5 USC 552 today.", "5 USC"
    yield "usc-form", "The request is made under 5 U.S.C. 552 today.", "5 U.S.C. 552"


PLACES = {
    "background": lambda words: MINIMAL + f"background: {words}\n",
    "fee waiver": lambda words: MINIMAL + (f"fees:\n  category: other\n  waiver:\n    public_interest:\n      - {words}\n"
                                           "    commercial_interest:\n      - The requesters have no commercial interest.\n"),
    "expedite": lambda words: MINIMAL + f"expedite:\n  grounds:\n    imminent_threat:\n      - {words}\n  certification: true\n",
    "Re: line": lambda words: MINIMAL.replace("subject: Records about detention contracts", f"subject: {words}"),
}

CASES = [(agency, place, rule, words, target) for agency in AGENCIES for place in PLACES
         for rule, words, target in _slips(agency)]


def _spec(agency: str, text: str) -> str:
    return text.replace("agencies: [ice]", f"agencies: [{agency}]")


def _position(text: str, words: str, target: str) -> tuple[int, int]:
    offset = text.index(words) + words.index(target)
    return text.count("\n", 0, offset) + 1, offset - text.rfind("\n", 0, offset)


@pytest.mark.parametrize("agency, place, rule, words, target", CASES,
                         ids=[f"{a}-{p}-{r}-{i}" for i, (a, p, r, _, _) in enumerate(CASES)])
def test_a_planted_slip_is_found_at_its_words(tmp_path, agency, place, rule, words, target):
    text = _spec(agency, PLACES[place](words))
    loaded = load_request(write_spec(tmp_path, text))
    hits = [(d.line, d.column) for d in loaded.diagnostics if d.rule == rule]
    assert hits == [_position(text, words, target)], [d.parsable() for d in loaded.diagnostics]


# the planted words without their slip: the same places stay quiet
CLEAN = [
    "Expedition is due under 5 U.S.C. § 552(a)(6)(E)(v)(II) here.",
    "We ask under the Privacy Act, 5 U.S.C. § 552a, and FOIA, 5 U.S.C. § 552, as well.",
    "We seek a fee waiver under 5 U.S.C. § 552(a)(4)(A)(iii), and news-media status under 5 U.S.C. § 552(a)(4)(A)(ii).",
    "We seek expedited processing under 5 U.S.C. § 552(a)(6)(E) here.",
    "We certify that these statements are true and correct to the best of our knowledge and belief.",
    "The rule was published at 81 Fed. Reg. 83,625 in 2016, and the request is made under 5 U.S.C. § 552 today.",
]
SLIP_RULES = sorted({rule for agency in AGENCIES for rule, _, _ in _slips(agency)} | {"event-year-mismatch", "subject-agency-mismatch"})


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_the_same_places_without_slips_are_quiet(tmp_path, agency, place):
    for n, words in enumerate(CLEAN):
        text = _spec(agency, PLACES[place](words))
        loaded = load_request(write_spec(tmp_path, text, f"clean{n}.yaml"))
        assert [d.parsable() for d in loaded.diagnostics if d.rule in SLIP_RULES] == []


# facts that contradict each other: the year of an event, the agency of the Re: line
EVENT_RECORDS = "    - Records of the 2020 contract with Clearview AI.\n"


@pytest.mark.parametrize("agency", AGENCIES)
@pytest.mark.parametrize("place", sorted(PLACES))
def test_an_event_year_that_differs_from_the_records_sought_is_found_in_the_records(tmp_path, agency, place):
    words = "The agency signed the 2019 contract with Clearview AI."
    text = _spec(agency, PLACES[place](words)).replace("    - All contracts since 2024.\n", EVENT_RECORDS)
    loaded = load_request(write_spec(tmp_path, text))
    hits = [(d.line, d.column) for d in loaded.diagnostics if d.rule == "event-year-mismatch"]
    assert hits == [_position(text, EVENT_RECORDS, "2020")]
    quiet = text.replace("2019 contract", "2020 contract")
    assert [d for d in load_request(write_spec(tmp_path, quiet, "same.yaml")).diagnostics if d.rule == "event-year-mismatch"] == []


@pytest.mark.parametrize("agency", AGENCIES)
def test_a_re_line_naming_another_agency_is_found_at_its_name(tmp_path, agency):
    other = "U.S. Customs and Border Protection" if agency == "ice" else "ICE"
    words = f"FOIA request to {other} about detention contracts"
    text = _spec(agency, PLACES["Re: line"](words))
    loaded = load_request(write_spec(tmp_path, text))
    hits = [(d.line, d.column) for d in loaded.diagnostics if d.rule == "subject-agency-mismatch"]
    assert hits == [_position(text, words, other)]
    own = text.replace(other, "the agency" if agency == "ice" else agency.upper())
    assert [d for d in load_request(write_spec(tmp_path, own, "own.yaml")).diagnostics if d.rule == "subject-agency-mismatch"] == []
