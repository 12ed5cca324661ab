"""Writes examples/parts/house-style.docx, the organisation's Word file examples/house-style.yaml
names: A4 paper, 25 mm margins, Garamond body text, a letterhead in the header and the firm's
address in the footer.  Rerun it to rebuild the file (python-docx, from the test extra)."""

from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(25)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Garamond", Pt(11.5)
    head = section.header.paragraphs[0]
    head.text = "NORTHFIELD LEGAL AID SOCIETY"
    head.alignment = WD_ALIGN_PARAGRAPH.CENTER
    head.runs[0].font.size, head.runs[0].bold = Pt(14), True
    foot = section.footer.paragraphs[0]
    foot.text = "12 Market Street · Northfield, MN 55057 · (507) 555-0123 · records@example.org"
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    import datetime as dt

    doc.core_properties.created = doc.core_properties.modified = dt.datetime(2026, 1, 1)
    out = ROOT / "examples" / "parts" / "house-style.docx"
    doc.save(out)
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
