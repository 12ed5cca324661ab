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
