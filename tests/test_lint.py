"""Lint rules (foiagen/rules/: citations, regulations, substance, characters, fees): spec text in, located diagnostics out (table-driven), and the
seed letters' real slips found where they stand."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

from foiagen.diagnostics import has_errors
from foiagen.pipeline import load_request
from foiagen.rules import BASE_SPEC, all_rules
from conftest import EXAMPLES, REQUESTS, ROOT, write_spec

CLEARVIEW = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"
# the rules of the lint families (free text, substance, characters, showings), from the registry itself
LINT_IDS = {r.id for r in all_rules() if r.family in ("citations", "regulations", "substance", "characters", "fees")}


def edit(new: str, old: str = "", *also: tuple[str, str]) -> str:
    """BASE_SPEC (11 lines; an appended `background: ` puts text at line 12, column 13) edited."""
    text = BASE_SPEC
    for before, after in also:
        assert before in text, before
        text = text.replace(before, after, 1)
    if not old:
        return text + new
    assert old in text, old
    return text.replace(old, new, 1)


EOIR = ("agencies: [ice]", "agencies: [{name: Executive Office for Immigration Review, abbreviation: EOIR, department: doj}]")
CATEGORY = "    - All contracts since 2024.\n"
IDP = ("  - organization: Example Clinic\n",
       "  - organization: Immigrant Defense Project\n    short_name: IDP\n  - organization: North Carolina Justice\n    short_name: NC\n")

# (spec text, expected [(line, column, rule-id)]) — all diagnostics, sorted as validate prints them
CASES = [
    # the October 2020 seed's "5 U.S.C. § 522 et seq.", on the second line of a folded scalar: at its §
    (edit("background: >-\n  This request is made under the Freedom of Information Act,\n  5 U.S.C. § 522 et seq., and the\n  regulations.\n"),
     [(14, 12, "citation-typo")]),
    # without § (at the number), a swap of neighbours (§ 525) after a line break, and an extra digit (§ 5522)
    (edit("background: Under 5 USC 522 and 5 U.S.C.\n  § 525, and 5 U.S.C. § 5522.\n"),
     [(12, 25, "citation-typo"), (13, 3, "citation-typo"), (13, 23, "citation-typo")]),
    # FOIA's real neighbours are no typo: the APA's § 551, §§ 553-559, § 552b; "5 USC 552" without § is only offered its form
    (edit("background: Agency is defined in 5 U.S.C. § 551(1); see 5 USC 552 and 5 U.S.C. §§ 553-559 and § 552b.\n"),
     [(12, 57, "usc-form")]),
    # the Privacy Act cited in a footnote, inside an italic segment of a flow sequence
    (edit('background: See note.[^pa]\nfootnotes:\n  pa: ["Records are exempt under ", {i: "5 U.S.C. § 552a(b)"}, "."]\n'),
     [(14, 51, "privacy-act-for-foia")]),
    # lowercase exemption subparagraphs, standalone and as "Exemption 7(c)"; a § 552 path reported at its first wrong element
    (edit("background:\n  - Names fall under (b)(6) and (b)(7)(c), or Exemption 7(c).\n  - The clock is § 552(a)(6)(e)(v)(ii).\n"),
     [(13, 39, "citation-case"), (13, 58, "citation-case"), (14, 29, "citation-case")]),
    # right paths stay quiet: C.F.R. paragraphs (e)(1)(ii), an ambiguous (b)(7)(i), six FOIA levels; § 552a warns only as the Privacy Act
    (edit("background: See 6 C.F.R. § 5.5(e)(1)(ii), (b)(7)(i), § 552(a)(6)(A)(i)(III)(aa), § 552(b)(7)(C) and 5 U.S.C. § 552a(d)(1).\n"),
     [(12, 110, "privacy-act-for-foia")]),
    # DHS's rule cited in a letter to EOIR (a DOJ component): at the citation; DOJ's own part is fine
    (edit("background: Expedition is governed by 6 C.F.R. § 5.5(e) and 28 C.F.R. Part 16.\n", "", EOIR),
     [(12, 39, "wrong-agency-regulation")]),
    # a C.F.R. rule that is no agency's FOIA regulation (8 C.F.R. § 287.8), and ICE's own part, are fine
    (edit("background: Officers must follow 8 C.F.R. § 287.8 and 6 CFR Part 5.\n"), []),
    # a joint letter to ICE and EOIR may cite both departments' rules
    (edit("background: DOJ's rule, 28 C.F.R. § 16.5(e), and DHS's, 6 C.F.R. § 5.5(e), agree.\n", "", ("agencies: [ice]", "agencies: [ice, eoir]")), [(6, 1, "joint-departments")]),
    # DOJ's pre-2015 appeal and fee sections in a 2021 letter, each with its topic: at each §
    (edit("background: An appeal under 28 C.F.R. § 16.9 is due in 60 days; fees are under 28 C.F.R. § 16.11.\n", "", EOIR,
          ("date: 2026-03-02", "date: 2021-07-30")),
     [(12, 39, "superseded-section"), (12, 90, "superseded-section")]),
    # DHS's old appeal section was right before the Dec. 22, 2016 renumbering
    (edit("background: An appeal would lie under 6 C.F.R. § 5.9.\n", "", ("date: 2026-03-02", "date: 2016-08-01")), []),
    # § 5.9 is today's preservation section (quiet); in a §§ list next to "appeal" it is the old appeal section
    (edit("background: >-\n  Records must be preserved under 6 C.F.R. § 5.9; an appeal goes under\n  §§ 5.5(e), 5.9 and 5.12 (other rights).\n"),
     [(14, 14, "superseded-section"), (14, 22, "superseded-section")]),
    # HHS's pre-2016 appeal and fee-waiver sections
    (edit("background: HHS decides appeals under 45 C.F.R. § 5.34 and fee waivers under 45 C.F.R. § 5.45.\n", "", ("agencies: [ice]", "agencies: [hhs]")),
     [(12, 49, "superseded-section"), (12, 88, "superseded-section")]),
    # agency-only expedite grounds cited to the statute in the same sentence: a bare (a)(6)(E)(v), and a § 552 path at its §
    (edit("background: >-\n  There is widespread media interest and questions about the government’s integrity,\n"
          "  so expedition is due under (a)(6)(E)(v). Due process is at stake, 5 U.S.C. § 552(a)(6)(E)(v)(II).\n"),
     [(14, 30, "agency-only-ground-cited-to-statute"), (14, 78, "agency-only-ground-cited-to-statute")]),
    # quiet: the agency rule cited in the same sentence; the ground in another sentence (not split at "U.S.C." or "C.F.R.")
    (edit("background: Expedition is warranted under 5 U.S.C. § 552(a)(6)(E)(v)(II) and 6 C.F.R. § 5.5(e)(1)(iii), as due process "
          "rights are at stake. Urgency is shown in 5 U.S.C. § 552(a)(6)(E)(v)(II). Separately, due process rights are at stake.\n"), []),
    # Federal Register pages as C.F.R.: a title above 50, a section with no dot; parts with no dot and Fed. Reg. are fine
    (edit("background: See 81 CFR 83,625, 6 C.F.R. § 83625 and 6 C.F.R. § 835, but not 6 C.F.R. Part 5, 6 CFR 5 or 81 Fed. Reg. 83,625.\n"),
     [(12, 17, "fr-as-cfr"), (12, 32, "fr-as-cfr"), (12, 53, "fr-as-cfr")]),
    # date limits: in an item, "through the present", "since", "between the date … and the present" count; "between ICE and" does not
    (edit("    - text: All manuals governing facial recognition.\n      items:\n        - Records created on or after September 1, 2017.\n"
          "    - Correspondence between ICE and Clearview AI.\n    - All reports from 2019 through the present.\n"
          "    - All memoranda issued since the Contract was awarded.\n    - All emails sent between the date of the award and the present.\n",
          CATEGORY),
     [(12, 7, "category-without-date-limit")]),
    # one identified record needs no date limit: an award ID, a term defined for it, an A-file (review: false positives)
    (edit('    - The purchase order under Contract Award ID 70CMSD20P00000130 (the "Contract").\n'
          "    - All invoices paid under the Contract.\n    - The complete A-file of the client.\n", CATEGORY), []),
    # alike words, different substance: other kinds of record, or other named subjects (review: false positives)
    (edit("    - All contracts with Clearview AI since 2024.\n    - All emails with Clearview AI since 2024.\n"
          "    - All contracts with Palantir since 2024.\n    - All contracts with Anduril since 2024.\n", CATEGORY), []),
    # records.date_range limits every category
    (edit("    - Correspondence between ICE and Clearview AI.\n  date_range: {from: 2024-01-01}\n", CATEGORY), []),
    # parallel categories about different agencies are not duplicates, however alike their words
    (edit("    - text: >-\n        All records indicating the number of DHS personnel that possess accounts\n        since 2024.\n"
          "    - text: >-\n        All records indicating the number of ICE personnel that possess accounts\n        since 2024.\n", CATEGORY), []),
    # most items of one category are the other's: at the later category's first word
    (edit("    - text: Manuals since 2017 on facial recognition.\n"
          "      items: [Procedures for using photos;, Records identifying sources of photos;, Permitted uses of matches.]\n"
          "    - text: Policies since 2017 about surveillance tools.\n"
          "      items: [Any Privacy Impact Assessments;, Procedures for using photos;, Records identifying sources of photos;, Permitted uses of matches.]\n",
          CATEGORY),
     [(11, 13, "duplicate-category")]),
    # one letter from IDP (IDF twice, IDA, IFP), each at its own place; agencies, NY/NJ (states) and IDP-X are not
    (edit("background: >-\n  IDP and IDF met with CBP, ICE, EOIR and NY officials. IDF\n  asks; IDA and IFP too. IDP-X? ICF and NJ.\n", "", IDP),
     [(16, 11, "inconsistent-short-name"), (16, 57, "inconsistent-short-name"), (17, 9, "inconsistent-short-name"),
      (17, 17, "inconsistent-short-name")]),
    # the same word three times in a scalar split by footnote marks, and once in a footnote
    (edit('background: "IDF asks [^a] and IDF asks [^b] but IDF."\nfootnotes: {a: One IDF., b: Two.}\n', "", IDP),
     [(15, 14, "inconsistent-short-name"), (15, 32, "inconsistent-short-name"), (15, 50, "inconsistent-short-name"),
      (16, 20, "inconsistent-short-name")]),
    # characters the font lacks, each distinct one once per scalar; dashes, quotes, §, accents, no-break, soft and
    # zero-width characters, U+2011 and thin spaces are drawn (or handled by the PDF writer)
    (edit('background: ["Café ✓ and ", {i: "中文 ✓"}, " fine: – — “ ” § ¶ é ñ ü ß\u00a0nbsp soft\u00adhy non\u2011break zw\u200bsp thin\u2009sp"]\n'),
     [(12, 20, "unprintable-character"), (12, 34, "unprintable-character"), (12, 35, "unprintable-character"),
      (12, 37, "unprintable-character")]),
    # in plain fields: a requester's name and address
    (edit("  - organization: Example Clinic ☎\n    address: [1 Main St ★]\n", "  - organization: Example Clinic\n"),
     [(5, 34, "unprintable-character"), (6, 25, "unprintable-character")]),
    # a link's target is not printed when it has a text; the text and a bare URL are
    (edit('background: ["See ", {link: "https://example.com/✓", text: "the page ★"}, " and https://example.com/✓x."]\n'),
     [(12, 70, "unprintable-character"), (12, 101, "unprintable-character")]),
    # SSN-shaped numbers; not a phone number, an A-number, never-issued 000-/9xx- numbers, or a longer number
    (edit("background: >-\n  The officer's SSN 123-45-6789, phone 202-483-1140, 000-12-3456,\n"
          "  A-number A123-45-6789, 123-45-67890 and 987-65-4321 and\n  078-05-1120.\n"),
     [(13, 21, "ssn-like-number"), (15, 3, "ssn-like-number")]),
    # dates after the letter's (March 2, 2026) in three styles; not when scheduled or "until", not impossible ones,
    # not the letter's own date, not in a URL
    (edit("background: >-\n  On Aug. 14, 2026, ICE signed (2026-08-14), see Sept. 3, 2026 and\n"
          "  3 March 2027; the hearing is scheduled for April 3, 2026, and the contract runs until May 1, 2027.\n"
          "  Sept. 31, 2026 is no date. March 2, 2026 is today. https://x.com/2026-09-01/a\n"),
     [(13, 6, "date-after-letter"), (13, 33, "date-after-letter"), (13, 50, "date-after-letter"), (14, 3, "date-after-letter")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_lint_reports_each_slip_where_it_stands(tmp_path, text, expected):
    loaded = load_request(write_spec(tmp_path, text))
    assert [(d.line, d.column, d.rule) for d in loaded.diagnostics] == expected, [d.parsable() for d in loaded.diagnostics]


def test_a_character_in_an_included_file_is_reported_in_that_file(tmp_path):
    (tmp_path / "part.yaml").write_text("organization: Example Clinic\ndescription: >-\n  We publish ✓ guides\n  and ✓ more ★.\n",
                                        encoding="utf-8")
    loaded = load_request(write_spec(tmp_path, edit("  - include: part.yaml\n", "  - organization: Example Clinic\n")))
    assert [(Path(d.file).name, d.line, d.column, d.rule) for d in loaded.diagnostics] == [
        ("part.yaml", 3, 14, "unprintable-character"), ("part.yaml", 4, 14, "unprintable-character")]


def _position(text: str, needle: str, nth: int = 0, inner: str = "") -> tuple[int, int]:
    """(line, column) of the nth `needle` in text (or of `inner` within it), found by plain search."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    at += needle.index(inner) if inner else 0
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


