"""The facts validate's rules check letters against, read once from foiagen/data/facts.yaml.

Each fact carries its source and date in the data file; this module only reads them into
small typed values.  Nothing here imports the rules (the rules and portal.py import this).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Renumbering:
    """An agency rule's section `old` (C.F.R. `title`) that took another number on `renumbered`."""

    title: str
    old: str
    now: str
    meaning: str
    topics: tuple[str, ...]
    now_topics: tuple[str, ...]
    agency: str
    renumbered: dt.date
    source: str


@lru_cache(maxsize=1)
def load_facts() -> dict:
    import yaml

    text = resources.files("foiagen.data").joinpath("facts.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@lru_cache(maxsize=1)
def renumbered_sections() -> tuple[Renumbering, ...]:
    return tuple(
        Renumbering(str(e["title"]), str(e["old"]), str(e["now"]), e["meaning"], tuple(e["topics"]),
                    tuple(e["now_topics"]), e["agency"], e["renumbered"], e["source"])
        for e in load_facts()["renumbered_sections"]
    )


@lru_cache(maxsize=1)
def usc5_sections_near_552() -> frozenset:
    return frozenset(map(str, load_facts()["usc5_sections_near_552"]["sections"]))


def portal_field_limit() -> int:
    return int(load_facts()["portal_field_limit"]["characters"])


@dataclass(frozen=True)
class ParagraphMove:
    """A paragraph of section `section` (C.F.R. `title`) that moved from `old` to `now` on `renumbered`."""

    title: str
    section: str
    old: str
    now: str
    meaning: str
    topics: tuple[str, ...]
    agency: str
    renumbered: dt.date
    source: str


@lru_cache(maxsize=1)
def paragraph_moves() -> tuple[ParagraphMove, ...]:
    return tuple(ParagraphMove(str(e["title"]), str(e["section"]), e["old"], e["now"], e["meaning"], tuple(e["topics"]),
                               e["agency"], e["renumbered"], e["source"]) for e in load_facts()["paragraph_moves"])


@lru_cache(maxsize=1)
def statute_structure() -> dict[str, tuple[str, ...]]:
    """Each provision of 5 U.S.C. § 552 that has paragraphs ("(a)(6)(E)") -> their designations."""
    import yaml

    text = resources.files("foiagen.data").joinpath("usc552-structure.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return {str(parent): tuple(map(str, children)) for parent, children in data["children"].items()}


@lru_cache(maxsize=1)
def rule_paragraphs() -> dict[str, list[dict]]:
    """Authority id -> the provisions whose paragraph list was read: {provision, children, from, source}."""
    out: dict[str, list[dict]] = {}
    for e in load_facts()["rule_paragraphs"]:
        out.setdefault(e["authority"], []).append(dict(e, children=tuple(map(str, e["children"]))))
    return out


@lru_cache(maxsize=1)
def statute_names() -> dict[str, str]:
    """A name of a law in lowercase ("privacy act") -> the section of 5 U.S.C. it names ("552a")."""
    return {name.lower(): str(section) for section, names in load_facts()["statute_names"]["sections"].items() for name in names}


def propositions() -> list[dict]:
    return load_facts()["propositions"]


def certification() -> dict:
    return load_facts()["certification"]


@lru_cache(maxsize=1)
def us_reports_volumes() -> tuple[tuple[int, int, int], ...]:
    """(volume, first year, last year) of the U.S. Reports volumes whose years were read, by volume."""
    import yaml

    text = resources.files("foiagen.data").joinpath("us-reports-volumes.yaml").read_text(encoding="utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return tuple(sorted((int(v["volume"]), int(v["from"]), int(v["to"])) for v in data["volumes"]))
