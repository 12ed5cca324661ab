"""The agency directory: compiled into the package, every office complete, each agency's own rule, search, staleness."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from foiagen.agencies_cli import row, stale_facts
from foiagen.pipeline import load_request
from foiagen.registry import load_registry
from conftest import MINIMAL, ROOT, normalize, write_spec

REGISTRY = load_registry()
TODAY = "2026-12-01"


def _build_tool():
    spec = importlib.util.spec_from_file_location("build_registry", ROOT / "tools" / "build_registry.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_compiled_registry_is_what_the_data_files_compile_to():
    for name, text in _build_tool().render().items():
        assert (ROOT / "foiagen" / "data" / name).read_bytes() == text, \
            f"foiagen/data/{name} is out of date: run python tools/build_registry.py"


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "foiagen", *args], capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, **(env or {})})


def test_agencies_json_lists_at_least_400_offices_each_complete():
    proc = cli("agencies", "--json", "--date", TODAY)
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert len(rows) >= 400
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert r["department"] in ids, r["id"]
        reg = r["regulation"]
        assert reg["cite"] or (reg["status"] == "unknown" and reg["reason"]), r["id"]
        assert r["appeal"]["authority"] and (r["appeal"]["authority"] != "unknown" or r["appeal"]["reason"]), r["id"]
        assert isinstance(r["channels"], list)
        assert r["source"] and r["as_of"], r["id"]
        for fact in ("address", "email", "portal"):
            if r[fact]:
                assert r["facts"][fact]["as_of"] and r["facts"][fact]["source"], (r["id"], fact)


def test_existing_ids_keep_working_and_18f_ids_name_the_same_office():
    for agency_id in ("ice", "cbp", "dhs-privacy", "uscis", "fbi", "eoir", "oip", "tva", "state", "fda", "irs"):
        assert REGISTRY.agency(agency_id).id == agency_id
    assert REGISTRY.agency("dhs-ice").id == "ice"
    assert REGISTRY.agency("nasa-hq").id == "nasa"
    assert REGISTRY.agency("ice").extra["older_records"][0]["id"] == "dhs-ice"


LETTERS = [
    ("cia", "32 C.F.R. Part 1900"),
    ("nsa", "32 C.F.R. Part 299"),
    ("fcc", "47 C.F.R. §§ 0.441-0.470"),
    ("tva", "18 C.F.R. Part 1301"),
    ("nasa", "14 C.F.R. Part 1206"),
    ("hud", "24 C.F.R. Part 15"),
    ("nlrb", "29 C.F.R. § 102.117"),
    ("hud-oig", "24 C.F.R. Part 2002"),
    ("dod-national-security-agency", "32 C.F.R. Part 299"),
]


@pytest.mark.parametrize("agency_id, cite", LETTERS)
def test_a_letter_cites_the_agencys_own_regulation(tmp_path, agency_id, cite):
    from foiagen.render import render_document
    from foiagen.writers.txt import write_txt

    spec = MINIMAL.replace("date: 2026-03-02", f"date: {TODAY}").replace("agencies: [ice]", f"agencies: [{agency_id}]")
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.request is not None, loaded.diagnostics
    text = normalize(write_txt(render_document(loaded.request))).replace("\u2013", "-")  # (ranges print with an en dash)
    assert f"implementing regulations, {cite}" in text or f"regulations implementing it: " in text and f", {cite}" in text
    others = {" 6 C.F.R.", " 28 C.F.R.", " 38 C.F.R.", " 45 C.F.R."}  # no other department's rule
    assert not [o for o in others if o in text]
    assert ("32 C.F.R. Part 286" in text) == (agency_id in ("nsa", "dod-national-security-agency"))  # NSA: beside DoD's


def test_components_inherit_their_departments_rule_unless_they_have_their_own():
    assert REGISTRY.agency("epa-region-10").regulation == REGISTRY.agency("epa").regulation == "epa-40cfr2"
    assert REGISTRY.agency("nasa-jpl").regulation == "nasa-14cfr1206"
    assert REGISTRY.agency("dod-department-of-the-army").regulation == "dod-32cfr286"
    # the military departments' and NSA's own parts stand beside DoD's Part 286
    assert REGISTRY.agency("nsa").regulation == "dod-32cfr286" and REGISTRY.agency("nsa").also_regulations == ("nsa-32cfr299",)
    assert REGISTRY.agency("dod-department-of-the-navy").also_regulations == ("navy-32cfr701",)
    assert REGISTRY.agency("fda").also_regulations == ("fda-21cfr20",)
    assert REGISTRY.agency("hud-oig").regulation == "hud-oig-24cfr2002"


@pytest.mark.parametrize("agency_id, days, kind", [
    ("ice", 90, "working"), ("dhs-privacy", 90, "working"), ("fbi", 90, "calendar"), ("eoir", 90, "calendar"),
    ("dod", 90, "calendar"), ("dod-department-of-the-navy", 90, "calendar"), ("doi", 90, "working"), ("nigc", 30, "working"),
    ("sba", 60, "calendar"), ("cigie", 45, "calendar"),
])
def test_appeal_windows_in_the_rules_terms(agency_id, days, kind):
    window = REGISTRY.agency(agency_id).appeal["window"]
    assert (window["days"], window["kind"]) == (days, kind) and window["rule"]


@pytest.mark.parametrize("query, expected", [
    ("epa region 10", ["epa-region-10"]),
    ("EPA Region 10", ["epa-region-10"]),
    ("hud region 4", ["hud-region-iv"]),
    ("navy personnel", ["dod-department-of-the-navy"]),
    ("osha atlanta", ["dol-occupational-safety-and-health-administration"]),
    ("dhs oig", ["dhs-oig"]),
    ("hud oig", ["hud-oig"]),
    ("nsa", ["dod-national-security-agency"]),
    ("ice", ["ice"]),
    ("border", ["cbp"]),
    ("jet propulsion", ["nasa-jpl"]),
    ("national archives at seattle", ["nara-national-archives-at-seattle"]),
])
def test_search_finds_the_right_office(query, expected):
    assert [a.id for a in REGISTRY.search_agencies(query)] == expected


@pytest.mark.parametrize("unknown, family", [
    ("dhs-oigg", "dhs"), ("nasa-hqq", "nasa"), ("epa-region-11", "epa"),
])
def test_an_unknown_id_is_answered_with_its_own_family_only(unknown, family):
    found = REGISTRY.search_agencies(unknown)
    assert found and all((a.department or a.id) == family for a in found)


@pytest.mark.parametrize("unknown", ["fbo", "tvaa", "cbs", "icee", "no-such-agency-xyz"])
def test_an_unknown_id_never_gets_another_agency_a_few_letters_away(unknown):
    assert REGISTRY.search_agencies(unknown) == []


def test_unknown_id_in_a_spec_suggests_the_family(tmp_path):
    loaded = load_request(write_spec(tmp_path, MINIMAL.replace("agencies: [ice]", "agencies: [nasa-hqq]")))
    message = next(d.message for d in loaded.diagnostics if d.rule == "unknown-agency")
    assert "'nasa-" in message and "'tva'" not in message


def test_each_fact_shows_its_date():
    proc = cli("agencies", "ice", "--date", TODAY)
    assert "(as of 2020-10-19)" in proc.stdout and "(as of 2025-12-23)" in proc.stdout
    r = row(REGISTRY, REGISTRY.agency("ice"), __import__("datetime").date(2026, 12, 1))
    assert r["facts"]["address"]["as_of"] == "2020-10-19" and r["channels"] == ["portal"]


def test_stale_lists_old_and_undated_contacts():
    proc = cli("agencies", "--stale", "--date", TODAY)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and lines[0].startswith("id\tfact")
    assert any(line.startswith("cia\taddress\t2017-07-25\tcheck at") for line in lines)
    assert any(line.startswith("oip\taddress\tundated") for line in lines)
    import datetime as dt

    assert stale_facts(REGISTRY.agency("ice"), dt.date(2021, 1, 1)) == []


def test_validate_warns_when_the_letter_relies_on_an_old_address(tmp_path):
    spec = MINIMAL.replace("agencies: [ice]", "agencies: [cia]").replace("date: 2026-03-02", f"date: {TODAY}")
    loaded = load_request(write_spec(tmp_path, spec))
    stale = [d for d in loaded.diagnostics if d.rule == "contact-may-be-stale"]
    assert stale and "2017-07-25" in stale[0].message and "check it at" in stale[0].message
    # the same office in a letter of 2018: not stale then
    loaded = load_request(write_spec(tmp_path, spec.replace(f"date: {TODAY}", "date: 2018-03-01")))
    assert not [d for d in loaded.diagnostics if d.rule == "contact-may-be-stale"]
    # an address written in the spec is the writer's own: no warning
    own = spec.replace("agencies: [cia]", "agencies:\n  - {id: cia, address: [Washington, DC 20505]}")
    loaded = load_request(write_spec(tmp_path, own))
    assert not [d for d in loaded.diagnostics if d.rule == "contact-may-be-stale" and "address" in d.message]


def test_an_inline_agency_names_its_regulation_by_part_or_cites_the_statute_alone(tmp_path):
    from foiagen.render import render_document
    from foiagen.writers.txt import write_txt

    base = MINIMAL.replace("date: 2026-03-02", f"date: {TODAY}")
    named = base.replace("agencies: [ice]", "agencies:\n  - {name: Example Board, address: [1 Main St], regulation: 32 cfr part 1900}")
    loaded = load_request(write_spec(tmp_path, named))
    assert loaded.request.agencies[0].regulation == "cia-32cfr1900"
    assert "implementing regulations, 32 C.F.R. Part 1900" in normalize(write_txt(render_document(loaded.request)))
    bare = base.replace("agencies: [ice]", "agencies:\n  - {name: Example Board, address: [1 Main St]}")
    loaded = load_request(write_spec(tmp_path, bare))
    assert [d.rule for d in loaded.diagnostics if d.rule == "agency-without-regulation"]
    text = normalize(write_txt(render_document(loaded.request)))
    assert "5 U.S.C. § 552" in text and "implementing regulations" not in text


def test_no_file_outside_the_package_can_change_a_citation(tmp_path):
    """A poisoned 'registry cache' in the cache folder is never read: the registry is compiled into the package."""
    poisoned = tmp_path / "registry"
    poisoned.mkdir()
    for name in ("citations.yaml.0.json", "agencies.yaml.0.json", "registry.json"):
        (poisoned / name).write_text('{"authorities": {}}', encoding="utf-8")
    proc = cli("agencies", "ice", "--json", env={"FOIAGEN_CACHE_DIR": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)})
    assert json.loads(proc.stdout)[0]["regulation"]["cite"] == "6 C.F.R. Part 5"
    source = (ROOT / "foiagen" / "registry.py").read_text(encoding="utf-8")
    assert "cache" not in source.replace("search_index", "").lower().split('"""', 2)[-1] or "cache_dir" not in source


def test_a_department_appeal_official_for_its_own_offices_only_is_not_inherited():
    assert REGISTRY.agency("treasury").appeal["authority"].startswith("Deputy Assistant Secretary for Privacy")
    irs = REGISTRY.agency("irs").appeal
    assert irs["authority"] == "unknown" and "department's own appeals" in irs["reason"]
    assert REGISTRY.agency("doj-antitrust-division").appeal["authority"].startswith("Office of Information Policy")
