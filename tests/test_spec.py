"""Spec validation: spec text in, located diagnostics out (table-driven), and the model it builds."""

import datetime as dt
import textwrap

import pytest

from foiagen import model as m
from foiagen.pipeline import load_request
from conftest import MINIMAL, normalize, write_spec


def problems(tmp_path, text):
    loaded = load_request(write_spec(tmp_path, textwrap.dedent(text)))
    return [(d.line, d.column, d.rule) for d in loaded.diagnostics], loaded


def test_minimal_spec_is_clean(tmp_path):
    found, loaded = problems(tmp_path, MINIMAL)
    assert found == []
    assert loaded.request.date == dt.date(2026, 3, 2)
    assert loaded.request.agencies[0].abbreviation == "ICE"
    assert loaded.request.agencies[0].regulation == "dhs-6cfr5"


# (spec text, expected [(line, column, rule-id)]) — one case per schema check
CASES = [
    # a misspelt key gets a did-you-mean, at the key
    (MINIMAL.replace("subject:", "subjct:"), [(3, 1, "unknown-key")]),
    # wrong type: a list where text is expected
    (MINIMAL.replace("title: Short title", "title: [a, b]"), [(2, 8, "wrong-type")]),
    # an impossible date, and a date in another format
    (MINIMAL.replace("2026-03-02", "2026-02-30"), [(1, 7, "bad-date")]),
    (MINIMAL.replace("2026-03-02", "March 2, 2026"), [(1, 7, "bad-date")]),
    # a duplicate key inside a requester
    (MINIMAL.replace("  - organization: Example Clinic", "  - organization: Example Clinic\n    organization: Other"), [(6, 5, "duplicate-key")]),
    # an unknown agency id gets a suggestion
    (MINIMAL.replace("agencies: [ice]", "agencies: [icee]"), [(6, 12, "unknown-agency")]),
    # (an inline agency without a department or regulation is a warning: tests/test_directory.py)
    # a missing required list
    (MINIMAL.replace("signatories:\n  - name: Jordan Lee\n", ""), [(1, 1, "missing-field")]),
    # reversed date range
    (MINIMAL.replace("    - All contracts since 2024.", "    - All contracts since 2024.\n  date_range: {from: 2024-05-01, to: 2023-01-01}"), [(10, 15, "reversed-date-range")]),
    # an undefined footnote, and an unused one
    (MINIMAL.replace("    - All contracts since 2024.", "    - All contracts since 2024.[^nope]") + "footnotes:\n  other: Text.\n",
     [(9, 32, "undefined-footnote"), (13, 10, "unused-footnote")]),
    # expedite without certification, and without a ground
    (MINIMAL + "expedite:\n  grounds: {}\n  certification: false\n",
     [(13, 12, "expedite-without-basis"), (14, 18, "expedite-without-certification")]),
    # news-media status without the showing
    (MINIMAL + "fees:\n  category: news_media\n", [(13, 3, "news-media-without-showing")]),
    # an unknown fee category
    (MINIMAL + "fees:\n  category: journalist\n", [(13, 13, "bad-value")]),
    # a control character in text
    (MINIMAL.replace("title: Short title", 'title: "Short\\u0007title"'), [(2, 8, "bad-character")]),
    # a letter dated before the registry's verified text
    # an agency-only expedite ground is refused where no addressed agency's rule has it
    (MINIMAL.replace("agencies: [ice]", "agencies:\n  - {name: Some Office, department: dhs}").replace("2026-03-02", "2016-08-01")
     + "expedite:\n  grounds: {due_process: [Facts.]}\n  certification: true\n", [(13, 1, "agency-only-ground")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_schema_problems_are_located(tmp_path, text, expected):
    found, loaded = problems(tmp_path, text)
    assert found == expected
    assert all(d.level == "error" for d in loaded.diagnostics)


def test_all_problems_reported_in_one_run(tmp_path):
    text = MINIMAL.replace("subject:", "subjct:").replace("title: Short title\n", "").replace("agencies: [ice]", "agencies: [icee]").replace("2026-03-02", "2026-13-01")
    found, _ = problems(tmp_path, text)
    assert {rule for _, _, rule in found} >= {"missing-field", "unknown-key", "unknown-agency", "bad-date"}


def test_included_file_problems_are_reported_in_their_file(tmp_path):
    (tmp_path / "profile.yaml").write_text("organization: Example Clinic\nshort_nam: EC\n", encoding="utf-8")
    text = MINIMAL.replace("  - organization: Example Clinic", "  - include: profile.yaml")
    loaded = load_request(write_spec(tmp_path, text))
    assert [(d.file.endswith("profile.yaml"), d.line, d.column, d.rule) for d in loaded.diagnostics] == [(True, 2, 1, "unknown-key")]


def test_include_reuses_a_requester_profile(tmp_path):
    (tmp_path / "profile.yaml").write_text("organization: Example Clinic\nshort_name: EC\n", encoding="utf-8")
    loaded = load_request(write_spec(tmp_path, MINIMAL.replace("  - organization: Example Clinic", "  - include: profile.yaml")))
    assert loaded.ok and loaded.request.requesters[0].short_name == "EC"


def test_missing_include_is_located(tmp_path):
    found, _ = problems(tmp_path, MINIMAL.replace("  - organization: Example Clinic", "  - include: nowhere.yaml"))
    assert found == [(5, 14, "include-not-found")]


def test_rich_text_segments_and_marks(tmp_path):
    text = MINIMAL.replace("    - All contracts since 2024.", textwrap.indent(textwrap.dedent("""\
        - text:
            - "See "
            - {i: Clearview AI landed a contract}
            - ", https://example.com/a?b=1&c=2."
            - {fn: src}
          items: ["First;", "Second."]
        """), "    ")) + "footnotes:\n  src: A source, supra note 1 \\[^x] stays literal.\n"
    loaded = load_request(write_spec(tmp_path, text))
    assert loaded.ok, loaded.diagnostics
    cat = loaded.request.records.categories[0]
    assert cat.text == (
        m.Run("See "), m.Run("Clearview AI landed a contract", italic=True), m.Run(", "),
        m.LinkRun("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"), m.Run("."),
        m.FootnoteMark("src"),
    )
    assert loaded.request.footnotes["src"] == ((m.Run("A source, supra note 1 [^x] stays literal."),),)
    assert cat.items == ((m.Run("First;"),), (m.Run("Second."),))


def test_cite_segments_resolve_from_the_registry(tmp_path):
    from foiagen.pipeline import render_outputs

    spec = MINIMAL.replace("    - All contracts since 2024.", '    - ["All records on the standard of ", {rule: fees.waiver.factor.primary}, "."]')
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, loaded.diagnostics
    assert "standard of 6 C.F.R. § 5.11(k)(3)(ii)." in normalize(render_outputs(loaded.request, ["txt"])["txt"].decode())


@pytest.mark.parametrize("segment,date,expected", [
    ("{cite: fees.waiver.factor.primry}", "2026-03-02", (9, 17, "unknown-citation")),
    # the DHS paragraph is not in force before the 2016 renumbering
    ("{rule: fees.waiver.factor.primary}", "2016-08-01", (9, 17, "citation-not-in-force")),
])
def test_cite_segment_problems_are_located(tmp_path, segment, date, expected):
    spec = MINIMAL.replace("2026-03-02", date).replace("    - All contracts since 2024.", f'    - ["See ", {segment}, " since 2024."]')
    found, _ = problems(tmp_path, spec)
    assert found == [expected]
