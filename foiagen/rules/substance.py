"""The substance of a request: record categories without a date limit or nearly repeated,
a short name misspelt, a number like a Social Security number, a date after the letter's."""

from __future__ import annotations

import re

from .. import model as m
from ._base import Example, Rule, declare
from ._text import Lazy, dates_in, has_date_words, long_date

_BG = "background: "  # examples append a background paragraph at line 12, text at column 13

RULES = declare(
    "substance",
    Rule("category-without-date-limit", "warning",
       "A record category has no date range (its own or records.date_range) and no date words in its text or items: "
       "an agency may search all years, or call the request too broad.",
       Example("    - All contracts.\n", "    - All contracts since 2024.\n", (9, 7)),
       Example("    - All contracts.\n  date_range: {from: 2024-01-01}\n", "    - All contracts since 2024.\n"),
       hint="add date_range: {from: …} to the category or to records, or say \"created on or after …\""),
    Rule("duplicate-category", "warning",
       "Two record categories ask for nearly the same records: three quarters of their words alike, in order, or most "
       "items the same, and the same agencies, offices and years named (the October 2020 seed letter's items 10 and 19).",
       Example("    - All contracts since 2024.\n    - All of the contracts since 2024.\n", "    - All contracts since 2024.\n", (10, 7)),
       Example("    - All contracts since 2024.\n    - All inspection reports since 2024.\n", "    - All contracts since 2024.\n"),
       hint="merge them, or say how they differ"),
    Rule("inconsistent-short-name", "warning",
       "Free text has an all-caps name one letter away from a requester's short name (\"IDF\" where IDP is defined) "
       "that is no requester, agency or component abbreviation.",
       Example(_BG + "IDF asks for these records.\n", where=(13, 13),
               also=(("  - organization: Example Clinic\n", "  - organization: Immigrant Defense Project\n    short_name: IDP\n"),)),
       Example(_BG + "IDP asks for these records.\n",
               also=(("  - organization: Example Clinic\n", "  - organization: Immigrant Defense Project\n    short_name: IDP\n"),)), hint="use the requester's short name as defined, or define this one as a requester, agency or component abbreviation"),
    Rule("ssn-like-number", "warning",
       "Free text holds a number shaped like a Social Security number (NNN-NN-NNNN): it does not belong in a FOIA "
       "letter about someone else's records.",
       Example(_BG + "The officer's number is 123-45-6789.\n", where=(12, 37)),
       Example(_BG + "The contract number is 70CMSD20P00000130.\n"),
       hint="remove it; a first-party request proves identity by the agency's own procedure"),
    Rule("date-after-letter", "warning",
       "Free text gives a date later than the letter's own date, as if it cited an event that had not happened "
       "(unless the sentence looks ahead: scheduled, until, will, …).",
       Example(_BG + "On March 9, 2026, ICE announced the contract.\n", where=(12, 16)),
       Example(_BG + "On March 1, 2026, ICE announced the contract.\n"),
       hint="check the date, and the letter's date"),
)

_FORWARD_WORDS = Lazy(
    r"(?i)\b(?:scheduled|expected|planned|anticipated|upcoming|until|through|expir\w*|deadline|due|will|no later than)\b")
_SSN = Lazy(r"\d{3}-\d{2}-\d{4}")  # its ends and the numbers never issued are checked apart
_CAPS = Lazy(r"[A-Z]{2,}(?:-[A-Z]+)*")  # a name in capitals (ICE, ACLU-NC); its ends are checked apart
_STATES = set("AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
              "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU VI AS MP".split())
_WORD = Lazy(r"[a-z0-9]+")
_IDENTIFIER = Lazy(r"\b(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9][A-Z0-9-]{7,}\b|\bA-(?:file|number)\b|\bNo\.\s*\d")
_DEFINED_TERM = Lazy(r"\(the [\"\u201c]([A-Z][\w ]{1,40})[\"\u201d]\)")
_PROPER = Lazy(r"(?<=[a-z,] )[A-Z][a-z]{2,}")  # a capitalized word inside a sentence: a name (Clearview, Palantir)
_SENTENCE_WORDS = frozenset()
_LEADING = {"all", "any", "and", "or", "of", "the", "every", "each", "such", "other", "copies", "copy", "a", "an"}
_LIMITING = {"about", "regarding", "related", "relating", "concerning", "governing", "between", "with", "from", "that",
             "which", "who", "created", "on", "since", "in", "for", "to", "by", "including", "issued", "sent", "received",
             "dated", "prepared", "used", "held", "maintained", "reflecting", "describing", "discussing", "showing"}
