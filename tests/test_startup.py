"""Start-up stays light: --help, validate, agencies and schema never import the writers' libraries."""

import os
import subprocess
import sys

import pytest

from conftest import ROOT

HEAVY = ("reportlab", "lxml", "docx", "PIL")
# typer 0.29 validates every option through pydantic (about 100 ms a process); foiagen pins
# typer 0.28, which does not, and no command of ours should bring pydantic back.
NEVER = ("pydantic", "pydantic_core")


def top_level_imports(*args) -> set[str]:
    """The top-level packages a `foiagen ARGS` process imports (it must succeed)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-X", "importtime", "-m", "foiagen", *args], capture_output=True, text=True, cwd=ROOT, env=env)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return {line.split("|")[-1].strip().split(".")[0] for line in proc.stderr.splitlines() if line.startswith("import time:")}


@pytest.mark.parametrize("args", [["--help"], ["validate", "examples/minimal.yaml"], ["agencies", "ice"], ["schema"], ["rules"]])
def test_light_commands_do_not_import_the_writers(args):
    imported = top_level_imports(*args)
    assert not imported & set(HEAVY), imported & set(HEAVY)
    assert not imported & set(NEVER), imported & set(NEVER)
    if args == ["--help"]:
        assert "jinja2" not in imported and "yaml" not in imported


def test_render_does_not_import_pydantic(tmp_path):
    imported = top_level_imports("render", "examples/minimal.yaml", "-o", str(tmp_path), "-f", "docx")
    assert "lxml" in imported  # the DOCX writer ran in this process
    assert not imported & set(NEVER), imported & set(NEVER)


@pytest.mark.parametrize("code, rc, err", [("None", 0, ""), ("0", 0, ""), ("2", 2, ""), ("'bad spec'", 1, "bad spec")])
def test_the_fast_exit_runs_exit_handlers_flushes_and_keeps_the_code(code, rc, err):
    probe = ("import atexit, sys\nfrom foiagen.cli import _exit\n"
             "atexit.register(lambda: sys.stdout.write(' handler ran'))\n"
             f"sys.stdout.write('buffered'); _exit({code})\nprint('not reached')")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONUNBUFFERED="")
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, env=env)
    assert (proc.returncode, proc.stdout, proc.stderr.strip()) == (rc, "buffered handler ran", err)


def test_a_closed_stdout_is_no_crash():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = f"'{sys.executable}' -m foiagen validate examples/minimal.yaml >&-"
    proc = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=ROOT, env=env)
    assert "Traceback" not in proc.stderr and "internal error" not in proc.stderr
    assert proc.returncode == 0
