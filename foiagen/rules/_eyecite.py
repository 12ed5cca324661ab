"""eyecite (Free Law Project), loaded only when a text holds what looks like a case citation, with
its court lookup made fast.

eyecite 2.7's helpers.get_court_by_paren normalises every one of courts-db's ~2,800 courts with
`regex.sub` on each call, once per full case citation: about 3 ms a citation, three quarters of
`foiagen validate` over a thousand specs.  `fast_court_by_paren` gives the same answers (the same
`regex` pattern, the same order: the first court whose string equals the parenthetical's, else
the last one that starts with it) from the courts' strings normalised once, and remembers the
answers; tests/test_eyecite_courts.py compares it with eyecite's own over every court string.
"""

from __future__ import annotations

from functools import lru_cache

_installed = False
original = None  # eyecite's own get_court_by_paren, once replaced (the tests compare the two)


def court_lookup(courts, nonword):
    """get_court_by_paren over `courts` (courts_db.courts) with `nonword` (regex's [^\\w])."""
    normalized = [(nonword.sub("", court["citation_string"]).lower(), court["id"]) for court in courts]
    exact: dict = {}
    for string, court_id in normalized:
        exact.setdefault(string, court_id)

    @lru_cache(maxsize=4096)
    def fast_court_by_paren(paren_string: str):
        court_str = nonword.sub("", paren_string).lower()
        if not court_str:
            return None
        if court_str in exact:
            return str(exact[court_str])
        court_code = None
        for string, court_id in normalized:
            if string.startswith(court_str):
                court_code = court_id
        return court_code

    return fast_court_by_paren


def get_citations(text: str):
    """eyecite.get_citations(text), eyecite's court lookup replaced once by the fast one."""
    global _installed, original
    import eyecite.helpers as helpers
    from eyecite import get_citations as eyecite_citations

    if not _installed:
        _installed = True
        if getattr(helpers.get_court_by_paren, "__module__", "") == "eyecite.helpers":  # eyecite's own, not someone else's patch
            import regex
            from courts_db import courts

            original = helpers.get_court_by_paren
            helpers.get_court_by_paren = court_lookup(courts, regex.compile(r"[^\w]"))
    return eyecite_citations(text)
