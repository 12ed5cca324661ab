"""The benchmark's baseline is fair: pandoc gets the same letter foiagen writes (benchmarks/bench.py)."""

import importlib.util
import re
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
    request = load_request(path).request
    document = render_document(request)
    markdown = bench().document_markdown(document)
    notes = list(document.footnotes())
    assert len(notes) == len(request.footnotes)  # letters without footnotes (EOIR, the 2014 CIA letter) have none
    for note in notes:
        assert markdown.count(f"[^{note.number}]:") == 1
        assert markdown.count(f"[^{note.number}]") == 2  # one reference, one definition


def test_some_reproduced_letters_have_footnotes():
    assert sum(bool(render_document(load_request(p).request).footnotes()) for p in REQUESTS) >= 2


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


def test_typst_makes_the_same_letter_with_real_footnotes(tmp_path):
    """The Typst baseline typesets every paragraph and every footnote of seed 000, the notes as
    Typst footnotes (#footnote)."""
    pytest.importorskip("typst")
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    module = bench()
    document = render_document(load_request(module.SEED).request)
    typ, pdf = tmp_path / "letter.typ", tmp_path / "letter.pdf"
    typ.write_text(module.document_typst(document), encoding="utf-8")
    proc = subprocess.run([sys.executable, "-c", module.TYPST_COMPILE, str(typ), str(pdf), str(ROOT / "foiagen" / "fonts")],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    # -raw keeps a hyphen that ends a line (Typst, like LibreOffice, breaks URLs after one)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True).stdout
    from foiagen.document import NoteRef

    header = [l for l in document.metadata.running_header if l.strip()]
    body = []  # each page's text without its running header and "Page N of M"
    for number, page in enumerate(text.split("\f"), 1):
        lines = [l.strip() for l in page.splitlines() if l.strip()]
        if number > 1 and lines[:len(header) + 1] == header + [f"Page {number}"]:
            lines = lines[len(header) + 1:]
        body += [l for l in lines if not re.fullmatch(r"Page \d+ of \d+", l)]
    whole = squeeze("\n".join(body))
    checked = 0
    for block in document.blocks:  # (a paragraph with a note has the note's number inside its text)
        inlines = getattr(block, "inlines", None)
        if inlines and not any(isinstance(node, NoteRef) for node in inlines):
            assert squeeze(plain_text(inlines)) in whole
            checked += 1
    assert checked > 20
    notes = document.footnotes()
    assert typ.read_text(encoding="utf-8").count("#footnote[") == len(notes) > 10  # real footnotes
    for note in notes:  # its start and its end (Typst may continue a long note on the next page)
        body = squeeze(" ".join(plain_text(p.inlines) for p in note.paragraphs))
        assert body[:60] in whole and body[-60:] in whole, note.number
    assert "Page1of" in squeeze(text) and "October19,2020Page2" in squeeze(text)  # page furniture, as foiagen's
