"""The command line: parse arguments, call the library once, print diagnostics, set the exit code.

Exit codes: 0 success; 1 a spec (or letter) has errors; 2 usage error (missing file,
unknown format, bad option).  Heavy libraries are imported inside commands only.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .cli_app import (  # noqa: F401  (re-exported: the command modules' and the tests' names)
    DEFAULT_FORMATS, EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, ROOT_HELP, _is_terminal, _print_diagnostics, _usage_error, app,
)


@app.command()
def validate(
    paths: List[str] = typer.Argument(None, help="Spec files (*.yaml, *.yml), templates (*.j2) or folders (default: the current folder); a folder written with a trailing slash (templates/) may be absent."),
    output: Optional[str] = typer.Option(None, "--format", help="text (default; colour on a terminal), parsable, json, or github (the default inside GitHub Actions)."),
    strict: bool = typer.Option(False, "--strict", help="Fail (exit 1) on warnings too."),
    select: Optional[str] = typer.Option(None, "--select", help="Only these rule ids (comma-separated)."),
    ignore: Optional[str] = typer.Option(None, "--ignore", help="Not these rule ids (comma-separated)."),
    root: List[Path] = typer.Option([], "--root", help=ROOT_HELP),
) -> None:
    """Check request specs and letter templates; report every problem as path:line:col: level message (rule-id).

    Folders are searched recursively.  Templates are checked for Jinja syntax, then rendered
    (sandboxed, undefined values as errors) against the sample spec and the specs checked.
    Exits 0 with no errors (no warnings either, with --strict), 1 otherwise, 2 on usage errors.
    `foiagen rules` documents every rule id.

    Example:  foiagen validate requests/ templates/ --format github --strict
    """
    import os

    from .api import UsageError, check
    from .diagnostics import summary
    from .report import FORMATS, format_diagnostics

    if output is None:
        output = "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"
    if output not in FORMATS:
        _usage_error(f"unknown --format {output!r}; choose from {', '.join(FORMATS)}")
    try:
        if paths and any(p == "" for p in paths):
            raise UsageError("an empty path (an unset variable?) names nothing; use '.' for the current folder")
        result = check(paths or ["."], select=(select or "").split(","), ignore=(ignore or "").split(","), roots=tuple(root))
    except UsageError as exc:
        _usage_error(str(exc))
    shown = format_diagnostics(result.diagnostics, output, tty=_is_terminal(sys.stdout))
    if shown:
        typer.echo(shown)
    if output == "text" and _is_terminal(sys.stderr):
        typer.echo(summary(result.diagnostics, result.files), err=True)
    raise typer.Exit(EXIT_PROBLEMS if result.failed(strict) else EXIT_OK)


@app.command()
def render(
    specs: List[str] = typer.Argument(..., help="Spec files, folders of specs, or globs ('requests/*.yaml')."),
    output_dir: Optional[str] = typer.Option(None, "--output-dir", "-o", help="Folder for the letters (created if missing; default: foiagen.toml's [render] output-dir, else this folder)."),
    formats: Optional[str] = typer.Option(None, "--format", "-f", help="Comma-separated formats: docx, pdf, txt (default: foiagen.toml's [render] formats, else docx,pdf)."),
    per_agency: bool = typer.Option(False, "--per-agency", help="One letter per agency (<stem>-<agency id>.<ext>), each addressed to its own office and citing its own regulation."),
    variations: Optional[Path] = typer.Option(None, "--vars", help="CSV or YAML rows, one letter per row: columns are spec paths (agencies, requesters.0.organization, …) and 'name'."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="Processes to render with (default: the number of cores)."),
    template: Optional[Path] = typer.Option(None, "--template", help="Your own letter template (runs sandboxed)."),
    root: List[Path] = typer.Option([], "--root", help=ROOT_HELP),
    attach: bool = typer.Option(False, "--attach", help="Append the PDF of each enclosure the spec names (enclosures: [{text: …, file: x.pdf}]) to the letter's PDF."),
    reference_docx: Optional[Path] = typer.Option(None, "--reference-docx", help="An organisation's Word file: the DOCX takes its styles, fonts, page size, margins, header and footer (as pandoc's --reference-doc); the PDF its page size and margins."),
    packet: bool = typer.Option(False, "--packet", help="Also write each agency's delivery packet for the channel it takes on the letter's date (portal fields .portal.json/.portal.txt, an .eml, or an envelope sheet) and print what to do next."),
) -> None:
    """Write each spec's letter as DIR/<spec file stem>.<format>.

    A spec with errors writes nothing and exits 1 with its diagnostics; the other specs are
    still rendered.  Files are written atomically, so a failure never leaves a half-written
    or clobbered letter.  Where an agency takes requests only through its online portal on
    the letter's date, DIR/<stem>.portal.txt holds the portal form texts (each checked
    against the portal's 10,000-character fields).

    Example:  foiagen render requests/ -o out -f docx,pdf,txt --jobs 2
    """
    from .api import UsageError, render_files
    from .runner import BatchStopped

    options, formats, output_dir = _render_settings(formats, output_dir, attach, reference_docx)
    progress = _Progress(enabled=_is_terminal(sys.stderr))
    try:
        batch = render_files(specs, output_dir, formats.split(","), per_agency, variations, jobs, template, root,
                             options, on_result=progress.report, on_start=progress.start, on_rendered=progress.advance, packet=packet)
    except UsageError as exc:
        _usage_error(str(exc))
    except BatchStopped as stop:
        _report_stopped(progress, stop.outcome)
    finally:
        progress.stop()
    if batch.problems:
        _print_diagnostics(batch.problems)
        raise typer.Exit(EXIT_PROBLEMS)
    if len(batch.results) > 1 or batch.failed:
        written = sum(len(r.written) for r in batch.results)
        typer.echo(f"{len(batch.results) - batch.failed} of {len(batch.results)} letter sets written ({written} files); "
                   f"{batch.failed} failed", err=True)
    raise typer.Exit(EXIT_PROBLEMS if batch.failed else EXIT_OK)


def _render_settings(formats: Optional[str], output_dir: Optional[str], attach: bool, reference_docx: Optional[Path]):
    """render's writer options (SOURCE_DATE_EPOCH, --attach, --reference-docx), formats and output
    folder: the flags, else foiagen.toml's [render] table, else the defaults.  Usage errors exit 2."""
    import os

    from .config import ConfigError, config_for
    from .writers import WriterOptions

    try:
        options = WriterOptions.from_environment(os.environ)  # SOURCE_DATE_EPOCH: read here, never by a writer
        if attach or reference_docx is not None:
            from dataclasses import replace

            options = replace(options, attach=attach, reference_docx=_reference_docx(reference_docx))
    except ValueError as exc:
        _usage_error(str(exc))
    try:
        defaults = config_for(Path("."))
    except ConfigError as exc:
        _usage_error(str(exc))
    formats = formats if formats is not None else ",".join(defaults.formats) or DEFAULT_FORMATS
    output_dir = output_dir if output_dir is not None else Path(defaults.output_dir or ".")  # "" stays an error
    return options, formats, output_dir


