"""The rules `foiagen validate` applies: id, level, what it means, a failing and a passing example.

This table is the documentation (docs/rules.md is generated from it by `foiagen rules`)
and the test suite (each failing example must raise its rule at the stated line and
column; each passing example must not).  Examples are edits of BASE_SPEC.
"""

from __future__ import annotations

from dataclasses import dataclass

BASE_SPEC = """\
date: 2026-03-02
title: Short title
subject: Records about detention contracts
requesters:
  - organization: Example Clinic
agencies: [ice]
records:
  categories:
    - All contracts since 2024.
signatories:
  - name: Jordan Lee
"""


@dataclass(frozen=True)
class Example:
    """BASE_SPEC with `old` replaced by `new` (or `new` appended when old is empty)."""

    new: str
    old: str = ""
    where: tuple[int, int] | None = None  # (line, column) the rule reports, for failing examples
    also: tuple[tuple[str, str], ...] = ()  # further (old, new) edits, e.g. of the date

    def spec(self) -> str:
        text = BASE_SPEC
        for old, new in self.also:
            assert old in text, old
            text = text.replace(old, new, 1)
        if not self.old:
            return text + self.new
        assert self.old in text, self.old
        return text.replace(self.old, self.new, 1)


@dataclass(frozen=True)
class Rule:
    id: str
    level: str  # error | warning | info
    summary: str
    fail: Example | None = None
    passing: Example | None = None
    hint: str = ""
    scope: str = "spec"  # spec | file | template | render


def _r(id, level, summary, fail=None, passing=None, hint="", scope="spec") -> Rule:
    return Rule(id, level, summary, fail, passing, hint, scope)


