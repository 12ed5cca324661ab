"""The facts the rules check against (foiagen/data/facts.yaml): every fact with a known source and a date."""

from __future__ import annotations

import datetime as dt

from foiagen import facts
from conftest import ROOT


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


def test_the_statute_structure_has_what_the_code_says():
    s = facts.statute_structure()
    assert s["(a)(6)(E)(v)"] == ("I", "II") and s["(a)(6)(E)"] == ("i", "ii", "iii", "iv", "v", "vi")
    assert s["(b)"] == tuple("123456789") and s["(b)(7)"] == tuple("ABCDEF") and s["(b)(1)"] == ("A", "B")
    assert s["(a)(4)(A)(ii)"] == ("I", "II", "III") and "D" not in s["(a)(4)"]  # (a)(4)(D) was repealed in 1984
    assert s[""] == tuple("abcdefghijklm")


def test_the_structure_tool_reads_headings_inline_siblings_and_cross_references():
    import sys

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import usc552_structure as tool
    finally:
        sys.path.pop(0)
    chunks = [
        "# Title 5\n#### § 552.\n\n(a) Each agency shall\n\n(1) publish\n\n(A) descriptions; and (B) are in fact so;\n\n(2) Each\n",
        # a chunk that opens inside a paragraph repeats it as a heading; a new one starts there
        "# Title 5\n###### (a) Each agency shall\n######## (C) rules of procedure\n\n(i) one, as clause (ii) (II) or (III) of this says\n\n(ii) two\n\n(b) This section\n",
    ]
    tree = tool.structure_of(chunks)
    assert tree[""] == ["a", "b"] and tree["(a)"] == ["1", "2"] and tree["(a)(2)"] == ["C"]
    assert tree["(a)(1)"] == ["A", "B"] and tree["(a)(2)(C)"] == ["i", "ii"]
