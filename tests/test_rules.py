"""Every rule is documented with examples that behave as documented; docs/rules.md is current."""

from __future__ import annotations

import re

import pytest

from foiagen.pipeline import load_request
from foiagen.rules import all_rules, rules_by_id, rules_markdown
from conftest import ROOT, write_spec

RULES = all_rules()


def test_rule_ids_are_unique_kebab_case_with_a_level():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.id) and rule.level in ("error", "warning", "info")


def test_every_rule_the_code_can_report_is_documented():
    documented = rules_by_id()
    used = set()
    for path in (ROOT / "foiagen").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        # rule ids are the string argument that follows the message in a diagnostic
        used |= set(re.findall(r'"([a-z0-9]+(?:-[a-z0-9]+)+)"\s*(?:,\s*(?:key|hint)=|\)|,\s*$|,\s*"|,\s*\n)', text, re.M))
    reported = {u for u in used if u in documented or re.search(r"-(error|found|key|field|type|value|date|footnote|file|link|ground|citation|accepted|long|render|syntax|alias|tag|documents|character|segment|keys|cycle|label|range|agency|showing|basis|certification|registry|reused|utf8|unreadable|large)$", u)}
    missing = sorted(reported - set(documented))
    assert missing == []


FAILING = [r for r in RULES if r.fail is not None]
PASSING = [r for r in RULES if r.passing is not None]


@pytest.mark.parametrize("rule", FAILING, ids=lambda r: r.id)
def test_failing_example_raises_the_rule_where_documented(tmp_path, rule):
    loaded = load_request(write_spec(tmp_path, rule.fail.spec()))
    hits = [(d.line, d.column) for d in loaded.diagnostics if d.rule == rule.id]
    assert hits, [d.parsable() for d in loaded.diagnostics]
    assert all(d.level == rule.level for d in loaded.diagnostics if d.rule == rule.id)
    if rule.fail.where:
        assert rule.fail.where in hits


@pytest.mark.parametrize("rule", PASSING, ids=lambda r: r.id)
def test_passing_example_does_not_raise_the_rule(tmp_path, rule):
    loaded = load_request(write_spec(tmp_path, rule.passing.spec()))
    assert [d for d in loaded.diagnostics if d.rule == rule.id] == []


def test_spec_level_rules_have_a_failing_example():
    lacking = [r.id for r in RULES if r.scope == "spec" and r.fail is None
               and r.id not in ("include-with-keys", "include-cycle", "bad-footnote-label", "footnote-reused", "nested-footnote",
                                "institution-status-for-individual",  # needs requester kinds (#13); tests/test_law.py covers it
                                "bad-logo")]  # needs an image file; tests/test_logos.py covers it
    assert lacking == []


def test_docs_are_generated_from_the_rules():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown() + "\n", \
        "docs/rules.md is stale: run `foiagen rules > docs/rules.md`"
