"""The registry: agencies and the citations in force on a letter's date, loaded once from data files."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml

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
    appeal: dict = field(default_factory=dict)  # authority, address, portal, email
    source: str = ""
    as_of: str = ""
    article: str | None = None  # None: model.default_article decides

    def to_model(self) -> m.Agency:
        return m.Agency(
            id=self.id, name=self.name, abbreviation=self.abbreviation,
            department=self.parent or self.id, regulation=self.regulation, office=self.office,
            officer=self.officer, address=self.address, email=self.email, portal=self.portal,
            channels=self.channels, portal_only_from=self.portal_only_from, also_regulations=self.also_regulations,
            article=self.article if self.article is not None else m.default_article(self.name),
        )

    def match_rank(self, query: str) -> int:
        """0 = no match; 2 = the id, abbreviation or an alias is the query; 1 = a word starts with it."""
        q = " ".join(query.lower().split())
        if not q:
            return 1
        if q in (self.id, self.abbreviation.lower(), *self.aliases):
            return 2
        texts = [self.name.lower(), *self.aliases]
        if any(f" {q}" in f" {t}" for t in texts):  # the query starts a word (or several)
            return 1
        return 0


@dataclass
class Registry:
    agencies: dict[str, AgencyEntry]
    authorities: dict[str, Authority]
    sources: dict[str, dict] = field(default_factory=dict)
    changes: list = field(default_factory=list)  # the CHANGES section of citations.yaml

    def search_agencies(self, query: str | None) -> list[AgencyEntry]:
        """Agencies matching `query`: exact ids/abbreviations/aliases if any, else word matches."""
        if not query:
            return list(self.agencies.values())
        ranked = [(a.match_rank(query), a) for a in self.agencies.values()]
        best = max((r for r, _ in ranked), default=0)
        return [a for r, a in ranked if r == best and r > 0]

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


def _load_yaml(name: str):
    """A registry data file, parsed; from foiagen's cache when the file is unchanged.

    Parsing the two data files costs about 15 ms a process; reading the same data back as
    JSON costs under 1 ms.  The cache entry is named by a hash of the file's bytes, so an
    edited file is parsed afresh; it ends with a hash of its own JSON, so a damaged entry
    (a changed citation, say) is parsed afresh too; and JSON, unlike pickle, cannot run code.
    """
    import hashlib

    raw = resources.files("foiagen.data").joinpath(name).read_bytes()
    from .cache import cache_dir

    folder = cache_dir("registry")
    entry = None
    if folder:
        import os

        entry = os.path.join(folder, f"{name}.{hashlib.sha256(raw).hexdigest()[:32]}.json")
        try:
            with open(entry, "rb") as f:
                payload, _, digest = f.read().rpartition(b"\n")
            # the entry ends with a hash of its own payload: a damaged entry is never believed
            if payload and hashlib.sha256(payload).hexdigest().encode() == digest:
                return json.loads(payload, object_hook=_from_json)
        except (OSError, ValueError):
            pass
    data = yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if entry:
        from .cache import write_entry

        payload = json.dumps(data, default=_to_json, ensure_ascii=False).encode("utf-8")
        write_entry(entry, payload + b"\n" + hashlib.sha256(payload).hexdigest().encode())
    return data


def _to_json(value):
    if isinstance(value, dt.date):  # YAML dates (datetimes are not used in the data files)
        return {"$date": value.isoformat()}
    raise TypeError(f"{type(value).__name__} in a registry data file")


def _from_json(obj: dict):
    if len(obj) == 1 and "$date" in obj:
        return dt.date.fromisoformat(obj["$date"])
    return obj


@lru_cache(maxsize=1)
def load_registry() -> Registry:
    raw = _load_yaml("citations.yaml")
    authorities = {}
    for auth_id, auth in raw["authorities"].items():
        citations: dict = {}
        for meaning, entries in auth["citations"].items():
            entries = entries if isinstance(entries, list) else [entries]
            citations[meaning] = tuple(
                Citation(
                    meaning=meaning, authority=auth_id, cite=e["cite"], source=e["source"],
                    verification=e["verification"], start=_date(e.get("from")), end=_date(e.get("until")),
                    agency_only=bool(e.get("agency_only", False)), note=e.get("note", ""),
                    route_to=tuple(e.get("route_to", ())),
                )
                for e in entries
            )
        authorities[auth_id] = Authority(auth_id, auth["kind"], auth["name"], auth.get("part", ""), citations)
    agencies = {}
    for e in _load_yaml("agencies.yaml"):
        officer = e.get("officer") or {}
        entry = AgencyEntry(
            id=e["id"], name=e["name"], abbreviation=e.get("abbreviation", ""), kind=e.get("kind", "component"),
            parent=e.get("parent", ""), regulation=e.get("regulation", ""), also_regulations=tuple(e.get("also_regulations", ())),
            aliases=tuple(e.get("aliases", ())),
            office=tuple(e.get("office", ())), officer=m.Officer(officer.get("name", ""), officer.get("title", "")),
            address=tuple(e.get("address", ())), email=e.get("email", ""), portal=e.get("portal", ""),
            channels=tuple(m.Channel(c["channel"], _date(c.get("from")), _date(c.get("until"))) for c in e.get("channels", ())),
            portal_only_from=_date(e.get("portal_only_from")),
            appeal=dict(e.get("appeal") or {}), source=e.get("source", ""), as_of=str(e.get("as_of", "")),
            article=e.get("article"),
        )
        agencies[entry.id] = entry
    # components follow their department's portal-only rule and appeal block unless they say otherwise
    for entry in list(agencies.values()):
        parent = agencies.get(entry.parent)
        if parent is None:
            continue
        if entry.portal_only_from is None and parent.portal_only_from is not None:
            entry = agencies[entry.id] = replace(entry, portal_only_from=parent.portal_only_from)
        if not entry.appeal and parent.appeal:
            agencies[entry.id] = replace(entry, appeal=dict(parent.appeal))
    return Registry(agencies, authorities, raw.get("sources", {}), list(raw.get("changes", ())))
