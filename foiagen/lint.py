"""Lint rules over a valid request: the mistakes real letters make (citations in free text,
missing showings, duplicate categories, inconsistent names, unprintable characters)."""

from __future__ import annotations

from .rules import Rule

LINT_RULES: list[Rule] = []


def lint_request(request, root, registry) -> list:
    return []
