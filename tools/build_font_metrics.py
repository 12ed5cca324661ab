"""Store the vendored fonts' parsed metrics in foiagen/data/font-metrics.marshal (what the PDF writer reads).

Usage:  .venv/bin/python tools/build_font_metrics.py [--check]

Run it after replacing a font in foiagen/fonts/ or changing the reportlab pin; the file is
written only if it changed.  --check exits 1 when the committed file is stale (the test suite,
tests/test_font_metrics.py, checks the same).  It needs reportlab, so it runs from the project's
venv, apart from tools/build_registry.py (which the landing step runs with any Python that has
PyYAML).  See foiagen/writers/pdf/fontmetrics.py for why the metrics are stored.
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from foiagen.writers.pdf.fontmetrics import compile_metrics  # noqa: E402
from foiagen.writers.pdf.fonts import FACES, FONT_DIR, METRICS  # noqa: E402


def main(argv: list[str]) -> int:
    text = compile_metrics([str(FONT_DIR / filename) for _, filename in FACES.values()])
    current = METRICS.read_bytes() if METRICS.exists() else b""
    if current == text:
        return 0
    if "--check" in argv:
        print("foiagen/data/font-metrics.marshal is out of date: run .venv/bin/python tools/build_font_metrics.py", file=sys.stderr)
        return 1
    tmp = METRICS.with_suffix(".tmp")
    tmp.write_bytes(text)
    os.replace(tmp, METRICS)
    print("wrote foiagen/data/font-metrics.marshal", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
