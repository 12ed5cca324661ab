"""Citations of agency rules (C.F.R.) in free text: another agency's rule, a renumbered section,
a Federal Register page written as a C.F.R. one."""

from __future__ import annotations

from ..facts import renumbered_sections
from ._base import Example, Rule, declare
from ._text import Lazy, long_date

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13
_TO_EOIR = (("agencies: [ice]", "agencies: [{name: Executive Office for Immigration Review, abbreviation: EOIR, department: doj}]"),)

RULES = declare(
    "regulations",
    Rule("wrong-agency-regulation", "error",
         "Free text cites a FOIA regulation (by C.F.R. title and part) that is not the rule of any addressed agency, "
         "such as DHS's 6 C.F.R. Part 5 in a letter to EOIR (a DOJ component, 28 C.F.R. Part 16).",
         Example(_BG + "Expedition is governed by 6 C.F.R. § 5.5(e).\n", where=(12, 39), also=_TO_EOIR),
         Example(_BG + "Expedition is governed by 28 C.F.R. § 16.5(e).\n", also=_TO_EOIR),
         hint="cite the addressed agency's own rule, or use {rule: …} to let foiagen print it"),
    Rule("superseded-section", "warning",
         "Free text cites a regulation section by a number the agency renumbered before the letter's date, with the "
         "old section's topic nearby (such as DHS's old § 5.9 on appeals, today § 5.8). The renumberings, with their "
         "dates and sources, are listed in foiagen/data/facts.yaml.",
         Example(_BG + "An appeal would lie under 6 C.F.R. § 5.9.\n", where=(12, 48)),
         Example(_BG + "An appeal would lie under 6 C.F.R. § 5.8.\n"),
         hint="cite the current section, or use {rule: appeal} to let foiagen print it"),
    Rule("fr-as-cfr", "error",
         "A Federal Register page is written as a C.F.R. citation (\"81 C.F.R. 83625\"): the C.F.R. has 50 titles, and its "
         "sections have a dot.",
         Example(_BG + "DHS published its rule at 81 C.F.R. 83625.\n", where=(12, 39)),
         Example(_BG + "DHS published its rule at 81 Fed. Reg. 83,625.\n"),
         hint="write the Federal Register as 81 Fed. Reg. 83,625 (2016)"),
)

CFR = Lazy(
    r"(?<![\d,.])\b(?P<title>\d{1,3})\s*C\.?\s?F\.?\s?R\.?(?:\s*(?P<kind>§§?|[Pp]arts?|[Pp]ts?\.|[Ss]ec(?:tions?|s?\.)))?"
    r"\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?P<sec>\d+[a-z]?))?")
_BARE_SECTION = Lazy(r"(?<![\w.§])(?P<kind>§§?)\s*(?P<num>\d+)\.(?P<sec>\d+[a-z]?)")
_LIST_TAIL = Lazy(r"(?:\([A-Za-z0-9]{1,5}\))*\s*(?:,|;)?\s*(?:and|or|&)?\s*(?:§\s*)?(?P<num>\d+)\.(?P<sec>\d+[a-z]?)")


def cfr_citations(ctx) -> None:
    """C.F.R. citations: Federal Register pages, other agencies' rules, renumbered sections."""
    for para in ctx.paras:
        text = para.text
        has_cfr = "CFR" in text or "C.F.R" in text or "C. F. R" in text
        if not has_cfr and "§" not in text:
            continue
        spans = []
        for mt in CFR.finditer(text) if has_cfr else ():
            spans.append((mt.start(), mt.end()))
            _cfr_citation(ctx, para, mt)
        if "§" in text:
            _bare_sections(ctx, para, spans)


