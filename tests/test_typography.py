"""Typography is decided once, in rendering, and every writer honours it: no-break spaces
inside citations, curly quotes, en dashes in ranges, and the letter's ending kept together."""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from io import BytesIO

import pytest

from conftest import MINIMAL, ROOT, pdf_pages, pdf_text, write_spec
from foiagen.document import Paragraph
from foiagen.pipeline import load_request, render_outputs
from foiagen.render import render_document
from foiagen.typography import bind, curl_quotes

NB = "\u00a0"
SEED_000 = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"


@pytest.mark.parametrize("typed, typeset", [
    ("5 U.S.C. § 552(a)(6)(E)", f"5{NB}U.S.C.{NB}§{NB}552(a)(6)(E)"),
    ("6 C.F.R. Part 5", f"6{NB}C.F.R.{NB}Part{NB}5"),
    ("6 C.F.R. § 5.5(e)(1)(ii)", f"6{NB}C.F.R.{NB}§{NB}5.5(e)(1)(ii)"),
    ("§§ 4.8-4.11", f"§§{NB}4.8\u20134.11"),          # a range of sections takes an en dash
    ("38 C.F.R. §§ 1.550-1.562", f"38{NB}C.F.R.{NB}§§{NB}1.550\u20131.562"),
    ("Pub. L. 114-185", f"Pub.{NB}L.{NB}114-185"),     # a law's number keeps its hyphen
    ("87 Fed. Reg. 68,599", f"87{NB}Fed.{NB}Reg.{NB}68,599"),
    ("130 Stat. 538", f"130{NB}Stat.{NB}538"),
    ("from 2019-2021", "from 2019\u20132021"),          # years in order: a range
    ("2021-2019", "2021-2019"),                         # not a range
    ("FR Doc. 2025-23783", "FR Doc. 2025-23783"),       # a document number
    ("pp. 12-15", "pp. 12\u201315"),
    ("Washington, D.C. 20536-5009", "Washington, D.C. 20536-5009"),  # ZIP+4
    ("(212) 555-0100", "(212) 555-0100"),
    ("https://x.gov/2019-2021 § 5", "https://x.gov/2019-2021 §" + NB + "5"),  # inside a URL: no dash
    ("see foia@x.gov 2019-2021", "see foia@x.gov 2019\u20132021"),
])
def test_bind_and_ranges(typed, typeset):
    assert bind(typed) == typeset


@pytest.mark.parametrize("typed, typeset", [
    ('"Quoted" text', "\u201cQuoted\u201d text"),
    ("'single' quotes", "\u2018single\u2019 quotes"),
    ("don't, Dep't of Justice", "don\u2019t, Dep\u2019t of Justice"),
    ("the '90s", "the \u201990s"),                       # an elision, not an opening quote
    ("(\"nested 'inner' quotes\")", "(\u201cnested \u2018inner\u2019 quotes\u201d)"),
    ("see https://x.org/?q='a'", "see https://x.org/?q='a'"),  # an address stays as typed
])
def test_curl_quotes(typed, typeset):
    assert curl_quotes(typed) == typeset


def test_quotes_follow_the_text_before_them_across_runs():
    assert curl_quotes("'", before="s") == "\u2019" and curl_quotes("'", before=" ") == "\u2018"


def quote_spec(extra: str = "") -> str:
    return MINIMAL.replace("    - All contracts since 2024.", """    - "All of ICE's \\"detention\\" contracts since 2024." """) + extra


@pytest.mark.parametrize("extra, expected", [
    ("", "All of ICE\u2019s \u201cdetention\u201d contracts"),
    ("smart_quotes: false\n", "All of ICE's \"detention\" contracts"),
])
def test_a_spec_may_keep_its_straight_quotes(tmp_path, extra, expected):
    loaded = load_request(write_spec(tmp_path, quote_spec(extra)))
    assert loaded.ok, loaded.diagnostics
    out = render_outputs(loaded.request, ["txt", "docx"])
    assert expected in out["txt"].decode()
    with zipfile.ZipFile(BytesIO(out["docx"])) as zf:
        assert expected.replace('"', "&quot;") in zf.read("word/document.xml").decode() or expected in zf.read("word/document.xml").decode()


@lru_cache(maxsize=1)
def seed_000():
    request = load_request(SEED_000).request
    return render_document(request), render_outputs(request, ["pdf", "docx"])