_NAMES_AND_NUMBERS = Lazy(r"\b[A-Z][A-Z&]+\b|\d+")  # acronyms (ICE, HSI) and numbers (2017)


def _category_where(ctx, category: m.Category) -> tuple:
    for seg in category.text:
        if isinstance(seg, m.Run) and seg.text.strip():
            words = seg.text.split()[:3]
            start = seg.text.index(words[0])
            return ctx.loc.words(seg, start, start + len(" ".join(words)))
    return ctx.root.where("records") if ctx.root is not None else ctx.loc.fallback


def categories(ctx) -> None:
    records = ctx.request.records
    bodies = [" ".join([m.rich_plain(c.text), *(m.rich_plain(i) for i in c.items)]) for c in records.categories]
    # terms a category defines for one identified record ("… Award ID 70CMSD20P00000130 (the "Contract")")
    defined = {term for body in bodies if _IDENTIFIER.search(body) for term in _DEFINED_TERM.findall(body)}
    texts = []
    for number, (category, body) in enumerate(zip(records.categories, bodies), 1):
        items = [m.rich_plain(i) for i in category.items]
        if (category.date_range is None and records.date_range is None and not has_date_words(body)
                and not _one_identified_record(body, defined)):
            ctx.report("category-without-date-limit", _category_where(ctx, category),
                        f"record category {number} has no date limit: no date_range and no dates in its text")
        texts.append((number, category, body, items))
    if len(texts) < 2:
        return
    _duplicates(ctx, texts)

def _one_identified_record(body: str, defined: set) -> bool:
    """A category that names one record by its number or file (a contract's award ID, an A-file) or
    by a term defined for such a record: its date is the record's, and no date limit is missing."""
    return bool(_IDENTIFIER.search(body) or any(re.search(rf"\bthe {re.escape(term)}\b", body) for term in defined))


def _head(words: list[str]) -> frozenset:
    """The kinds of record a category asks for: its words before the first word that limits them."""
    head = []
    for word in words:
        if word in _LIMITING:
            break
        if word not in _LEADING:
            head.append(word)
    return frozenset(head)


def _distinct(a: frozenset, b: frozenset) -> bool:
    """Each side has something the other lacks (different records, or different named subjects)."""
    return bool(a - b) and bool(b - a)


def _duplicates(ctx, texts) -> None:
    """Near-duplicate categories: pairs within a group naming the same things, each cut short by
    cheap tests before difflib's ratio."""
    from difflib import SequenceMatcher

    def words(text):
        return _WORD.findall(text.lower().replace("\u2019", "'"))

    prepared = [(number, category, words(body), frozenset(_NAMES_AND_NUMBERS.findall(body)), items)
                for number, category, body, items in texts]
    proper = [frozenset(_PROPER.findall(body)) - _SENTENCE_WORDS for _, _, body, _ in texts]
    heads = [_head(p[2]) for p in prepared]
    item_words: dict = {}

    def items_of(k):
        if k not in item_words:
            item_words[k] = [tuple(words(i)) for i in prepared[k][4]]
        return item_words[k]

    matcher = SequenceMatcher(autojunk=False)
    # only categories naming the same agencies, offices and years can repeat each other
    # (parallel ones differ there), and each is compared with at most the WINDOW before it:
    # linear in the number of categories, not quadratic (red team C10)
    groups: dict = {prepared[0][3]: [0]}
    for j in range(1, len(prepared)):
        number_b, cat_b, words_b, names_b, items_b = prepared[j]
        seq2 = False
        earlier = groups.setdefault(names_b, [])
        for i in earlier[-_WINDOW:] if len(earlier) > _WINDOW else list(earlier):
            number_a, _, words_a, names_a, items_a = prepared[i]
            ratio = 0.0
            # alike words, but different kinds of record or different named subjects, differ in substance
            alike_words = not (_distinct(heads[i], heads[j]) or _distinct(proper[i], proper[j]))
            if alike_words and 2 * min(len(words_a), len(words_b)) >= 0.75 * (len(words_a) + len(words_b)):  # real_quick_ratio
                if not seq2:
                    matcher.set_seq2(words_b)
                    seq2 = True
                matcher.set_seq1(words_a)
                if matcher.quick_ratio() >= 0.75:
                    ratio = matcher.ratio()
            if ratio >= 0.75 or (len(items_a) > 1 and len(items_b) > 1 and _items_contained(items_of(i), items_of(j))):
                alike = f"{ratio:.0%} of their words alike" if ratio >= 0.75 else "most of its items are the same"
                ctx.report("duplicate-category", _category_where(ctx, cat_b),
                            f"record category {number_b} nearly repeats category {number_a} ({alike})")
                break
        earlier.append(j)


