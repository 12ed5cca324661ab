"""Offices whose own FOIA rule was read on 2026-12-01 (issue #14 follow-up): their letters cite it,
their appeal goes where the rule says, and a rule's window shorter than the statute's 90 days
gives way to the statute's (the rule's own terms are still shown, with the rule)."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import MINIMAL, write_spec

from foiagen.case import agency_appeal_window
from foiagen.deadlines import appeal_window
from foiagen.pipeline import load_request
from foiagen.registry import load_registry

REGISTRY = load_registry()
READ = {"ostp": "32 C.F.R. Part 2402", "amtrak": "49 C.F.R. Part 701", "cftc": "17 C.F.R. Part 145",
        "fec": "11 C.F.R. Part 4", "eac": "11 C.F.R. Part 9405", "pc": "22 C.F.R. Part 303", "pc-oig": "22 C.F.R. Part 303",
        "cppbsd": "41 C.F.R. Part 51-8"}


@pytest.mark.parametrize("agency_id", sorted(READ))
def test_the_rule_read_is_the_agencys_with_its_source(agency_id):
    entry = REGISTRY.agency(agency_id)
    assert entry.regulation and REGISTRY.authorities[entry.regulation].part == READ[agency_id]
    cites = [c.cite for c in REGISTRY.cites("regulation", [entry.regulation], dt.date(2026, 12, 1), statute=False)]
    assert cites == [READ[agency_id]]
    # cited only from the day it was read: an earlier letter cites the statute alone
    assert REGISTRY.cites("regulation", [entry.regulation], dt.date(2026, 11, 30), statute=False) == []


@pytest.mark.parametrize("agency_id", sorted(READ))
def test_a_letter_to_the_office_cites_its_rule(tmp_path, agency_id):
    spec = MINIMAL.replace("date: 2026-03-02", "date: 2026-12-01").replace("agencies: [ice]", f"agencies: [{agency_id}]")
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, [d.parsable() for d in loaded.diagnostics if d.level == "error"]
    assert not [d for d in loaded.diagnostics if d.rule == "agency-without-regulation"]


@pytest.mark.parametrize("agency_id, authority, rule", [
    ("ostp", "Chief FOIA Officer, Office of Science and Technology Policy", "32 C.F.R. § 2402.7(a)"),
    ("amtrak", "President and Chief Executive Officer, National Railroad Passenger Corporation", "49 C.F.R. § 701.10(a)(4)"),
    ("cppbsd", "Chairperson, Committee for Purchase From People Who Are Blind or Severely Disabled", "41 C.F.R. § 51-8.10(a)"),
])
def test_the_appeal_goes_where_the_rule_says_and_never_in_less_than_90_days(agency_id, authority, rule):
    appeal = REGISTRY.agency(agency_id).appeal
    assert (appeal["authority"], appeal["window"]["rule"]) == (authority, rule) and appeal["as_of"]
    assert "AlextheYounga/ecfr" in appeal["source"]
    entry = REGISTRY.agency(agency_id)
    window = appeal_window(entry.regulation, dt.date(2026, 12, 1), directory=agency_appeal_window(agency_id, entry.regulation))
    assert (window.days, window.kind, window.authority) == (90, "calendar", "foia")


@pytest.mark.parametrize("agency_id, authority, section", [
    ("usaid", "FOIA Appeals Officer, U.S. Agency for International Development", "22 C.F.R. § 212.11"),
    ("osc", "Office of General Counsel, U.S. Office of Special Counsel", "5 C.F.R. § 1820.6(a)"),
])
def test_appeal_authorities_named_in_rules_already_in_the_registry(agency_id, authority, section):
    appeal = REGISTRY.agency(agency_id).appeal
    assert appeal["authority"].startswith(authority) and appeal["source"].startswith(section) and appeal["as_of"]