def _reference_docx(path: Optional[Path]) -> bytes | None:
    """The bytes of --reference-docx, checked (a usage error names what is wrong)."""
    if path is None:
        return None
    from .confine import RefusedRead, read_limited
    from .writers.docx_reference import MAX_REFERENCE_BYTES, check_reference

    try:
        data = read_limited(path, MAX_REFERENCE_BYTES)
        check_reference(data)
    except FileNotFoundError:
        _usage_error(f"--reference-docx {path}: no such file")
    except RefusedRead as exc:
        _usage_error(f"--reference-docx {path}: {exc.message}")
    except ValueError as exc:
        _usage_error(f"--reference-docx {path}: {exc}")
    return data


def _report_stopped(progress, outcome) -> None:
    """A batch SIGINT or SIGTERM stopped: what was written, and that nothing else changed."""
    progress.stop()
    done = [r for r in outcome.results if r.written]
    for result in done:
        progress.report(result)
    typer.echo(f"foiagen: interrupted: {len(done)} of {len(outcome.results)} letter sets rendered so far were written "
               f"({sum(len(r.written) for r in done)} files); the rest were not, and no file of theirs was changed",
               err=True)
    raise typer.Exit(128 + outcome.stopped)


class _Progress:
    """render's output as each letter set is done: its diagnostics, then 'wrote …' lines, or a
    progress bar on a terminal when there are several sets."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bar = self.task = None

    def start(self, total: int) -> None:
        if self.enabled and total > 1:
            from rich.progress import Progress

            self.bar = Progress(transient=True)
            self.task = self.bar.add_task("rendering", total=total)
            self.bar.start()

    def advance(self, result) -> None:
        """A letter set is rendered (it is written once every set is)."""
        if self.bar is not None:
            self.bar.advance(self.task)

    def report(self, result) -> None:
        """A letter set is done: its diagnostics, then each file written."""
        self.stop()
        for line in result.lines:
            typer.echo(line, err=line.startswith("foiagen: "))
        for path in result.written:
            typer.echo(f"wrote {path}", err=True)
        for step in result.steps if result.ok else ():  # --packet: what to do next, per agency
            typer.echo(f"next: {step}")

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None


@app.command()
def agencies(
    query: Optional[str] = typer.Argument(None, help="Words of an office's name, abbreviation, alias, parent or region (e.g. fbi, 'epa region 10', 'dhs oig')."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of text."),
    on: Optional[str] = typer.Option(None, "--date", help="Show the channels in force on this date (YYYY-MM-DD; default today)."),
    stale: bool = typer.Option(False, "--stale", help="List the addresses, emails and portals older than --max-age years (or undated), and where to check them."),
    max_age: float = typer.Option(3.0, "--max-age", help="With --stale: the age in years after which a fact needs checking."),
) -> None:
    """List and search the agency directory: each office's FOIA regulation, channels, appeal authority and the date of each fact.

    Example:  foiagen agencies 'epa region 10'
    """
    import datetime as dt
    import json

    from . import agencies_cli as view
    from .api import find_agencies
    from .registry import load_registry

    try:
        day = dt.date.fromisoformat(on) if on else dt.date.today()
    except ValueError:
        _usage_error(f"--date must be YYYY-MM-DD, not {on!r}")
    registry = load_registry()
    found, complete = registry.search(query)
    if stale:
        lines = view.stale_lines(registry, found, day, max_age)
        typer.echo("\n".join(["id\tfact\tas of\twhere to check"] + lines) if not as_json else json.dumps(
            [dict(zip(("id", "fact", "as_of", "check"), line.split("\t"))) for line in lines], indent=2, ensure_ascii=False))
        raise typer.Exit(EXIT_OK)
    rows = find_agencies(query, day, registry) if as_json else [view.row(registry, a, day) for a in found]
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif not rows:
        typer.echo(f"no agency matches {query!r}; `foiagen agencies` lists them all, and an office not in the directory can be written inline in the spec")
    else:
        out = [] if complete else [f"no office matches every word of {query!r}; these match {query.split()[0]!r}:", ""]
        for r, a in zip(rows, found):
            out += view.text_block(r, a) + [""]
        out.append(f"channels as on {day.isoformat()}; each fact shows the date it was seen (`foiagen agencies --stale` lists those to check)")
        typer.echo("\n".join(out))
    raise typer.Exit(EXIT_OK if rows else EXIT_PROBLEMS)


@app.command()
def cite(
    meaning: Optional[str] = typer.Argument(None, help="What is cited, e.g. expedite.urgency_to_inform (omit to list them)."),
    on: Optional[str] = typer.Option(None, "--date", help="The letter's date (YYYY-MM-DD; default today)."),
    agency: Optional[List[str]] = typer.Option(None, "--agency", "-a", help="An agency id (repeatable; default: every authority)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Show what a letter cites for MEANING on a date: each provision with its source, dates and verification level.

    Example:  foiagen cite expedite.media_interest --date 2026-03-02 --agency ice
    """
    import datetime as dt
    import json

    from .citing import cite_report, format_text, meanings, suggest_meaning
    from .registry import load_registry

    registry = load_registry()
    if meaning is None:
        typer.echo("\n".join(meanings(registry)))
        raise typer.Exit(EXIT_OK)
    try:
        day = dt.date.fromisoformat(on) if on else dt.date.today()
    except ValueError:
        _usage_error(f"--date must be YYYY-MM-DD, not {on!r}")
    ids = [a.lower() for a in agency or []]
    for agency_id in ids:
        if agency_id not in registry.agencies:
            same = [a.id for a in registry.search_agencies(agency_id) if a.id != agency_id][:3]
            _usage_error(f"unknown agency id {agency_id!r}" + (f"; the directory has {', '.join(same)}" if same else "; run `foiagen agencies WORDS`"))
    if meaning not in meanings(registry):
        close = suggest_meaning(registry, meaning)
        _usage_error(f"the registry has no citation meaning {meaning!r}" + (f"; try {', '.join(close)}" if close else "; run `foiagen cite` to list them"))
    rows = cite_report(registry, meaning, day, ids)
    typer.echo(json.dumps(rows, indent=2, ensure_ascii=False) if as_json else format_text(rows, meaning, day))
    raise typer.Exit(EXIT_OK if any(r["in_force"] for r in rows) else EXIT_PROBLEMS)


