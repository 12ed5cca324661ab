"""foiagen's court lookup for eyecite (rules/_eyecite.py) answers as eyecite's own
helpers.get_court_by_paren does, for every court string of courts-db and pieces of them."""

from __future__ import annotations

import pytest

pytest.importorskip("eyecite")


def eyecites_own():
    """eyecite.helpers.get_court_by_paren as eyecite ships it (kept when foiagen replaced it)."""
    from foiagen.rules import _eyecite

    _eyecite.get_citations("425 U.S. 352")  # replaces it, once
    assert _eyecite.original is not None and _eyecite.original.__module__ == "eyecite.helpers"
    return _eyecite.original


def parentheticals():
    from courts_db import courts

    strings = sorted({c["citation_string"] for c in courts if c.get("citation_string")})
    out = set()
    for s in strings[::40]:  # every 40th string whole, cut short and spaced out (eyecite's own takes ~10 ms a lookup)
        out |= {s, s[: max(1, len(s) // 2)], s.replace(" ", ""), s.upper(), f" {s}.", s[:1]}
    return sorted(out | {"", "  ", ".", "2d Cir.", "Pa.", "Pa. Super.", "N.D. Cal.", "Tex.", "Va.", "D.C. Cir.", "xyz"})


@pytest.mark.slow
def test_the_fast_lookup_answers_as_eyecite_does():
    import regex
    from courts_db import courts

    from foiagen.rules._eyecite import court_lookup

    original, fast = eyecites_own(), court_lookup(courts, regex.compile(r"[^\w]"))
    cases = parentheticals()
    assert len(cases) > 150
    assert [fast(p) for p in cases] == [original(p) for p in cases]


def test_validate_reads_case_citations_with_the_fast_lookup():
    import eyecite.helpers

    from foiagen.rules._eyecite import get_citations

    cites = get_citations("See Dep't of Air Force v. Rose, 425 U.S. 352, 360 (2d Cir. 1976).")
    assert eyecite.helpers.get_court_by_paren.__module__ == "foiagen.rules._eyecite"
    assert [c.metadata.year for c in cites] == ["1976"] and cites[0].metadata.court == "ca2"