# (end of a line, start of the next) that split a citation: a title from its code, a code or
# "§" from the section, "Part" from its number.
SPLITS = [
    (re.compile(r"(?:^|\s)\d+$"), re.compile(r"^(?:U\.S\.C\.|C\.F\.R\.|Fed\. Reg\.|Stat\.)")),
    (re.compile(r"(?:^|\s)(?:U\.S\.C\.|C\.F\.R\.|Fed\. Reg\.|Pub\. L\.)$"), re.compile(r"^(?:§|Part|\d)")),
    (re.compile(r"(?:^|\s)(?:§§?|Part)$"), re.compile(r"^\d")),
]


def splits_a_citation(line: str, following: str) -> bool:
    return any(end.search(line) and start.match(following) for end, start in SPLITS)


def layout_lines(pdf: bytes, tmp_path) -> list[str]:
    """The PDF's printed lines as they stand on the page (pdftotext -layout), spaces collapsed:
    a loose justified line stays one line (the reading-order mode splits it into words)."""
    import subprocess

    (tmp_path / "l.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(tmp_path / "l.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    return [" ".join(l.split()) for l in text.splitlines()]


def test_no_line_of_seed_000s_pdf_splits_a_citation(tmp_path):
    lines = layout_lines(seed_000()[1]["pdf"], tmp_path)
    assert [(a, b) for a, b in zip(lines, lines[1:]) if a and b and splits_a_citation(a, b)] == []
    # the check sees each kind of split, and not an address
    for line, following in (("under 5", "U.S.C. § 552"), ("under 5 U.S.C.", "§ 552(a)"), ("5 U.S.C. §", "552(a)"),
                            ("6 C.F.R.", "Part 5"), ("6 C.F.R. Part", "5")):
        assert splits_a_citation(line, following)
    assert not splits_a_citation("Mail Stop 0655", "2707 Martin Luther King Jr. Ave SE")


def body_lines(doc, pdf: bytes, tmp_path, page: int) -> list[str]:
    """The lines of a page's text below its running header."""
    lines = [l.strip() for l in pdf_text(pdf, tmp_path, page).splitlines() if l.strip()]
    header = [l for l in doc.metadata.running_header if l.strip()] + [f"Page {page}"] if page > 1 else []
    assert lines[:len(header)] == header
    return lines[len(header):]


def ending(doc):
    blocks = list(doc.blocks)
    i = next(i for i, b in enumerate(blocks) if isinstance(b, Paragraph) and b.style == "closing")
    return blocks[i - 1], blocks[i]


def test_seed_000_keeps_its_ending_together_in_every_format(tmp_path):
    doc, out = seed_000()
    last, valediction = ending(doc)
    assert last.keep_with_next and valediction.keep_with_next
    pages = pdf_pages(out["pdf"])
    for page in range(1, pages + 1):
        assert body_lines(doc, out["pdf"], tmp_path, page)[0] != "Sincerely,"
    # DOCX: the same no-break spaces, and keep-with-next on the last paragraph and "Sincerely,"
    with zipfile.ZipFile(BytesIO(out["docx"])) as zf:
        xml = zf.read("word/document.xml").decode()
    assert f"5{NB}U.S.C.{NB}§{NB}552(a)(6)(E)(v)(II)" in xml and f"6{NB}C.F.R.{NB}§{NB}5.5(e)(1)(ii)" in xml
    paragraphs = re.findall(r"<w:p>.*?</w:p>", xml, re.S)
    closing = next(i for i, p in enumerate(paragraphs) if "Sincerely," in p)
    assert "<w:keepNext/>" in paragraphs[closing - 1] and "Thank you for your attention" in paragraphs[closing - 1]


@pytest.mark.slow
@pytest.mark.parametrize("filler", range(0, 44, 4))
def test_the_valediction_is_never_the_first_line_of_a_page(tmp_path, filler):
    """Letters of every length, so that the page break falls at every point of the ending:
    the valediction always shares its page with the last paragraph and the first signature."""
    words = " ".join(["Word"] * 14)
    spec = MINIMAL + "purpose:\n" + "".join(f"  - {words}\n" for _ in range(20 + filler))
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, loaded.diagnostics
    doc = render_document(loaded.request)
    pdf = render_outputs(loaded.request, ["pdf"])["pdf"]
    for page in range(1, pdf_pages(pdf) + 1):
        lines = body_lines(doc, pdf, tmp_path, page)
        if "Sincerely," in lines:
            at = lines.index("Sincerely,")
            assert at > 0 and lines[at - 1].endswith("request.") and "/s/ Jordan Lee" in lines[at + 1:]