@app.command()
def schema(
    markdown: bool = typer.Option(False, "--markdown", help="Print the spec reference (README's tables) instead."),
    case_log: bool = typer.Option(False, "--case-log", help="The schema of case logs (<stem>.case.yaml) instead of request specs."),
) -> None:
    """Print the spec format's JSON Schema (for editor completion, e.g. yaml-language-server, and check-jsonschema).

    Both the schema and the Markdown reference are generated from the field table (foiagen/spec/fields.py).

    Example:  foiagen schema > foiagen.schema.json
    """
    from .schema import reference_markdown, schema_json

    if case_log:
        import json

        from .schema import case_log_schema

        typer.echo(json.dumps(case_log_schema(), indent=2, ensure_ascii=False))
        return
    typer.echo(reference_markdown() if markdown else schema_json())


@app.command()
def rules() -> None:
    """Print the documentation of every rule `validate` applies, as Markdown (docs/rules.md).

    Example:  foiagen rules > docs/rules.md
    """
    from .rules import rules_markdown

    typer.echo(rules_markdown())


from . import cli_case  # noqa: E402,F401  (registers status and deadlines on the app)


def main() -> None:
    for stream in (sys.stdout, sys.stderr):
        # a stream that cannot encode a spec's text (PYTHONIOENCODING=latin-1, a cp1252 pipe)
        # shows it as \u escapes rather than failing
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        app(prog_name="foiagen")
        code = 0
    except KeyboardInterrupt:
        typer.echo("foiagen: interrupted", err=True)
        code = 130
    except SystemExit as exc:
        code = exc.code
    except OSError as exc:  # the machine's fault, not foiagen's: a full disk, a closed pipe, a lost device
        _say(f"foiagen: error: {exc.strerror or exc}" + (f": {exc.filename}" if exc.filename else ""))
        code = 1
    except Exception as exc:  # the last line of defence: never a traceback
        typer.echo(f"foiagen: internal error: {type(exc).__name__}: {exc} (please report this)", err=True)
        code = 3
    _exit(code)


def _say(message: str) -> None:
    try:
        typer.echo(message, err=True)
    except (OSError, ValueError):
        pass


def _exit(code) -> None:
    """End the process without tearing the interpreter down.

    Freeing every module and object at exit takes about 30 ms after a render, and foiagen
    needs none of it: every output is written, closed and renamed into place before this
    point.  Exit handlers (atexit) still run and the standard streams are flushed; a stream
    that cannot be flushed (a closed pipe) makes the exit code 1 if it was 0.
    """
    if code is None:
        code = 0
    elif not isinstance(code, int):  # sys.exit("message")
        print(code, file=sys.stderr)
        code = 1
    import atexit
    import os

    run_exit_handlers = getattr(atexit, "_run_exitfuncs", None)
    if run_exit_handlers is None:  # not CPython: leave the usual way
        sys.exit(code)
    run_exit_handlers()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:  # None when the process was started with the stream closed
                stream.flush()
        except (OSError, ValueError):
            code = code or 1
    os._exit(code)


if __name__ == "__main__":
    main()
from . import cli_init  # noqa: E402,F401  (registers init on the app)
from . import cli_preview  # noqa: E402,F401  (registers preview on the app)
