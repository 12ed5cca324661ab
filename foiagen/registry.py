"""The registry: agencies and the citations in force on a letter's date, loaded once from data files."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from collections.abc import Mapping
from functools import lru_cache
import os

from . import model as m

PRINTABLE = {"full_text", "heading_only", "cross_reference", "pre_amendment", "preamble"}  # see citations.yaml
STATUTE = "foia"


@dataclass(frozen=True)
class Citation:
    meaning: str
    authority: str
    cite: str
    source: str
    verification: str
    start: dt.date | None
    end: dt.date | None
    agency_only: bool = False
    note: str = ""
    route_to: tuple[str, ...] = ()  # directory ids of the office a rule requires the request be sent to

    def in_force(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Authority:
    id: str
    kind: str  # statute | regulation
    name: str
    part: str
    citations: dict  # meaning -> tuple[Citation, ...] (several when a rule changed over time)


@dataclass(frozen=True)
class AgencyEntry:
    id: str
    name: str
    abbreviation: str = ""
    kind: str = "component"
    parent: str = ""
    regulation: str = ""
    also_regulations: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    office: tuple[str, ...] = ()
    officer: m.Officer = m.Officer()
    address: tuple[str, ...] = ()
    email: str = ""
    portal: str = ""
    channels: tuple[m.Channel, ...] = ()
    portal_only_from: dt.date | None = None
    appeal: dict = field(default_factory=dict)  # authority (or "unknown" + reason), address, portal, email, window
    source: str = ""
    as_of: str = ""
    article: str | None = None  # None: model.default_article decides
    department: str = ""  # the top-level department's id (its own id for a department)
    regulation_status: dict = field(default_factory=dict)  # {"status": "unknown", "reason": ...} where no rule is known
    facts: dict = field(default_factory=dict)  # address/email/portal -> {"as_of", "source"}
    ids: tuple[str, ...] = ()  # other ids that name this office (18F's, for one)
    extra: dict = field(default_factory=dict)  # phone, fax, website, processing_medians, older_records, origin

    def to_model(self) -> m.Agency:
        return m.Agency(
            id=self.id, name=self.name, abbreviation=self.abbreviation,
            department=self.department or self.parent or self.id, regulation=self.regulation, office=self.office,
            officer=self.officer, address=self.address, email=self.email, portal=self.portal,
            channels=self.channels, portal_only_from=self.portal_only_from, also_regulations=self.also_regulations,
            article=self.article if self.article is not None else m.default_article(self.name),
        )

    def portal_only(self, on: dt.date) -> bool:
        return self.portal_only_from is not None and on >= self.portal_only_from

    def fact_age(self, fact: str, on: dt.date) -> int | None:
        """Days from the date `fact` was seen to `on`; None when undated."""
        seen = (self.facts.get(fact) or {}).get("as_of", "")
        try:
            return (on - dt.date.fromisoformat(seen)).days
        except ValueError:
            return None


@dataclass
class Registry:
    agencies: dict[str, AgencyEntry]
    authorities: dict[str, Authority]
    sources: dict[str, dict] = field(default_factory=dict)
    changes: list = field(default_factory=list)  # the CHANGES section of citations.yaml
    _ids: dict | None = field(default=None, repr=False)
    abbreviations: dict = field(default_factory=dict)  # office id -> abbreviation (without loading every office)
    names: dict = field(default_factory=dict)  # office id -> name (likewise)
    search_index: object = field(default=None, repr=False)  # foiagen.search's, built on first search
    mention_index: object = field(default=None, repr=False)  # (pattern, form -> ids) of the names and abbreviations

    def search_agencies(self, query: str | None) -> list[AgencyEntry]:
        """The offices `query` names (see foiagen.search): all of its words if any office has them all."""
        return self.search(query)[0]

    def search(self, query: str | None) -> tuple[list[AgencyEntry], bool]:
        """(offices, whether they match every word of the query)."""
        if not query or not query.strip():
            return list(self.agencies.values()), True
        from .search import search

        return search(self, query)

    def authority_for_part(self, part: str) -> str | None:
        """The id of the regulation whose part or citation is `part` ("32 C.F.R. Part 1900"), spacing and case aside."""
        key = " ".join(part.lower().replace("cfr", "c.f.r.").split())
        for authority in self.authorities.values():
            cites = {authority.part.lower(), *(c.cite.lower() for c in authority.citations.get("regulation", ()))}
            if authority.kind == "regulation" and key in cites:
                return authority.id
        return None

    def agency(self, agency_id: str) -> AgencyEntry | None:
        """The office with this id, or with this as one of its other ids."""
        key = agency_id.lower()
        found = self.agencies.get(key)
        if found is None:
            other = self._other_ids().get(key)
            found = self.agencies.get(other) if other else None
        return found

    def _other_ids(self) -> dict[str, str]:
        if self._ids is None:
            self._ids = {i: a.id for a in self.agencies.values() for i in a.ids}
        return self._ids

    def earliest_statute_date(self) -> dt.date:
        return min(c.start for cs in self.authorities[STATUTE].citations.values() for c in cs if c.start)

    def lookup(self, authority_id: str, meaning: str, on: dt.date) -> Citation | None:
        authority = self.authorities.get(authority_id)
        if authority is None:
            return None
        for citation in authority.citations.get(meaning, ()):
            if citation.in_force(on) and citation.verification in PRINTABLE:
                return citation
        return None

    def cites(self, meaning: str, regulations, on: dt.date, statute: bool = True) -> list[Citation]:
        """The statute's provision (if asked) then each regulation's, in force on `on`."""
        out = []
        ids = ([STATUTE] if statute else []) + [r for r in dict.fromkeys(regulations) if r]
        for authority_id in ids:
            citation = self.lookup(authority_id, meaning, on)
            if citation is not None:
                out.append(citation)
        return out

    def known_meaning(self, meaning: str) -> bool:
        return any(meaning in a.citations for a in self.authorities.values())


def _date(value) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


COMPILED = "registry.json"
OFFICES = "agencies.jsonl"


def data_path(name: str) -> str:
    """A file of the package's data folder (a plain path: importlib.resources costs ~10 ms to import)."""
    from . import data

    return os.path.join(os.path.dirname(data.__file__), name)


