"""The agency directory in use: channels by date, portal texts, per-agency letters, `foiagen agencies`."""

from __future__ import annotations

import json

import pytest

from foiagen.pipeline import letters_of, load_request
from foiagen.portal import FIELD_LIMIT, portal_agencies, portal_fields
from foiagen.registry import load_registry
from foiagen.render import render_document
from foiagen.writers.txt import write_txt
from conftest import MINIMAL, ROOT, normalize, write_spec
from helpers import invoke

REGISTRY = load_registry()
SEED_000 = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"
VIA_EMAIL = MINIMAL.replace("title: Short title", "title: Short title\ndelivery: Via email") + (
    "expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  dissemination: [We publish a newsletter.]\n  certification: true\n"
    "fees:\n  category: news_media\n  news_media: [We publish.]\n"
    "  waiver: {public_interest: [It is in the public interest.], commercial_interest: [None.]}\n"
)


cli = invoke


def test_every_dhs_component_is_portal_only_from_2026_01_22():
    import datetime as dt

    dhs = [a for a in REGISTRY.agencies.values() if a.parent == "dhs"]
    assert len(dhs) >= 3
    for entry in dhs:
        agency = entry.to_model()
        assert agency.portal_only(dt.date(2026, 1, 22)), entry.id
        assert not agency.portal_only(dt.date(2026, 1, 21)) or not agency.email, entry.id


def test_ice_by_email_in_2026_warns_and_gets_portal_texts(tmp_path):
    loaded = load_request(write_spec(tmp_path, VIA_EMAIL.replace("2026-03-02", "2026-06-01")))
    assert [(d.level, d.rule, d.line) for d in loaded.diagnostics] == [("warning", "channel-not-accepted", 3)]
    request = loaded.request
    assert [a.id for a in portal_agencies(request)] == ["ice"]
    fields = {f.name: f for f in portal_fields(render_document(request))}
    assert set(fields) == {"request_description", "fee_waiver", "expedite"}
    assert "All contracts since 2024." in fields["request_description"].text
    assert "5 U.S.C. § 552(a)(6)(E)(v)(II)" in normalize(fields["expedite"].text)
    assert all(len(f.text) <= FIELD_LIMIT for f in fields.values())
    # the letter no longer offers the agency's email address
    assert "ICE-FOIA@dhs.gov" not in write_txt(render_document(request))


def test_the_same_spec_dated_2020_neither_warns_nor_needs_the_portal(tmp_path):
    loaded = load_request(write_spec(tmp_path, VIA_EMAIL.replace("2026-03-02", "2020-10-19")))
    assert loaded.diagnostics == []
    assert portal_agencies(loaded.request) == []
    assert "ICE-FOIA@dhs.gov" in write_txt(render_document(loaded.request))


def test_render_writes_portal_texts_beside_the_letter(tmp_path):
    write_spec(tmp_path, VIA_EMAIL.replace("2026-03-02", "2026-06-01"), "letter.yaml")
    proc = cli("render", "letter.yaml", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0 and "channel-not-accepted" in proc.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["letter.portal.txt", "letter.txt"]
    text = (tmp_path / "out" / "letter.portal.txt").read_text(encoding="utf-8")
    assert "of 10,000 characters (fits)" in text and "Request description" in text


def test_per_agency_writes_one_letter_per_office(tmp_path):
    proc = cli("render", SEED_000, "-o", tmp_path, "-f", "txt", "--per-agency")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    letters = sorted(p.name for p in tmp_path.iterdir())
    assert letters == [f"{SEED_000.stem}-{a}.txt" for a in ("cbp", "dhs-privacy", "ice")]
    for name, office, others in [("ice", "500 12th Street SW", ("90 K Street", "2707 Martin Luther King")),
                                 ("cbp", "90 K Street", ("500 12th Street", "2707 Martin Luther King")),
                                 ("dhs-privacy", "2707 Martin Luther King", ("500 12th Street", "90 K Street"))]:
        text = (tmp_path / f"{SEED_000.stem}-{name}.txt").read_text(encoding="utf-8")
        assert office in text and not any(o in text for o in others)
        assert "6 C.F.R. § 5.5(e)(1)(ii)" in normalize(text)


def test_letters_of_a_one_agency_request_is_the_joint_letter():
    request = load_request(SEED_000).request
    assert len(letters_of(request, per_agency=True)) == 3
    assert letters_of(request, per_agency=False) == [("", request)]


def test_agencies_command_finds_the_fbi_with_its_regulation():
    proc = cli("agencies", "fbi", "--json")
    assert proc.returncode == 0
    rows = json.loads(proc.stdout)
    assert [r["id"] for r in rows] == ["fbi"] and rows[0]["regulation"]["cite"] == "28 C.F.R. Part 16"
    table = cli("agencies", "fbi")
    assert "Federal Bureau of Investigation" in table.stdout and "28 C.F.R. Part 16" in table.stdout


def test_agencies_command_with_no_match_exits_1():
    proc = cli("agencies", "no-such-agency-xyz")
    assert proc.returncode == 1 and "no agency matches" in proc.stdout


@pytest.mark.parametrize("query,expected", [("ice", {"ice"}), ("ICE", {"ice"}), ("border", {"cbp"})])
def test_search_prefers_exact_ids(query, expected):
    assert {a.id for a in REGISTRY.search_agencies(query)} == expected
