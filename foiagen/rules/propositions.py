"""Provisions cited for what they do not say: a law's name with another law's number, a provision
cited for the wrong proposition, an expedite certification in words other than the statute's."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import certification, propositions, statute_names
from ._base import Example, Rule, declare
from ._text import Lazy
from .citations import PATH_552

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13

RULES = declare(
    "propositions",
    Rule("name-number-mismatch", "error",
         "A law is named with another law's number: \"the Privacy Act, 5 U.S.C. § 552\" (§ 552 is FOIA; the Privacy Act "
         "is § 552a), \"FOIA, § 552a\". The names and numbers are in foiagen/data/facts.yaml.",
         Example(_BG + "We ask under the Privacy Act, 5 U.S.C. § 552.\n", where=(12, 52)),
         Example(_BG + "We ask under the Freedom of Information Act, 5 U.S.C. § 552.\n"),
         hint="match the name to the number: FOIA is § 552, the Privacy Act § 552a, the Sunshine Act § 552b"),
    Rule("wrong-provision-for-proposition", "error",
         "A provision is cited for a proposition it does not hold: a fee waiver cited to the fee-category clause "
         "(§ 552(a)(4)(A)(ii)), expedited processing cited to the fee provisions. The proposition is read from the nearest "
         "topic words before the citation; what each provision holds comes from the citation registry.",
         Example(_BG + "We ask for a fee waiver under 5 U.S.C. § 552(a)(4)(A)(ii).\n", where=(12, 52)),
         Example(_BG + "We ask for a fee waiver under 5 U.S.C. § 552(a)(4)(A)(iii).\n"),
         hint="cite the provision that holds the proposition, or use {cite: …} to let foiagen print it"),
    Rule("certification-wording", "warning",
         "Free text certifies facts in words other than the statute's for expedited processing, \"true and correct to the "
         "best of … knowledge and belief\" (5 U.S.C. § 552(a)(6)(E)(vi)).",
         Example(_BG + "We certify that these statements are true and accurate.\n", where=(12, 16)),
         Example(_BG + "We certify that these statements are true and correct to the best of our knowledge and belief.\n"),
         hint="certify the facts \"true and correct to the best of [our] knowledge and belief\""),
)

_SECTION = r"(?:5\s*U\.?\s?S\.?\s?C\.?\s*)?(?:§§?\s*)?(?P<sec>552[ab]?)(?![\w])"
_CERTIFY = Lazy(r"(?i)\bcertif\w*")
_TRUTH = Lazy(r"(?i)\b(?:true|correct|accurate)\b")


@lru_cache(maxsize=1)
def _name_patterns():
    names = sorted(statute_names(), key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    name = rf"(?P<name>\b(?i:{alternation})\b)"
    return (re.compile(rf"{name}(?:\s+of\s+\d{{4}})?\s*[,(]?\s*{_SECTION}"),
            re.compile(rf"{_SECTION}[,\s]*\(?\s*(?:the\s+)?{name}"))


def names_and_numbers(ctx) -> None:
    """'The Privacy Act, 5 U.S.C. § 552': a law's name beside another law's number."""
    names = statute_names()
    for para in ctx.paras:
        text = para.text
        if "552" not in text:
            continue
        seen = set()
        for pattern in _name_patterns():
            for mt in pattern.finditer(text):
                name, sec = " ".join(mt.group("name").split()), mt.group("sec")
                named = names[name.lower()]
                if named == sec or mt.start("sec") in seen:
                    continue
                seen.add(mt.start("sec"))
                start = text.rfind("§", max(0, mt.start("sec") - 3), mt.start("sec"))
                start = start if start >= 0 else mt.start("sec")
                ctx.report("name-number-mismatch", ctx.at(para, start, mt.end("sec")),
                           f"'{name}' is 5 U.S.C. § {named}, but it is cited as § {sec}",
                           f"write the {name} as 5 U.S.C. § {named}, or name the law § {sec} is")


def _statute_meanings(registry, on) -> dict[tuple, list[str]]:
    """The registry's statute citations in force on `on`: path elements -> their meanings."""
    out: dict[tuple, list[str]] = {}
    authority = registry.authorities.get("foia") if registry is not None else None
    for meaning, entries in (authority.citations.items() if authority is not None else ()):
        for c in entries:
            mt = re.search(r"552((?:\([A-Za-z0-9]+\))*)$", c.cite)
            if mt and c.in_force(on):
                out.setdefault(tuple(re.findall(r"\(([A-Za-z0-9]+)\)", mt.group(1))), []).append(meaning)
    return out


def _topic(para, start: int):
    """The proposition whose words stand nearest before `start` (within 300 characters: a citation sentence
    supports the sentence before it), else nearest after it in its own sentence."""
    _, end = para.sentence(start)
    window = max(0, start - 300)
    text = para.text[window:end].lower().replace("-", " ")  # "news-media status" is "news media status"
    before, after = None, None
    for prop in propositions():
        for word in prop["words"]:
            for mt in re.finditer(re.escape(word), text):
                at = window + mt.start()
                if at < start and (before is None or start - at < before[0]):
                    before = (start - at, prop)
                elif at >= start and (after is None or at - start < after[0]):
                    after = (at - start, prop)
    best = before or after
    return best[1] if best else None


def wrong_propositions(ctx) -> None:
    """A statute provision cited for a proposition that the registry gives another provision."""
    meanings = None
    for para in ctx.paras:
        if "552(" not in para.text:
            continue
        for mt in PATH_552.finditer(para.text):
            prop = _topic(para, mt.start())
            if prop is None:
                continue
            meanings = meanings if meanings is not None else _statute_meanings(ctx.registry, ctx.request.date)
            elements = tuple(re.findall(r"\(([A-Za-z0-9]+)\)", mt.group("path")))
            held = next((meanings[elements[:n]] for n in range(len(elements), 0, -1) if elements[:n] in meanings), [])
            if not held or any(m.startswith(r) for m in held for r in prop["right"]):
                continue
            if any(m.startswith(w) for m in held for w in prop["wrong"]):
                right = ctx.registry.lookup("foia", prop["right"][0], ctx.request.date) if ctx.registry else None
                start = para.text.rfind("§", max(0, mt.start() - 3), mt.start("path"))
                ctx.report("wrong-provision-for-proposition", ctx.at(para, start if start >= 0 else mt.start(), mt.end()),
                           f"§ 552{mt.group('path')} is the statute's provision on {held[0].replace('.', ' ').replace('_', ' ')}, "
                           f"not on {prop['topic']}" + (f"; {prop['topic']} is {right.cite}" if right else ""))


def certification_words(ctx) -> None:
    """A certification of facts that does not use the statute's words."""
    statute = re.compile(certification()["pattern"], re.I)
    for para in ctx.paras:
        if "ertif" not in para.text:
            continue
        for mt in _CERTIFY.finditer(para.text):
            s, e = para.sentence(mt.start())
            sentence = para.text[s:e]
            if not _TRUTH.search(sentence) or statute.search(sentence.replace("\u2019", "'")):
                continue
            ctx.report("certification-wording", ctx.at(para, mt.start(), mt.end()),
                       f"this certification does not use the statute's words, \"{certification()['words']}\"")
            break
