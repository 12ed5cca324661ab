"""Golden files at every stage of the pipeline, for every shipped spec (tests/golden/<dir>-<stem>/).

Stages: the checked model (model.json), the letter XML (letter.xml), the Document
(document.json), the text letter (letter.txt), the DOCX parts as canonical, indented XML
(docx-document.xml, docx-footnotes.xml, docx-header*.xml, docx-styles.xml) and the PDF as
its text page by page with a page map (pdf.txt: which footnotes start on which page).
`pytest --update-goldens` rewrites them; otherwise any difference fails with a diff.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
import zipfile
from functools import lru_cache
from io import BytesIO
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SPECS = sorted(p for p in [*(ROOT / "requests").glob("*.yaml"), *(ROOT / "examples").glob("*.yaml")] if not p.name.endswith(".case.yaml"))
DOCX_PARTS = re.compile(r"word/(document|footnotes|header\d*|styles)\.xml$")
NBSP_MARK = "⍽"  # how a no-break space shows in a diff (otherwise it looks like a space)


def golden_dir(spec: Path) -> Path:
    return GOLDEN / f"{spec.parent.name}-{spec.stem}"


# Follow-up letters (foiagen/followup.py): (case log, kind, agency, letter date, first paragraph number)
SEED_CASE = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.case.yaml"
EXAMPLE_CASE = ROOT / "examples" / "minimal.case.yaml"
FOLLOWUPS = [
    (EXAMPLE_CASE, "status-inquiry", None, None, 1),
    (EXAMPLE_CASE, "appeal", None, None, 1),
    (EXAMPLE_CASE, "mediation", None, None, 1),
    (EXAMPLE_CASE, "complaint-facts", None, "2026-07-01", 1),
    (SEED_CASE, "appeal", "dhs-privacy", None, 1),
    (SEED_CASE, "complaint-facts", None, None, 34),
]


def followup_dir(entry) -> Path:
    log, kind, agency = entry[:3]
    return GOLDEN / (f"followup-{log.parent.name}-{log.name.split('.')[0]}-{kind}" + (f"-{agency}" if agency else ""))


@lru_cache(maxsize=None)
def followup_stages(entry) -> dict[str, str]:
    """The letter XML, Document, text and DOCX parts of a follow-up letter."""
    import datetime as dt

    from foiagen.case import load_case
    from foiagen.followup import followup_request
    from foiagen.letterxml import parse_letter
    from foiagen.pipeline import write_formats
    from foiagen.render import letter_images, render_letter_xml

    log, kind, agency, on, first = entry
    loaded = load_case(log)
    assert loaded.ok, loaded.diagnostics
    request, extra = followup_request(loaded.case, kind, agency, dt.date.fromisoformat(on) if on else None, (), first)
    xml = render_letter_xml(request, None, kind=f"{kind}.xml.j2", extra=extra)
    document = parse_letter(xml, images=letter_images(request))
    out = write_formats(document, ["txt", "docx"])
    found = {"letter.xml": xml, "document.json": document.to_json(), "letter.txt": out["txt"].decode("utf-8")}
    found.update(docx_parts(out["docx"]))
    return found


@lru_cache(maxsize=None)
def stages(spec: Path, template: Path | None = None) -> dict[str, str]:
    """name -> text of every golden stage of `spec` (rendered once per test session)."""
    from foiagen.jsondump import dumps
    from foiagen.pipeline import house_options, load_request, write_formats
    from foiagen.render import letter_document, render_letter_xml

    loaded = load_request(spec)
    assert loaded.ok, loaded.diagnostics
    request = loaded.request
    xml = render_letter_xml(request, None, template)
    document = letter_document(xml, request)
    out = write_formats(document, ["txt", "docx"])
    # the PDF as render writes it, on a house style's page (the DOCX parts stay foiagen's own: a house style's
    # merged styles.xml runs to thousands of lines; tests/test_voices.py checks the merge)
    out["pdf"] = write_formats(document, ["pdf"], house_options(request, None))["pdf"]
    found = {"model.json": dumps(request), "letter.xml": xml, "document.json": document.to_json(),
             "letter.txt": out["txt"].decode("utf-8")}
    found.update(docx_parts(out["docx"]))
    found["pdf.txt"] = pdf_pages_text(out["pdf"], note_starts(document))
    return found


def docx_parts(data: bytes) -> dict[str, str]:
    """The DOCX's XML parts that carry the letter, canonicalised (C14N 2.0) and indented."""
    from lxml import etree

    parts = {}
    with zipfile.ZipFile(BytesIO(data)) as zf:
        for name in sorted(zf.namelist()):
            if DOCX_PARTS.match(name):
                root = etree.fromstring(zf.read(name), etree.XMLParser(remove_blank_text=True))
                canonical = etree.fromstring(etree.canonicalize(root).encode("utf-8"))
                etree.indent(canonical, space=" ")
                parts["docx-" + name.split("/")[-1]] = etree.tostring(canonical, encoding="unicode") + "\n"
    return parts


def note_starts(document) -> dict[int, re.Pattern]:
    """For each footnote, a pattern for the line where its text starts: its number, then its first words."""
    from foiagen.document import plain_text

    found = {}
    for note in document.footnotes():
        words = " ".join(plain_text(p.inlines) for p in note.paragraphs).split()[:3]
        words = [w for w in words if len(w) < 20] or words[:1]
        found[note.number] = re.compile(rf"(?m)^{note.number}\s+" + r"\s+".join(map(re.escape, words)))
    return found


def pdf_pages_text(data: bytes, notes: dict[int, re.Pattern]) -> str:
    """pdftotext's reading of each page, after a page map: the footnotes whose text starts there."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=data, check=True,
                          capture_output=True).stdout.decode("utf-8")
    pages = text.split("\f")[:-1] if text.endswith("\f") else text.split("\f")
    head = [f"pages: {len(pages)}"]
    for i, page in enumerate(pages, 1):
        starts = [n for n, pattern in notes.items() if pattern.search(page)]
        head.append(f"page {i} footnotes: {' '.join(map(str, starts)) or '-'}")
    body = [f"=== page {i} ===\n{page.strip()}\n" for i, page in enumerate(pages, 1)]
    return "\n".join(head) + "\n\n" + "\n".join(body)


def show(text: str) -> str:
    return text.replace("\u00a0", NBSP_MARK)


def difference(spec: Path, name: str, actual: str, folder: Path | None = None) -> str:
    """'' when `actual` equals the stored golden, else a unified diff (no-break spaces marked)."""
    path = (folder or golden_dir(spec)) / name
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    if expected == actual:
        return ""
    diff = difflib.unified_diff(show(expected).splitlines(), show(actual).splitlines(),
                                f"{path.relative_to(ROOT)} (golden)", "rendered now", lineterm="", n=2)
    return "\n".join(diff) or f"{name}: differs only in line endings or a final newline"


def update(spec: Path, found: dict[str, str], folder: Path | None = None) -> None:
    folder = folder or golden_dir(spec)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.iterdir():
        if stale.name not in found:
            stale.unlink()
    for name, text in found.items():
        (folder / name).write_text(text, encoding="utf-8")
