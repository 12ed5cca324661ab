"""The rule type, its examples, and the one table every diagnostic is raised through.

A rule is declared once, in the module of its family (`declare(Rule(...))`), with its id,
level, summary, fix hint and a failing and a passing example.  Code that finds a problem
calls `report(rule_id, where, message)`: the level and the default hint come from the
table, and an id the table lacks raises `UnknownRule` at once.  Examples are edits of
BASE_SPEC; tests run them (tests/test_rules.py), and docs/rules.md is made from them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..diagnostics import Diagnostic

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

LEVELS = ("error", "warning", "info")
SCOPES = ("spec", "file", "template", "render", "caselog")


@dataclass(frozen=True)
class Example:
    """BASE_SPEC with `old` replaced by `new` (or `new` appended when old is empty).

    `files` are further files written beside the spec (name, text), for includes.
    """

    new: str
    old: str = ""
    where: tuple[int, int] | None = None  # (line, column) the rule reports, for failing examples
    also: tuple[tuple[str, str], ...] = ()  # further (old, new) edits, e.g. of the date
    files: tuple[tuple[str, str], ...] = ()

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
    family: str = ""  # the module that declares it (set by declare)


class UnknownRule(LookupError):
    """A diagnostic was raised with a rule id no family declares: a bug in foiagen."""


_TABLE: dict[str, Rule] = {}


def declare(family: str, *rules: Rule) -> tuple[Rule, ...]:
    """Add a family's rules to the table (at import of the family's module)."""
    out = []
    for rule in rules:
        if rule.id in _TABLE:
            raise ValueError(f"rule {rule.id!r} is declared twice")
        if rule.level not in LEVELS or rule.scope not in SCOPES:
            raise ValueError(f"rule {rule.id!r}: bad level {rule.level!r} or scope {rule.scope!r}")
        rule = Rule(rule.id, rule.level, rule.summary, rule.fail, rule.passing, rule.hint, rule.scope, family)
        _TABLE[rule.id] = rule
        out.append(rule)
    return tuple(out)


def get(rule_id: str) -> Rule:
    """The rule with this id; UnknownRule when no family declares it."""
    try:
        return _TABLE[rule_id]
    except KeyError:
        raise UnknownRule(f"no such rule: {rule_id!r}") from None


def all_rules() -> list[Rule]:
    return list(_TABLE.values())


def report(rule_id: str, where: tuple, message: str, hint: str | None = None) -> Diagnostic:
    """The diagnostic of rule `rule_id` at `where` (file, line, column); level from the table."""
    rule = get(rule_id)
    file, line, col = where
    return Diagnostic(file, line, col, rule.level, message, rule_id, rule.hint if hint is None else hint)
