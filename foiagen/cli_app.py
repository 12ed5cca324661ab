"""The one Typer app every command registers on, with what the command modules share: exit
codes, the usage-error exit and the one-line diagnostics print.  foiagen.cli imports the command
modules (cli_case, cli_init, cli_preview); each of them imports this module, never foiagen.cli,
so the CLI has no import cycle."""

from __future__ import annotations

import typer

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
DEFAULT_FORMATS = "docx,pdf"

app = typer.Typer(
    add_completion=True,
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    help="foiagen: FOIA request letters from YAML specs, checked and cited, as DOCX, PDF and text.",
)


def _is_terminal(stream) -> bool:
    return stream is not None and stream.isatty()  # None: the process was started with the stream closed


def _usage_error(message: str) -> None:
    typer.echo(f"foiagen: error: {message}", err=True)
    raise typer.Exit(EXIT_USAGE)


def _print_diagnostics(diagnostics) -> None:  # render's diagnostics: the default one-line form
    from .diagnostics import format_text

    if diagnostics:
        typer.echo(format_text(diagnostics))


ROOT_HELP = ("A folder includes, logos and template includes may also be read from (repeatable); "
             "by default only the spec's or template's own folder tree.")
