"""The lifecycle commands: `status` (where every request stands) and `deadlines` (a quick answer).

Registered on the one Typer app of foiagen.cli_app; like every command they parse arguments,
make one library call and print.  Heavy libraries (holidays, icalendar, rich) load inside.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .cli_app import EXIT_OK, EXIT_PROBLEMS, _usage_error, app


def _date(value: Optional[str], option: str):
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _usage_error(f"{option} must be a date, YYYY-MM-DD, not {value!r}")


def find_case_logs(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Case logs under folders, named directly, or beside the request specs named (found, missing)."""
    from .caselog import case_log_for, is_case_log

    found, missing = [], []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.rglob("*.case.y*ml") if is_case_log(p))
        elif path.is_file():
            found.append(path if is_case_log(path) else case_log_for(path))
        else:
            missing.append(path)
    return list(dict.fromkeys(found)), missing


@app.command()
def status(
    paths: List[Path] = typer.Argument(None, help="Case logs (*.case.yaml), their request specs, or folders (default: the current folder)."),
    on: Optional[str] = typer.Option(None, "--on", help="The day to report on (YYYY-MM-DD; default today)."),
    output: str = typer.Option("table", "--format", help="table (default), json, csv, or ics (a calendar: one event per deadline, with alarms)."),
    out_file: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file instead of standard output."),
) -> None:
    """Show every request x agency: tracking number, stage, next deadline, days left or overdue, and the next step the law allows.

    Deadlines are computed from each case log's events (see docs/case-logs.md): the
    determination in 20 working days, extensions, tolling, the appeal window of the
    agency's rule, the appeal decision in 20 working days.  A lapsed appeal window is shown
    in red.  Case logs with errors are reported and skipped (exit 1); otherwise exit 0.

    Example:  foiagen status requests --on 2021-04-13 --format ics -o deadlines.ics
    """
    import datetime as dt

    from .case import load_case
    from .diagnostics import format_text, has_errors
    from .status import FORMATS, case_status, format_csv, format_ics, format_json, print_table

    if output not in FORMATS:
        _usage_error(f"unknown --format {output!r}; choose from {', '.join(FORMATS)}")
    day = _date(on, "--on") or dt.date.today()
    logs, missing = find_case_logs(paths or [Path(".")])
    if missing:
        _usage_error(f"no such file or folder: {missing[0]}")
    rows, failed = [], False
    for log in logs:
        loaded = load_case(log, full=False)
        problems = [d for d in loaded.diagnostics if d.level == "error"]
        if problems:
            typer.echo(format_text(problems), err=True)
        if loaded.case is None or has_errors(loaded.diagnostics):
            failed = True
            continue
        rows += case_status(loaded.case, day)
    if output == "table" and out_file is None:
        if rows:
            print_table(rows, day)
        else:
            typer.echo("no case logs (*.case.yaml) found", err=True)
    else:
        text = {"json": format_json, "csv": format_csv, "ics": format_ics, "table": format_csv}[output](rows, day)
        data = text if isinstance(text, bytes) else text.encode("utf-8")
        if out_file is None:
            sys.stdout.flush()
            sys.stdout.buffer.write(data if data.endswith(b"\n") else data + b"\n")
        else:
            from .pipeline import write_atomically

            write_atomically(out_file, data)
    raise typer.Exit(EXIT_PROBLEMS if failed else EXIT_OK)