CORE_RULES = [
    # -- files and YAML ----------------------------------------------------------------
    _r("file-not-found", "error", "A spec file named on the command line does not exist.", scope="file"),
    _r("not-a-file", "error", "A path given as a spec is a folder or special file.", scope="file"),
    _r("file-too-large", "error", "A spec file is larger than 5 MB (no real request is).", scope="file"),
    _r("file-unreadable", "error", "The file cannot be read (permissions, I/O error).", scope="file"),
    _r("binary-file", "error", "The file holds NUL bytes: it is not a text file.", scope="file"),
    _r("not-utf8", "error", "The file is not UTF-8; the message gives the first bad byte's line and column.", scope="file"),
    _r("empty-file", "error", "The file is empty or holds no YAML document.", scope="file"),
    _r("yaml-syntax", "error", "The YAML does not parse.",
       Example("agencies: [ice\n", "agencies: [ice]\n", (7, 8)), Example("agencies: [ice]\n", "agencies: [ice]\n")),
    _r("yaml-alias", "error", "Anchors, aliases and merge keys are refused (they hide repetition and allow 'billion laughs').",
       Example("agencies: &a [ice]\n", "agencies: [ice]\n", (6, 11))),
    _r("yaml-tag", "error", "Explicit tags (!!python/object, !!binary, …) are refused: every value is plain text.",
       Example("agencies: !!set [ice]\n", "agencies: [ice]\n", (6, 11))),
    _r("multiple-documents", "error", "A spec file holds one YAML document.", Example("---\nother: 1\n", "", (12, 1))),
    _r("bad-key", "error", "A mapping key is not plain text.", Example("[a, b]: 1\n", "", (12, 1))),
    _r("duplicate-key", "error", "A key appears twice in one mapping; YAML would silently keep the last.",
       Example("title: Short title\ntitle: Again\n", "title: Short title\n", (3, 1))),
    # -- the schema --------------------------------------------------------------------
    _r("unknown-key", "error", "A key the spec format does not have (with a did-you-mean).",
       Example("subjct: Records\n", "", (12, 1)), hint="check the spelling against README's spec format"),
    _r("unused-key", "error", "A key the spec format has, in a place where it is not used (`text` beside `i`): its value would be lost.",
       Example('    - ["See ", {i: a, text: b}]\n', "    - All contracts since 2024.\n", (9, 23)),
       Example('    - ["See ", {link: "https://example.org", text: b}]\n', "    - All contracts since 2024.\n"),
       hint="remove the key, or write the value where the format uses it (see README's spec reference)"),
    _r("missing-field", "error", "A required key is missing or empty.",
       Example("", "signatories:\n  - name: Jordan Lee\n", (1, 1)), Example("  - name: Jordan Lee\n", "  - name: Jordan Lee\n")),
    _r("wrong-type", "error", "A value has the wrong shape (a list where text is expected, …).",
       Example("title: [a, b]\n", "title: Short title\n", (2, 8))),
    _r("bad-value", "error", "A value is not one of the allowed choices.",
       Example("fees:\n  category: journalist\n", "", (13, 13)), Example("fees:\n  category: other\n", "")),
    _r("bad-date", "error", "A date is not a real date written YYYY-MM-DD.",
       Example("date: 2026-02-30\n", "date: 2026-03-02\n", (1, 7))),
    _r("bad-character", "error", "Text holds a control character no letter can print; the message names it and its position.",
       Example('title: "Short\\u0007title"\n', "title: Short title\n", (2, 8))),
    _r("bad-link", "error", "A link target is not http, https or mailto.",
       Example('    - ["See ", {link: "javascript:alert(1)"}]\n', "    - All contracts since 2024.\n", (9, 17))),
    _r("bad-segment", "error", "A text segment mapping has none or several of i, b, link, fn, note, cite, rule.",
       Example('    - ["See ", {i: a, b: c}]\n', "    - All contracts since 2024.\n", (9, 16))),
    _r("include-not-found", "error", "An `include:` names a file that does not exist.",
       Example("  - include: nowhere.part.yaml\n", "  - organization: Example Clinic\n", (5, 14))),
    _r("logo-not-found", "error", "A requester's `logo:` names a file that does not exist (the path is relative to the file that names it).",
       Example("  - organization: Example Clinic\n    logo: parts/nowhere.png\n", "  - organization: Example Clinic\n", (6, 11))),
    _r("bad-logo", "error", "A requester's `logo:` is not a PNG or JPEG file whose size its header gives, is larger than 2 MB, "
       "or is more than 10,000 pixels a side.", hint="save the logo as a PNG or JPEG of at most 2 MB"),
    _r("include-with-keys", "error", "An `include:` mapping has other keys beside it."),
    _r("include-cycle", "error", "Included files include each other."),
    _r("bad-footnote-label", "error", "A footnote label holds characters other than letters, digits and _ . : -."),
    _r("undefined-footnote", "error", "A footnote mark [^label] or {note: label} names no footnote.",
       Example("    - All contracts since 2024.[^src]\n", "    - All contracts since 2024.\n", (1, 1))),
    _r("unused-footnote", "error", "A footnote is never referenced: it would be silently lost.",
       Example("footnotes:\n  src: A source.\n", "", (13, 8))),
    _r("footnote-reused", "error", "A footnote is referenced more than once (use Id. or {note: label})."),
    _r("nested-footnote", "error", "A footnote holds a footnote mark; footnotes cannot nest."),
    _r("unknown-agency", "error", "An agency id (or an inline agency's department) is not in the directory.  Only agencies matching the same "
       "words are suggested, never a near spelling: 'tva' is one letter from 'va', whose rule a TVA letter must not cite.",
       Example("agencies: [icee]\n", "agencies: [ice]\n", (6, 12)), hint="run `foiagen agencies` to search the directory"),
    _r("reversed-date-range", "error", "A date range ends before it starts.",
       Example("    - All contracts since 2024.\n  date_range: {from: 2025-05-01, to: 2024-01-01}\n",
               "    - All contracts since 2024.\n", (10, 15))),
    # -- the law -------------------------------------------------------------------------
    _r("date-outside-registry", "error", "The letter is dated before the registry's earliest verified FOIA text (2016-06-30).",
       Example("date: 2015-01-05\n", "date: 2026-03-02\n", (1, 1))),
    _r("expedite-without-basis", "error", "Expedited processing is asked without a ground and its justification.",
       Example("expedite:\n  grounds: {}\n  certification: true\n", "", (13, 12))),
    _r("expedite-without-certification", "error", "Expedited processing is asked without the certification the statute requires (§ 552(a)(6)(E)(vi)).",
       Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: false\n", "", (14, 18)),
       Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: true\n", "")),
    _r("news-media-without-showing", "error", "News-media fee status is claimed without saying why the requesters are news media.",
       Example("fees:\n  category: news_media\n", "", (13, 3)),
       Example("fees:\n  category: news_media\n  news_media: [We publish a newsletter read by 5,000 people.]\n", "")),
    _r("institution-status-without-showing", "error",
       "Educational or noncommercial scientific fee status is claimed without `educational:` / `scientific:`, the showing "
       "that a school or research institution makes the request under its auspices for its research (6 C.F.R. § 5.11(b)(4)-(5), "
       "28 C.F.R. § 16.10(b)(4)-(5)).",
       Example("fees:\n  category: educational\n", "", (13, 3)),
       Example("fees:\n  category: educational\n  educational: [The Clinic is part of a law school's program of scholarly research; "
               "this request is made under the school's auspices for that research.]\n", "")),
    _r("institution-status-for-individual", "error",
       "Educational or scientific fee status is claimed for an individual requester: only an institution can hold it."),
    _r("agency-only-ground", "error", "An expedite ground that only some agencies' rules have (due process, media interest) is asked of agencies whose rule lacks it.",
       Example("expedite:\n  grounds: {due_process: [Facts.]}\n  certification: true\n", "", (12, 1),
               also=(("date: 2026-03-02", "date: 2016-08-01"),)),
       Example("expedite:\n  grounds: {due_process: [Facts.]}\n  certification: true\n", "")),
    _r("expedite-ground-not-routed", "error",
       "An expedite ground that the addressed agency's rule sends to one office is claimed, and the letter is not addressed "
       "to that office: DHS media-interest requests go to the Privacy Office (6 C.F.R. § 5.5(e)(2)), DOJ's to the Office "
       "of Public Affairs (28 C.F.R. § 16.5(e)(2)).",
       Example("expedite:\n  grounds: {media_interest: [Facts.]}\n  certification: true\n", "", (13, 13)),
       Example("expedite:\n  grounds: {media_interest: [Facts.]}\n  certification: true\n", "",
               also=(("agencies: [ice]", "agencies: [ice, dhs-privacy]"),)),
       hint="add the office named in the message to 'agencies', or drop the ground"),
    _r("unknown-citation", "error", "A {cite: …} or {rule: …} segment names a meaning the registry does not have.",
       Example('    - ["Under ", {cite: fees.waver}, "."]\n', "    - All contracts since 2024.\n", (9, 19))),
    _r("citation-not-in-force", "error", "A {cite: …} or {rule: …} has no provision in force for these agencies on the letter's date.",
       Example('    - ["Under ", {rule: fees.waiver}, "."]\n', "    - All contracts since 2024.\n", (9, 19),
               also=(("date: 2026-03-02", "date: 2016-08-01"),)),
       Example('    - ["Under ", {rule: fees.waiver}, "."]\n', "    - All contracts since 2024.\n")),
    _r("channel-not-accepted", "warning", "The delivery line names a channel (email, mail, fax) an addressed agency does not accept on the letter's date (DHS is portal-only from 2026-01-22).",
       Example("delivery: Via email\n", "", (12, 11)), Example("delivery: Via online portal\n", "")),
    # -- rendering -----------------------------------------------------------------------
    _r("bad-variation", "error", "A row of a --vars variations file is malformed or names no place in the spec.", scope="file"),
    _r("portal-field-too-long", "warning", "A portal form text is longer than the portal's 10,000-character field.", scope="render"),
    _r("cannot-render", "error", "A writer cannot render part of the letter (a character no font can draw); the message names it.", scope="render"),
    _r("template-error", "error", "A letter template has a syntax error, uses an undefined value, or emits invalid letter XML.", scope="template"),
]


def all_rules() -> list[Rule]:
    from .lint import LINT_RULES

    return CORE_RULES + list(LINT_RULES)


def rules_by_id() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


def rules_markdown() -> str:
    """docs/rules.md: every rule with its level, meaning and examples."""
    out = ["# foiagen validate: rules", "",
           "Generated by `foiagen rules` from foiagen/rules.py and foiagen/lint.py; do not edit by hand.",
           "Each example is an edit of this base spec:", "", "```yaml", BASE_SPEC.rstrip(), "```", ""]
    for rule in all_rules():
        out += [f"## {rule.id}", "", f"*{rule.level}* · {rule.scope}", "", rule.summary, ""]
        if rule.hint:
            out += [f"Fix: {rule.hint}", ""]
        for name, ex in (("Fails", rule.fail), ("Passes", rule.passing)):
            if ex is None:
                continue
            change = f"replace `{ex.old.strip()}` with:" if ex.old else "add:"
            where = f" — reported at line {ex.where[0]}, column {ex.where[1]}" if name == "Fails" and ex.where else ""
            out += [f"{name} ({change}){where}", "", "```yaml", ex.new.rstrip() or "# (nothing)", "```", ""]
    return "\n".join(out)
