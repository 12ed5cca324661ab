"""Letters that hold up: hostile and huge input, long letters, every footnote on its page,
embedded fonts, SOURCE_DATE_EPOCH, and no character lost or silently dropped."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiagen.pipeline import load_request, render_outputs
from foiagen.render import render_document
from conftest import MINIMAL, ROOT, assert_footnotes_on_reference_pages, docx_text, pdf_pages, pdf_text, squeeze, write_spec, fold
from helpers import run_process


cli = run_process


def test_a_10_mb_spec_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text(MINIMAL + "background:\n" + ("  - " + "word " * 200 + "\n") * 10_000, encoding="utf-8")
    assert path.stat().st_size > 10_000_000
    proc = cli("validate", path)
    assert proc.returncode == 1 and "file-too-large" in proc.stdout


def test_a_folder_with_no_specs_is_a_usage_error(tmp_path):
    (tmp_path / "empty").mkdir()
    proc = cli("render", tmp_path / "empty")
    assert proc.returncode == 2 and "no *.yaml" in proc.stderr


def spec_with_categories(n: int) -> str:
    cats = "".join(f"    - Category number {i} of the stress request, covering records on topic {i}.\n" for i in range(1, n + 1))
    return MINIMAL.replace("    - All contracts since 2024.\n", cats)


def test_a_300_category_request_renders_every_category(tmp_path):
    loaded = load_request(write_spec(tmp_path, spec_with_categories(300)))
    assert loaded.ok
    out = render_outputs(loaded.request, ["pdf", "docx", "txt"])
    for text in (squeeze(pdf_text(out["pdf"], tmp_path)), squeeze(docx_text(out["docx"])), squeeze(out["txt"].decode())):
        for i in (1, 150, 300):
            assert squeeze(f"{i}. Category number {i} of the stress request") in text


def stress_spec(paragraphs: int = 90) -> str:
    """A long letter: many paragraphs, each with a footnote; some footnotes long, some URLs long."""
    background, notes = [], []
    for i in range(paragraphs):
        words = " ".join(f"word{i}x{j}" for j in range(40 + (i * 7) % 60))
        background.append(f"  - Paragraph {i} says {words} and ends here.[^n{i}]")
        length = 10 + (i * 13) % 120
        note = " ".join(f"note{i}w{j}" for j in range(length))
        url = f" https://example.org/{'segment/' * (i % 12)}end{i}" if i % 5 == 0 else ""
        notes.append(f"  n{i}: {json.dumps(f'Source {i}, {note}.{url}')}")
    return MINIMAL + "background:\n" + "\n".join(background) + "\nfootnotes:\n" + "\n".join(notes) + "\n"


@pytest.mark.slow
def test_a_50_page_letter_keeps_every_footnote_on_its_reference_page(tmp_path):
    loaded = load_request(write_spec(tmp_path, stress_spec(140)))
    assert loaded.ok, loaded.diagnostics
    document = render_document(loaded.request)
    pdf = render_outputs(loaded.request, ["pdf"])["pdf"]
    pages = assert_footnotes_on_reference_pages(document, pdf, tmp_path)
    assert pages >= 50


def test_a_footnote_longer_than_a_page_renders_completely(tmp_path):
    spec = MINIMAL + "background:\n  - A claim.[^long]\nfootnotes:\n  long: " + " ".join(f"w{j}" for j in range(2500)) + "\n"
    loaded = load_request(write_spec(tmp_path, spec))
    pdf = render_outputs(loaded.request, ["pdf"])["pdf"]
    text = squeeze(pdf_text(pdf, tmp_path))
    assert "w0w1w2" in text and "w2498w2499" in text and pdf_pages(pdf) >= 3


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="pdffonts (poppler-utils) is not installed")
def test_the_pdf_embeds_every_font_it_uses(tmp_path):
    loaded = load_request(ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml")
    (tmp_path / "x.pdf").write_bytes(render_outputs(loaded.request, ["pdf"])["pdf"])
    rows = subprocess.run(["pdffonts", str(tmp_path / "x.pdf")], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert rows and all(" yes " in row for row in rows)
    assert all("LiberationSerif" in row for row in rows)


@pytest.mark.slow
def test_source_date_epoch_sets_the_document_dates(tmp_path):
    write_spec(tmp_path, MINIMAL, "letter.yaml")
    env = {"SOURCE_DATE_EPOCH": "1609459200"}  # 2021-01-01T00:00:00Z
    assert cli("render", "letter.yaml", "-o", "a", cwd=tmp_path, env=env).returncode == 0
    assert cli("render", "letter.yaml", "-o", "b", cwd=tmp_path, env=env).returncode == 0
    for name in ("letter.pdf", "letter.docx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert b"D:20210101" in (tmp_path / "a" / "letter.pdf").read_bytes()
    import zipfile

    with zipfile.ZipFile(tmp_path / "a" / "letter.docx") as zf:
        assert b"2021-01-01T00:00:00Z" in zf.read("docProps/core.xml")
    # without it the files carry the letter's date; a malformed one is a usage error
    assert cli("render", "letter.yaml", "-o", "c", cwd=tmp_path).returncode == 0
    assert b"D:20260302" in (tmp_path / "c" / "letter.pdf").read_bytes()
    bad = cli("render", "letter.yaml", "-o", "d", cwd=tmp_path, env={"SOURCE_DATE_EPOCH": "yesterday"})
    assert bad.returncode == 2 and "SOURCE_DATE_EPOCH='yesterday'" in bad.stderr and not (tmp_path / "d").exists()


@pytest.mark.parametrize("name,text", [
    ("Spanish", "Peña, Muñoz, ¿qué?, ¡sí!, José Núñez"),
    ("Vietnamese", "Nguyễn Văn Ư, Trần Thị Bích Ngọc, Đặng"),
    ("Greek", "Ελληνικά: Αλέξανδρος Παπαδόπουλος"),
    ("Cyrillic", "Кириллица: Дмитрий Иванович, Україна"),
    ("French and German", "Françoise Lefèvre, Jürgen Groß, Øster"),
])
def test_names_in_many_scripts_survive_every_format(tmp_path, name, text):
    spec = MINIMAL.replace("  - name: Jordan Lee", f"  - name: {json.dumps(text, ensure_ascii=False)}")
    loaded = load_request(write_spec(tmp_path, spec))
    out = render_outputs(loaded.request, ["pdf", "docx", "txt"])
    assert squeeze(text) in squeeze(pdf_text(out["pdf"], tmp_path))
    assert squeeze(text) in squeeze(docx_text(out["docx"]))
    assert squeeze(text) in squeeze(out["txt"].decode())


def test_a_character_no_font_can_draw_is_refused_at_its_place(tmp_path):
    write_spec(tmp_path, MINIMAL.replace("All contracts since 2024.", "All contracts ☃ since 2024."), "letter.yaml")
    proc = cli("render", "letter.yaml", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 1
    assert "letter.yaml:9:21:" in proc.stdout and "U+2603" in proc.stdout
    assert not (tmp_path / "out").exists()


# Letters the font covers: Latin with diacritics, Greek, Cyrillic, punctuation.
COVERED = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                               "áéíóúñüçãõâêôàèìòùäöëïÿœæøåßłśźżčšžřěůđăơưễộ"
                               "ΑΒΓΔΕαβγδεζηθλμπσωάέ" "АБВГДабвгджзийклмнопрстуфхцчшщыэюяёї"
                               "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~§¶…“”‘’–—€£¥©®°±×÷ "))


@pytest.mark.slow
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(COVERED, min_size=1, max_size=80).filter(lambda t: t.strip()))
def test_any_covered_text_is_recoverable_from_the_pdf(tmp_path, text):
    spec = MINIMAL.replace("    - All contracts since 2024.", f"    - {json.dumps('Item ' + text, ensure_ascii=False)}")
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, loaded.diagnostics
    pdf = render_outputs(loaded.request, ["pdf"])["pdf"]
    assert squeeze(fold("Item " + text)) in squeeze(fold(pdf_text(pdf, tmp_path)))


@pytest.mark.slow
def test_the_template_cache_never_changes_a_letter(tmp_path):
    write_spec(tmp_path, MINIMAL, "letter.yaml")
    cached = {"FOIAGEN_CACHE_DIR": str(tmp_path / "cache")}
    for out, env in (("a", {"FOIAGEN_CACHE_DIR": ""}), ("b", cached), ("c", cached)):
        assert cli("render", "letter.yaml", "-o", out, "-f", "pdf,docx", cwd=tmp_path, env=env).returncode == 0
    # (the registry and the built-in template are compiled into the package: a render may cache nothing)
    for name in ("letter.pdf", "letter.docx"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes() == (tmp_path / "c" / name).read_bytes()
