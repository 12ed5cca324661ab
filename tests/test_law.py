"""The law foiagen applies, finding by finding of the December 2026 legal audit
(../shared/reviews/2026-12-legal-audit.md): each test fails on the registry or checks as they were
before the fix named in the CHANGES section of foiagen/data/citations.yaml."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from foiagen import model as m
from foiagen.citing import LEVELS
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
                                      "expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  dissemination: [We publish a newsletter.]\n  certification: true\n")))
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
    loaded = load(tmp_path, spec("2017-06-01", "[tva]", MEDIA))
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
    person = m.Requester(kind="individual", name="Jordan Lee")
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
    threat = "expedite:\n  grounds: {imminent_threat: [Facts.]}\n  certification: true\n"
    text = letter(load(tmp_path, spec("2017-06-01", "[tva]", threat)))
    assert "18 C.F.R. Part 1301" in text and "18 C.F.R. § 1301.5(d)(1)(i)" in text
    assert "38 C.F.R." not in text and "Knoxville" in text
    # TVA revised its rule effective Sept. 1, 2017 and the revised § 1301.5 was not read: the part and the statute only
    text = letter(load(tmp_path, spec("2026-03-02", "[tva]", threat)))
    assert "18 C.F.R. Part 1301" in text and "1301.5" not in text and "5 U.S.C. § 552(a)(6)(E)(v)(I)" in text
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
    department_rules = {a.regulation for a in REGISTRY.agencies.values() if not a.parent}
    for agency in REGISTRY.agencies.values():
        parent = REGISTRY.agencies.get(agency.parent)
        if parent is not None:  # its department's rule, or one of its own (NSA, HUD OIG): never another agency's
            assert agency.regulation == parent.regulation or agency.regulation not in department_rules, agency.id
        elif agency.regulation:  # (an agency with no rule read cites the statute alone)
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


# -- findings 5-29 -------------------------------------------------------------------------------
def test_portal_file_says_generally_and_cites_the_rule(tmp_path):
    from foiagen.portal import portal_text

    loaded = load(tmp_path, spec())
    text = portal_text(loaded.request, render_document(loaded.request), [])
    assert "must generally be submitted electronically (6 C.F.R. § 5.3(a)(2))" in text
    assert "only through" not in text and "another website the agency accepts" in text


@pytest.mark.parametrize("on, appeal_note", [(D(2016, 9, 1), "60 calendar days"), (D(2017, 2, 2), "60 calendar days"),
                                             (D(2017, 2, 3), "90 calendar days")])
def test_doj_dates_follow_the_2017_rules_effective_date(on, appeal_note):
    [appeal] = REGISTRY.cites("appeal", ["doj-28cfr16"], on, statute=False)
    assert appeal_note in appeal.note
    # § 16.5(e) read the same in 2015 and 2017: cited from the registry's floor
    assert cites("expedite.urgency_to_inform", "doj-28cfr16", D(2016, 7, 5)) == ["28 C.F.R. § 16.5(e)(1)(ii)"]


def test_doj_superseded_sections_date_from_the_2015_rules_effective_date():
    from foiagen.facts import renumbered_sections

    doj = [row for row in renumbered_sections() if row.title == "28"]
    assert doj and all(row.renumbered == D(2015, 5, 4) for row in doj)


def test_doj_fee_paragraphs_in_the_2015_text_and_joint_letters_cite_each_rule(tmp_path):
    assert cites("fees.waiver", "doj-28cfr16", D(2017, 1, 10)) == ["28 C.F.R. § 16.10(k)"]
    assert cites("fees.waiver", "doj-28cfr16", D(2017, 2, 3)) == ["28 C.F.R. § 16.10"]
    waiver = ("fees:\n  category: news_media\n  news_media: [We publish.]\n  waiver:\n"
              "    public_interest: [It concerns the government.]\n    commercial_interest: [None.]\n")
    text = letter(load(tmp_path, spec("2017-01-10", "[ice, fbi]", waiver)))
    for cite in ("6 C.F.R. § 5.11(k)", "28 C.F.R. § 16.10(k)", "6 C.F.R. § 5.11(b)(6)", "28 C.F.R. § 16.10(b)(6)",
                 "6 C.F.R. § 5.11(d)(1)", "28 C.F.R. § 16.10(d)(1)"):
        assert cite in text, cite


@pytest.mark.parametrize("agency, expected", [
    ("fda", "regulations implementing it: the HHS FOIA regulations, 45 C.F.R. Part 5; and the FDA public information "
            "regulations, 21 C.F.R. Part 20."),
    ("irs", "regulations implementing it: the Treasury FOIA regulations, 31 C.F.R. Part 1; and the IRS FOIA regulation, "
            "26 C.F.R. § 601.702."),
    ("ftc", "and its implementing regulations, 16 C.F.R. §§ 4.8\u20134.11."),  # the range typeset with an en dash
])
def test_agencies_with_rules_of_their_own_cite_them_all(tmp_path, agency, expected):
    text = letter(load(tmp_path, spec(agencies=f"[{agency}]")))
    assert expected in text


def test_a_letter_under_several_departments_rules_says_whose_each_is(tmp_path):
    text = letter(load(tmp_path, spec(agencies="[ice, fbi]")))
    assert ("the regulations implementing it: the DHS FOIA regulations, 6 C.F.R. Part 5; and the DOJ FOIA "
            "regulations, 28 C.F.R. Part 16.") in text
    assert "its implementing regulations" not in text


def test_fdas_own_part_in_free_text_is_not_another_agencys_rule(tmp_path):
    loaded = load(tmp_path, spec(agencies="[fda]", extra="background: FDA's procedures are in 21 C.F.R. Part 20.\n"))
    assert not [d for d in loaded.diagnostics if d.rule == "wrong-agency-regulation"]


def test_the_irs_address_names_each_line_once():
    irs = REGISTRY.agencies["irs"]
    lines = [irs.name, *irs.office, *irs.address]
    assert len(lines) == len(set(lines)), lines


def test_segregability_and_foreseeable_harm_pin_cites():
    on = D(2026, 3, 2)
    assert cites("segregability", "foia", on)[0] == "5 U.S.C. § 552(b) (sentence following para. (9))"
    assert cites("segregability.partial_disclosure", "foia", on)[0] == "5 U.S.C. § 552(a)(8)(A)(ii)(II)"
    assert cites("foreseeable_harm", "foia", on)[0] == "5 U.S.C. § 552(a)(8)(A)(i)(I)"


def test_paragraph_a8_applies_to_requests_made_after_enactment(tmp_path):
    assert cites("segregability.partial_disclosure", "foia", D(2016, 6, 30)) == []
    assert cites("foreseeable_harm", "foia", D(2016, 7, 1)) == ["5 U.S.C. § 552(a)(8)(A)(i)(I)"]
    text = letter(load(tmp_path, spec("2016-06-30")))
    assert "(a)(8)" not in text and "5 U.S.C. § 552(b) (sentence following para. (9))." in text


def test_imminent_threat_heading_speaks_of_an_individual(tmp_path):
    text = letter(load(tmp_path, spec(extra="expedite:\n  grounds: {imminent_threat: [Facts.]}\n  certification: true\n")))
    assert "imminent threat to the life or physical safety of an individual" in text


def test_duplication_only_requesters_are_told_of_the_free_100_pages(tmp_path):
    text = letter(load(tmp_path, spec(extra="fees:\n  category: news_media\n  news_media: [We publish.]\n")))
    assert "the first 100 pages of duplication are free, 5 U.S.C. § 552(a)(4)(A)(iv)(II); 6 C.F.R. § 5.11(d)(4)" in text


def test_interior_appeal_window_from_the_2016_rules_effective_date():
    assert cites("appeal", "doi-43cfr2", D(2017, 1, 18)) == []
    assert cites("appeal", "doi-43cfr2", D(2017, 1, 19)) == ["43 C.F.R. § 2.58"]


def test_the_clearview_letter_dates_rose_1976():
    from conftest import ROOT

    text = (ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml").read_text(encoding="utf-8")
    assert "425 U.S. 352, 361 (1976)" in text and "(1992)" not in text.split("date:", 1)[1]


@pytest.mark.parametrize("on, level", [(D(2022, 12, 15), "full_text"), (D(2022, 12, 16), "pre_amendment"),
                                       (D(2026, 3, 2), "pre_amendment")])
def test_dhs_5_5_is_verified_only_in_the_text_read(on, level):
    for meaning in ("expedite", "expedite.imminent_threat", "expedite.urgency_to_inform", "expedite.due_process",
                    "expedite.media_interest", "expedite.media_interest.routing", "expedite.certification",
                    "expedite.decision_time"):
        [c] = REGISTRY.cites(meaning, ["dhs-6cfr5"], on, statute=False)
        assert c.cite.startswith("6 C.F.R. § 5.5(e)") and c.verification == level, (meaning, c)


def test_verification_levels_claim_no_more_than_was_read():
    [electronic] = REGISTRY.cites("submission.electronic", ["dhs-6cfr5"], D(2026, 3, 2), statute=False)
    assert electronic.verification == "preamble"
    assert cites("regulation", "va-38cfr1", D(2018, 4, 4)) == []
    [va] = REGISTRY.cites("regulation", ["va-38cfr1"], D(2019, 1, 2), statute=False)
    assert va.verification == "cross_reference"
    assert "not read" in REGISTRY.agencies["epa"].source


WAIVER = ("fees:\n  waiver:\n    public_interest:\n      operations: [The contracts are the agency's.]\n"
          "    commercial_interest: [No commercial interest.]\n")


@pytest.mark.parametrize("date, agencies, warned", [
    ("2026-03-02", "[ice]", True),            # DHS § 5.11(k)(2) lists four factors
    ("2016-09-01", "[fbi]", True),            # DOJ's 2015 § 16.10(k)(2): "all four of the following factors"
    ("2026-03-02", "[fbi]", False),           # DOJ's amended (k) was not read: no factor list to require
    ("2026-03-02", "[state]", False),         # no State factor list in the registry; the statute has none
    ("2026-03-02", "[ice, fbi]", True),       # DHS's rule still lists them
])
def test_fee_waiver_factors_follow_the_addressed_agencys_rule_on_the_letters_date(tmp_path, date, agencies, warned):
    loaded = load(tmp_path, spec(date, agencies, WAIVER))
    found = [d for d in loaded.diagnostics if d.rule == "fee-waiver-factor-missing"]
    assert bool(found) == warned, found
    if warned:
        assert (found[0].line, found[0].column) == (14, 5)  # the public_interest key


# -- foiagen cite and agencies --json: each citation with its source, dates and verification -----
def _run(*args):
    import json
    import os
    import subprocess
    import sys

    from conftest import ROOT

    proc = subprocess.run([sys.executable, "-m", "foiagen", *args], capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc, (json.loads(proc.stdout) if "--json" in args and proc.returncode != 2 else None)


def test_cite_shows_each_provision_with_its_source_dates_and_level():
    proc, rows = _run("cite", "expedite.urgency_to_inform", "--date", "2026-03-02", "--agency", "ice", "--json")
    assert proc.returncode == 0
    now = {r["cite"]: r for r in rows if r["in_force"]}
    assert set(now) == {"5 U.S.C. § 552(a)(6)(E)(v)(II)", "6 C.F.R. § 5.5(e)(1)(ii)"}
    dhs = now["6 C.F.R. § 5.5(e)(1)(ii)"]
    assert (dhs["verification"], dhs["from"], dhs["until"], dhs["source"]) == ("pre_amendment", "2022-12-16", None, "ecfr-dhs-2016")
    assert "MichalOpoka/ecfr" in dhs["source_title"]
    older = [r for r in rows if not r["in_force"]]
    # the statute's text of 1996 (Pub. L. 104-231) until the 2016 Act, and DHS's rule before its 2022 amendment
    assert [(r["verification"], r["until"]) for r in older] == [("full_text", "2016-06-30"), ("full_text", "2022-12-16")]


def test_cite_as_text_says_when_nothing_is_in_force():
    proc, _ = _run("cite", "expedite", "--date", "2023-11-01", "--agency", "state")
    assert proc.returncode == 0  # the statute's provision is in force
    assert "22 C.F.R. § 171.12(d)  [state-22cfr171] cross_reference, from 2023-11-17" in proc.stdout
    assert proc.stdout.index("Not in force") < proc.stdout.index("171.12(d)")
    proc, _ = _run("cite", "expedite.due_process", "--date", "2026-03-02", "--agency", "state")
    assert proc.returncode == 1 and "nothing in force" in proc.stdout


@pytest.mark.parametrize("args, message", [
    (("cite", "expedit"), "try expedite"),
    (("cite", "expedite", "--agency", "ttva"), "unknown agency id 'ttva'"),
    (("cite", "expedite", "--date", "2026-02-30"), "--date must be YYYY-MM-DD"),
])
def test_cite_usage_errors(args, message):
    proc, _ = _run(*args)
    assert proc.returncode == 2 and message in proc.stderr


def test_cite_without_a_meaning_lists_them():
    proc, _ = _run("cite")
    assert proc.returncode == 0 and "expedite.media_interest.routing" in proc.stdout.split()


def test_agencies_json_shows_each_citation_with_source_dates_and_level():
    proc, rows = _run("agencies", "fda", "--json", "--date", "2026-03-02")
    [fda] = [r for r in rows if r["id"] == "fda"]
    assert fda["also_regulations"] == ["fda-21cfr20"]
    by_cite = {c["cite"]: c for c in fda["citations"]}
    assert {"45 C.F.R. Part 5", "21 C.F.R. Part 20", "45 C.F.R. § 5.27"} <= set(by_cite)
    for c in fda["citations"]:
        assert c["source"] in REGISTRY.sources and c["from"] and c["verification"] in LEVELS and c["source_title"]



def test_every_printable_level_is_explained():
    from foiagen.registry import PRINTABLE

    assert set(LEVELS) == PRINTABLE


def test_the_audit_table_is_reproduced_with_a_status_for_every_finding():
    import re

    from conftest import ROOT

    doc = (ROOT / "docs" / "research" / "legal-audit-2026-12.md").read_text(encoding="utf-8")
    rows = {int(m.group(1)): m.group(2) for m in re.finditer(r"^\| (\d+) \|.*\| ([^|]+) \|$", doc, re.M)}
    assert sorted(k for k in rows if k <= 29) == list(range(1, 30))
    tests = (ROOT / "tests" / "test_law.py").read_text(encoding="utf-8")
    for n in range(1, 30):
        status = rows[n]
        assert re.match(r"\*\*(Fixed|Answered|Open)", status.strip()), (n, status)
        for name in re.findall(r"`(test_[a-z0-9_]+)`", status):
            assert f"def {name}(" in tests or name == "test_a_doj_letter_cites_28_cfr_and_never_6_cfr", (n, name)


def test_doj_paragraph_facts_follow_the_effective_dates():
    """The rules lane's facts (foiagen/data/facts.yaml): DOJ's 2015 rule moved § 16.5(d) to (e) from
    its effective date, May 4, 2015; § 16.5(e)(1)'s four grounds read the same in 2015 and 2017."""
    import yaml

    from conftest import ROOT

    facts = yaml.safe_load((ROOT / "foiagen" / "data" / "facts.yaml").read_text(encoding="utf-8"))
    [move] = [m for m in facts["paragraph_moves"] if m["title"] == "28"]
    assert move["renumbered"] == D(2015, 5, 4)
    [doj] = [p for p in facts["rule_paragraphs"] if p["authority"] == "doj-28cfr16" and p["provision"] == "16.5(e)(1)"]
    assert doj["from"] <= D(2016, 6, 30)


