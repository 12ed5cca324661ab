"""The `preview` command: render a spec to a temporary PDF, open it, and (--watch) render again on save.

Registered on the one Typer app of foiagen.cli_app; the rendering libraries load inside the command.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli_app import EXIT_OK, EXIT_PROBLEMS, _usage_error, app


@app.command()
def preview(
    spec: Path = typer.Argument(..., help="The spec file to preview."),
    watch: bool = typer.Option(False, "--watch", "-w", help="Render again each time the spec is saved (Ctrl-C stops)."),
    interval: float = typer.Option(0.5, "--interval", help="With --watch: seconds between checks of the spec's modification time."),
    polls: Optional[int] = typer.Option(None, "--polls", hidden=True, help="With --watch: stop after this many checks (for tests and scripts)."),
    no_open: bool = typer.Option(False, "--no-open", help="Print the PDF's path instead of opening it."),
    template: Optional[Path] = typer.Option(None, "--template", help="Your own letter template (runs sandboxed)."),
    output: Optional[Path] = typer.Option(None, "--output-dir", "-o", help="Folder for the preview PDF (default: a folder of foiagen's in the temporary folder)."),
) -> None:
    """Render SPEC to a PDF in a temporary folder and open it in your PDF viewer (xdg-open, or open
    on macOS; where there is none, its path is printed).  With --watch, render it again each time
    the spec is saved; most viewers reload the file.

    Example:  foiagen preview requests/letter.yaml --watch
    """
    from .preview import open_file, preview_path, render_preview, watch as watch_spec

    if not spec.is_file():
        _usage_error(f"no such spec file: {spec}")
    if template is not None and not template.is_file():
        _usage_error(f"no such template file: {template}")
    if interval <= 0 or (polls is not None and polls < 0):
        _usage_error("--interval must be more than 0 seconds and --polls at least 0")
    target, shown = preview_path(spec, output), []

    def once() -> bool:
        result = render_preview(spec, target, template)
        for line in result.lines:
            typer.echo(line)
        if result.ok and not shown:  # opened (or its path printed) once: viewers reload the file
            shown.append(target)
            if no_open or not open_file(target):
                typer.echo(str(target))
        elif result.ok:
            typer.echo(f"rendered {target}", err=True)
        return result.ok

    ok = once()
    if not watch:
        raise typer.Exit(EXIT_OK if ok else EXIT_PROBLEMS)
    typer.echo(f"watching {spec} (Ctrl-C stops)", err=True)
    try:
        watch_spec(spec, once, interval, polls)
    except KeyboardInterrupt:
        typer.echo("stopped", err=True)
    raise typer.Exit(EXIT_OK)
