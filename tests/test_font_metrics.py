"""The fonts' metrics stored at build time (foiagen/writers/pdf/fontmetrics.py) make the same faces
as reportlab's parse, and so the same PDF; stale or foreign metrics are ignored, never used."""

from __future__ import annotations

import subprocess
import sys

import pytest
from reportlab.pdfbase.ttfonts import TTFNameBytes, TTFontFace

from conftest import ROOT
from foiagen.writers.pdf.fontmetrics import cached_face, compile_metrics, face_state, load_metrics
from foiagen.writers.pdf.fonts import FACES, FONT_DIR, METRICS

FILES = sorted(filename for _, filename in FACES.values())


@pytest.mark.parametrize("filename", FILES)
def test_a_face_made_from_the_stored_metrics_is_the_parsed_face(filename):
    path = str(FONT_DIR / filename)
    parsed, cached = TTFontFace(path), cached_face(path, load_metrics(str(METRICS))[filename])
    assert cached is not None
    plain = {k: v for k, v in parsed.__dict__.items() if k != "_pdfScale"}
    made = {k: v for k, v in cached.__dict__.items() if k != "_pdfScale"}
    assert made.keys() == plain.keys()
    for key, value in plain.items():
        assert made[key] == value and type(made[key]) is type(value), key
        if isinstance(value, TTFNameBytes):
            assert made[key].ustr == value.ustr
    assert [cached._pdfScale(x) for x in (-2048, 0, 1, 1593, 2048)] == [parsed._pdfScale(x) for x in (-2048, 0, 1, 1593, 2048)]


def test_the_stored_metrics_are_what_the_fonts_compile_to():
    assert METRICS.read_bytes() == compile_metrics([str(FONT_DIR / f) for f in FILES]), \
        "foiagen/data/font-metrics.marshal is out of date: run .venv/bin/python tools/build_font_metrics.py"


def test_metrics_of_another_file_or_reportlab_are_ignored(tmp_path):
    path = str(FONT_DIR / FILES[0])
    stored = load_metrics(str(METRICS))[FILES[0]]
    assert cached_face(path, {**stored, "size": stored["size"] + 1}) is None  # the font file was replaced
    assert cached_face(path, None) is None
    garbage = tmp_path / "metrics.marshal"
    garbage.write_bytes(b"not marshal data")
    assert load_metrics(str(garbage)) == {}
    assert load_metrics(str(tmp_path / "missing.marshal")) == {}
    import marshal

    garbage.write_bytes(marshal.dumps({"format": 1, "reportlab": "0.0", "faces": {"x": 1}}, 2))
    assert load_metrics(str(garbage)) == {}


def test_face_state_keeps_names_as_text():
    state = face_state(TTFontFace(str(FONT_DIR / FILES[0])))
    assert "name" in state["names"] and isinstance(state["state"]["name"], str)
    assert "_ttf_data" not in state["state"]


PDF_OF_SEED = """
import sys
from pathlib import Path
import foiagen.writers.pdf.fonts as fonts
if sys.argv[1] == "parse":
    fonts.METRICS = Path("/nonexistent/font-metrics.marshal")
from foiagen.pipeline import load_request, render_outputs
loaded = load_request(Path(sys.argv[2]))
sys.stdout.buffer.write(render_outputs(loaded.request, ["pdf"])["pdf"])
"""


@pytest.mark.slow
def test_the_pdf_is_the_same_with_stored_or_parsed_metrics():
    seed = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"
    pdfs = [subprocess.run([sys.executable, "-c", PDF_OF_SEED, how, str(seed)], capture_output=True, check=True, cwd=ROOT).stdout
            for how in ("parse", "stored")]
    assert pdfs[0].startswith(b"%PDF") and pdfs[0] == pdfs[1]
