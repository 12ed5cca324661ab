"""Provisions cited in free text that the law does not have on the letter's date: a paragraph the
statute or the addressed agency's rule lacks, a paragraph a renumbering moved, a stray U.S.C. form."""

from __future__ import annotations

import re

from ..facts import paragraph_moves, rule_paragraphs, statute_structure, usc5_sections_near_552
from ._base import Example, Rule, declare
from ._text import Lazy, long_date
from .citations import PATH_552, USC5, edit1, path_case_errors
from .regulations import CFR, section_sign_before

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13
_TO_EOIR = (("agencies: [ice]", "agencies: [eoir]"),)

RULES = declare(
    "provisions",
    Rule("nonexistent-provision", "error",
         "Free text cites a paragraph that the statute (5 U.S.C. § 552, as the Code gives it) or the addressed agency's rule "
         "does not have, such as § 552(a)(6)(E)(v)(III): (v) has only (I) and (II). The statute's paragraphs are in "
         "foiagen/data/usc552-structure.yaml (made by tools/usc552_structure.py); the agency rules' in facts.yaml.",
         Example(_BG + "Expedition is due under 5 U.S.C. § 552(a)(6)(E)(v)(III).\n", where=(12, 63)),
         Example(_BG + "Expedition is due under 5 U.S.C. § 552(a)(6)(E)(v)(II).\n"),
         hint="check the paragraph in the statute or the rule, or use {cite: …} to let foiagen print it"),
    Rule("paragraph-moved", "warning",
         "Free text cites a paragraph of an agency rule that a renumbering moved before the letter's date, with its old "
         "topic nearby (expedited processing at DHS § 5.5(d) after Dec. 22, 2016, or DOJ § 16.5(d) after May 4, 2015: "
         "a stale template's paragraph). The moves, with dates and sources, are in foiagen/data/facts.yaml.",
         Example(_BG + "We ask for expedited processing under 28 C.F.R. § 16.5(d).\n", where=(12, 61), also=_TO_EOIR),
         Example(_BG + "We ask for expedited processing under 28 C.F.R. § 16.5(e).\n", also=_TO_EOIR),
         hint="cite the current paragraph, or use {rule: expedite} to let foiagen print it"),
    Rule("usc-form", "warning",
         "A citation of title 5 is written without its section sign or with \"USC\" (\"5 USC 552\", \"5 U.S.C. 552\"): "
         "courts and agencies write 5 U.S.C. § 552.",
         Example(_BG + "This request is made under 5 U.S.C. 552.\n", where=(12, 40)),
         Example(_BG + "This request is made under 5 U.S.C. § 552.\n"),
         hint="write 5 U.S.C. § 552"),
)

_PARAGRAPHS = Lazy(r"(?:\([A-Za-z0-9]{1,5}\))+")
_ELEMENT = re.compile(r"\(([A-Za-z0-9]+)\)")


def _path(elements) -> str:
    return "".join(f"({e})" for e in elements)


def _first_missing(children_of, start: str, elements: list[str]) -> tuple[int, str, tuple] | None:
    """(index, parent path, its children) of the first element that its parent does not have."""
    parent = start
    for i, el in enumerate(elements):
        children = children_of(parent)
        if not children:
            return None  # a paragraph whose subdivisions the data does not list: nothing to check
        if el not in children:
            return i, parent, children
        parent += f"({el})"
    return None


def statute_paths(ctx) -> None:
    """Paths of § 552 that the statute does not have."""
    structure = statute_structure()
    for para in ctx.paras:
        if "552" not in para.text:
            continue
        for mt in PATH_552.finditer(para.text):
            elements = _ELEMENT.findall(mt.group("path"))
            if path_case_errors(elements):
                continue  # citation-case reports it; the corrected path is checked once it is fixed
            missing = _first_missing(structure.get, "", elements)
            if missing is not None:
                _report_missing(ctx, para, mt.start("path"), elements, missing, ctx.statute_cite("foia"), "the statute")