def test_the_seed_letters_slips_are_found_where_they_stand(tmp_path):
    """The October 2020 letter's own slips, put back into its spec: "5 U.S.C. § 522 et seq." and "IDF"."""
    text = CLEARVIEW.read_text(encoding="utf-8")
    text = text.replace("The Requesters seek records related to ICE, CBP and DHS’s plans for,",
                        "The Requesters seek, under 5 U.S.C. § 522 et seq., records related to ICE, CBP and DHS’s plans for,", 1)
    text = text.replace("IDP disseminates information about", "IDF disseminates information about", 1)
    text = text.replace("disclosure is not in the Requesters' commercial interests.",
                        "disclosure is not in the Requesters' commercial interests (5 U.S.C. § 552a).", 1)
    loaded = load_request(write_spec(tmp_path, text))
    found = {(d.line, d.column, d.rule) for d in loaded.diagnostics}
    assert (*_position(text, "under 5 U.S.C. § 522 et seq.", inner="§"), "citation-typo") in found
    assert (*_position(text, "IDF disseminates"), "inconsistent-short-name") in found
    assert (*_position(text, "(5 U.S.C. § 552a)", inner="§"), "privacy-act-for-foia") in found


def test_dhs_rule_in_a_letter_to_eoir_is_found(tmp_path):
    text = (ROOT / "requests" / "2021-07-30-eoir-charlotte-statements-of-law.yaml").read_text(encoding="utf-8")
    text = text.replace("the statute\n      requires.", "the statute\n      and 6 C.F.R. § 5.5(e) require.", 1)
    loaded = load_request(write_spec(tmp_path, text))
    hits = [(d.line, d.column) for d in loaded.diagnostics if d.rule == "wrong-agency-regulation"]
    assert hits == [_position(text, "6 C.F.R. § 5.5(e)")]


