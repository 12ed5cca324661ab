"""The `foiagen init` command: every answer a flag (for scripts and tests), a prompt for each one
missing on a terminal; then one call to init.scaffold and a check of what it wrote."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

from .cli_app import EXIT_OK, EXIT_PROBLEMS, _usage_error, app

_LIST_HELP = " (repeatable)"


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="The folder to set up (created if missing; default: this one)."),
    kind: Optional[str] = typer.Option(None, "--kind", help="Who asks: individual, organization or counsel (a lawyer for clients)."),
    name: Optional[str] = typer.Option(None, "--name", help="Your name: the person who signs."),
    organization: Optional[str] = typer.Option(None, "--organization", help="The organization that asks (kind organization), or counsel's firm."),
    client: Optional[List[str]] = typer.Option(None, "--client", help="A client counsel asks for" + _LIST_HELP + "."),
    email: Optional[str] = typer.Option(None, "--email", help="Your email address, for the agency's questions."),
    phone: Optional[str] = typer.Option(None, "--phone", help="Your telephone number."),
    address: Optional[List[str]] = typer.Option(None, "--address", help="A line of your postal address" + _LIST_HELP + "."),
    agency: Optional[List[str]] = typer.Option(None, "--agency", help="An agency's directory id, e.g. fbi" + _LIST_HELP + "; `foiagen agencies WORDS` searches."),
    records: Optional[List[str]] = typer.Option(None, "--records", help="One category of records you ask for" + _LIST_HELP + "."),
    since: Optional[str] = typer.Option(None, "--since", help="Records created on or after this date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, "--until", help="… and on or before this date (YYYY-MM-DD)."),
    subject: Optional[str] = typer.Option(None, "--subject", help="The Re: line (default from the records)."),
    expedite: Optional[str] = typer.Option(None, "--expedite", help="Ask for expedited processing: the facts that make informing the public urgent."),
    dissemination: Optional[str] = typer.Option(None, "--dissemination", help="How you disseminate information (needed with --expedite)."),
    fee_waiver: Optional[str] = typer.Option(None, "--fee-waiver", help="Ask for a fee waiver: why disclosure is in the public interest."),
    max_amount: Optional[str] = typer.Option(None, "--max-amount", help="Dollars you agree to pay if no waiver is granted."),
    date: Optional[str] = typer.Option(None, "--date", help="The letter's date (YYYY-MM-DD; default today)."),
    foiagen_source: Optional[str] = typer.Option(None, "--foiagen-source", help="What the CI workflow installs: a pip requirement such as 'foiagen @ git+https://…@<commit>' (default: where this foiagen came from, if a git repository)."),
    no_input: bool = typer.Option(False, "--no-input", help="Never prompt: a missing answer is an error (the default without a terminal)."),
    force: bool = typer.Option(False, "--force", help="Overwrite files that exist."),
) -> None:
    """Set up a folder of FOIA requests: a commented spec from your answers, a .gitignore, a pre-commit configuration and a CI workflow.

    Every answer is a flag; on a terminal, foiagen asks for those missing.  The spec is
    checked as written (`foiagen validate --strict`).

    Example:  foiagen init myrequests --kind individual --name "Alex Moreno" --email alex@example.org --agency fbi --records "All records about me" --since 2020-01-01 --no-input
    """
    import datetime as dt

    from .init import KINDS, Answers, installed_source, scaffold

    ask = _Asker(interactive=not no_input and sys.stdin is not None and sys.stdin.isatty())
    kind = ask.choice("--kind", kind, "Who is asking", KINDS)
    values = dict(
        kind=kind,
        name=ask.text("--name", name, "Your name (the person who signs)"),
        organization=ask.text("--organization", organization, "The organization's name", required=kind == "organization"),
        clients=ask.many("--client", client, "A client's name", required=kind == "counsel"),
        email=ask.text("--email", email, "Your email address", required=False),
        agencies=_agency_ids(agency) if agency else ask.agencies(),
        records=ask.many("--records", records, "Records you ask for (one category)"),
        since=ask.date("--since", since, "Records created on or after (YYYY-MM-DD; empty for none)"),
        until=ask.date("--until", until, None),
        date=ask.date("--date", date, None) or dt.date.today(),
        phone=phone or "", address=list(address or []), subject=subject or "",
        expedite=expedite or "", dissemination=dissemination or "", fee_waiver=fee_waiver or "", max_amount=max_amount or "",
        foiagen_source=foiagen_source or installed_source()
        or ask.text("--foiagen-source", None, "What CI installs (e.g. foiagen @ git+https://…@<commit>)"),
    )
    if values["expedite"] and not values["dissemination"]:
        values["dissemination"] = ask.text("--dissemination", None, "How you disseminate information (for expedition)")
    try:
        written = scaffold(Answers(**values), folder, force)
    except FileExistsError as exc:
        _usage_error(f"{exc} exists; use --force to overwrite it")
    _report(folder, written)


def _report(folder: Path, written: list[Path]) -> None:
    from .api import check
    from .diagnostics import format_text

    for path in written:
        typer.echo(f"wrote {path}", err=True)
    result = check([written[0]])
    if result.diagnostics:
        typer.echo(format_text(result.diagnostics))
    typer.echo(f"next: edit {written[0]}, then `foiagen render {folder / 'requests'} -o {folder / 'letters'}`; "
               f"in a git repository, `pre-commit install` runs the check before each commit", err=True)
    raise typer.Exit(EXIT_PROBLEMS if result.failed(strict=True) else EXIT_OK)


def _agency_ids(ids: list[str]) -> list[str]:
    from .registry import load_registry

    registry = load_registry()
    for agency_id in ids:
        if agency_id.lower() not in registry.agencies:
            found = [a.id for a in registry.search_agencies(agency_id)][:5]
            _usage_error(f"--agency: {agency_id!r} is not a directory id" + (f"; the directory has {', '.join(found)}" if found
                                                                            else "; `foiagen agencies WORDS` searches the directory"))
    return [i.lower() for i in ids]


class _Asker:
    """An answer from its flag, else from a prompt on a terminal, else a usage error naming the flag."""

    def __init__(self, interactive: bool):
        self.interactive = interactive

    def text(self, flag: str, given, question, required: bool = True) -> str:
        if given is not None:
            return given
        if self.interactive and question:
            from rich.prompt import Prompt

            return Prompt.ask(question, default="" if not required else None) or ""
        if required:
            _usage_error(f"{flag} is needed (or run `foiagen init` on a terminal to be asked)")
        return ""

    def choice(self, flag: str, given, question, choices) -> str:
        if given is None and self.interactive:
            from rich.prompt import Prompt

            return Prompt.ask(question, choices=list(choices), default=choices[0])
        value = self.text(flag, given, question)
        if value not in choices:
            _usage_error(f"{flag} must be one of {', '.join(choices)}, not {value!r}")
        return value

    def many(self, flag: str, given, question, required: bool = True) -> list[str]:
        if given:
            return list(given)
        out: list[str] = []
        while self.interactive and (answer := self.text(flag, None, f"{question} (empty to finish)", required=False)):
            out.append(answer)
        if required and not out:
            _usage_error(f"{flag} is needed at least once (or run `foiagen init` on a terminal to be asked)")
        return out

    def agencies(self) -> list[str]:
        """Directory ids, asked one by one; words that are not an id are searched in the directory."""
        if not self.interactive:
            _usage_error("--agency is needed at least once (or run `foiagen init` on a terminal to be asked)")
        from .registry import load_registry

        registry, chosen = load_registry(), []
        while answer := self.text("--agency", None, "An agency: its directory id, or words to search (empty to finish)",
                                  required=False).strip().lower():
            if answer in registry.agencies:
                chosen.append(answer)
                continue
            found = registry.search_agencies(answer)[:8]
            typer.echo("\n".join(f"  {a.id:<16} {a.name}" for a in found) or f"  nothing in the directory matches {answer!r}")
        if not chosen:
            _usage_error("--agency is needed at least once")
        return chosen

    def date(self, flag: str, given, question):
        import datetime as dt

        value = self.text(flag, given, question, required=False)
        try:
            return dt.date.fromisoformat(value) if value else None
        except ValueError:
            _usage_error(f"{flag} must be a date written YYYY-MM-DD, not {value!r}")
