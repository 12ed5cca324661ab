"""Running the CLI from tests: in-process (fast, seen by coverage) or, where the process itself is
the subject (start-up, exit codes of main(), signals, `python -m`), as one real subprocess."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def invoke(*args, cwd=None, env=None) -> Result:
    """`foiagen ARGS` in this process through click's CliRunner (no terminal; GITHUB_ACTIONS unset
    unless `env` sets it).  An exception escapes into the test rather than being printed."""
    from typer.testing import CliRunner

    from foiagen.cli import app

    runner = CliRunner(env={"GITHUB_ACTIONS": None, "COLUMNS": "200", **(env or {})})
    with contextlib.chdir(cwd or os.getcwd()):
        result = runner.invoke(app, [str(a) for a in args], prog_name="foiagen", catch_exceptions=False)
    return Result(result.exit_code, result.stdout, result.stderr)


def run_process(*args, cwd=None, env=None, python_args=()) -> Result:
    """`python -m foiagen ARGS` as a real process; it must never print a traceback."""
    full = dict(os.environ, PYTHONPATH=str(ROOT), COLUMNS="200")
    full.pop("GITHUB_ACTIONS", None)
    full.update(env or {})
    proc = subprocess.run([sys.executable, *python_args, "-m", "foiagen", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, env=full)
    assert "Traceback" not in proc.stdout + proc.stderr, proc.stderr[-2000:]
    return Result(proc.returncode, proc.stdout, proc.stderr)