def test_the_seed_letters_duplicate_items_10_and_19_warn_at_19():
    loaded = load_request(CLEARVIEW)
    duplicates = [d for d in loaded.diagnostics if d.rule == "duplicate-category"]
    assert [(d.line, d.level) for d in duplicates] == [(_position(CLEARVIEW.read_text(encoding="utf-8"),
                                                                  "All manuals, policies, procedures, and practices", 1)[0], "warning")]
    assert "category 19 nearly repeats category 10" in duplicates[0].message


@pytest.mark.parametrize("path", EXAMPLES + REQUESTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_lint_errors_in_the_examples_and_requests(path):
    loaded = load_request(path)
    lint = [d for d in loaded.diagnostics if d.rule in LINT_IDS]
    assert not has_errors(lint), [d.parsable() for d in lint]
    if path.parent.name == "examples":
        assert lint == []


def test_font_coverage_file_is_current():
    """foiagen/fonts/coverage.txt is what tools/font_coverage.py makes from the vendored fonts."""
    pytest.importorskip("reportlab")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import font_coverage
    finally:
        sys.path.remove(str(ROOT / "tools"))
    assert (ROOT / "foiagen" / "fonts" / "coverage.txt").read_text(encoding="utf-8") == font_coverage.coverage_text(), \
        "foiagen/fonts/coverage.txt is stale: run python tools/font_coverage.py"


def test_font_coverage_agrees_with_the_pdf_writer():
    pytest.importorskip("reportlab")
    from foiagen.rules.characters import unprintable
    from foiagen.writers import WriterError
    from foiagen.writers.pdf.fonts import clean as _clean, register_fonts

    register_fonts()
    for ch in "§¶–—“”‘’…é中✓☎\u00ad\u2011\u00a0\u200b":
        drawable = True
        for style in ((False, False), (True, False), (False, True), (True, True)):
            try:
                _clean(ch, *style)
            except WriterError:
                drawable = False
        assert drawable == (unprintable(ch) == []), ch


def test_validate_imports_no_font_library():
    code = ("import sys; from pathlib import Path; from foiagen.pipeline import load_request; "
            f"load_request(Path({str(CLEARVIEW)!r})); "
            "assert not [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'fontTools')], 'font library imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def test_lint_is_fast_on_a_small_spec():
    from foiagen.rules import lint_request
    from foiagen.registry import load_registry
    from foiagen.source import load_file
    from foiagen.spec import Context, read_request

    registry = load_registry()
    path = ROOT / "examples" / "minimal.yaml"
    root, _ = load_file(path, str(path))
    request = read_request(Context(registry), root)
    times = []
    for _ in range(200):
        start = time.perf_counter()
        lint_request(request, root, registry)
        times.append(time.perf_counter() - start)
    assert statistics.median(times) < 0.003
