"""Citations of the statute in free text: § 552 typos, the Privacy Act for FOIA, letter case,
agency-only expedite grounds cited to the statute."""

from __future__ import annotations

import re

from ..facts import usc5_sections_near_552
from ._base import Example, Rule, declare
from ._text import Lazy
from .regulations import CFR

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13

RULES = declare(
    "citations",
    Rule("citation-typo", "error",
       "Free text cites a section of 5 U.S.C. one keystroke away from FOIA's § 552 that is not a real neighbour "
       "(§ 522, § 525, § 5522, …): the October 2020 seed letter's \"5 U.S.C. § 522\".",
       Example(_BG + "Under 5 U.S.C. § 522, the public may ask for records.\n", where=(12, 28)),
       Example(_BG + "Under 5 U.S.C. § 552, the public may ask for records.\n"),
       hint="FOIA is 5 U.S.C. § 552"),
    Rule("privacy-act-for-foia", "warning",
       "Free text cites § 552a, the Privacy Act, in a FOIA letter that is not a request for one's own records (`subject_person` with request_by subject or representative), where the Privacy Act governs (§ 552(a) is FOIA's subsection (a)).",
       Example(_BG + "This request is made under 5 U.S.C. § 552a.\n", where=(12, 49)),
       Example(_BG + "This request is made under 5 U.S.C. § 552(a)(3).\n"),
       hint="§ 552a is the Privacy Act; FOIA is § 552"),
    Rule("citation-case", "error",
       "A § 552 subsection path has a letter in the wrong case: levels go (a), (4), (A), (iii), (II), (aa); "
       "also exemption subparagraphs such as (b)(7)(c) for (b)(7)(C), and a C.F.R. section's paragraphs, which go (a), (1), "
       "(i), (A) (\"6 C.F.R. § 5.5(E)(1)\" for § 5.5(e)(1)).",
       Example(_BG + "Fees may be waived under 5 U.S.C. § 552(A)(4)(a)(iii).\n", where=(12, 52)),
       Example(_BG + "Fees may be waived under 5 U.S.C. § 552(a)(4)(A)(iii).\n"), hint='write the level in its case: (a)(4)(A)(iii)(II)(aa); exemption 7(C) is (b)(7)(C)'),
    Rule("agency-only-ground-cited-to-statute", "error",
       "A sentence cites the statute's § 552(a)(6)(E) for an expedite ground only agency rules have "
       "(loss of due process rights; media interest raising questions about the government's integrity).",
       Example(_BG + "The loss of due process rights compels expedition under 5 U.S.C. § 552(a)(6)(E).\n", where=(12, 78)),
       Example(_BG + "The loss of due process rights compels expedition under 6 C.F.R. § 5.5(e)(1)(iii).\n"),
       hint="cite the agency's rule (e.g. DHS 6 C.F.R. § 5.5(e)(1)(iii)), or put the facts under expedite.grounds.due_process"),
)

USC5 = Lazy(
    r"\b5\s*U\.?\s?S\.?\s?C\.?(?:A\.?)?\s*(?:(?P<sign>§§?)\s*|(?:[Ss]ec(?:tion|\.)|[Ss]s?\.)\s*)?(?P<sec>\d+[a-z]?)(?![\w])"
    r"|(?P<bare>§§?)\s*(?P<bsec>552a)\b")
PATH_552 = Lazy(r"(?:§§?\s*|U\.?\s?S\.?\s?C\.?\s*|[Ss]ection\s+)552(?P<path>(?:\([A-Za-z0-9]{1,5}\))+)")
_EXEMPTION_PATH = Lazy(r"(?<![\w)\]])\(b\)\((?P<n>\d)\)\((?P<el>[a-z])\)"
                             r"|\b[Ee]xemptions?\s+(?P<n2>\d)\((?P<el2>[a-z])\)")
_E_PATH = Lazy(r"552\s*\(a\)\s*\(6\)\s*\([Ee]\)|(?<![\w)])\(a\)\(6\)\(E\)")
_AGENCY_ONLY = Lazy(r"(?i)\bdue[\s-]+process\b|\bmedia\s+interest\b|\bgovernment(?:'|\u2019)?s?\s+integrity\b"
                          r"|\bintegrity\s+of\s+(?:the\s+)?government\b")


