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
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # baselines, measure, sections: beside this file
from baselines import document_markdown, document_typst  # noqa: E402,F401  (the letter for pandoc and Typst)
from measure import (ROOT, SEED, TYPST_COMPILE, byte_compile, docx_footnote_count, foiagen_cmd,  # noqa: E402,F401
                     load, tool_version)
import sections  # noqa: E402


OPTIONAL = ("startup", "in-process", "batch", "lifecycle")  # sections --skip may leave out (1, 3, 4 and 6)


def header(b: sections.Bench, compiled: str) -> None:
    print(f"foiagen benchmark  {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}; "
          f"Python {platform.python_version()}")
    print(f"pandoc: {tool_version([b.pandoc, '--version']) if b.pandoc else 'not installed'}; "
          f"LibreOffice: {tool_version([b.soffice, '--version']) if b.soffice else 'not installed'}")
    print(f"load average at start (1/5/15 min): {load()}")
    print(compiled)
    print(f"repeats: {b.n} per row (+1 warm-up for whole processes), {b.nb} per batch row; times are medians")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="runs per whole-process and in-process row (default 3)")
    parser.add_argument("--batch-repeat", type=int, default=None, help="runs per batch row (default (repeat+1)//2)")
    parser.add_argument("--skip", default="", help=f"sections to leave out, comma-separated: {', '.join(OPTIONAL)} "
                        "(sections 2, 5 and 7, the letter, the baselines and the targets, always run)")
    args = parser.parse_args()
    skipped = {name.strip() for name in args.skip.split(",") if name.strip()}
    if skipped - set(OPTIONAL):
        parser.error(f"--skip: unknown section {', '.join(sorted(skipped - set(OPTIONAL)))}; choose from {', '.join(OPTIONAL)}")
    n = max(1, args.repeat)
    nb = max(1, args.batch_repeat if args.batch_repeat is not None else (n + 1) // 2)
    sys.path.insert(0, str(ROOT))
    began = time.perf_counter()
    b = sections.Bench(n, nb, Path(tempfile.mkdtemp(prefix="foiagen-bench-")), foiagen_cmd(),
                       shutil.which("pandoc"), shutil.which("soffice") or shutil.which("libreoffice"))
    header(b, byte_compile())
    for name, run_section in (("startup", sections.startup), ("", sections.one_letter), ("in-process", sections.in_process),
                              ("batch", sections.batch), ("", sections.baselines), ("lifecycle", sections.lifecycle),
                              ("", sections.targets)):
        if name not in skipped:
            run_section(b)
    print(f"\n(benchmark took {time.perf_counter() - began:.0f} s; load average at end: {load()})")
    shutil.rmtree(b.tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
