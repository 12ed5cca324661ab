"""Finding offices in the directory by the words a person would type: name, abbreviation, alias, parent, region, city.

Every word of the query must match the office (its id, abbreviation or alias exactly, or the
start of a word of its name, office lines, aliases, parent or address; numbers match whole).
When no office matches every word, the offices that match the first word (the agency, as
people type it: "osha atlanta") and the most words are given; so an unknown id is answered
only with offices of its own name family, never with another agency a few letters away.
"""

from __future__ import annotations

import re

_SPLIT = re.compile(r"[^a-z0-9&]+")
ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "x": "10"}


def words(text: str) -> list[str]:
    return [w for w in _SPLIT.split(text.lower()) if w]


def index_entry(office: dict, parent: dict | None) -> tuple[list[str], list[str]]:
    """(exact keys, text words) of one office, as compiled data (tools/build_registry.py stores them)."""
    abbreviation = office.get("abbreviation", "")
    ids = (office["id"], *office.get("ids", ()))
    aliases = office.get("aliases", ())
    keys = {*ids, abbreviation.lower(), *aliases, *words(abbreviation)} | {w for k in ids for w in k.split("-")}
    text = set(words(office["name"])) | {w for line in (*office.get("office", ())[:1], *aliases) for w in words(line)}
    # office lines and the city: words only (a suite number is no region number)
    text |= {w for line in (*office.get("office", ()), *office.get("address", ())[-1:]) for w in words(line) if not w.isdigit()}
    if parent is not None:
        parent_abbreviation = parent.get("abbreviation", "")
        keys |= {parent["id"], parent_abbreviation.lower(), *words(parent_abbreviation)}
        text |= set(words(parent["name"]))
    text |= {ROMAN[w] for w in text if w in ROMAN}
    return sorted(k for k in keys if k), sorted(text)


class _Index:
    """The compiled index (foiagen/data/search.json): each office's keys and words; offices are read only when found."""

    def __init__(self, registry):
        import json
        import os

        from . import data  # the data folder's path (foiagen.registry imports this module: no cycle back)

        with open(os.path.join(os.path.dirname(data.__file__), "search.json"), "rb") as f:
            data = json.loads(f.read())
        self.registry = registry
        self.ids = data["ids"]
        self.keys = [set(k) for k in data["keys"]]
        self.texts = data["texts"]

    def matches(self, i: int, token: str) -> int:
        """2 = a key is the token; 1 = a word starts with it (numbers: is it); 0 = no match."""
        if token in self.keys[i]:
            return 2
        text = self.texts[i]
        if token.isdigit() or len(token) < 3:
            return 1 if token in text else 0
        return 1 if any(w.startswith(token) for w in text) else 0


def _index(registry) -> _Index:
    """The registry's search index, built on first use and kept on the registry."""
    if registry.search_index is None:
        registry.search_index = _Index(registry)
    return registry.search_index


def search(registry, query: str) -> tuple[list, bool]:
    index = _index(registry)
    q = " ".join(query.lower().split())
    exact = [registry.agencies[index.ids[i]] for i in range(len(index.ids)) if q in index.keys[i]]
    if exact:
        return exact, True
    tokens = words(q)
    if not tokens:
        return [], False
    scored = []
    for i in range(len(index.ids)):
        hits = [index.matches(i, t) for t in tokens]
        count = sum(1 for h in hits if h)
        if count:
            scored.append((count, hits[0] > 0, sum(hits), i))
    if not scored:
        return [], False
    best = max(c for c, *_ in scored)
    group = [s for s in scored if s[0] == best]
    if best < len(tokens):  # only offices of the family the first word names ("osha atlanta": OSHA)
        group = [s for s in group if s[1]]
        if not group:
            return [], False
    top = max(s[2] for s in group)
    return [registry.agencies[index.ids[i]] for *_, w, i in sorted(group, key=lambda s: s[3]) if w == top], best == len(tokens)
