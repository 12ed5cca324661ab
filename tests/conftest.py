"""Shared helpers for the tests: spec fixtures and text extraction from each output format."""

from __future__ import annotations

import atexit
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from foiagen.rules import BASE_SPEC

ROOT = Path(__file__).resolve().parent.parent

# The tests (and the foiagen processes they start) keep foiagen's cache in a folder of their own,
# never in the user's ~/.cache; it starts empty, so the first runs exercise cache misses.
if "FOIAGEN_CACHE_DIR" not in os.environ:
    _cache = tempfile.mkdtemp(prefix="foiagen-test-cache-")
    os.environ["FOIAGEN_CACHE_DIR"] = _cache
    atexit.register(shutil.rmtree, _cache, True)
REQUESTS = sorted(p for p in (ROOT / "requests").glob("*.yaml") if not p.name.endswith(".case.yaml"))
EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*.yaml") if not p.name.endswith(".case.yaml"))

# The smallest clean spec: the same base the rule examples edit (foiagen/rules.py).
MINIMAL = BASE_SPEC


def normalize(text: str) -> str:
    """Whitespace-normalized text, with soft hyphenation and ligature artifacts undone."""
    text = text.replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl")
    return re.sub(r"\s+", " ", text).strip()


_FOLD = str.maketrans({"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-"})


def fold(text: str) -> str:
    """normalize(), with the typography foiagen adds undone (curly quotes and apostrophes,
    en dashes in ranges; no-break spaces are white space to normalize): to compare what a
    letter says with what was typed."""
    return normalize(text).translate(_FOLD)


def pdf_text(data: bytes, tmp_path: Path, first: int | None = None, last: int | None = None, raw: bool = False) -> str:
    """pdftotext's reading of a PDF.  raw=True keeps content-stream order and, unlike the
    default mode, keeps a hyphen that ends a line (LibreOffice breaks URLs at hyphens)."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = tmp_path / "x.pdf"
    pdf.write_bytes(data)
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-raw"] if raw else [])
    if first:
        cmd += ["-f", str(first), "-l", str(last or first)]
    cmd += [str(pdf), "-"]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def pdf_pages(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(BytesIO(data)).pages)


def docx_text(data: bytes) -> str:
    """Text of the body, footnotes and headers of a .docx, paragraph by paragraph."""
    from lxml import etree

    ns = {"w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main"}
    out = []
    with zipfile.ZipFile(BytesIO(data)) as zf:
        names = ["word/document.xml"] + sorted(n for n in zf.namelist() if re.match(r"word/(footnotes|header\d*)\.xml$", n))
        for name in names:
            root = etree.fromstring(zf.read(name))
            for p in root.iter(f"{{{ns['w']}}}p"):
                pieces = []
                for node in p.iter(f"{{{ns['w']}}}t", f"{{{ns['w']}}}tab", f"{{{ns['w']}}}br"):
                    pieces.append(node.text or "" if node.tag.endswith("}t") else " ")
                out.append("".join(pieces))
    return "\n".join(out)


def write_spec(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def squeeze(text: str) -> str:
    """Text without any white space: a URL wrapped at a slash still compares equal."""
    return re.sub(r"\s+", "", normalize(text))


def _text_before_refs(blocks):
    """(footnote number, the last characters before its reference mark) for every reference."""
    from foiagen.document import Link, NoteRef, Text, inline_runs, plain_text

    found = []
    for seq in inline_runs(blocks):
        before = ""
        for node in seq:
            if isinstance(node, Text):
                before += node.text
            elif isinstance(node, Link):
                before += plain_text(node.children)
            elif isinstance(node, NoteRef):
                found.append((node.number, normalize(before)[-14:]))
    return found


def _joined(doc, pages: list[str], p: int) -> str:
    """Squeezed text of page p-1 running on into page p, without the page furniture between
    them (the foot's "Page N of M", the next page's running header and "Page N+1")."""
    before = re.sub(r"Page\d+of\d+$", "", pages[p - 1])
    header = squeeze(" ".join(doc.metadata.running_header)) + f"Page{p + 1}"
    after = pages[p][len(header):] if pages[p].startswith(header) else pages[p]
    return before + after


def assert_footnotes_on_reference_pages(doc, data: bytes, tmp_path: Path) -> int:
    """Each footnote starts at the foot of the page where its reference mark is; returns the page count."""
    from foiagen.document import plain_text

    raw = [pdf_text(data, tmp_path, n) for n in range(1, pdf_pages(data) + 1)]
    pages = [squeeze(page) for page in raw]
    bodies = {n.number: normalize(" ".join(plain_text(p.inlines) for p in n.paragraphs)) for n in doc.footnotes()}
    refs = _text_before_refs(doc.blocks)
    assert len(refs) == len(bodies)
    for number, before in refs:
        before = squeeze(before)
        # the note is printed at the foot of exactly one page: a line starting with its number
        words = [w for w in bodies[number].split()[:3] if len(w) < 20] or bodies[number].split()[:1]
        note = re.compile(rf"(?m)^{number}\s+" + r"\s+".join(map(re.escape, words)))
        note_pages = [i for i, page in enumerate(raw) if note.search(page)]
        assert len(note_pages) == 1, (number, note_pages)
        p = note_pages[0]
        # ... and the words just before its reference mark are on that page (or run onto it)
        assert before in pages[p] or (p > 0 and before in _joined(doc, pages, p)), (number, before, p + 1)
    return len(raw)


def pytest_addoption(parser):
    parser.addoption("--update-goldens", action="store_true", default=False,
                     help="rewrite tests/golden/ from what foiagen renders now (then read git diff)")


def _untracked_files() -> set[str] | None:
    """The repository's untracked, unignored files (git status), or None outside a git checkout."""
    try:
        proc = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all", "-z"], cwd=ROOT,
                              capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    return {entry[3:] for entry in proc.stdout.split("\0") if entry.startswith("?? ")}


@pytest.fixture(scope="session", autouse=True)
def _tests_leave_the_repository_alone():
    """A test writes into tmp_path, never into the working copy: spec.docx, spec.pdf and
    spec.portal.txt were once committed at the root after a CLI call ran in the process's
    working directory.  Fails the run if it ends with new untracked files in the checkout."""
    before = _untracked_files()
    yield
    after = _untracked_files()
    if before is not None and after is not None and after - before:
        pytest.fail("the tests wrote into the repository: " + ", ".join(sorted(after - before)[:20]), pytrace=False)
