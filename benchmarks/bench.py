"""Speed figures for foiagen, printed (never asserted), next to pandoc and LibreOffice baselines.

Usage:  python benchmarks/bench.py [--repeat N] [--batch-repeat M]

Sections (see benchmarks/README.md for what each row measures):
  1. start-up and validation, whole process;
  2. one letter (seed 000) rendered by `foiagen render` as a whole process, -f docx / pdf / docx,pdf;
  3. in-process time per letter for each seed: load+validate, template -> Document, DOCX, PDF;
  4. a 200-letter batch (`--vars`, 200 rows over seed 000) with --jobs 1 and --jobs 2, and
     peak memory (max RSS, from os.wait4) of 200- and 20-letter batches;
  5. the same letter through pandoc (Markdown -> DOCX), LibreOffice (DOCX -> PDF) and Typst
     (the `typst` package: .typ -> PDF with real footnotes, in a fresh process);
  6. the targets, each with its measured value.

Whole-process times are the median of N runs (after one discarded warm-up run) of a fresh
process; batch rows are the median of M runs (default (N+1)//2) without warm-up; in-process
times are the median of N calls after one warm-up call.  Missing pandoc or soffice prints
"not installed" for their rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib.util
import os
import platform
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from baselines import document_markdown, document_typst  # noqa: E402  (the letter for pandoc and Typst)
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


def lifecycle_times(foiagen: list[str], tmp: Path, n: int) -> dict:
    """`foiagen status` over 1,000 case logs (each beside its own copy of seed 000's spec), and
    `followup appeal` against `render` of the request it follows (examples/minimal), per character."""
    seed_log = ROOT / "requests" / (SEED.stem + ".case.yaml")
    many = tmp / "cases"
    many.mkdir()
    log_text = "\n".join(l for l in seed_log.read_text(encoding="utf-8").splitlines() if not l.startswith("request:"))
    for i in range(1000):
        shutil.copyfile(SEED, many / f"r{i:04d}.yaml")
        (many / f"r{i:04d}.case.yaml").write_text(log_text + "\n", encoding="utf-8")
    status = timed(foiagen + ["status", str(many), "--on", "2021-04-13", "--format", "json", "-o", str(tmp / "status.json")],
                   max(1, n // 2))
    out = tmp / "lifecycle"
    out.mkdir()
    request = ROOT / "examples" / "minimal.yaml"
    render = timed(foiagen + ["render", str(request), "-o", str(out), "-f", "docx,pdf,txt"], n)
    appeal = timed(foiagen + ["followup", "appeal", str(request.with_name("minimal.case.yaml")), "-o", str(out), "-f", "docx,pdf,txt"], n)
    chars_request = len((out / "minimal.txt").read_text(encoding="utf-8")) if render.ok else 0
    chars_appeal = len((out / "minimal.appeal.txt").read_text(encoding="utf-8")) if appeal.ok else 0
    ratio = None
    if chars_request and chars_appeal:
        ratio = (appeal.ms / chars_appeal) / (render.ms / chars_request)
    shutil.rmtree(many, ignore_errors=True)
    return {
        "status_ms": status.ms if status.ok else None,
        "per_char_ratio": ratio,
        "rows": [("foiagen status <1,000 case logs> --format json", fmt_ms(status)),
                 (f"foiagen render examples/minimal.yaml -f docx,pdf,txt ({chars_request:,} characters)", fmt_ms(render)),
                 (f"foiagen followup appeal examples/minimal.case.yaml -f docx,pdf,txt ({chars_appeal:,} characters)", fmt_ms(appeal))],
    }


def fmt_ms(t: Timing | None) -> str:
    if t is None:
        return "not installed"
    return f"{t.ms:,.0f} ms" if t.ok else "failed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per whole-process and in-process row (default 3)")
    parser.add_argument("--batch-repeat", type=int, default=None, help="runs per batch row (default (repeat+1)//2)")
    args = parser.parse_args()
    n = max(1, args.repeat)
    nb = max(1, args.batch_repeat if args.batch_repeat is not None else (n + 1) // 2)
    sys.path.insert(0, str(ROOT))
    began = time.perf_counter()
    tmp = Path(tempfile.mkdtemp(prefix="foiagen-bench-"))
    foiagen = foiagen_cmd()
    compiled = byte_compile()
    pandoc, soffice = shutil.which("pandoc"), shutil.which("soffice") or shutil.which("libreoffice")

    print(f"foiagen benchmark  {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"Python {platform.python_version()}")
    print(f"pandoc: {tool_version([pandoc, '--version']) if pandoc else 'not installed'}; "
          f"LibreOffice: {tool_version([soffice, '--version']) if soffice else 'not installed'}")
    print(f"load average at start (1/5/15 min): {load()}")
    print(compiled)
    print(f"repeats: {n} per row (+1 warm-up for whole processes), {nb} per batch row; times are medians")

    # 1. start-up and validation -------------------------------------------------------
    section("1. Start-up and validation (whole process)")
    startup = timed([sys.executable, "-c", "pass"], n)
    help_ = timed(foiagen + ["--help"], n)
    row("python -c pass (interpreter start-up)", fmt_ms(startup))
    row("foiagen --help", fmt_ms(help_))
    row("foiagen validate requests examples", fmt_ms(timed(foiagen + ["validate", "requests", "examples"], n)))
    validate_one = timed(foiagen + ["validate", str(ROOT / "examples" / "minimal.yaml")], n)
    row("foiagen validate examples/minimal.yaml (one spec)", fmt_ms(validate_one))
    agencies_query = timed(foiagen + ["agencies", "epa region 10"], n)
    row("foiagen agencies 'epa region 10' (~430 offices)", fmt_ms(agencies_query))
    many = tmp / "many"  # 1,000 specs cycling through every shipped request and example
    shutil.copytree(ROOT / "examples" / "parts", many / "parts")  # what examples include (parts, a logo)
    sources = REQUESTS + sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.endswith(".case.yaml"))
    for i in range(1000):
        shutil.copyfile(sources[i % len(sources)], many / f"s{i:04d}.yaml")
    validate_many = timed(foiagen + ["validate", str(many)], max(1, n // 2), warmup=False)
    row("foiagen validate <1,000 specs>", fmt_ms(validate_many))
    shutil.rmtree(many, ignore_errors=True)

    # 2. one letter, whole process -------------------------------------------------------
    section(f"2. One letter, whole process: foiagen render {SEED.relative_to(ROOT)}")
    one = tmp / "one"
    one.mkdir()
    single: dict[str, Timing] = {}
    row("", "median", "max RSS")
    for fmt in ("docx", "pdf", "docx,pdf"):
        single[fmt] = timed(foiagen + ["render", str(SEED), "-o", str(one), "-f", fmt], n)
        t = single[fmt]
        row(f"foiagen render <seed 000> -f {fmt}", fmt_ms(t), f"{t.maxrss_mb:.0f} MB" if t.ok else t.error[:40])
    foiagen_pdf = one / f"{SEED.stem}.pdf"
    stages = stage_times(n) if sys.platform != "win32" else None
    if stages:
        print("where a fresh process spends it (seed 000, docx then pdf, in one interpreter):")
        for name, ms in stages:
            row(f"  {name}", f"{ms:,.0f} ms")
        row("  total", f"{sum(ms for _, ms in stages):,.0f} ms")

    # 3. in-process, per letter ------------------------------------------------------------
    section("3. In process, per letter (after one warm-up call)")
    from foiagen.pipeline import load_request
    from foiagen.render import render_document
    from foiagen.writers import get_writer

    write_docx, write_pdf = get_writer("docx"), get_writer("pdf")
    row("seed", "load+check", "-> Document", "DOCX", "PDF", "total")
    seed_document = None
    for path in REQUESTS:
        request = load_request(path).request
        document = render_document(request)
        if path == SEED:
            seed_document = document
        cells = [median_ms(lambda: load_request(path), n), median_ms(lambda: render_document(request), n),
                 median_ms(lambda: write_docx(document), n), median_ms(lambda: write_pdf(document), n)]
        row(path.stem[:WIDTH], *(f"{c:,.1f} ms" for c in cells + [sum(cells)]))

    # 4. batch throughput and memory ---------------------------------------------------------
    section(f"4. Batch: {BATCH} letters (--vars, {BATCH} rows over seed 000), -f docx,pdf, whole process")
    csv_path = tmp / "rows.csv"
    small_csv = tmp / "rows20.csv"
    lines = ["name,requesters.0.organization"] + [f"l{i:03d},Test Organization {i:03d}" for i in range(BATCH)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    small_csv.write_text("\n".join(lines[: SMALL_BATCH + 1]) + "\n", encoding="utf-8")
    out_dir = tmp / "batch"

    def fresh():
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()

    def batch_cmd(rows: Path, jobs: int) -> list[str]:
        return foiagen + ["render", str(SEED), "--vars", str(rows), "-o", str(out_dir), "-f", "docx,pdf", "--jobs", str(jobs)]

    runs: dict[int, list[Run]] = {1: [], 2: []}
    spins = []
    for _ in range(nb):  # interleaved, so that a noisy moment hits both
        spins.append(2 * spin_seconds(1) / spin_seconds(2))
        for jobs in (1, 2):
            fresh()
            runs[jobs].append(run(batch_cmd(csv_path, jobs)))
    spin_ratio = statistics.median(spins)
    batch = {jobs: Timing(r) if all(x.ok for x in r) else Timing([next(x for x in r if not x.ok)]) for jobs, r in runs.items()}
    fresh()
    small = Timing([run(batch_cmd(small_csv, 1))])
    written = len(list(out_dir.glob("*.pdf")))
    throughput = {jobs: (BATCH / (t.ms / 1000) if t.ok else None) for jobs, t in batch.items()}
    row("", "median", "letters/s", "CPU/wall", "max RSS")
    for jobs in (1, 2):
        t = batch[jobs]
        row(f"{BATCH} letters, --jobs {jobs}", fmt_ms(t), f"{throughput[jobs]:.1f}" if t.ok else "",
            f"{t.cpu / (t.ms / 1000):.2f}" if t.ok else "", f"{t.maxrss_mb:.0f} MB" if t.ok else t.error[:40])
    row(f"{SMALL_BATCH} letters, --jobs 1 ({written} PDFs written)", fmt_ms(small),
        f"{SMALL_BATCH / (small.ms / 1000):.1f}" if small.ok else "", f"{small.cpu / (small.ms / 1000):.2f}" if small.ok else "",
        f"{small.maxrss_mb:.0f} MB" if small.ok else small.error[:40])
    ratio_jobs = throughput[2] / throughput[1] if throughput[1] and throughput[2] else None
    print(f"throughput ratio, --jobs 2 / --jobs 1: {ratio_jobs:.2f}" if ratio_jobs else "throughput ratio: n/a")
    print(f"machine check: 2 CPU-bound Python processes at once do {spin_ratio:.2f}x the work of one in the same time "
          f"(the ceiling for that ratio right now; 2.00 on 2 idle cores)")
    if small.ok and batch[1].ok:
        print(f"peak memory, one process: {SMALL_BATCH} letters {small.maxrss_mb:.0f} MB, {BATCH} letters "
              f"{batch[1].maxrss_mb:.0f} MB ({batch[1].maxrss_mb - small.maxrss_mb:+.0f} MB for {BATCH - SMALL_BATCH} more letters)")
    print("(CPU/wall: CPU seconds of the process and its workers per second of wall time; near 2 means both cores busy.\n"
          " max RSS: the largest single process; with --jobs 2 the parent and each of the 2 workers is a process)")
    shutil.rmtree(out_dir, ignore_errors=True)

    # 5. pandoc and LibreOffice baselines -------------------------------------------------------
    section("5. Baselines: the same letter through pandoc (Markdown -> DOCX), LibreOffice (DOCX -> PDF) and Typst")
    base = tmp / "baseline"
    base.mkdir()
    md = base / "letter.md"
    md.write_text(document_markdown(seed_document), encoding="utf-8")
    notes = len(seed_document.footnotes())
    print(f"letter.md: {md.stat().st_size / 1024:.1f} KB, {len(md.read_text(encoding='utf-8').split()):,} words, "
          f"{notes} footnotes, made from foiagen's Document of seed 000")
    t_pandoc = t_soffice = None
    docx = base / "letter.docx"
    if pandoc:
        t_pandoc = timed([pandoc, str(md), "-o", str(docx)], n,
                         check_file=docx)
    row("pandoc letter.md -o letter.docx", fmt_ms(t_pandoc))
    if pandoc and t_pandoc and t_pandoc.ok:
        print(f"  pandoc's DOCX has {docx_footnote_count(docx)} footnotes (the letter has {notes})")
    own_docx = one / f"{SEED.stem}.docx"
    if soffice and not docx.exists() and own_docx.exists():  # without pandoc, LibreOffice converts foiagen's DOCX
        shutil.copy(own_docx, docx)
    if soffice and docx.exists():
        profile = base / "lo-profile"  # a private profile: concurrent soffice runs sharing one fail silently
        lo_pdf = base / "letter.pdf"
        t_soffice = timed([soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
                           "--outdir", str(base), str(docx)], n, check_file=lo_pdf)
    row("soffice --headless --convert-to pdf letter.docx (private profile)", fmt_ms(t_soffice))
    if soffice and t_soffice and t_soffice.ok:
        print(f"  pages: LibreOffice's PDF {pdf_pages(base / 'letter.pdf')}, foiagen's PDF {pdf_pages(foiagen_pdf)}")

    t_typst, typ_cmd, typ_pdf = None, None, base / "letter-typst.pdf"
    if importlib.util.find_spec("typst"):
        typ = base / "letter.typ"
        typ.write_text(document_typst(seed_document), encoding="utf-8")
        typ_cmd = [sys.executable, "-c", TYPST_COMPILE, str(typ), str(typ_pdf), str(ROOT / "foiagen" / "fonts")]
        t_typst = timed(typ_cmd, n, check_file=typ_pdf)
    row("typst compile letter.typ (the typst package, a fresh process)", fmt_ms(t_typst))
    if t_typst and t_typst.ok:
        print(f"  pages: Typst's PDF {pdf_pages(typ_pdf)}, foiagen's PDF {pdf_pages(foiagen_pdf)}; "
              f"Typst {tool_version([sys.executable, '-c', 'import typst; print(typst.__version__)'])}")
    typst_ratio = None
    if t_typst and t_typst.ok and single["pdf"].ok:
        rounds = []
        for _ in range(n):  # paired, as below: foiagen -f pdf and Typst back to back
            r = [run(foiagen + ["render", str(SEED), "-o", str(one), "-f", "pdf"]), run(typ_cmd, typ_pdf)]
            if all(x.ok for x in r):
                rounds.append(r[0].seconds / r[1].seconds)
        if rounds:
            typst_ratio = statistics.median(rounds)
            print(f"  paired rounds, foiagen -f pdf / Typst: {' '.join(f'{x:.2f}' for x in rounds)}  (median {typst_ratio:.2f})")

    # paired rounds: the ratios, each from runs made within the same second or two -------------
    # A slow spell on a shared machine slows whichever rows it falls on; taking each ratio from
    # one round (foiagen, pandoc, foiagen, LibreOffice back to back) and the median over the
    # rounds keeps such a spell from deciding a ratio.
    paired = None
    if t_pandoc and t_soffice and t_pandoc.ok and t_soffice.ok and single["docx"].ok and single["docx,pdf"].ok:
        lo_cmd = [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
                  "--outdir", str(base), str(docx)]
        render_cmd = foiagen + ["render", str(SEED), "-o", str(one), "-f"]
        rounds = []
        for _ in range(n):
            lo_pdf.unlink(missing_ok=True)
            r = [run(render_cmd + ["docx"]), run([pandoc, str(md), "-o", str(docx)], docx),
                 run(render_cmd + ["docx,pdf"]), run(lo_cmd, lo_pdf)]
            if all(x.ok for x in r):
                rounds.append([x.seconds for x in r])
        if rounds:
            docx_ratio = [fd / p for fd, p, _, _ in rounds]
            both_ratio = [fdp / (p + lo) for _, p, fdp, lo in rounds]
            paired = statistics.median(docx_ratio), statistics.median(both_ratio)
            print(f"paired rounds ({len(rounds)}: foiagen -f docx, pandoc, foiagen -f docx,pdf, LibreOffice, back to back):")
            print(f"  foiagen -f docx / pandoc:                     {' '.join(f'{x:.2f}' for x in docx_ratio)}"
                  f"  (median {paired[0]:.2f})")
            print(f"  foiagen -f docx,pdf / (pandoc + LibreOffice): {' '.join(f'{x:.2f}' for x in both_ratio)}"
                  f"  (median {paired[1]:.2f})")

    # 6. lifecycle: status over many case logs, a follow-up letter against a request ----------
    section("6. Lifecycle (whole process): status over 1,000 case logs; an appeal against a request")
    lifecycle = lifecycle_times(foiagen, tmp, n)
    for name, value in lifecycle["rows"]:
        row(name, value)

    # 7. targets -------------------------------------------------------------------------
    section("7. Targets (printed, not asserted)")
    print(f"{'measure':<{WIDTH}}{'target':>12}{'measured':>12}  verdict")

    def target(name: str, limit: float, value: float | None, unit: str = "", at_least: bool = False) -> None:
        sign = "≥" if at_least else "≤"
        if value is None:
            print(f"{name:<{WIDTH}}{sign + ' ' + format(limit, '.2f' if not unit else ',.0f') + unit:>12}{'n/a':>12}  not measured")
            return
        met = value >= limit if at_least else value <= limit
        shown = f"{value:,.0f}{unit}" if unit else f"{value:.2f}"
        limit_shown = f"{limit:,.0f}{unit}" if unit else f"{limit:.2f}"
        verdict = "met" if met else f"missed by {abs(value / limit - 1) * 100:.0f}%"
        print(f"{name:<{WIDTH}}{sign + ' ' + limit_shown:>12}{shown:>12}  {verdict}")

    both = t_pandoc.ms + t_soffice.ms if t_pandoc and t_soffice and t_pandoc.ok and t_soffice.ok else None
    d, dp = single["docx"], single["docx,pdf"]
    if paired:  # medians of the per-round ratios (see "paired rounds" above)
        target("foiagen -f docx,pdf / (pandoc->docx + LibreOffice->pdf), paired", 0.25, paired[1])
        target("foiagen -f docx / pandoc->docx, paired", 1.5, paired[0])
    else:  # ratios of the rows' medians
        target("foiagen -f docx,pdf / (pandoc->docx + LibreOffice->pdf)", 0.25, dp.ms / both if both and dp.ok else None)
        target("foiagen -f docx / pandoc->docx", 1.5, d.ms / t_pandoc.ms if t_pandoc and t_pandoc.ok and d.ok else None)
    target("foiagen -f pdf / Typst (seed 000, whole processes), paired", 1.5, typst_ratio)
    target(f"{BATCH}-letter throughput, --jobs 2 / --jobs 1", 1.8, ratio_jobs, at_least=True)
    print(f"{'  (ceiling measured on this machine during the run)':<{WIDTH}}{'':>12}{spin_ratio:>12.2f}")
    target("foiagen --help, whole process", 80, help_.ms if help_.ok else None, " ms")
    target("foiagen validate <1,000 specs>, whole process", 5000, validate_many.ms if validate_many.ok else None, " ms")
    target("foiagen agencies QUERY, whole process", 150, agencies_query.ms if agencies_query.ok else None, " ms")
    target("foiagen status <1,000 case logs>, whole process", 2000, lifecycle["status_ms"], " ms")
    target("appeal / request, ms per character of text, whole process", 1.0, lifecycle["per_char_ratio"])
    print(f"\n(benchmark took {time.perf_counter() - began:.0f} s; load average at end: {load()})")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
