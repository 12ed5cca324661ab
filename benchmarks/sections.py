"""The benchmark's sections, one function each (bench.py runs them in order; README.md says what
each row measures).  Each prints its rows and puts the figures the targets need in `bench.fig`."""

from __future__ import annotations

import importlib.util
import shutil
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path

from baselines import document_markdown, document_typst
from measure import (BATCH, REQUESTS, ROOT, SEED, SMALL_BATCH, TYPST_COMPILE, WIDTH, Run, Timing, docx_footnote_count,
                     fmt_ms, median_ms, pdf_pages, row, run, section, spin_seconds, stage_times, timed, tool_version)


@dataclass
class Bench:
    n: int  # runs per row
    nb: int  # runs per batch row
    tmp: Path  # the run's scratch folder
    foiagen: list[str]  # the command that runs foiagen
    pandoc: str | None
    soffice: str | None
    fig: dict = field(default_factory=dict)  # figures the targets read

    @property
    def one(self) -> Path:  # where the one-letter rows write
        folder = self.tmp / "one"
        folder.mkdir(exist_ok=True)
        return folder


def startup(b: Bench) -> None:
    section("1. Start-up and validation (whole process)")
    b.fig["help"] = help_ = timed(b.foiagen + ["--help"], b.n)
    row("python -c pass (interpreter start-up)", fmt_ms(timed([sys.executable, "-c", "pass"], b.n)))
    row("foiagen --help", fmt_ms(help_))
    row("foiagen validate requests examples", fmt_ms(timed(b.foiagen + ["validate", "requests", "examples"], b.n)))
    validate_one = timed(b.foiagen + ["validate", str(ROOT / "examples" / "minimal.yaml")], b.n)
    row("foiagen validate examples/minimal.yaml (one spec)", fmt_ms(validate_one))
    b.fig["agencies"] = timed(b.foiagen + ["agencies", "epa region 10"], b.n)
    row("foiagen agencies 'epa region 10' (~430 offices)", fmt_ms(b.fig["agencies"]))
    many = b.tmp / "many"  # 1,000 specs cycling through every shipped request and example
    shutil.copytree(ROOT / "examples" / "parts", many / "parts")  # what examples include (parts, a logo)
    sources = REQUESTS + sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.endswith(".case.yaml"))
    for i in range(1000):
        shutil.copyfile(sources[i % len(sources)], many / f"s{i:04d}.yaml")
    b.fig["validate_many"] = timed(b.foiagen + ["validate", str(many)], max(1, b.n // 2), warmup=False)
    row("foiagen validate <1,000 specs>", fmt_ms(b.fig["validate_many"]))
    shutil.rmtree(many, ignore_errors=True)


def one_letter(b: Bench) -> None:
    section(f"2. One letter, whole process: foiagen render {SEED.relative_to(ROOT)}")
    single: dict[str, Timing] = {}
    row("", "median", "max RSS")
    for fmt in ("docx", "pdf", "docx,pdf"):
        single[fmt] = t = timed(b.foiagen + ["render", str(SEED), "-o", str(b.one), "-f", fmt], b.n)
        row(f"foiagen render <seed 000> -f {fmt}", fmt_ms(t), f"{t.maxrss_mb:.0f} MB" if t.ok else t.error[:40])
    b.fig["single"] = single
    stages = stage_times(b.n) if sys.platform != "win32" else None
    if stages:
        print("where a fresh process spends it (seed 000, docx then pdf, in one interpreter):")
        for name, ms in stages:
            row(f"  {name}", f"{ms:,.0f} ms")
        row("  total", f"{sum(ms for _, ms in stages):,.0f} ms")


def in_process(b: Bench) -> None:
    section("3. In process, per letter (after one warm-up call)")
    from foiagen.pipeline import load_request
    from foiagen.render import render_document
    from foiagen.writers import get_writer

    write_docx, write_pdf = get_writer("docx"), get_writer("pdf")
    row("seed", "load+check", "-> Document", "DOCX", "PDF", "total")
    for path in REQUESTS:
        request = load_request(path).request
        document = render_document(request)
        if path == SEED:
            b.fig["seed_document"] = document
        cells = [median_ms(lambda: load_request(path), b.n), median_ms(lambda: render_document(request), b.n),
                 median_ms(lambda: write_docx(document), b.n), median_ms(lambda: write_pdf(document), b.n)]
        row(path.stem[:WIDTH], *(f"{c:,.1f} ms" for c in cells + [sum(cells)]))


def batch(b: Bench) -> None:
    section(f"4. Batch: {BATCH} letters (--vars, {BATCH} rows over seed 000), -f docx,pdf, whole process")
    csv_path, small_csv, out_dir = b.tmp / "rows.csv", b.tmp / "rows20.csv", b.tmp / "batch"
    lines = ["name,requesters.0.organization"] + [f"l{i:03d},Test Organization {i:03d}" for i in range(BATCH)]
    csv_path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    small_csv.write_text("\n".join(lines[: SMALL_BATCH + 1]) + "\n", encoding="utf-8")

    def fresh_run(rows: Path, jobs: int) -> Run:
        shutil.rmtree(out_dir, ignore_errors=True)
        out_dir.mkdir()
        return run(b.foiagen + ["render", str(SEED), "--vars", str(rows), "-o", str(out_dir), "-f", "docx,pdf", "--jobs", str(jobs)])

    runs: dict[int, list[Run]] = {1: [], 2: []}
    spins = []
    for _ in range(b.nb):  # interleaved, so that a noisy moment hits both
        spins.append(2 * spin_seconds(1) / spin_seconds(2))
        for jobs in (1, 2):
            runs[jobs].append(fresh_run(csv_path, jobs))
    b.fig["spin_ratio"] = statistics.median(spins)
    timings = {jobs: Timing(r) if all(x.ok for x in r) else Timing([next(x for x in r if not x.ok)]) for jobs, r in runs.items()}
    small = Timing([fresh_run(small_csv, 1)])
    written = len(list(out_dir.glob("*.pdf")))
    _batch_rows(b, timings, small, written)
    shutil.rmtree(out_dir, ignore_errors=True)


def _batch_rows(b: Bench, timings: dict[int, Timing], small: Timing, written: int) -> None:
    throughput = {jobs: (BATCH / (t.ms / 1000) if t.ok else None) for jobs, t in timings.items()}
    row("", "median", "letters/s", "CPU/wall", "max RSS")
    for jobs in (1, 2):
        t = timings[jobs]
        row(f"{BATCH} letters, --jobs {jobs}", fmt_ms(t), f"{throughput[jobs]:.1f}" if t.ok else "",
            f"{t.cpu / (t.ms / 1000):.2f}" if t.ok else "", f"{t.maxrss_mb:.0f} MB" if t.ok else t.error[:40])
    row(f"{SMALL_BATCH} letters, --jobs 1 ({written} PDFs written)", fmt_ms(small),
        f"{SMALL_BATCH / (small.ms / 1000):.1f}" if small.ok else "", f"{small.cpu / (small.ms / 1000):.2f}" if small.ok else "",
        f"{small.maxrss_mb:.0f} MB" if small.ok else small.error[:40])
    ratio_jobs = throughput[2] / throughput[1] if throughput[1] and throughput[2] else None
    b.fig["ratio_jobs"] = ratio_jobs
    print(f"throughput ratio, --jobs 2 / --jobs 1: {ratio_jobs:.2f}" if ratio_jobs else "throughput ratio: n/a")
    print(f"machine check: 2 CPU-bound Python processes at once do {b.fig['spin_ratio']:.2f}x the work of one in the same time "
          f"(the ceiling for that ratio right now; 2.00 on 2 idle cores)")
    if small.ok and timings[1].ok:
        print(f"peak memory, one process: {SMALL_BATCH} letters {small.maxrss_mb:.0f} MB, {BATCH} letters "
              f"{timings[1].maxrss_mb:.0f} MB ({timings[1].maxrss_mb - small.maxrss_mb:+.0f} MB for {BATCH - SMALL_BATCH} more letters)")
    print("(CPU/wall: CPU seconds of the process and its workers per second of wall time; near 2 means both cores busy.\n"
          " max RSS: the largest single process; with --jobs 2 the parent and each of the 2 workers is a process)")


def baselines(b: Bench) -> None:
    """pandoc (Markdown -> DOCX), LibreOffice (DOCX -> PDF) and Typst on seed 000's Document."""
    section("5. Baselines: the same letter through pandoc (Markdown -> DOCX), LibreOffice (DOCX -> PDF) and Typst")
    base = b.tmp / "baseline"
    base.mkdir()
    document = b.fig.get("seed_document") or _seed_document()
    md = base / "letter.md"
    md.write_text(document_markdown(document), encoding="utf-8")
    notes = len(document.footnotes())
    print(f"letter.md: {md.stat().st_size / 1024:.1f} KB, {len(md.read_text(encoding='utf-8').split()):,} words, "
          f"{notes} footnotes, made from foiagen's Document of seed 000")
    _pandoc_and_libreoffice(b, base, md, notes)
    _typst(b, base, document)
    _paired_rounds(b, base, md)


def _seed_document():
    """Seed 000's Document (when section 3, which keeps it, was skipped)."""
    from foiagen.pipeline import load_request
    from foiagen.render import render_document

    return render_document(load_request(SEED).request)


def _lo_cmd(b: Bench, base: Path, docx: Path) -> list[str]:
    profile = base / "lo-profile"  # a private profile: concurrent soffice runs sharing one fail silently
    return [b.soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}", "--convert-to", "pdf",
            "--outdir", str(base), str(docx)]


def _pandoc_and_libreoffice(b: Bench, base: Path, md: Path, notes: int) -> None:
    t_pandoc = t_soffice = None
    docx = base / "letter.docx"
    if b.pandoc:
        t_pandoc = timed([b.pandoc, str(md), "-o", str(docx)], b.n, check_file=docx)
    row("pandoc letter.md -o letter.docx", fmt_ms(t_pandoc))
    if b.pandoc and t_pandoc and t_pandoc.ok:
        print(f"  pandoc's DOCX has {docx_footnote_count(docx)} footnotes (the letter has {notes})")
    own_docx = b.one / f"{SEED.stem}.docx"
    if b.soffice and not docx.exists() and own_docx.exists():  # without pandoc, LibreOffice converts foiagen's DOCX
        shutil.copy(own_docx, docx)
    if b.soffice and docx.exists():
        t_soffice = timed(_lo_cmd(b, base, docx), b.n, check_file=base / "letter.pdf")
    row("soffice --headless --convert-to pdf letter.docx (private profile)", fmt_ms(t_soffice))
    if b.soffice and t_soffice and t_soffice.ok:
        print(f"  pages: LibreOffice's PDF {pdf_pages(base / 'letter.pdf')}, foiagen's PDF {pdf_pages(b.one / f'{SEED.stem}.pdf')}")
    b.fig["pandoc"], b.fig["soffice"] = t_pandoc, t_soffice


def _typst(b: Bench, base: Path, document) -> None:
    t_typst, typ_pdf = None, base / "letter-typst.pdf"
    if importlib.util.find_spec("typst"):
        typ = base / "letter.typ"
        typ.write_text(document_typst(document), encoding="utf-8")
        typ_cmd = [sys.executable, "-c", TYPST_COMPILE, str(typ), str(typ_pdf), str(ROOT / "foiagen" / "fonts")]
        t_typst = timed(typ_cmd, b.n, check_file=typ_pdf)
    row("typst compile letter.typ (the typst package, a fresh process)", fmt_ms(t_typst))
    if t_typst and t_typst.ok:
        print(f"  pages: Typst's PDF {pdf_pages(typ_pdf)}, foiagen's PDF {pdf_pages(b.one / f'{SEED.stem}.pdf')}; "
              f"Typst {tool_version([sys.executable, '-c', 'import typst; print(typst.__version__)'])}")
    b.fig["typst_ratio"] = None
    if t_typst and t_typst.ok and b.fig["single"]["pdf"].ok:
        rounds = []
        for _ in range(b.n):  # paired, as below: foiagen -f pdf and Typst back to back
            r = [run(b.foiagen + ["render", str(SEED), "-o", str(b.one), "-f", "pdf"]), run(typ_cmd, typ_pdf)]
            if all(x.ok for x in r):
                rounds.append(r[0].seconds / r[1].seconds)
        if rounds:
            b.fig["typst_ratio"] = statistics.median(rounds)
            print(f"  paired rounds, foiagen -f pdf / Typst: {' '.join(f'{x:.2f}' for x in rounds)}  (median {b.fig['typst_ratio']:.2f})")


def _paired_rounds(b: Bench, base: Path, md: Path) -> None:
    """The ratios, each from runs made within the same second or two.

    A slow spell on a shared machine slows whichever rows it falls on; taking each ratio from
    one round (foiagen, pandoc, foiagen, LibreOffice back to back) and the median over the
    rounds keeps such a spell from deciding a ratio."""
    b.fig["paired"] = None
    single, t_pandoc, t_soffice = b.fig["single"], b.fig["pandoc"], b.fig["soffice"]
    if not (t_pandoc and t_soffice and t_pandoc.ok and t_soffice.ok and single["docx"].ok and single["docx,pdf"].ok):
        return
    docx, lo_pdf = base / "letter.docx", base / "letter.pdf"
    render_cmd = b.foiagen + ["render", str(SEED), "-o", str(b.one), "-f"]
    rounds = []
    for _ in range(b.n):
        lo_pdf.unlink(missing_ok=True)
        r = [run(render_cmd + ["docx"]), run([b.pandoc, str(md), "-o", str(docx)], docx),
             run(render_cmd + ["docx,pdf"]), run(_lo_cmd(b, base, docx), lo_pdf)]
        if all(x.ok for x in r):
            rounds.append([x.seconds for x in r])
    if rounds:
        docx_ratio = [fd / p for fd, p, _, _ in rounds]
        both_ratio = [fdp / (p + lo) for _, p, fdp, lo in rounds]
        b.fig["paired"] = statistics.median(docx_ratio), statistics.median(both_ratio)
        print(f"paired rounds ({len(rounds)}: foiagen -f docx, pandoc, foiagen -f docx,pdf, LibreOffice, back to back):")
        print(f"  foiagen -f docx / pandoc:                     {' '.join(f'{x:.2f}' for x in docx_ratio)}"
              f"  (median {b.fig['paired'][0]:.2f})")
        print(f"  foiagen -f docx,pdf / (pandoc + LibreOffice): {' '.join(f'{x:.2f}' for x in both_ratio)}"
              f"  (median {b.fig['paired'][1]:.2f})")


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


def lifecycle(b: Bench) -> None:
    section("6. Lifecycle (whole process): status over 1,000 case logs; an appeal against a request")
    b.fig["lifecycle"] = lifecycle_times(b.foiagen, b.tmp, b.n)
    for name, value in b.fig["lifecycle"]["rows"]:
        row(name, value)


def target(name: str, limit: float, value: float | None, unit: str = "", at_least: bool = False) -> None:
    """One target's row: its limit, the measured value and the verdict (met, or missed by how much)."""
    sign = "≥" if at_least else "≤"
    if value is None:
        print(f"{name:<{WIDTH}}{sign + ' ' + format(limit, '.2f' if not unit else ',.0f') + unit:>12}{'n/a':>12}  not measured")
        return
    met = value >= limit if at_least else value <= limit
    shown = f"{value:,.0f}{unit}" if unit else f"{value:.2f}"
    limit_shown = f"{limit:,.0f}{unit}" if unit else f"{limit:.2f}"
    verdict = "met" if met else f"missed by {abs(value / limit - 1) * 100:.0f}%"
    print(f"{name:<{WIDTH}}{sign + ' ' + limit_shown:>12}{shown:>12}  {verdict}")


def _ms(timing: Timing | None) -> float | None:
    return timing.ms if timing is not None and timing.ok else None


def targets(b: Bench) -> None:
    section("7. Targets (printed, not asserted)")
    print(f"{'measure':<{WIDTH}}{'target':>12}{'measured':>12}  verdict")
    fig = b.fig
    t_pandoc, t_soffice, paired = fig.get("pandoc"), fig.get("soffice"), fig.get("paired")
    both = _ms(t_pandoc) + _ms(t_soffice) if _ms(t_pandoc) and _ms(t_soffice) else None
    d, dp = fig["single"]["docx"], fig["single"]["docx,pdf"]
    if paired:  # medians of the per-round ratios (see "paired rounds" above)
        target("foiagen -f docx,pdf / (pandoc->docx + LibreOffice->pdf), paired", 0.25, paired[1])
        target("foiagen -f docx / pandoc->docx, paired", 1.5, paired[0])
    else:  # ratios of the rows' medians
        target("foiagen -f docx,pdf / (pandoc->docx + LibreOffice->pdf)", 0.25, dp.ms / both if both and dp.ok else None)
        target("foiagen -f docx / pandoc->docx", 1.5, d.ms / _ms(t_pandoc) if _ms(t_pandoc) and d.ok else None)
    target("foiagen -f pdf / Typst (seed 000, whole processes), paired", 1.5, fig.get("typst_ratio"))
    target(f"{BATCH}-letter throughput, --jobs 2 / --jobs 1", 1.8, fig.get("ratio_jobs"), at_least=True)
    if "spin_ratio" in fig:
        print(f"{'  (ceiling measured on this machine during the run)':<{WIDTH}}{'':>12}{fig['spin_ratio']:>12.2f}")
    for name, limit, key in [("foiagen --help, whole process", 80, "help"),
                             ("foiagen validate <1,000 specs>, whole process", 5000, "validate_many"),
                             ("foiagen agencies QUERY, whole process", 150, "agencies")]:
        target(name, limit, _ms(fig.get(key)), " ms")
    lifecycle = fig.get("lifecycle") or {}
    target("foiagen status <1,000 case logs>, whole process", 2000, lifecycle.get("status_ms"), " ms")
    target("appeal / request, ms per character of text, whole process", 1.0, lifecycle.get("per_char_ratio"))
