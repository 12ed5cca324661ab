"""How diagnostics are shown: the four --format forms, and the coloured terminal form with fixes."""

from __future__ import annotations

FORMATS = ("text", "parsable", "json", "github")


def format_diagnostics(diagnostics, form: str, tty: bool = False) -> str:
    """The diagnostics in one of FORMATS ("" when there is nothing to show, except JSON's [])."""
    from . import diagnostics as d

    if form == "json":
        return d.format_json(diagnostics)
    if not diagnostics:
        return ""
    if form == "github":
        return d.format_github(diagnostics)
    if form == "parsable":
        return d.format_parsable(diagnostics)
    if tty:
        return _coloured(diagnostics)
    return d.format_text(diagnostics)


def _coloured(diagnostics) -> str:
    """One line per problem, coloured by level, with the rule's fix beneath (for a terminal)."""
    import io

    from rich.console import Console
    from rich.markup import escape

    from .rules import rules_by_id

    known = rules_by_id()
    buffer = io.StringIO()
    console = Console(file=buffer, force_terminal=True, highlight=False)
    colours = {"error": "bold red", "warning": "yellow", "info": "cyan"}
    for d in diagnostics:
        console.print(f"[bold]{escape(d.file)}:{d.line}:{d.column}:[/] [{colours.get(d.level, '')}]{d.level}[/] "
                      f"{escape(d.message)} [dim]({escape(d.rule)})[/]", soft_wrap=True)
        for site, included in zip(d.included_from, [d.file] + [s.file for s in d.included_from]):
            console.print(f"[bold]{escape(str(site))}:[/] [dim]note[/] {escape(included)} is included here", soft_wrap=True)
        hint = d.hint or (known[d.rule].hint if d.rule in known else "")
        if hint:
            console.print(f"    [dim]fix: {escape(hint)}[/]", soft_wrap=True)
    return buffer.getvalue().rstrip("\n")
