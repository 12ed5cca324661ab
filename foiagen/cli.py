"""The command line: parse arguments, call the library once, print diagnostics, set the exit code.

Exit codes: 0 success; 1 a spec (or letter) has errors; 2 usage error (missing file,
unknown format, bad option).  Heavy libraries are imported inside commands only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
DEFAULT_FORMATS = "docx,pdf"

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="foiagen: FOIA request letters from YAML specs, checked and cited, as DOCX, PDF and text.",
)


def _usage_error(message: str) -> None:
    typer.echo(f"foiagen: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _spec_files(paths: List[Path]) -> List[Path]:
    """Files as given; folders give every *.yaml / *.yml inside, recursively, sorted.

    Files named *.part.yaml are reusable parts (a requester profile, shared definitions):
    they are checked where a spec includes them, not as letters of their own.
    """
    files: List[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml") and p.is_file()
                                and not p.name.endswith((".part.yaml", ".part.yml"))))
        elif path.exists():
            files.append(path)
        else:
            _usage_error(f"no such file or folder: {path}")
    return files


def _print_diagnostics(diagnostics) -> None:
    from .diagnostics import format_text

    if diagnostics:
        typer.echo(format_text(diagnostics))


@app.command()
def validate(
    paths: List[Path] = typer.Argument(None, help="Spec files or folders (default: the current folder)."),
) -> None:
    """Check request specs and report every problem as path:line:col: level message (rule-id).

    Folders are searched recursively for *.yaml and *.yml files.  Exits 0 when there are no
    errors, 1 when there is any, 2 on usage errors.

    Example:  foiagen validate requests/ examples/minimal.yaml
    """
    from .diagnostics import has_errors
    from .pipeline import load_request
    from .registry import load_registry

    files = _spec_files(paths or [Path(".")])
    if not files:
        _usage_error("no *.yaml or *.yml spec files found")
    registry = load_registry()
    failed = False
    for file in files:
        loaded = load_request(file, registry)
        _print_diagnostics(loaded.diagnostics)
        failed |= has_errors(loaded.diagnostics) or loaded.request is None
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


@app.command()
def render(
    specs: List[Path] = typer.Argument(..., help="Spec files (or folders of specs) to render."),
    output_dir: Path = typer.Option(Path("."), "--output-dir", "-o", help="Folder for the letters (created if missing)."),
    formats: str = typer.Option(DEFAULT_FORMATS, "--format", "-f", help="Comma-separated formats: docx, pdf, txt."),
    template: Optional[Path] = typer.Option(None, "--template", help="Your own letter template (runs sandboxed)."),
) -> None:
    """Write each spec's letter as DIR/<spec file stem>.<format>.

    A spec with errors writes nothing and exits 1 with its diagnostics; files are
    written atomically, so a failure never leaves a half-written or clobbered letter.

    Example:  foiagen render requests/2020-10-19-clearview-ice-cbp-dhs.yaml -o out -f docx,pdf,txt
    """
    from .writers import WRITERS

    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        _usage_error(f"unknown format {', '.join(unknown) or formats!r}; choose from {', '.join(WRITERS)}")
    if template is not None and not template.is_file():
        _usage_error(f"no such template file: {template}")
    files = _spec_files(specs)
    if not files:
        _usage_error("no *.yaml or *.yml spec files found")
    stems = {}
    for file in files:
        if file.stem in stems:
            _usage_error(f"{file} and {stems[file.stem]} would both be written as {file.stem}.*")
        stems[file.stem] = file

    failed = False
    for file in files:
        failed |= not _render_one(file, output_dir, wanted, template)
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


def _render_one(file: Path, output_dir: Path, formats: List[str], template: Optional[Path]) -> bool:
    from .diagnostics import Diagnostic, has_errors
    from .letterxml import LetterXMLError
    from .pipeline import display_path, load_request, render_outputs, write_atomically
    from .render import RenderError
    from .writers import WRITERS, WriterError

    loaded = load_request(file)
    _print_diagnostics(loaded.diagnostics)
    if loaded.request is None or has_errors(loaded.diagnostics):
        return False
    where = display_path(file)
    try:
        outputs = render_outputs(loaded.request, formats, template_path=template)
    except WriterError as exc:
        line, col = _locate(file, exc.message)
        _print_diagnostics([Diagnostic(where, line, col, "error", exc.message, "cannot-render")])
        return False
    except (RenderError, LetterXMLError) as exc:
        tpl = getattr(exc, "file", "") or (str(template) if template else "built-in template")
        typer.echo(f"{tpl}:{getattr(exc, 'line', 0)}:0: error {exc.message} (template-error)")
        return False
    for fmt, data in outputs.items():
        target = output_dir / f"{file.stem}.{WRITERS[fmt][2]}"
        write_atomically(target, data)
        typer.echo(f"wrote {display_path(target)}", err=True)
    return True


def _locate(file: Path, message: str) -> tuple[int, int]:
    """Point at the first occurrence in the spec of a character a writer named (U+XXXX)."""
    import re

    match = re.search(r"U\+([0-9A-F]{4,6})", message)
    if not match:
        return 0, 0
    char = chr(int(match.group(1), 16))
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0, 0
    index = text.find(char)
    if index < 0:
        return 0, 0
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def main() -> None:
    try:
        app(prog_name="foiagen")
    except KeyboardInterrupt:
        typer.echo("foiagen: interrupted", err=True)
        sys.exit(130)
    except SystemExit:
        raise
    except Exception as exc:  # the last line of defence: never a traceback
        typer.echo(f"foiagen: internal error: {type(exc).__name__}: {exc} (please report this)", err=True)
        sys.exit(3)


if __name__ == "__main__":
    main()
