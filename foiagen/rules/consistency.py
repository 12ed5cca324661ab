"""Facts that contradict each other: an event's year in the description and in the records sought;
a Re: line naming an agency the letter is not addressed to."""

from __future__ import annotations

import re

from ._base import Example, Rule, declare
from ._text import Lazy

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13

RULES = declare(
    "consistency",
    Rule("event-year-mismatch", "warning",
         "The description and the records sought give an event different years (\"the 2019 contract with Clearview AI\" "
         "in the background, \"the 2020 contract with Clearview AI\" in a record category): one of them is a slip, and "
         "the agency will search the wrong year.",
         Example("    - Records of the 2020 contract with Clearview AI.\n" + _BG + "ICE signed the 2019 contract with Clearview AI.\n",
                 "    - All contracts since 2024.\n", (9, 22)),
         Example("    - Records of the 2019 contract with Clearview AI.\n" + _BG + "ICE signed the 2019 contract with Clearview AI.\n",
                 "    - All contracts since 2024.\n"),
         hint="give the event the same year everywhere"),
    Rule("subject-agency-mismatch", "warning",
         "The Re: line names only agencies the letter is not addressed to (\"FOIA request to CBP\" in a letter to ICE): "
         "a letter reused for another agency with its Re: line left behind.",
         Example("subject: FOIA request to U.S. Customs and Border Protection\n", "subject: Records about detention contracts\n", (3, 26)),
         Example("subject: FOIA request to ICE about detention contracts\n", "subject: Records about detention contracts\n"),
         hint="name the addressed agency in the subject, or address the letter to the agency it names"),
)

_EVENT_NOUNS = (r"contracts?|agreements?|memorand(?:um|a)|MOUs?|MOAs?|polic(?:y|ies)|directives?|audits?|reports?|raids?"
                r"|operations?|pilots?|programs?|purchases?|awards?|settlements?|inspections?|investigations?|studies|study"
                r"|guidance|memos?|rules?|surveys?|reviews?")
_YEAR_FIRST = Lazy(rf"\b(?P<year>(?:19|20)\d\d)\s+(?P<noun>{_EVENT_NOUNS})\b(?P<rest>[^.;:]{{0,60}})")
_YEAR_AFTER = Lazy(rf"\b(?P<noun>{_EVENT_NOUNS})\b(?P<rest>[^.;:\d]{{0,50}}?)\b(?:in|of|from|dated|during)\s+"
                   rf"(?:[A-Z][a-z]+\.?\s+)?(?:\d{{1,2}},\s+)?(?P<year>(?:19|20)\d\d)\b")
_NAME = re.compile(r"\b[A-Z][\w&-]*")
_NOT_NAMES = {"The", "A", "An", "In", "On", "Of", "For", "All", "Any", "This", "That", "These", "Records", "Record"}


_A_YEAR = re.compile(r"(?:19|20)\d\d")  # what both patterns need: a paragraph without one names no event's year


def _events(para):
    """(key, names, year, offset of the year) of each event named with a year: key = (noun, names that identify it)."""
    if not _A_YEAR.search(para.text):
        return
    for pattern in (_YEAR_FIRST, _YEAR_AFTER):
        for mt in pattern.finditer(para.text):
            names = tuple(n for n in _NAME.findall(mt.group("rest")) if n not in _NOT_NAMES)
            if names:
                yield (mt.group("noun").lower().rstrip("s"), frozenset(names)), " ".join(names), mt.group("year"), mt.start("year")


def event_years(ctx) -> None:
    """An event whose year in the records sought is none of the years the description gives it."""
    records = {id(p) for p in ctx.record_paras}
    described: dict = {}
    for para in ctx.paras:
        if id(para) not in records:
            for key, _, year, _ in _events(para):
                described.setdefault(key, set()).add(year)
    if not described:
        return
    for para in ctx.record_paras:
        for key, names, year, at in _events(para):
            if key in described and year not in described[key]:
                given = " or ".join(sorted(described[key]))
                ctx.report("event-year-mismatch", ctx.at(para, at, at + 4),
                           f"the records sought date the {key[0]} ({names}) {year}, but the description gives it {given}")


def _mention_index(registry):
    """Every office's name and abbreviation, by first character, longest first, and which offices
    each form names (built once per registry; a dict, not one alternation of ~900 names, whose
    compile cost every render process about 15 ms)."""
    if registry.mention_index is None:
        forms: dict[str, list[str]] = {}
        for agency_id, name in registry.names.items():
            abbreviation = registry.abbreviations.get(agency_id, "")
            found = [abbreviation] if abbreviation and abbreviation.isupper() and len(abbreviation) >= 2 else []
            if len(name) >= 10:
                found += [name, name.removeprefix("U.S. ")]
            for form in dict.fromkeys(found):
                forms.setdefault(form, []).append(agency_id)
        by_first: dict[str, list[str]] = {}
        for form in sorted(forms, key=len, reverse=True):
            by_first.setdefault(form[0], []).append(form)
        registry.mention_index = (by_first, forms)
    return registry.mention_index


def _is_word(ch: str) -> bool:
    """A character of a name (re's \\w, or a hyphen): a form must not start or end beside one."""
    return ch.isalnum() or ch in "_-"


def find_mentions(index, text: str):
    """(offset, form) of each form in the text, left to right, the longest at each offset, none
    overlapping, each standing alone (no letter, digit, _ or - just before or after it)."""
    by_first, _ = index
    pos, end = 0, len(text)
    while pos < end:
        form = None
        if text[pos] in by_first and (pos == 0 or not _is_word(text[pos - 1])):
            form = next((f for f in by_first[text[pos]] if text.startswith(f, pos)
                         and (pos + len(f) == end or not _is_word(text[pos + len(f)]))), None)
        if form is None:
            pos += 1
            continue
        yield pos, form
        pos += len(form)


def _mentions(ctx, text: str):
    """(offset, length, directory entry) of each agency the text names by abbreviation or full name."""
    registry = ctx.registry
    if registry is None:
        return
    index = _mention_index(registry)
    for start, form in find_mentions(index, text):
        for agency_id in index[1][form]:
            yield start, len(form), registry.agencies[agency_id]


def _addressed(ctx, entry) -> bool:
    """Whether a directory entry is an addressed agency, its department, or one of its components."""
    for agency in ctx.request.agencies:
        if entry.id and entry.id in (agency.id, agency.department) or (entry.parent and entry.parent == agency.id):
            return True
        if entry.abbreviation and entry.abbreviation == agency.abbreviation or entry.name == agency.name:
            return True
    return False


def subject_agencies(ctx) -> None:
    """A Re: line that names agencies, none of which the letter is addressed to."""
    para = ctx.subject
    if para is None:
        return
    mentions = sorted(_mentions(ctx, para.text), key=lambda m: (m[0], -m[1]))
    if not mentions or any(_addressed(ctx, entry) for _, _, entry in mentions):
        return
    start, length, entry = mentions[0]
    names = ", ".join(a.name_for_text for a in ctx.request.agencies)
    ctx.report("subject-agency-mismatch", ctx.at(para, start, start + length),
               f"the Re: line names {entry.name}, but the letter is addressed to {names}")
