"""The facts the rules check against (foiagen/data/facts.yaml): every fact with a known source and a date."""

from __future__ import annotations

import datetime as dt

from foiagen import facts


def test_every_renumbering_names_a_source_and_the_day_it_took_effect():
    sources = facts.load_facts()["sources"]
    assert all(isinstance(s["as_of"], dt.date) and s["title"] for s in sources.values())
    renumbered = facts.renumbered_sections()
    assert len(renumbered) >= 9
    for r in renumbered:
        assert r.source in sources and isinstance(r.renumbered, dt.date) and r.topics, r
        assert r.old != r.now


def test_the_other_facts_name_their_sources():
    data = facts.load_facts()
    for key in ("usc5_sections_near_552", "portal_field_limit"):
        assert data[key]["source"] in data["sources"], key
    assert "552" in facts.usc5_sections_near_552() and "522" not in facts.usc5_sections_near_552()
    assert facts.portal_field_limit() == 10_000
