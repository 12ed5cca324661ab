"""The benchmark's baseline is fair: pandoc gets the same letter foiagen writes (benchmarks/bench.py)."""

import importlib.util
import shutil
import subprocess
import sys
from functools import lru_cache

import pytest

from conftest import REQUESTS, ROOT, docx_text, squeeze
from foiagen.document import plain_text
from foiagen.pipeline import load_request
from foiagen.render import render_document


@lru_cache(maxsize=1)
def bench():
    spec = importlib.util.spec_from_file_location("foiagen_bench", ROOT / "benchmarks" / "bench.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("path", REQUESTS, ids=lambda p: p.stem)
def test_the_markdown_has_every_footnote_of_the_letter(path):
    document = render_document(load_request(path).request)
    markdown = bench().document_markdown(document)
    notes = list(document.footnotes())
    assert notes or "eoir" in path.stem  # the EOIR letter has none
    for note in notes:
        assert markdown.count(f"[^{note.number}]:") == 1
        assert markdown.count(f"[^{note.number}]") == 2  # one reference, one definition


@pytest.mark.skipif(not shutil.which("pandoc"), reason="pandoc is not installed (.ci/run installs it)")
def test_pandoc_makes_the_same_letter_with_real_footnotes(tmp_path):
    module = bench()
    document = render_document(load_request(module.SEED).request)
    md, docx = tmp_path / "letter.md", tmp_path / "letter.docx"
    md.write_text(module.document_markdown(document), encoding="utf-8")
    subprocess.run(["pandoc", str(md), "-o", str(docx)], check=True)
    assert module.docx_footnote_count(docx) == len(list(document.footnotes()))
    text = squeeze(unsmart(docx_text(docx.read_bytes())))
    checked = 0
    for block in document.blocks:  # the body text made it through pandoc's Markdown reader
        inlines = getattr(block, "inlines", None)
        if inlines:
            assert squeeze(unsmart(plain_text(inlines))) in text
            checked += 1
    assert checked > 20


def unsmart(text: str) -> str:
    """Quotes made straight: pandoc's Markdown reader curls straight ones (its `smart` extension)."""
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
