"""The reproduced seed requests: everything the seed letter says is in every format, with the
right citations, each PDF footnote on its reference's page, and byte-identical re-renders."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from foiagen.document import plain_text
from foiagen.pipeline import load_request, render_outputs
from foiagen.render import render_document
from conftest import ROOT, assert_footnotes_on_reference_pages, docx_text, fold, normalize, pdf_pages, pdf_text, squeeze

SEEDS = {
    "000": ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml",
    "002": ROOT / "requests" / "2020-06-10-epic-ice-facial-recognition.yaml",
    "eoir": ROOT / "requests" / "2021-07-30-eoir-charlotte-statements-of-law.yaml",
    # kinds of letters the first three lacked (#13): a journalist alone, before 2016, to an agency
    # outside the directory; an individual to an Interior bureau; an independent agency; one regional office
    "leopold": ROOT / "requests" / "2014-02-06-leopold-cia-authorized-leaks.yaml",
    "stiles": ROOT / "requests" / "2018-05-14-stiles-blm-recapture-canyon.yaml",
    "ftc": ROOT / "requests" / "2017-02-15-protect-democracy-ftc-white-house-contacts.yaml",
    "epa-r9": ROOT / "requests" / "2023-05-05-bergin-epa-region9-exceptional-events.yaml",
}
# The arguments each seed makes, and the citations the letter must therefore carry.
CITATIONS = {
    "000": ["5 U.S.C. § 552(a)(6)(E)(v)(II)", "6 C.F.R. § 5.5(e)(1)(ii)", "5 U.S.C. § 552(a)(4)(A)(iii)",
            "6 C.F.R. § 5.11(k)", "5 U.S.C. § 552(a)(6)(E)(vi)", "6 C.F.R. § 5.5(e)(4)", "6 C.F.R. § 5.11(b)(6)"],
    "002": ["5 U.S.C. § 552(a)(6)(E)(v)(II)", "6 C.F.R. § 5.5(e)(1)(ii)", "5 U.S.C. § 552(a)(4)(A)(iii)",
            "6 C.F.R. § 5.11(k)", "6 C.F.R. § 5.11(k)(2)(i)", "6 C.F.R. § 5.11(k)(2)(iv)", "6 C.F.R. § 5.11(k)(3)(ii)",
            "5 U.S.C. § 552(a)(6)(E)(vi)", "6 C.F.R. § 5.5(e)(3)"],
    # a DOJ component: its own rule, and never DHS's
    "eoir": ["5 U.S.C. § 552", "28 C.F.R. Part 16"],
    # 2014, the CIA: the statute alone, as then in force (no § 552(a)(8))
    "leopold": ["5 U.S.C. § 552(a)(4)(A)(ii)(II)", "5 U.S.C. § 552(a)(4)(A)(iv)(II)"],
    "stiles": ["5 U.S.C. § 552", "43 C.F.R. Part 2"],
    "ftc": ["5 U.S.C. § 552(b)"],  # the FTC's rule is in the registry only from 2024
    "epa-r9": ["5 U.S.C. § 552", "40 C.F.R. Part 2"],
}
OTHER_DEPARTMENTS = {"000": "28 C.F.R.", "002": "28 C.F.R.", "eoir": "6 C.F.R.", "leopold": "C.F.R.", "stiles": "6 C.F.R.",
                     "ftc": "C.F.R.", "epa-r9": "6 C.F.R."}
FORMATS = ["pdf", "docx", "txt"]


@lru_cache(maxsize=None)
def rendered(seed: str) -> dict:
    loaded = load_request(SEEDS[seed])
    assert loaded.ok, loaded.diagnostics
    return render_outputs(loaded.request, FORMATS)


@lru_cache(maxsize=None)
def document(seed: str):
    return render_document(load_request(SEEDS[seed]).request)


def text_of(seed: str, fmt: str, tmp_path: Path) -> str:
    data = rendered(seed)[fmt]
    if fmt == "pdf":
        return normalize(pdf_text(data, tmp_path))
    if fmt == "docx":
        return normalize(docx_text(data))
    return normalize(data.decode("utf-8"))


def snippets(seed: str) -> list[str]:
    return yaml.safe_load((ROOT / "tests" / "expected" / f"{SEEDS[seed].stem}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_every_part_of_the_seed_is_in_the_letter(seed, fmt, tmp_path):
    text = text_of(seed, fmt, tmp_path)
    # the seed as typed (straight quotes); the letter typeset (curly quotes, en dashes)
    missing = [s for s in snippets(seed) if fold(s) not in fold(text)]
    assert missing == []


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("seed", SEEDS)
def test_the_letter_carries_the_citations_its_arguments_need(seed, fmt, tmp_path):
    text = text_of(seed, fmt, tmp_path)
    assert [c for c in CITATIONS[seed] if c not in text] == []
    # the seed's slips are not reproduced, and no other department's rule appears
    assert "§ 522" not in text and "IDF" not in text and OTHER_DEPARTMENTS[seed] not in text


@pytest.mark.parametrize("seed", SEEDS)
def test_every_footnote_is_in_every_format(seed, tmp_path):
    notes = document(seed).footnotes()
    assert len(notes) >= (10 if seed in ("000", "002") else 0)
    for fmt in FORMATS:
        # compared without whitespace: a URL wrapped at a slash is still the same characters
        text = squeeze(text_of(seed, fmt, tmp_path))
        for note in notes:
            body = squeeze(" ".join(plain_text(p.inlines) for p in note.paragraphs))
            assert body in text, (fmt, note.number, body[:60])


@pytest.mark.parametrize("seed", SEEDS)
def test_each_pdf_footnote_is_on_the_page_of_its_reference(seed, tmp_path):
    assert_footnotes_on_reference_pages(document(seed), rendered(seed)["pdf"], tmp_path)


@pytest.mark.parametrize("seed", SEEDS)
def test_running_header_is_on_later_pages_only(seed, tmp_path):
    data = rendered(seed)["pdf"]
    title = load_request(SEEDS[seed]).request.title
    first = normalize(pdf_text(data, tmp_path, 1))
    assert title not in first
    if pdf_pages(data) > 1:  # a one-page letter has no later page
        second = normalize(pdf_text(data, tmp_path, 2))
        assert title in second and "Page 2" in second


@pytest.mark.parametrize("seed", SEEDS)
def test_rendering_twice_gives_identical_outputs(seed):
    loaded = load_request(SEEDS[seed])
    again = render_outputs(loaded.request, FORMATS)
    assert again == rendered(seed)


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
def test_libreoffice_opens_the_docx_and_prints_every_footnote(seed, tmp_path):
    import shutil
    import subprocess

    if not shutil.which("soffice"):
        pytest.skip("LibreOffice is not installed (.ci/run installs it)")
    docx = tmp_path / "letter.docx"
    docx.write_bytes(rendered(seed)["docx"])
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   check=True, capture_output=True, timeout=180)
    pdf = (tmp_path / "letter.pdf").read_bytes()
    text = squeeze(pdf_text(pdf, tmp_path, raw=True))
    for note in document(seed).footnotes():
        body = squeeze(" ".join(plain_text(p.inlines) for p in note.paragraphs))
        assert body in text, (note.number, body[:60])
    assert [s for s in snippets(seed) if squeeze(fold(s)) not in fold(text)] == []
    assert [c for c in CITATIONS[seed] if squeeze(c) not in text] == []
    # later pages carry the running header
    if pdf_pages(pdf) > 1:
        assert squeeze(load_request(SEEDS[seed]).request.title) in squeeze(pdf_text(pdf, tmp_path, 2))


def test_every_reproduced_request_is_checked_here():
    shipped = {p.stem for p in (ROOT / "requests").glob("*.yaml") if not p.name.endswith(".case.yaml")}
    assert shipped == {p.stem for p in SEEDS.values()}
    assert shipped == {p.stem for p in (ROOT / "tests" / "expected").glob("*.yaml")}
