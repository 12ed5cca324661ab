"""Helpers for the red-team regression suite (../shared/reviews/2026-12-red-team.md).

`foiagen(...)` runs the CLI as a real process, as each reproduction did, and holds every
run to the issue's acceptance bounds: no traceback, at most 10 seconds, at most 500 MB.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
MAX_SECONDS, MAX_MB = 10.0, 500


def base() -> str:
    from foiagen.rules import BASE_SPEC

    return BASE_SPEC


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    max_mb: float

    @property
    def out(self) -> str:
        return self.stdout + self.stderr


def foiagen(*args, cwd=None, env=None, close_stderr=False, timeout=MAX_SECONDS, **popen) -> Result:
    """Run `foiagen args…`; assert it stayed within the bounds and printed no traceback."""
    environ = dict(os.environ, PYTHONPATH=str(ROOT), **(env or {}))
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "foiagen", *map(str, args)], cwd=cwd, env=environ,
                                stdin=subprocess.DEVNULL, stdout=out,
                                stderr=subprocess.DEVNULL if close_stderr else err, **popen)
        timer = threading.Timer(timeout * 2, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own peak memory, not every child's
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.monotonic() - start
        out.seek(0)
        err.seek(0)
        result = Result(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                        seconds, usage.ru_maxrss / 1024)
    assert "Traceback" not in result.out, result.out
    assert "internal error" not in result.out, result.out
    assert seconds < timeout, f"took {seconds:.1f} s: {result.out[-500:]}"
    assert result.max_mb < MAX_MB, f"used {result.max_mb:.0f} MB"
    return result


def spec(folder: Path, text: str, name: str = "spec.yaml") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def edit(old: str, new: str) -> str:
    """The base spec with `old` replaced by `new` (appended where `old` is empty)."""
    text = base()
    if not old:
        return text + new
    assert old in text, old
    return text.replace(old, new, 1)
