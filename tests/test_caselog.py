"""Case logs: each problem stated as data (line, column, rule id), and the seed's case log clean."""

from __future__ import annotations

import datetime as dt
import shutil
import textwrap
from pathlib import Path

import pytest

from foiagen.case import load_case

ROOT = Path(__file__).resolve().parents[1]
SEED_SPEC = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"
SEED_LOG = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.case.yaml"

MINIMAL_SPEC = (ROOT / "examples" / "minimal.yaml").read_text(encoding="utf-8")


def check(tmp_path: Path, log: str, spec: str = MINIMAL_SPEC):
    (tmp_path / "r.yaml").write_text(spec, encoding="utf-8")
    path = tmp_path / "r.case.yaml"
    path.write_text(textwrap.dedent(log), encoding="utf-8")
    loaded = load_case(path)
    return loaded, [(d.line, d.column, d.rule) for d in loaded.diagnostics]


def test_minimal_example_is_what_the_tests_assume():
    assert "agencies: [ice]" in MINIMAL_SPEC or "- ice" in MINIMAL_SPEC


PROBLEMS = [
    # an acknowledgment dated before the request was sent
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent, channel: email}
         - {date: 2026-03-09, event: acknowledged, tracking: 2026-ICFO-00001}
     """, [(4, 7, "case-before-sending"), (4, 7, "case-event-order")]),
    # a CBP number recorded under ICE
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-03-11, event: acknowledged, tracking: CBP-2026-000001}
     """, [(4, 7, "case-tracking-agency")]),
    # an appeal with no determination, three days after sending (the deadline has not lapsed)
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-03-13, event: appeal, grounds: [no-determination]}
     """, [(4, 7, "case-premature-appeal")]),
    # an unknown event, an unknown key (with its did-you-mean), a bad date
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: snet}
         - {date: 2026-03-11, event: acknowledged, traking: X}
         - {date: 2026-13-01, event: received}
     """, [(3, 33, "case-bad-value"), (4, 47, "case-unknown-key"), (5, 14, "case-bad-date")]),
    # an agency that is not in the directory, and a top-level typo
    ("""\
     agencies:
       icee:
         - {date: 2026-03-10, event: sent}
     lawsiut: {date: 2026-06-01}
     """, [(2, 3, "case-unknown-agency"), (4, 1, "case-unknown-key")]),
    # an appeal ground foiagen does not know
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-03-20, event: determination, outcome: denial}
         - {date: 2026-03-25, event: appeal, grounds: [bad-vibes]}
     """, [(5, 51, "case-bad-value")]),
]


PROBLEMS += [
    # an event without its kind's required field; a CBP event though the request addresses only ICE
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-03-11, event: tolled}
       cbp:
         - {date: 2026-03-10, event: received}
     """, [(4, 7, "case-missing-field"), (5, 3, "case-agency-not-addressed")]),
    # an appeal acknowledged that the case log never recorded
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-04-20, event: appeal-acknowledged, number: 2026-ICAP-00001}
     """, [(4, 7, "case-appeal-missing")]),
    # a 15-working-day extension; an appeal after DHS's 90 working days (Mar. 20 + 90 = July 29, 2026: Memorial Day, Juneteenth and July 3 observed skipped)
    ("""\
     agencies:
       ice:
         - {date: 2026-03-10, event: sent}
         - {date: 2026-03-12, event: extension, working_days: 15}
         - {date: 2026-03-20, event: determination, outcome: no-records}
         - {date: 2026-08-03, event: appeal, grounds: [inadequate-search]}
     """, [(4, 7, "case-long-extension"), (6, 7, "case-late-appeal")]),
]


@pytest.mark.parametrize("log,expected", PROBLEMS)
def test_problems_are_located(tmp_path, log, expected):
    _, problems = check(tmp_path, log)
    assert problems == expected


def test_appeal_after_a_lapse_is_allowed(tmp_path):
    loaded, problems = check(tmp_path, """\
        agencies:
          ice:
            - {date: 2026-03-10, event: sent}
            - {date: 2026-05-01, event: appeal, grounds: [no-determination]}
        """)
    assert problems == [] and loaded.ok


def test_missing_request_spec(tmp_path):
    path = tmp_path / "alone.case.yaml"
    path.write_text("agencies: {}\n", encoding="utf-8")
    loaded = load_case(path)
    assert [(d.rule, d.level) for d in loaded.diagnostics] == [("case-request-missing", "error")]


def test_seed_case_log_is_clean_and_light_read_agrees(tmp_path):
    full = load_case(SEED_LOG)
    assert full.ok, full.diagnostics
    assert [d.rule for d in full.diagnostics] == ["case-late-extension"]  # ICE's extension of Dec. 1, 2020
    light = load_case(SEED_LOG, full=False)
    assert light.case.request is None and light.case.facts.date == dt.date(2020, 10, 19)
    assert light.case.clocks == full.case.clocks


def test_validate_checks_case_logs(tmp_path):
    from typer.testing import CliRunner

    from foiagen.cli import app

    shutil.copy(SEED_SPEC, tmp_path / SEED_SPEC.name)
    text = SEED_LOG.read_text(encoding="utf-8").replace("tracking: 2021-ICFO-12708", "tracking: CBP-2021-008288")
    (tmp_path / SEED_LOG.name).write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert "case-tracking-agency" in result.output and ".case.yaml:" in result.output


def test_request_with_errors(tmp_path):
    _, problems = check(tmp_path, "agencies:\n  ice:\n    - {date: 2026-03-10, event: sent}\n", spec="date: 2026-03-02\n")
    assert problems == [(1, 1, "case-request-invalid")]


def test_every_case_log_rule_is_raised_by_these_tests():
    from foiagen.rules import all_rules

    raised = {rule for _, expected in PROBLEMS for *_, rule in expected}
    raised |= {"case-request-missing", "case-request-invalid", "case-late-extension"}  # the three tests above
    assert raised == {r.id for r in all_rules() if r.scope == "caselog"}


def test_the_field_table_declares_every_case_log_key_and_the_docs_are_current():
    import dataclasses

    from foiagen.caselog import Event
    from foiagen.spec.case_fields import EVENT_FIELDS, EVENT_KINDS, case_log_reference

    event_attrs = {f.name for f in dataclasses.fields(Event)} - {"kind", "line", "column"}
    declared = {k for _, allowed, _ in EVENT_KINDS.values() for k in allowed} | {"date", "note"}
    assert declared == set(EVENT_FIELDS) == event_attrs
    assert all(set(required) <= set(allowed) for _, allowed, required in EVENT_KINDS.values())
    assert case_log_reference() in (ROOT / "docs" / "case-logs.md").read_text(encoding="utf-8")
