"""The law foiagen applies, finding by finding of the December 2026 legal audit
(../shared/reviews/2026-12-legal-audit.md): each test fails on the registry or checks as they were
before the fix named in the CHANGES section of foiagen/data/citations.yaml."""

from __future__ import annotations

import datetime as dt
import types
from dataclasses import replace

import pytest

from foiagen.pipeline import load_request
from foiagen.rules.law import _check_institution_status
from foiagen.registry import load_registry
from foiagen.render import render_document
from foiagen.writers.txt import write_txt
from conftest import MINIMAL, write_spec

REGISTRY = load_registry()
D = dt.date


def cites(meaning, authority, on, statute=False):
    return [c.cite for c in REGISTRY.cites(meaning, [authority], on, statute=statute)]


def load(tmp_path, text):
    return load_request(write_spec(tmp_path, text))


def errors(loaded, rule):
    return [d for d in loaded.diagnostics if d.rule == rule and d.level == "error"]


def letter(loaded) -> str:
    assert loaded.ok, [d.parsable() for d in loaded.diagnostics]
    return " ".join(write_txt(render_document(loaded.request)).split())


def spec(date="2026-03-02", agencies="[ice]", extra=""):
    return MINIMAL.replace("date: 2026-03-02", f"date: {date}").replace("agencies: [ice]", f"agencies: {agencies}") + extra


# -- finding 1: State's § 171.12(d) only from the 2023 rule's effective date ---------------
@pytest.mark.parametrize("on, expected", [
    (D(2023, 10, 18), []), (D(2023, 11, 1), []), (D(2023, 11, 16), []),
    (D(2023, 11, 17), ["22 C.F.R. § 171.12(d)"]), (D(2026, 3, 2), ["22 C.F.R. § 171.12(d)"]),
])
def test_state_expedite_paragraph_only_from_the_2023_rule_effective_date(on, expected):
    assert cites("expedite", "state-22cfr171", on) == expected


def test_a_state_letter_of_november_1_2023_cites_the_statute_only_for_expedition(tmp_path):
    text = letter(load(tmp_path, spec("2023-11-01", "[state]",
                                      "expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: true\n")))
    assert "171.12" not in text and "5 U.S.C. § 552(a)(6)(E)" in text


# -- finding 2: the media-interest ground goes to the office the rule names -------------------
MEDIA = "expedite:\n  grounds: {media_interest: [Facts.]}\n  certification: true\n"


@pytest.mark.parametrize("agencies, routed", [
    ("[ice]", False), ("[ice, dhs-privacy]", True), ("[dhs-privacy]", True),
    ("[fbi]", False), ("[fbi, doj-opa]", True), ("[eoir, doj-opa]", True),
    ("[ice, fbi, dhs-privacy]", False), ("[ice, fbi, dhs-privacy, doj-opa]", True),
])
def test_media_interest_ground_must_be_routed_to_the_rules_office(tmp_path, agencies, routed):
    loaded = load(tmp_path, spec(agencies=agencies, extra=MEDIA))
    found = errors(loaded, "expedite-ground-not-routed")
    if routed:
        assert not found and loaded.ok
        text = letter(loaded)
        assert "this request is addressed to the office that decides it" in text
        assert ("6 C.F.R. § 5.5(e)(2)" in text) == ("dhs-privacy" in agencies)
        assert ("28 C.F.R. § 16.5(e)(2)" in text) == ("doj-opa" in agencies)
    else:
        assert len(found) == 1
        # at the ground's own key: line 13 `  grounds: {media_interest: …}`, column 13
        assert (found[0].line, found[0].column) == (13, 13)
        assert "dhs-privacy" in found[0].message or "doj-opa" in found[0].message


def test_a_rule_without_routing_needs_no_extra_addressee(tmp_path):
    loaded = load(tmp_path, spec(agencies="[tva]", extra=MEDIA))
    assert loaded.ok and "18 C.F.R. § 1301.5(d)(1)(iv)" in letter(loaded)


