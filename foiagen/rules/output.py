"""Rules raised while letters are made: variations files, portal form texts, writers and templates."""

from __future__ import annotations

from ._base import Rule, declare

RULES = declare(
    "output",
    Rule("bad-variation", "error", "A row of a --vars variations file is malformed or names no place in the spec.", scope="file"),
    Rule("portal-field-too-long", "warning", "A portal form text is longer than the portal's 10,000-character field.", scope="render"),
    Rule("cannot-render", "error", "A writer cannot render part of the letter (a character no font can draw); the message names it.", scope="render"),
    Rule("template-error", "error", "A letter template has a syntax error, uses an undefined value, or emits invalid letter XML.", scope="template"),
)