def edit1(a: str, b: str) -> bool:
    """Whether a and b differ by one keystroke: a substitution, insertion, deletion or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_LEVELS = (
    (Lazy(r"[a-z]$"), "a lowercase letter"),
    (Lazy(r"\d+$"), "a number"),
    (Lazy(r"[A-Z]$"), "a capital letter"),
    (Lazy(r"[ivxl]+$"), "a lowercase roman numeral"),
    (Lazy(r"[IVXL]+$"), "a capital roman numeral"),
    (Lazy(r"([a-z])\1$"), "a doubled lowercase letter"),
)


# the paragraphs of a C.F.R. section: (a) letter, (1) number, (i) roman, (A) capital (1 C.F.R. § 21.11)
_CFR_LEVELS = (_LEVELS[0], _LEVELS[1], _LEVELS[3], _LEVELS[2])
_FOIA_PATHS = "FOIA's paths go (a) letter, (4) number, (A) capital, (iii) roman, (II) capital roman, (aa)"
_CFR_PATHS = "a C.F.R. section's paragraphs go (a) letter, (1) number, (i) roman, (A) capital"


def path_case_errors(elements: list[str], first_level: int = 0, levels=_LEVELS) -> list[int]:
    """Indexes of the elements of a path (§ 552's, or `levels`') whose letters are in the wrong case."""
    wrong = []
    for i, el in enumerate(elements):
        level = first_level + i
        if level >= len(levels):
            break
        pattern = levels[level][0]
        if pattern.match(el):
            continue
        if el.swapcase() != el and pattern.match(el.swapcase()):
            wrong.append(i)
            continue
        break  # not FOIA's structure (a skipped level, another statute): stop reading
    return wrong




def usc_sections(ctx) -> None:
    person = ctx.request.subject_person
    privacy_act_governs = person is not None and person.first_party  # one's own records: the Privacy Act is the law
    for para in ctx.paras:
        text = para.text
        if "552" not in text and "U.S.C" not in text and "USC" not in text and "(b)(" not in text and "xemption" not in text:
            continue
        for mt in USC5.finditer(text):
            sec = mt.group("sec") or mt.group("bsec")
            start = mt.start("sign") if mt.group("sign") else mt.start("bare") if mt.group("bare") else mt.start("sec")
            end = mt.end()
            cite = text[start:end]
            if sec == "552a" and privacy_act_governs:
                continue
            if sec == "552a":
                ctx.report("privacy-act-for-foia", ctx.at(para, start, end),
                            f"{cite} is the Privacy Act, not FOIA; a FOIA request cites {ctx.statute_cite('foia')}")
            elif sec not in usc5_sections_near_552() and edit1(sec, "552"):
                ctx.report("citation-typo", ctx.at(para, start, end),
                            f"5 U.S.C. {cite} is one keystroke from FOIA's § 552, and it is not FOIA; did you mean § 552?")
        for mt in PATH_552.finditer(text):
            elements = re.findall(r"\(([A-Za-z0-9]+)\)", mt.group("path"))
            wrong = path_case_errors(elements)
            if wrong:
                _case_error(ctx, para, mt.start("path"), elements, wrong, 0, "§ 552")
        for mt in _EXEMPTION_PATH.finditer(text):
            el = mt.group("el") or mt.group("el2")
            if mt.group("el") and el in "ivxl":
                continue  # (b)(7)(i) reads as a C.F.R. paragraph as well
            start = mt.start("el") if mt.group("el") else mt.start("el2")
            n = mt.group("n") or mt.group("n2")
            ctx.report("citation-case", ctx.at(para, start - 1, start + 2),
                        f"({el}) in (b)({n})({el}) is in the wrong case: the subparagraphs of FOIA's exemptions are capital letters; write (b)({n})({el.upper()})",
                        "subparagraphs of the exemptions are capital letters: (b)(7)(C)")

def _case_error(ctx, para, path_start, elements, wrong, first_level, name, levels=_LEVELS, hint=_FOIA_PATHS) -> None:
    fixed = list(elements)
    for i in wrong:
        fixed[i] = elements[i].swapcase()
    offset = path_start + sum(len(e) + 2 for e in elements[: wrong[0]])
    what = "; ".join(f"({elements[i]}) should be ({fixed[i]}), {levels[first_level + i][1]}" for i in wrong)
    ctx.report("citation-case", ctx.at(para, offset, offset + len(elements[wrong[0]]) + 2),
                f"{name}{''.join(f'({e})' for e in elements)} has letters in the wrong case: {what}; "
                f"write {name}{''.join(f'({e})' for e in fixed)}", hint)


_CFR_TAIL = Lazy(r"(?:\([A-Za-z0-9]{1,5}\))+")


def cfr_path_cases(ctx) -> None:
    """Paragraphs of a C.F.R. section in the wrong case: "6 C.F.R. § 5.5(E)(1)" for § 5.5(e)(1)."""
    for para in ctx.paras:
        text = para.text
        if "C.F.R" not in text and "CFR" not in text:
            continue
        for mt in CFR.finditer(text):
            tail = _CFR_TAIL.match(text, mt.end()) if mt.group("sec") else None
            if tail is None:
                continue
            elements = re.findall(r"\(([A-Za-z0-9]+)\)", tail.group(0))
            wrong = path_case_errors(elements, 0, _CFR_LEVELS)
            if wrong:
                name = f"{mt.group('title')} C.F.R. § {mt.group('num')}.{mt.group('sec')}"
                _case_error(ctx, para, tail.start(), elements, wrong, 0, name, _CFR_LEVELS, _CFR_PATHS)


def agency_only_grounds(ctx) -> None:
    for para in ctx.paras:
        text = para.text
        if "(6)" not in text:
            continue
        for mt in _E_PATH.finditer(text):
            s, e = para.sentence(mt.start())
            sentence = text[s:e]
            ground = _AGENCY_ONLY.search(sentence)
            if ground is None or CFR.search(sentence):
                continue
            start = mt.start()
            before = text[max(s, start - 3) : start]
            if "§" in before:
                start = s + text[s:start].rfind("§")
                while start > s and text[start - 1] == "§":
                    start -= 1
            ctx.report("agency-only-ground-cited-to-statute", ctx.at(para, start, mt.end()),
                        f"'{ground.group(0)}' is an expedite ground of agency rules only; the statute, "
                        f"{ctx.statute_cite('expedite')}, has only an imminent threat to life or safety and the urgency to "
                        "inform the public")
