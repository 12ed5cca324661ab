"""The PDF follows the house style's page (#13 item 9): `--reference-docx` (or `house_style:`) gives
the page size and margins of its last section, which the Document carries to the PDF's layout."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace

import pytest

from conftest import MINIMAL, write_spec
from foiagen.document import PageSetup
from foiagen.writers import WriterError, WriterOptions
from foiagen.writers.docx_reference import page_setup
from foiagen.writers.pdf import write_pdf
from test_pdf_writer import assert_footnotes_on_reference_pages, page_count, synthetic

pytestmark = pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils is not installed")

MM, INCH = 72 / 25.4, 72.0


def reference(path, width_mm: float, height_mm: float, margin_in: float | None = None):
    """A Word file saved by python-docx with this page size and, if given, these margins on every side."""
    from docx import Document
    from docx.shared import Inches, Mm

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(width_mm), Mm(height_mm)
    if margin_in is not None:
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Inches(margin_in)
    doc.save(path)
    return path.read_bytes()


def pdfinfo_size(data: bytes, tmp_path) -> tuple[float, float, str]:
    (tmp_path / "x.pdf").write_bytes(data)
    out = subprocess.run(["pdfinfo", str(tmp_path / "x.pdf")], check=True, capture_output=True, text=True).stdout
    w, h, name = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?", out).groups()
    return float(w), float(h), name or ""


def word_boxes(data: bytes, tmp_path) -> list[tuple]:
    """(page, xMin, yMin, xMax, yMax, word) of every word, y from the top edge (pdftotext -bbox)."""
    (tmp_path / "b.pdf").write_bytes(data)
    html = subprocess.run(["pdftotext", "-bbox", str(tmp_path / "b.pdf"), "-"], check=True, capture_output=True, text=True).stdout
    out = []
    for n, page in enumerate(html.split("<page ")[1:], 1):
        for *box, word in re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<', page):
            out.append((n, *map(float, box), word))
    return out


@pytest.mark.parametrize("size_mm, margin_in, name", [
    ((210, 297), 0.75, "A4"), ((215.9, 355.6), 1.0, ""), ((215.9, 279.4), 0.5, "letter"),  # pdfinfo names no Legal (612 x 1008)
])
def test_the_reference_page_size_and_margins_reach_the_pdf(tmp_path, size_mm, margin_in, name):
    data = reference(tmp_path / "house.docx", *size_mm, margin_in)
    page = page_setup(data)
    assert (round(page.width / MM), round(page.height / MM)) == (round(size_mm[0]), round(size_mm[1]))
    assert (page.top, page.right, page.bottom, page.left) == (margin_in * INCH,) * 4
    pdf = write_pdf(replace(synthetic(30), page=page))
    width, height, called = pdfinfo_size(pdf, tmp_path)
    assert (round(width), round(height), called) == (round(page.width), round(page.height), name)
    boxes = word_boxes(pdf, tmp_path)
    margin = margin_in * INCH
    body = [b for b in boxes if b[2] < height - margin]  # the text box: all but "Page N of M" in the bottom margin
    assert {b[5] for b in boxes if b not in body} <= {"Page", "of"} | {str(k) for k in range(1, 20)}
    assert all(b[4] <= height - margin + 2.5 for b in body)  # (a box's foot includes its font's descent)
    assert min(b[1] for b in body) >= margin - 0.5 and max(b[3] for b in body) <= width - margin + 0.5
    assert max(b[3] for b in body) >= width - margin - 3  # justified lines reach the right margin
    assert margin - 0.5 <= min(b[2] for b in body if b[0] == 1) <= margin + 14  # the first line at the top margin
    assert assert_footnotes_on_reference_pages(pdf, tmp_path) == 30  # footnotes still on their reference pages


def test_a4_with_narrower_margins_fits_more_on_a_line_and_the_pages_differ(tmp_path):
    letter = write_pdf(synthetic(30))
    a4 = write_pdf(replace(synthetic(30), page=page_setup(reference(tmp_path / "a4.docx", 210, 297, 0.75))))
    assert pdfinfo_size(letter, tmp_path)[:2] == (612.0, 792.0)
    assert page_count(a4) < page_count(letter)  # a taller, wider text box


def test_a_reference_without_margins_keeps_one_inch_and_one_without_a_section_is_letter(tmp_path):
    data = reference(tmp_path / "plain.docx", 210, 297)
    page = page_setup(data)
    assert round(page.width / MM) == 210 and page.left == page.right  # python-docx's own template margins
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(buf, "w") as out:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = re.sub(rb"<w:sectPr[ >].*?</w:sectPr>", b"", body, flags=re.S)
            out.writestr(item, body)
    assert page_setup(buf.getvalue()) == PageSetup()


def test_margins_that_leave_no_room_are_a_writer_error_and_nothing_is_written(tmp_path):
    from foiagen.api import render_files

    data = reference(tmp_path / "tight.docx", 100, 100, 1.5)
    with pytest.raises(WriterError, match="leaves a text box"):
        write_pdf(replace(synthetic(2), page=page_setup(data)))
    spec = write_spec(tmp_path, MINIMAL)
    result = render_files([spec], tmp_path / "out", ["pdf"], options=WriterOptions(reference_docx=data))
    assert not result.results[0].ok and "leaves a text box" in " ".join(result.results[0].lines)
    assert not (tmp_path / "out" / "spec.pdf").exists()


def test_render_with_a_reference_lays_the_pdf_on_its_page(tmp_path):
    from foiagen.api import render_files

    data = reference(tmp_path / "house.docx", 210, 297, 0.75)
    spec = write_spec(tmp_path, MINIMAL)
    assert not render_files([spec], tmp_path / "out", ["pdf", "docx"], options=WriterOptions(reference_docx=data)).problems
    assert pdfinfo_size((tmp_path / "out" / "spec.pdf").read_bytes(), tmp_path)[2] == "A4"
    assert not render_files([spec], tmp_path / "plain", ["pdf"]).problems
    assert pdfinfo_size((tmp_path / "plain" / "spec.pdf").read_bytes(), tmp_path)[2] == "letter"
