"""Diagnostics: the one value type every stage reports problems with, and its formats."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

LEVELS = ("error", "warning", "info")


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int  # 1-based; 0 when the problem has no line (a missing file)
    column: int  # 1-based
    level: str  # error | warning | info
    message: str
    rule: str  # kebab-case rule id
    hint: str = ""

    def parsable(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.level} {self.message} ({self.rule})"


class DiagnosticError(Exception):
    """Raised to stop a stage that cannot go on; carries what it found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.parsable() for d in diagnostics))
        self.diagnostics = diagnostics


def has_errors(diagnostics) -> bool:
    return any(d.level == "error" for d in diagnostics)


def sort_diagnostics(diagnostics) -> list[Diagnostic]:
    seen = set()
    out = []
    for d in sorted(diagnostics, key=lambda d: (d.file, d.line, d.column, d.rule, d.message)):
        if d not in seen:
            seen.add(d)
            out.append(d)
    return out


def format_text(diagnostics) -> str:
    return "\n".join(d.parsable() for d in diagnostics)


def format_json(diagnostics) -> str:
    return json.dumps([asdict(d) for d in diagnostics], indent=2, ensure_ascii=False)
