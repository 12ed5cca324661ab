"""Case citations in free text, found with eyecite (Free Law Project) and checked offline: a U.S.
Reports volume given a year decades off, a pin cite before the case's first page.  Warnings only:
foiagen reads no case law, so it says what looks wrong and leaves the check to the writer."""

from __future__ import annotations

import re

from ..facts import us_reports_volumes
from ._base import Example, Rule, declare
from ._text import Lazy

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13

RULES = declare(
    "cases",
    Rule("case-year-mismatch", "warning",
         "A case is cited to a volume of the United States Reports with a year far from that volume's years (\"Dep't of "
         "Air Force v. Rose, 425 U.S. 352 (1992)\": volume 425 is of 1975-76). The volumes' years are GovInfo's "
         "(foiagen/data/us-reports-volumes.yaml, made by tools/us_reports_volumes.py); between them foiagen interpolates, "
         "with a margin of five years.",
         Example(_BG + "See Dep't of Air Force v. Rose, 425 U.S. 352 (1992).\n", where=(12, 45)),
         Example(_BG + "See Dep't of Air Force v. Rose, 425 U.S. 352 (1976).\n"),
         hint="check the volume and the year of the decision"),
    Rule("pin-cite-before-page", "warning",
         "A case citation's pin cite is before its first page (\"425 U.S. 352, 340\"): a pin cite points into the opinion, "
         "which starts at the first page.",
         Example(_BG + "See Dep't of Air Force v. Rose, 425 U.S. 352, 340 (1976).\n", where=(12, 59)),
         Example(_BG + "See Dep't of Air Force v. Rose, 425 U.S. 352, 360 (1976).\n"),
         hint="check the pin cite: it is a page at or after the first page"),
)

MARGIN = 5  # years beyond the interpolated years of a volume that are still believed
EXTRAPOLATE = 40  # volumes past the last one read whose years are still estimated
# a volume, a reporter and a page, other than a statute or a rule ("425 U.S. 352", "5 F.4th 10"); only then is eyecite loaded
_CASE_HINT = Lazy(r"\b\d{1,4}\s+(?!U\.?\s?S\.?\s?C)(?!C\.?\s?F\.?\s?R)(?!Fed\.\s?Reg)(?!Stat\.)[A-Z][A-Za-z0-9.'\u2019 ]{0,24}?\s\d{1,5}\b")


def volume_years(volume: int) -> tuple[float, float] | None:
    """The years a U.S. Reports volume is of, read or interpolated; None outside what the data covers."""
    table = us_reports_volumes()
    for (v1, a1, b1), (v2, a2, b2) in zip(table, table[1:]):
        if v1 <= volume <= v2:
            share = (volume - v1) / (v2 - v1) if v2 != v1 else 0.0
            return a1 + share * (a2 - a1), b1 + share * (b2 - b1)
    (v1, a1, _), (v2, a2, b2) = table[-2], table[-1]
    if v2 < volume <= v2 + EXTRAPOLATE:
        per_year = (v2 - v1) / max(1, a2 - a1)
        return a2 + (volume - v2) / per_year, b2 + (volume - v2) / per_year + 1
    return None


def case_citations(ctx) -> None:
    """Case citations found by eyecite in each paragraph, checked against what is known offline."""
    for para in ctx.paras:
        if not _CASE_HINT.search(para.text):
            continue
        from eyecite.models import FullCaseCitation  # noqa: PLC0415 (lazy: eyecite and its lxml load only for case citations)

        from ._eyecite import get_citations

        for cite in get_citations(para.text):
            if isinstance(cite, FullCaseCitation):
                _check_year(ctx, para, cite)
                _check_pin(ctx, para, cite)


def _check_year(ctx, para, cite) -> None:
    groups, year = cite.groups, cite.metadata.year
    if groups.get("reporter") != "U.S." or not year or not str(groups.get("volume", "")).isdigit():
        return
    years = volume_years(int(groups["volume"]))
    if years is None or years[0] - MARGIN <= int(year) <= years[1] + MARGIN:
        return
    start, end = cite.span()
    known = f"{round(years[0])}" if round(years[0]) == round(years[1]) else f"{round(years[0])}-{round(years[1])}"
    ctx.report("case-year-mismatch", ctx.at(para, start, end),
               f"{para.text[start:end]} is cited with the year {year}, but volume {groups['volume']} of the United States "
               f"Reports is of about {known}")


def _check_pin(ctx, para, cite) -> None:
    pin, page = cite.metadata.pin_cite, cite.groups.get("page")
    first = re.match(r"\s*(?:at\s+)?(\d+)", pin or "")
    if first is None or not str(page or "").isdigit() or int(first.group(1)) >= int(page):
        return
    end = cite.metadata.pin_cite_span_end or cite.span()[1]
    start = para.text.find(first.group(1), max(0, end - len(pin) - 1), end + 1)
    start = start if start >= 0 else cite.span()[0]
    ctx.report("pin-cite-before-page", ctx.at(para, start, start + len(first.group(1))),
               f"the pin cite {first.group(1)} is before page {page}, where {para.text[cite.span()[0]:cite.span()[1]]} begins")