def test_a_joint_fee_status_claim_must_show_it_for_each_requester(tmp_path):
    """Finding 17: the Clearview letter claims news-media status for four groups on a showing made for ACLU-NC."""
    from conftest import REQUESTS

    [clearview] = [p for p in REQUESTS if "clearview" in p.name]
    found = [d for d in load_request(clearview).diagnostics if d.rule == "fee-status-not-shown-for-each"]
    assert len(found) == 1 and "Mijente, IDP, JFL" in found[0].message and found[0].level == "warning"
    two = spec(extra="fees:\n  category: news_media\n  news_media: [Example Clinic and Example Press each publish.]\n")
    two = two.replace("  - organization: Example Clinic\n", "  - organization: Example Clinic\n  - organization: Example Press\n")
    assert not [d for d in load(tmp_path, two).diagnostics if d.rule == "fee-status-not-shown-for-each"]


def test_an_individual_cannot_claim_institution_status_in_a_spec(tmp_path):
    person = spec(extra="fees:\n  category: scientific\n  scientific: [I research soil erosion.]\n")
    person = person.replace("  - organization: Example Clinic\n", "  - name: Jordan Lee\n")
    [err] = errors(load(tmp_path, person), "institution-status-for-individual")
    assert (err.line, err.column) == (13, 3) and "Jordan Lee" in err.message and "6 C.F.R. § 5.11(b)(5)" in err.message


def test_diagnostics_name_only_rules_in_force_today(tmp_path):
    """DOJ's § 16.10(b)(4) was read in its 2015 text only (until Feb. 3, 2017): a message today names DHS's rule alone."""
    [err] = errors(load(tmp_path, spec(extra="fees:\n  category: educational\n")), "institution-status-without-showing")
    assert "6 C.F.R. § 5.11(b)(4)" in err.message and "16.10" not in err.message
