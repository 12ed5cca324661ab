"""Diagnostics: the one value type every stage reports problems with, and its formats."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, replace

LEVELS = ("error", "warning", "info")
MAX_MESSAGE = 600  # characters: a message never carries a file's content at length
# What a terminal or a log viewer would act on rather than show: controls (ESC starts
# colour and title codes), bidi controls, line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def neutralise(text: str) -> str:
    """`text` with every character a terminal would obey written as a visible escape (\\x1b)."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


@dataclass(frozen=True, order=True)
class Site:
    """Where a spec (or a part) includes the file a diagnostic is in: its `include:` key."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, order=True)
class Diagnostic:
    file: str
    line: int  # 1-based; 0 when the problem has no line (a missing file)
    column: int  # 1-based
    level: str  # error | warning | info
    message: str
    rule: str  # kebab-case rule id
    hint: str = ""
    # in an included file: where it is included, innermost first (the spec's own `include:` last)
    included_from: tuple[Site, ...] = ()

    def __post_init__(self):
        message = neutralise(self.message)
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        object.__setattr__(self, "message", message)
        object.__setattr__(self, "file", neutralise(self.file))
        object.__setattr__(self, "hint", neutralise(self.hint))
        object.__setattr__(self, "included_from", tuple(Site(neutralise(s.file), s.line, s.column) for s in self.included_from))

    def parsable(self) -> str:
        """The default form: path:line:col: level message (rule-id); for a problem in an included
        file, then a note at each `include:` that brought it in, as compilers do."""
        return f"{self.file}:{self.line}:{self.column}: {self.level} {self.message} ({self.rule})" + self._notes("note ")

    def bracketed(self) -> str:
        """yamllint's parsable form: path:line:col: [level] message (rule-id) (and the include notes)."""
        return f"{self.file}:{self.line}:{self.column}: [{self.level}] {self.message} ({self.rule})" + self._notes("[note] ")

    def _notes(self, level: str) -> str:
        files = [self.file] + [s.file for s in self.included_from]
        return "".join(f"\n{site}: {level}{included} is included here" for site, included in zip(self.included_from, files))

    def github(self) -> str:
        """A GitHub Actions workflow command, shown as an annotation on the file."""
        command = {"error": "error", "warning": "warning"}.get(self.level, "notice")
        message = self.message + (f" (fix: {self.hint})" if self.hint else "")
        message += "".join(f" (included from {site})" for site in self.included_from)
        return (f"::{command} file={_gh_property(self.file)},line={max(self.line, 1)},col={max(self.column, 1)},"
                f"title={_gh_property(self.rule)}::{_gh_data(message)}")


class DiagnosticError(Exception):
    """Raised to stop a stage that cannot go on; carries what it found."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.parsable() for d in diagnostics))
        self.diagnostics = diagnostics


def locate_includes(diagnostics, sites: dict) -> list[Diagnostic]:
    """`diagnostics` with, on each one in an included file, the chain of `include:` keys that
    brought that file in; `sites`: {included file: (including file, line, column)}."""
    sites = {neutralise(file): where for file, where in sites.items()}
    out = []
    for d in diagnostics:
        chain, file = [], d.file
        while file in sites and len(chain) <= len(sites):
            chain.append(Site(*sites[file]))
            file = chain[-1].file
        out.append(replace(d, included_from=tuple(chain)) if chain else d)
    return out


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


def format_parsable(diagnostics) -> str:
    return "\n".join(d.bracketed() for d in diagnostics)


def format_github(diagnostics) -> str:
    return "\n".join(d.github() for d in diagnostics)


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def summary(diagnostics, files: int) -> str:
    errors = sum(d.level == "error" for d in diagnostics)
    warnings = sum(d.level == "warning" for d in diagnostics)
    return f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} in {files} file{'s' * (files != 1)}"