@app.command()
def deadlines(
    received: str = typer.Option(..., "--received", help="The day the agency received the request (YYYY-MM-DD)."),
    agency: Optional[str] = typer.Option(None, "--agency", help="Agency id (for its appeal window; see `foiagen agencies`)."),
    extension: bool = typer.Option(False, "--extension", help="The agency gave written notice of unusual circumstances (+10 working days)."),
    adverse: Optional[str] = typer.Option(None, "--adverse", help="The date of an adverse determination (gives appeal_due)."),
    appeal: Optional[str] = typer.Option(None, "--appeal", help="The day the agency received an appeal (default: the --adverse date, else --received)."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
) -> None:
    """Print FOIA's deadlines for a request received on a day: the determination, its extension, the expedite decision, the appeal and its decision.

    Working days exclude weekends and the federal legal public holidays (5 U.S.C. § 6103),
    observed days and Juneteenth (from 2021) included.

    Example:  foiagen deadlines --received 2020-10-19 --agency dhs --adverse 2020-10-29 --json
    """
    import json

    from .deadlines import quick_deadlines
    from .registry import load_registry

    regulation = ""
    if agency is not None:
        entry = load_registry().agencies.get(agency.lower())
        if entry is None:
            _usage_error(f"unknown agency id {agency!r} (see `foiagen agencies`)")
        regulation = entry.regulation
    from .case import agency_appeal_window

    window = agency_appeal_window(agency.lower(), regulation) if agency else None
    result = quick_deadlines(_date(received, "--received"), regulation, extension, _date(adverse, "--adverse"),
                             _date(appeal, "--appeal"), directory=window)
    if as_json:
        typer.echo(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            typer.echo(f"{key}: {value}")
    raise typer.Exit(EXIT_OK)


@app.command()
def followup(
    kind: str = typer.Argument(..., help="status-inquiry, appeal, mediation (a request to OGIS) or complaint-facts."),
    case_log: Path = typer.Argument(..., help="The case log (<stem>.case.yaml) or its request spec."),
    agency: Optional[str] = typer.Option(None, "--agency", help="The agency the letter is about (needed when the case has several)."),
    on: Optional[str] = typer.Option(None, "--date", help="The letter's date (default: the date of the matching event in the case log, the lawsuit's for complaint facts, else today)."),
    grounds: Optional[str] = typer.Option(None, "--grounds", help="Appeal grounds, comma-separated (default: the case log's appeal, else what its facts show)."),
    first: int = typer.Option(1, "--first-paragraph", help="complaint-facts: the number of its first paragraph."),
    output_dir: Path = typer.Option(Path("."), "--output-dir", "-o", help="Folder for the letter (created if missing)."),
    formats: str = typer.Option("docx,txt", "--format", "-f", help="Comma-separated formats: docx, pdf, txt."),
) -> None:
    """Write a follow-up letter from a request and its case log: a status inquiry, an administrative appeal, a request for OGIS mediation, or the complaint's numbered facts of exhaustion.

    The letter is DIR/<stem>.<kind>[-<agency>].<format>, made with the same templates,
    registry and writers as the request.  Appeal grounds: no-determination,
    improper-referral, inadequate-search, withholdings, segregability, no-records,
    expedite-denied, fee-waiver-denied, fee-category-denied.

    Example:  foiagen followup appeal requests/2020-10-19-clearview-ice-cbp-dhs.case.yaml --agency dhs-privacy -o out
    """
    from .case import load_case
    from .caselog import GROUNDS, case_log_for, is_case_log
    from .diagnostics import format_text
    from .followup import KINDS, FollowUpError, followup_document
    from .pipeline import write_atomically, write_formats
    from .render import RenderError
    from .writers import WRITERS

    if kind not in KINDS:
        _usage_error(f"unknown kind of letter {kind!r}; choose from {', '.join(KINDS)}")
    wanted = [f.strip().lower() for f in formats.split(",") if f.strip()]
    if not wanted or any(f not in WRITERS for f in wanted):
        _usage_error(f"unknown format in {formats!r}; choose from {', '.join(WRITERS)}")
    chosen = tuple(g.strip() for g in (grounds or "").split(",") if g.strip())
    if any(g not in GROUNDS for g in chosen):
        _usage_error(f"unknown ground in {grounds!r}; choose from {', '.join(GROUNDS)}")
    path = case_log if is_case_log(case_log) else case_log_for(case_log)
    if not path.is_file():
        _usage_error(f"no such case log: {path}")
    loaded = load_case(path)
    if not loaded.ok:
        typer.echo(format_text([d for d in loaded.diagnostics if d.level == "error"]))
        raise typer.Exit(EXIT_PROBLEMS)
    try:
        document = followup_document(loaded.case, kind, agency, _date(on, "--date"), chosen, first)
    except (FollowUpError, RenderError) as exc:
        typer.echo(f"foiagen: error: {exc}", err=True)
        raise typer.Exit(EXIT_PROBLEMS)
    outputs = write_formats(document, wanted)
    stem = f"{loaded.case.stem}.{kind}" + (f"-{agency}" if agency else "")
    for fmt, data in outputs.items():  # write_atomically makes the folder (and removes it if the write fails)
        target = output_dir / f"{stem}.{fmt}"
        write_atomically(target, data)
        typer.echo(f"wrote {target}", err=True)
    raise typer.Exit(EXIT_OK)