def _report_missing(ctx, para, path_start, elements, missing, name, whose) -> None:
    i, parent, children = missing
    offset = path_start + sum(len(e) + 2 for e in elements[:i])
    have = ", ".join(f"({c})" for c in children[:-1]) + (" and " if len(children) > 1 else "") + f"({children[-1]})"
    ctx.report("nonexistent-provision", ctx.at(para, offset, offset + len(elements[i]) + 2),
               f"{name}{_path(elements)}: {whose} has no ({elements[i]}) in {name}{parent}, whose paragraphs are {have}")


def rule_paths(ctx) -> None:
    """Paragraphs of an addressed agency's rule that it does not have, or that a renumbering moved."""
    for para in ctx.paras:
        text = para.text
        if "C.F.R" not in text and "CFR" not in text:
            continue
        for mt in CFR.finditer(text):
            title, part, sec = mt.group("title"), mt.group("num"), mt.group("sec")
            tail = _PARAGRAPHS.match(text, mt.end())
            if sec is None or tail is None or (title, part) not in ctx.addressed_parts:
                continue
            section, elements = f"{part}.{sec}", _ELEMENT.findall(tail.group(0))
            _rule_paragraph(ctx, para, ctx.foia_parts[(title, part)], section, elements, tail.start())
            _moved_paragraph(ctx, para, title, section, elements, tail.start(), section_sign_before(text, mt.start("num")))


def _rule_paragraph(ctx, para, authority, section, elements, path_start) -> None:
    for entry in rule_paragraphs().get(authority.id, ()):
        provision = entry["provision"]
        if not provision.startswith(section + "(") or ctx.request.date < entry["from"] \
                or ("until" in entry and ctx.request.date >= entry["until"]):
            continue
        known = _ELEMENT.findall(provision[len(section):])
        if elements[: len(known)] != known or len(elements) <= len(known):
            continue
        if elements[len(known)] not in entry["children"]:
            missing = (len(known), provision[len(section):], entry["children"])
            _report_missing(ctx, para, path_start, elements, missing, f"{authority.part.split(' Part ')[0]} § {section}",
                            f"{authority.name} (in force on {long_date(ctx.request.date)})")
            return


def _moved_paragraph(ctx, para, title, section, elements, path_start, cite_start) -> None:
    for move in paragraph_moves():
        if move.title != title or move.section != section or ctx.request.date < move.renumbered:
            continue
        old = _ELEMENT.findall(move.old)
        if elements[: len(old)] != old:
            continue
        s, e = para.sentence(path_start)
        if not any(topic in para.text[s:e].lower() for topic in move.topics):
            continue
        ctx.report("paragraph-moved", ctx.at(para, cite_start, path_start + len(move.old)),
                   f"§ {section}{move.old} is not {move.agency}'s paragraph on {move.meaning} since its rule was renumbered on "
                   f"{long_date(move.renumbered)}: {move.meaning} is § {section}{move.now}",
                   f"cite § {section}{move.now}, or use {{rule: expedite}} to let foiagen print it")


def usc_forms(ctx) -> None:
    """'5 USC 552' and '5 U.S.C. 552': a title-5 citation without its section sign, offered the standard form."""
    real = usc5_sections_near_552()
    for para in ctx.paras:
        text = para.text
        if "U" not in text:
            continue
        for mt in USC5.finditer(text):
            sec = mt.group("sec")
            if sec is None or mt.group("sign") or "A" in text[mt.start() : mt.start("sec")].replace("U.S.C", ""):
                continue  # with §, or the annotated U.S.C.A.
            words = text[mt.start() : mt.start("sec")]
            if re.search(r"[Ss]ec|[Ss]s?\.", words[words.find("C") + 1 :]) or (sec not in real and edit1(sec, "552")):
                continue  # "5 U.S.C. section 552" is prose; a typo of 552 is citation-typo's
            ctx.report("usc-form", ctx.at(para, mt.start(), mt.end()),
                       f"{text[mt.start():mt.end()]} is not the standard form of the citation; write 5 U.S.C. § {sec}",
                       f"write 5 U.S.C. § {sec}")