def _cfr_citation(ctx, para, mt) -> None:
    text = para.text
    title, num, sec, kind = mt.group("title"), mt.group("num"), mt.group("sec"), mt.group("kind") or ""
    cite = text[mt.start() : mt.end()]
    page = int(title) > 50 or "," in num or (sec is None and (len(num) >= 5 or (kind.startswith("§") and len(num) >= 3)))
    if page:
        if int(title) > 50 or "," in num or len(num) >= 5:
            ctx.report("fr-as-cfr", ctx.at(para, mt.start(), mt.end()),
                       f"{cite} looks like a Federal Register page, not a C.F.R. citation (the C.F.R. has 50 titles; its sections have a dot)",
                       f"write {title} Fed. Reg. {int(num.replace(',', '')):,} and the year")
        else:
            ctx.report("fr-as-cfr", ctx.at(para, mt.start(), mt.end()),
                       f"{cite} has no dot, so it is no C.F.R. section: a Federal Register page, or a part?",
                       f"write {title} Fed. Reg. {num} for a page, or {title} C.F.R. Part {num} for a part")
        return
    _wrong_agency(ctx, para, mt, title, num, cite)
    sections = [(num, sec, mt.start("num"))] if sec else []
    if sec and kind == "§§":
        sections += _list_tail(text, mt.end())
    for n, s, at in sections:
        _superseded(ctx, para, title, f"{n}.{s}", at)


def _bare_sections(ctx, para, spans) -> None:
    """Sections cited without a title (§ 5.9) that are in an addressed agency's part."""
    for mt in _BARE_SECTION.finditer(para.text):
        if any(a <= mt.start() < b for a, b in spans):
            continue
        sections = [(mt.group("num"), mt.group("sec"), mt.start())]
        if mt.group("kind") == "§§":
            sections += _list_tail(para.text, mt.end())
        for n, s, at in sections:
            for title, part in ctx.addressed_parts:
                if part == n:
                    _superseded(ctx, para, title, f"{n}.{s}", at)


def _list_tail(text: str, pos: int) -> list:
    out = []
    while True:
        mt = _LIST_TAIL.match(text, pos)
        if mt is None:
            return out
        out.append((mt.group("num"), mt.group("sec"), mt.start("num")))
        pos = mt.end()


def _wrong_agency(ctx, para, mt, title, part, cite) -> None:
    auth = ctx.foia_parts.get((title, part))
    if auth is None or (title, part) in ctx.addressed_parts or not ctx.all_regs_known or not ctx.request.agencies:
        return
    names = ", ".join(a.name_for_text for a in ctx.request.agencies)
    theirs = "; ".join(sorted({ctx.registry.authorities[r].part for a in ctx.request.agencies for r in a.regulations}))
    ctx.report("wrong-agency-regulation", ctx.at(para, mt.start(), mt.end()),
               f"{cite} is in {auth.part} ({auth.name}), but this letter goes to {names}, whose FOIA rule is {theirs}")


def _superseded(ctx, para, title, section, at) -> None:
    for old in renumbered_sections():
        if old.title != title or old.old != section or ctx.request.date < old.renumbered:
            continue
        s, e = para.sentence(at)
        s = max(s, para.text.rfind(";", s, at) + 1, at - 120)
        semi = para.text.find(";", at, e)
        clause = para.text[s : min(e if semi < 0 else semi, at + 120)].lower()
        if not any(topic in clause for topic in old.topics) or any(topic in clause for topic in old.now_topics):
            continue
        start = section_sign_before(para.text, at)
        now = f"{old.agency}'s current rule has it at § {old.now}" if old.now else f"{old.agency}'s current rule has no § {old.old}"
        ctx.report("superseded-section", ctx.at(para, start, at + len(section)),
                   f"§ {section} was {old.agency}'s section on {old.meaning} until its rule was renumbered on "
                   f"{long_date(old.renumbered)}; {now}")


def section_sign_before(text: str, at: int) -> int:
    """Where a citation starting at `at` begins: at its § (or §§) when one stands right before the number."""
    before = text[max(0, at - 4) : at]
    sign = before.rstrip().rfind("§")
    if sign < 0:
        return at
    start = at - len(before) + sign
    while start > 0 and text[start - 1] == "§":
        start -= 1
    return start
