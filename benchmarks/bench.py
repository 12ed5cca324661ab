"""Speed figures for foiagen, printed (not asserted): start-up, validation and rendering.

Usage:  python benchmarks/bench.py [--repeat N]
Whole-process times are the median of N runs of a fresh interpreter; in-process times are
the median of N renders after one warm-up.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REQUESTS = sorted((ROOT / "requests").glob("*.yaml"))


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def process(*args) -> None:
    subprocess.run([sys.executable, "-m", "foiagen", *args], check=False, capture_output=True, cwd=ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    n = parser.parse_args().repeat
    sys.path.insert(0, str(ROOT))
    out = Path(tempfile.mkdtemp(prefix="foiagen-bench-"))
    rows = []
    rows.append(("python -c pass (interpreter start-up)", median_ms(lambda: subprocess.run([sys.executable, "-c", "pass"]), n)))
    rows.append(("foiagen --help", median_ms(lambda: process("--help"), n)))
    rows.append(("foiagen validate requests examples", median_ms(lambda: process("validate", "requests", "examples"), n)))
    # validation at volume: 1,000 specs, cycling through every shipped request and example
    many = out / "many"
    many.mkdir()
    sources = REQUESTS + sorted((ROOT / "examples").glob("*.yaml"))
    for i in range(1000):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8").replace("include: parts/", f"include: {ROOT / 'examples' / 'parts'}/")
        (many / f"s{i:04d}.yaml").write_text(text, encoding="utf-8")
    rows.append(("foiagen validate <1,000 specs> (whole process; target < 5,000 ms)", median_ms(lambda: process("validate", str(many)), max(1, n // 2))))
    for fmt in ("docx", "pdf", "docx,pdf"):
        rows.append((f"foiagen render <seeds> -f {fmt} (whole process, {len(REQUESTS)} letters)",
                     median_ms(lambda: process("render", *map(str, REQUESTS), "-o", str(out), "-f", fmt), n)))

    from foiagen.pipeline import load_request
    from foiagen.render import render_document
    from foiagen.writers import get_writer

    for path in REQUESTS:
        request = load_request(path).request
        rows.append((f"in-process load+validate {path.stem}", median_ms(lambda: load_request(path), n)))
        document = render_document(request)
        rows.append((f"in-process template -> Document {path.stem}", median_ms(lambda: render_document(request), n)))
        for fmt in ("docx", "pdf", "txt"):
            writer = get_writer(fmt)
            writer(document)  # warm-up
            rows.append((f"in-process write {fmt} {path.stem}", median_ms(lambda: writer(document), n)))
    width = max(len(name) for name, _ in rows)
    print(f"{'measure':<{width}}  median ms (n={n})")
    for name, ms in rows:
        print(f"{name:<{width}}  {ms:9.1f}")
    shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