# -- finding 3: educational and scientific status ---------------------------------------------
@pytest.mark.parametrize("category", ["educational", "scientific"])
def test_institution_status_needs_a_showing_and_an_institution(tmp_path, category):
    bare = load(tmp_path, spec(extra=f"fees:\n  category: {category}\n"))
    [err] = errors(bare, "institution-status-without-showing")
    assert (err.line, err.column) == (13, 3)
    shown = load(tmp_path, spec(extra=f"fees:\n  category: {category}\n  {category}: [The Clinic is a program of a law school.]\n"))
    text = letter(shown)
    assert "The Clinic is a program of a law school." in text
    assert f"6 C.F.R. § 5.11(b)({4 if category == 'educational' else 5})" in text
    # an individual cannot hold the status (the check reads the requester's kind)
    person = types.SimpleNamespace(kind="individual", name="Jordan Lee", organization="")
    request = replace(shown.request, requesters=(person,))
    [err] = _check_institution_status(request, _root(tmp_path, shown))
    assert err.rule == "institution-status-for-individual" and "Jordan Lee" in err.message
    assert (err.line, err.column) == (13, 3)
    assert _check_institution_status(shown.request, _root(tmp_path, shown)) == []


def _root(tmp_path, loaded):
    from foiagen.source import load_file

    root, _ = load_file(loaded.path, str(loaded.path))
    return root


def test_doj_institution_definitions_only_in_the_text_read():
    assert cites("fees.educational_definition", "doj-28cfr16", D(2016, 9, 1)) == ["28 C.F.R. § 16.10(b)(4)"]
    assert cites("fees.educational_definition", "doj-28cfr16", D(2017, 2, 3)) == []


def test_the_shipped_examples_claim_no_institution_status_without_a_showing():
    from conftest import EXAMPLES

    for path in EXAMPLES:
        loaded = load_request(path)
        if loaded.request is not None and loaded.request.fees and loaded.request.fees.category in ("educational", "scientific"):
            assert loaded.request.fees.institution, path


# -- finding 4: TVA and independent agencies cite their own rules; no near-spelling suggestions
def test_tva_cites_its_own_rule_and_no_near_spelling_is_suggested(tmp_path):
    text = letter(load(tmp_path, spec(agencies="[tva]", extra="expedite:\n  grounds: {imminent_threat: [Facts.]}\n  certification: true\n")))
    assert "18 C.F.R. Part 1301" in text and "18 C.F.R. § 1301.5(d)(1)(i)" in text
    assert "38 C.F.R." not in text and "Knoxville" in text
    inline = load(tmp_path, spec(agencies="[{name: Tennessee Valley Authority, department: tvaa}]"))
    [err] = errors(inline, "unknown-agency")
    assert "did you mean" not in err.message and "'va'" not in err.message


def _near_misses():
    """Unknown ids one keystroke from a known one ('t' + 'va', 'ice' + 'e', …), as users mistype them."""
    out = []
    for known in sorted(REGISTRY.agencies):
        for typo in ("t" + known, known + "e", known[1:], known[:-1] + "x"):
            if typo and typo not in REGISTRY.agencies and typo not in out:
                out.append(typo)
    return out


def test_an_unknown_agency_id_is_never_answered_with_another_agencys_id(tmp_path):
    misses = _near_misses()
    assert "ttva" in misses and "icee" in misses
    for query in misses:
        loaded = load(tmp_path, spec(agencies=f"[{query}]"))
        [err] = errors(loaded, "unknown-agency")
        assert "did you mean" not in err.message, err.message
        named = [a.id for a in REGISTRY.search_agencies(query)]
        assert all(f"'{a}'" not in err.message for a in REGISTRY.agencies if a not in named), err.message


def test_a_name_search_suggests_the_agency_named(tmp_path):
    loaded = load(tmp_path, spec(agencies="[{name: X, department: homeland security}]"))
    [err] = errors(loaded, "unknown-agency")
    assert "'dhs'" in err.message


def test_every_agency_cites_its_department_rule_or_its_own():
    """Components share their department's rule; a department or independent agency has its own."""
    by_rule: dict[str, set] = {}
    for agency in REGISTRY.agencies.values():
        parent = REGISTRY.agencies.get(agency.parent)
        if parent is not None:
            assert agency.regulation == parent.regulation or agency.id == "fda", agency.id
        else:
            by_rule.setdefault(agency.regulation, set()).add(agency.id)
    shared = {rule: ids for rule, ids in by_rule.items() if len(ids) > 1}
    assert not shared, shared


def test_the_changes_section_names_a_test_for_each_change():
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    assert REGISTRY.changes
    for change in REGISTRY.changes:
        file, _, name = change["test"].partition("::")
        assert name in (root / file).read_text(encoding="utf-8"), change["test"]