_WINDOW = 200  # earlier categories each one is compared with

def short_names(ctx) -> None:
    request = ctx.request
    names = [r.short_name for r in request.requesters
             if r.short_name and r.short_name.replace("-", "").isupper() and 2 <= len(r.short_name.replace("-", "")) <= 8]
    if not names:
        return
    known = {r.short_name for r in request.requesters if r.short_name}
    known |= {w for a in request.agencies for w in (a.abbreviation, *a.abbreviation.split()) if w}
    known |= {w for c in request.components for w in (c.abbreviation, *c.abbreviation.split()) if w}
    if ctx.registry is not None:
        known |= {w for abbr in ctx.registry.abbreviations.values() for w in (abbr, *abbr.split()) if w}
    lengths = {len(n) for n in names}
    for para in ctx.paras:
        text = para.text
        for mt in _CAPS.finditer(text):
            token = mt.group(0)
            if len(token) not in lengths or token in known or (len(token) == 2 and token in _STATES):
                continue
            before, after = text[mt.start() - 1 : mt.start()], text[mt.end() : mt.end() + 1]
            if (before and (before.isalnum() or before in "_&-")) or (after and (after.isalnum() or after in "_&-")):
                continue  # part of a longer word (ACLU-NC, AT&T, IDPs)
            if not 2 <= len(token.replace("-", "")) <= 8:
                continue
            for name in names:
                if len(name) == len(token) and sum(a != b for a, b in zip(name, token)) == 1:
                    ctx.report("inconsistent-short-name", ctx.at(para, mt.start(), mt.end()),
                                f"'{token}' is one letter away from the short name '{name}'; is it a typo?",
                                f"write {name}, or define {token} where it is introduced")
                    break

def numbers_and_dates(ctx) -> None:
    letter_date = ctx.request.date
    for para in ctx.paras:
        text = para.text
        if "-" in text:
            for mt in _SSN.finditer(text):
                if not _ssn_like(text, mt):
                    continue
                ctx.report("ssn-like-number", ctx.at(para, mt.start(), mt.end()),
                            f"{mt.group(0)} looks like a Social Security number")
        for mt, date in dates_in(text):
            if date <= letter_date:
                continue
            s, _ = para.sentence(mt.start())
            if _FORWARD_WORDS.search(text[max(s, mt.start() - 40) : mt.start()]):
                continue
            ctx.report("date-after-letter", ctx.at(para, mt.start(), mt.end()),
                        f"{mt.group(0)} is after the letter's date, {long_date(letter_date)}")



def _items_contained(a: list, b: list) -> bool:
    """Whether most items of one category are items of the other (same words)."""
    if len(a) < 2 or len(b) < 2:
        return False
    sa, sb = set(a), set(b)
    shared = len(sa & sb)
    return shared >= 2 and (2 * shared > len(sa) or 2 * shared > len(sb))


def _ssn_like(text: str, mt) -> bool:
    """A whole NNN-NN-NNNN token whose parts could be issued (no 000, 666 or 9xx area, 00 group, 0000 serial)."""
    before, after = text[mt.start() - 1 : mt.start()], text[mt.end() : mt.end() + 1]
    if (before and (before.isalnum() or before in "_-")) or (after and (after.isalnum() or after in "_-")):
        return False
    area, group, serial = mt.group(0).split("-")
    return area not in ("000", "666") and not area.startswith("9") and group != "00" and serial != "0000"

