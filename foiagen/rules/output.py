"""Rules raised while letters are made: variations files, portal form texts, writers and templates."""

from __future__ import annotations

from ._base import Rule, declare

RULES = declare(
    "output",
    Rule("bad-variation", "error", "A row of a --vars variations file is malformed or names no place in the spec.", scope="file", hint='correct the row and column shown in the variations file; its columns are spec paths such as agencies or requesters.0.organization'),
    Rule("portal-field-too-long", "warning", "A portal form text is longer than the portal's 10,000-character field.", scope="render", hint='shorten that section, or summarise it in the portal field and attach the letter'),
    Rule("cannot-render", "error", "A writer cannot render part of the letter (a character no font can draw); the message names it.", scope="render", hint="replace the character the message names with one the letter's font has"),
    Rule("output-collision", "error", "Two letters of a batch (specs, --vars rows, --per-agency letters, portal texts) would write "
         "the same file; neither is written.", scope="render", hint="rename one of the specs or --vars rows"),
    Rule("render-failed", "error", "Rendering a letter set failed unexpectedly (a resource limit, or a bug in foiagen: please report it); "
         "the other specs still render.", scope="render", hint="see the message; if the spec looks sound, report it with the spec"),
    Rule("template-error", "error", "A letter template has a syntax error, uses an undefined value, or emits invalid letter XML.", scope="template", hint='correct the template at the line shown; `foiagen validate TEMPLATE` checks it again'),
)