def compiled_data() -> dict:
    """The compiled registry (foiagen/data/registry.json, made by tools/build_registry.py).

    Only files inside the package are read: no cache in the user's home can change a citation.
    The offices are in agencies.jsonl, one a line, read when asked for; registry.json says
    where each one's line is.  tests/test_registry_build.py checks both are what the data
    files compile to.
    """
    with open(data_path(COMPILED), "rb") as f:
        return json.loads(f.read())


class Offices(Mapping):
    """The directory's offices by id, each parsed from agencies.jsonl the first time it is asked for."""

    def __init__(self, index: dict, lines: bytes | None = None):
        self._index, self._lines, self._parsed = index, lines, {}

    def _data(self) -> bytes:
        if self._lines is None:
            with open(data_path(OFFICES), "rb") as f:
                self._lines = f.read()
        return self._lines

    def __getitem__(self, key: str) -> AgencyEntry:
        found = self._parsed.get(key)
        if found is None:
            start, length = self._index[key]
            if self._lines is None:  # one office: read its line alone
                with open(data_path(OFFICES), "rb") as f:
                    f.seek(start)
                    line = f.read(length)
            else:
                line = self._lines[start : start + length]
            found = self._parsed[key] = _agency(json.loads(line))
        return found

    def values(self):
        self._data()
        return super().values()

    def items(self):
        self._data()
        return super().items()

    def __iter__(self):
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def __contains__(self, key) -> bool:
        return key in self._index


def _citation(auth_id: str, meaning: str, e: dict) -> Citation:
    return Citation(
        meaning=meaning, authority=auth_id, cite=e["cite"], source=e["source"],
        verification=e["verification"], start=_date(e.get("from")), end=_date(e.get("until")),
        agency_only=bool(e.get("agency_only", False)), note=e.get("note", ""),
        route_to=tuple(e.get("route_to", ())),
    )


_EXTRA = ("phone", "fax", "website", "processing_medians", "older_records", "origin")


def _agency(e: dict) -> AgencyEntry:
    officer = e.get("officer") or {}
    return AgencyEntry(
        id=e["id"], name=e["name"], abbreviation=e.get("abbreviation", ""), kind=e.get("kind", "component"),
        parent=e.get("parent", ""), regulation=e.get("regulation", ""), also_regulations=tuple(e.get("also_regulations", ())),
        aliases=tuple(e.get("aliases", ())),
        office=tuple(e.get("office", ())), officer=m.Officer(officer.get("name", ""), officer.get("title", "")),
        address=tuple(e.get("address", ())), email=e.get("email", ""), portal=e.get("portal", ""),
        channels=tuple(m.Channel(c["channel"], _date(c.get("from")), _date(c.get("until"))) for c in e.get("channels", ())),
        portal_only_from=_date(e.get("portal_only_from")), appeal=dict(e.get("appeal") or {}),
        source=e.get("source", ""), as_of=str(e.get("as_of", "")), department=e.get("department", ""),
        regulation_status=dict(e.get("regulation_status") or {}), facts=dict(e.get("facts") or {}),
        ids=tuple(e.get("ids", ())), extra={k: e[k] for k in _EXTRA if k in e}, article=e.get("article"),
    )


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    raw = compiled_data()
    authorities = {}
    for auth_id, auth in raw["authorities"].items():
        citations = {meaning: tuple(_citation(auth_id, meaning, e) for e in (entries if isinstance(entries, list) else [entries]))
                     for meaning, entries in auth["citations"].items()}
        authorities[auth_id] = Authority(auth_id, auth["kind"], auth["name"], auth.get("part", ""), citations)
    return Registry(Offices(raw["index"]), authorities, raw.get("sources", {}), list(raw.get("changes", ())),
                    _ids=raw.get("other_ids", {}), abbreviations=raw.get("abbreviations", {}), names=raw.get("names", {}))
