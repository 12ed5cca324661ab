"""Rules of who speaks and what the letter says in its own words: a letter dated where the registry
holds no rule of an agency, joint letters across departments, the urgency prong's dissemination
showing, lists in text, and enclosures (raised by foiagen/spec while it reads, and here)."""

from __future__ import annotations

from .. import model as m
from ._base import Example, Rule, declare, report

RULES = declare(
    "voices",
    Rule("rule-not-in-registry", "warning", "The registry holds no FOIA regulation of an addressed agency in force on the "
         "letter's date; the letter cites the statute alone for it.",
         Example("date: 2012-01-05\n", "date: 2026-03-02\n", (1, 1)), Example("date: 2026-01-05\n", "date: 2026-03-02\n"),
         hint="nothing to fix if the date is right: the letter cites the statute alone; check the date (YYYY-MM-DD) if it is not"),
    Rule("joint-departments", "warning", "One letter is addressed to agencies of different departments; each department must "
         "receive its own request (and a portal-only department cannot take a letter addressed to another).",
         Example("agencies: [ice, fbi]\n", "agencies: [ice]\n", (6, 1)), Example("agencies: [ice, cbp]\n", "agencies: [ice]\n"),
         hint="render with --per-agency to write one letter per agency"),
    Rule("urgency-without-dissemination", "error", "The urgency-to-inform ground is claimed without a showing that the "
         "requester is primarily engaged in disseminating information (expedite.dissemination or a requester description).",
         Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: true\n", "", (13, 13)),
         Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  dissemination: [The Clinic publishes a weekly newsletter.]\n"
                 "  certification: true\n", ""),
         hint="add expedite.dissemination (or a requester description) saying how the requester disseminates information"),
    Rule("bad-list", "error", "A list in text has a start that is not a number, letter or roman numeral, or a nested list "
         "with no item before it.",
         Example('purpose:\n  - list: [One, Two]\n    start: "2.#"\n', "", (14, 12)),
         Example('purpose:\n  - list: [One, Two]\n    start: "2.a"\n', ""),
         hint='start a list with a number, a letter or a roman numeral, optionally after a prefix: "3", "c", "iv", "2.a"'),
    Rule("enclosure-not-found", "error", "An enclosure's `file:` names a file that does not exist (the path is relative to the spec).",
         Example("enclosures:\n  - text: Obituary, 3 pp.\n    file: nowhere.pdf\n", "", (14, 11)),
         Example("enclosures:\n  - Obituary, 3 pp.\n", ""),
         hint="the file path is relative to the spec file that names it"),
    Rule("bad-house-style", "error", "A spec's `house_style:` names no file, or a file that is not a usable Word document.",
         Example("house_style: nowhere.docx\n", "", (12, 14)),
         hint="name a .docx file beside the spec (its path is relative to the spec)"),
    Rule("bad-enclosure", "error", "An enclosure's `file:` is not a PDF (only PDFs can be appended with --attach).",
         hint="save the enclosure as a PDF, or list it without `file:`"),
)


def check_voices(request: m.Request, root, registry) -> list:
    """Agencies whose rule the registry lacks on the letter's date; one letter to several departments."""
    out = []
    if request.date >= registry.earliest_statute_date():
        for reg in dict.fromkeys(a.regulation for a in request.agencies if a.regulation):
            if registry.lookup(reg, "regulation", request.date) is None:
                names = ", ".join(a.name_for_text for a in request.agencies if a.regulation == reg)
                out.append(report("rule-not-in-registry", root.where("date"),
                                  f"foiagen's registry holds no FOIA regulation of {names} in force on {request.date}; "
                                  "the letter cites the statute alone for it"))
    for a in request.agencies:
        if not a.regulation:
            out.append(report("rule-not-in-registry", root.where("agencies"),
                              f"foiagen's registry holds no FOIA regulation of {a.name_for_text}; the letter cites the statute alone for it"))
    departments: dict = {}
    for a in request.agencies:
        departments.setdefault(a.department or a.id, []).append(a.name_for_text)
    if len(departments) > 1:
        groups = "; ".join(", ".join(names) for names in departments.values())
        portal = any(a.portal_only(request.date) for a in request.agencies)
        extra = ", and a portal-only department cannot take a letter addressed to another department" if portal else ""
        out.append(report("joint-departments", root.where("agencies"),
                          f"one letter is addressed to agencies of different departments ({groups}); each department must "
                          f"receive its own request{extra}"))
    return out
