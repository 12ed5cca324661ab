"""The benchmark's tools: timing a fresh process (wall, CPU and peak memory from os.wait4), medians,
the stage-by-stage probe of one letter, and the printing of rows (used by bench.py and sections.py)."""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = sorted(p for p in (ROOT / "requests").glob("*.yaml") if not p.name.endswith(".case.yaml"))
SEED = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"  # seed 000
# Typst as a whole process, as foiagen is timed: import the package, compile the .typ to PDF
# with the same Liberation Serif fonts foiagen embeds.
TYPST_COMPILE = "import sys, typst; typst.compile(sys.argv[1], output=sys.argv[2], font_paths=[sys.argv[3]])"
BATCH, SMALL_BATCH = 200, 20


# -- running processes ---------------------------------------------------------------
@dataclass
class Run:
    seconds: float
    maxrss_mb: float  # largest resident set of the process or of any of its (waited-for) children
    cpu: float  # user + system CPU seconds of the process and its (waited-for) children
    ok: bool
    error: str = ""


def run(cmd: list[str], check_file: Path | None = None) -> Run:
    """Run a command to its end; wall time and peak memory from os.wait4 (no pipes to drain)."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        ok = proc.returncode == 0 and (check_file is None or check_file.exists())
        message = ""
        if not ok:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-1:]
            message = f"exit {proc.returncode}" + (f": {tail[0][:120]}" if tail else "") + (
                f" (no {check_file.name})" if check_file is not None and not check_file.exists() else "")
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KiB on Linux
    return Run(seconds, rss, usage.ru_utime + usage.ru_stime, ok, message)


@dataclass
class Timing:
    runs: list[Run]

    @property
    def ok(self) -> bool:
        return bool(self.runs) and all(r.ok for r in self.runs)

    @property
    def ms(self) -> float:
        return statistics.median(r.seconds for r in self.runs) * 1000

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def maxrss_mb(self) -> float:
        return max(r.maxrss_mb for r in self.runs)

    @property
    def error(self) -> str:
        return next((r.error for r in self.runs if not r.ok), "")


def timed(cmd: list[str], repeat: int, warmup: bool = True, before=None, check_file: Path | None = None) -> Timing:
    runs = []
    for i in range(repeat + (1 if warmup else 0)):
        if before is not None:
            before()
        if check_file is not None:
            check_file.unlink(missing_ok=True)
        result = run(cmd, check_file)
        if not result.ok:
            return Timing([result])
        if i or not warmup:
            runs.append(result)
    return Timing(runs)


SPIN = "s = 0\nfor i in range(8_000_000):\n    s += i"  # pure-Python CPU work, about half a second


def spin_seconds(processes: int) -> float:
    """Wall time of `processes` CPU-bound interpreters started together."""
    start = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-c", SPIN]) for _ in range(processes)]
    for proc in procs:
        proc.wait()
    return time.perf_counter() - start


# One letter in a fresh interpreter, stage by stage: where a one-letter process spends its time.
STAGES = """
import json, sys, time
from pathlib import Path
marks = [("interpreter start-up", time.perf_counter() * 1000 - float(sys.argv[2]))]
def mark(name, start):
    marks.append((name, time.perf_counter() * 1000 - start))
    return time.perf_counter() * 1000
t = time.perf_counter() * 1000
import foiagen.cli
t = mark("import the CLI (typer)", t)
from foiagen.pipeline import load_request
request = load_request(Path(sys.argv[1])).request
t = mark("first load+check (registry, schema)", t)
from foiagen.render import render_document
document = render_document(request)
t = mark("first template -> Document (Jinja compile)", t)
from foiagen.writers import get_writer
get_writer("docx")(document)
t = mark("import python-docx + write DOCX", t)
import foiagen.writers.pdf
t = mark("import reportlab (the PDF writer)", t)
get_writer("pdf")(document)
t = mark("first PDF (fonts, layout, drawing)", t)
print(json.dumps(marks))
"""


def stage_times(repeat: int) -> list[tuple[str, float]] | None:
    import json

    samples = []
    for _ in range(repeat + 1):  # the first run warms the disk cache and is dropped
        epoch = time.perf_counter()
        # perf_counter is CLOCK_MONOTONIC on Linux and macOS, shared across processes
        proc = subprocess.run([sys.executable, "-c", STAGES, str(SEED), repr(epoch * 1000)], cwd=ROOT,
                              capture_output=True, text=True)
        if proc.returncode != 0:
            return None
        samples.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    samples = samples[1:]
    return [(name, statistics.median(s[i][1] for s in samples)) for i, (name, _) in enumerate(samples[0])]


def foiagen_cmd() -> list[str]:
    """The `foiagen` console script beside this interpreter (what users run), else python -m foiagen."""
    script = Path(sys.executable).with_name("foiagen")
    return [str(script)] if script.exists() else [sys.executable, "-m", "foiagen"]


def median_ms(fn, repeat: int) -> float:
    fn()  # warm-up
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def docx_footnote_count(path: Path) -> int:
    """Real footnotes in a DOCX (Word's separator pseudo-notes not counted)."""
    try:
        with zipfile.ZipFile(path) as z:
            xml = z.read("word/footnotes.xml").decode("utf-8")
    except (KeyError, OSError, zipfile.BadZipFile):
        return 0
    notes = re.findall(r"<w:footnote\b([^>]*)>", xml)
    return sum(1 for attrs in notes if "w:type=" not in attrs or 'w:type="normal"' in attrs)


def pdf_pages(path: Path) -> str:
    if not shutil.which("pdfinfo") or not path.exists():
        return "?"
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True).stdout
    m = re.search(r"^Pages:\s+(\d+)", info, re.M)
    return m.group(1) if m else "?"


def tool_version(cmd: list[str]) -> str:
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=60).stdout.strip().splitlines()
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return out[0] if out else "?"


def load() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "?"


# -- printing ------------------------------------------------------------------------
WIDTH = 66


def section(title: str) -> None:
    print(f"\n{title}\n{'-' * len(title)}")


def row(name: str, *cells: str) -> None:
    print(f"{name:<{WIDTH}}" + "".join(f"{c:>13}" for c in cells))


def byte_compile() -> str:
    """Write foiagen's .pyc files, as `pip install .` does for an installed copy.

    An editable install (what .ci/run makes) leaves them to the interpreter, which does not
    write them when PYTHONDONTWRITEBYTECODE is set (it is, on the CI machines): every run
    would then compile foiagen's sources again, about 60 ms that no installed copy pays.
    """
    import compileall

    ok = compileall.compile_dir(str(ROOT / "foiagen"), quiet=1)
    note = " (PYTHONDONTWRITEBYTECODE is set here)" if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""
    return f"foiagen's modules byte-compiled first, as an installed copy is{note}" if ok else "byte-compiling foiagen failed"


def fmt_ms(t: Timing | None) -> str:
    if t is None:
        return "not installed"
    return f"{t.ms:,.0f} ms" if t.ok else "failed"


