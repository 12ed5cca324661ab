"""Red-team findings D1–D6 (data loss), each rebuilt from its reproduction."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from hostile import ROOT, edit, foiagen, spec


def test_D1_a_portal_text_and_a_letter_never_share_a_file(tmp_path):
    spec(tmp_path / "d1", edit("subject: Records about detention contracts", "subject: LETTER-A"), "a.yaml")
    spec(tmp_path / "d1", edit("subject: Records about detention contracts", "subject: LETTER-A-PORTAL"), "a.portal.yaml")
    proc = foiagen("render", "d1/a.yaml", "d1/a.portal.yaml", "-o", "d1/out", "-f", "txt", "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 2 and "would both write a.portal.txt" in proc.stderr
    assert not (tmp_path / "d1" / "out").exists()  # refused before anything was written
    # two --vars rows named a and a.portal: the same check
    (tmp_path / "rows.csv").write_text("name,subject\na,One\na.portal,Two\n", encoding="utf-8")
    spec(tmp_path, edit("", ""), "s.yaml")
    proc = foiagen("render", "s.yaml", "--vars", "rows.csv", "-o", "out2", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 2 and "would both write s-a.portal.txt" in proc.stderr and not (tmp_path / "out2").exists()


def test_D2_per_agency_letters_never_overwrite_each_other(tmp_path):
    spec(tmp_path / "d2", edit("agencies: [ice]", "agencies: [ice, cbp]").replace("subject: Records about detention contracts", "subject: JOINT-B"), "b.yaml")
    spec(tmp_path / "d2", edit("subject: Records about detention contracts", "subject: SEPARATE-B-ICE"), "b-ice.yaml")
    proc = foiagen("render", "d2/b.yaml", "d2/b-ice.yaml", "--per-agency", "-o", "d2/out", "-f", "txt", "--jobs", "1", cwd=tmp_path)
    assert proc.returncode == 1
    assert "d2/b.yaml:1:1: error would write d2/out/b-ice.txt, which is also written by d2/b-ice.yaml" in proc.stdout
    assert "(output-collision)" in proc.stdout and not (tmp_path / "d2" / "out").exists()  # nor an empty folder
    # inline agencies whose names slug alike: four agencies, four letters
    agencies = ("agencies:\n  - {name: 'Field Office (Chicago)', department: dhs}\n  - {name: 'Field Office, Chicago', department: dhs}\n"
                "  - {name: 'Ñ', department: dhs}\n  - {name: 'É', department: doj}")
    spec(tmp_path / "d2", edit("agencies: [ice]", agencies), "c.yaml")
    proc = foiagen("render", "d2/c.yaml", "--per-agency", "-o", "d2/out2", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.out
    letters = sorted(n for n in os.listdir(tmp_path / "d2" / "out2") if not n.endswith(".portal.txt"))
    assert len(letters) == 4 and len(set(letters)) == 4, letters
    texts = {(tmp_path / "d2" / "out2" / n).read_text(encoding="utf-8") for n in letters}
    assert len(texts) == 4


def test_D3_the_requesters_address_reaches_every_format(tmp_path):
    import zipfile

    proc = foiagen("render", ROOT / "examples" / "minimal.yaml", "-o", tmp_path, "-f", "txt,docx,pdf")
    assert proc.returncode == 0
    assert "123 Main Street" in (tmp_path / "minimal.txt").read_text(encoding="utf-8")
    with zipfile.ZipFile(tmp_path / "minimal.docx") as z:
        assert "123 Main Street" in z.read("word/document.xml").decode("utf-8")
    if shutil.which("pdftotext"):
        pdf = subprocess.run(["pdftotext", "-enc", "UTF-8", tmp_path / "minimal.pdf", "-"], capture_output=True, text=True).stdout
        assert "123 Main Street" in pdf


def test_D4_the_spec_key_template_is_used_not_ignored(tmp_path):
    (tmp_path / "mine.j2").write_text('<letter><meta title="x" author="a" subject="s"></meta><p style="body">MY OWN TEMPLATE</p></letter>\n',
                                      encoding="utf-8")
    spec(tmp_path, edit("title: Short title", "title: Short title\ntemplate: mine.j2"), "d4.yaml")
    proc = foiagen("render", "d4.yaml", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0 and "MY OWN TEMPLATE" in (tmp_path / "out" / "d4.txt").read_text(encoding="utf-8")
    # a template outside the spec's folder, or one that is missing: located errors in validate
    spec(tmp_path / "sub", edit("title: Short title", "title: Short title\ntemplate: ../mine.j2"), "out.yaml")
    proc = foiagen("validate", "sub/out.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "sub/out.yaml:3:11: error template '../mine.j2': refused to read" in proc.stdout
    spec(tmp_path, edit("title: Short title", "title: Short title\ntemplate: nowhere.j2"), "missing.yaml")
    proc = foiagen("validate", "missing.yaml", cwd=tmp_path)
    assert "missing.yaml:3:11: error template file 'nowhere.j2' not found" in proc.stdout


def _render_three(out: Path, spec_path: Path):
    return foiagen("render", spec_path, "-o", out, "-f", "docx,pdf,txt", timeout=20)


def test_D5_a_letter_set_is_written_whole_or_not_at_all(tmp_path, monkeypatch):
    example = ROOT / "examples" / "minimal.yaml"
    out = tmp_path / "d5"
    assert _render_three(out, example).returncode == 0
    before = {n: (out / n).read_bytes() for n in os.listdir(out)}
    v2 = tmp_path / "minimal.yaml"
    v2.write_text(example.read_text(encoding="utf-8").replace("subject: ", "subject: VERSION TWO of ", 1), encoding="utf-8")
    # the red team's way (root): an immutable PDF; else a folder standing where the PDF was
    immutable = shutil.which("chattr") and os.geteuid() == 0 and subprocess.run(["chattr", "+i", out / "minimal.pdf"]).returncode == 0
    if not immutable:
        (out / "minimal.pdf").unlink()
        (out / "minimal.pdf").mkdir()
        (out / "minimal.pdf" / "keep").write_text("x", encoding="utf-8")
        before.pop("minimal.pdf")
    try:
        proc = _render_three(out, v2)
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", out / "minimal.pdf"])
    assert proc.returncode == 1 and "cannot write" in proc.stderr and "left as it was" in proc.stderr
    for name, data in before.items():
        assert (out / name).read_bytes() == data, name  # the DOCX and TXT are still the first version
    assert not [n for n in os.listdir(out) if n.endswith((".tmp", ".bak"))]
    # in-process, a failure at the second rename rolls the first back
    from foiagen import outputs
    from foiagen.batch import Job, run_job

    real, calls = os.replace, []

    def flaky(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device", dst)
        return real(src, dst)

    good = tmp_path / "good"
    assert run_job(Job(example, "minimal", ("docx", "txt"), good)).ok
    first = {n: (good / n).read_bytes() for n in os.listdir(good)}
    monkeypatch.setattr(outputs.os, "replace", flaky)
    result = run_job(Job(v2, "minimal", ("docx", "txt"), good))
    assert not result.ok and "No space left on device" in result.lines[-1]
    monkeypatch.undo()
    assert {n: (good / n).read_bytes() for n in os.listdir(good)} == first


def test_D6_hebrew_is_not_reversed_in_the_pdf(tmp_path):
    spec(tmp_path, edit("", 'background:\n  - "Hebrew: שלום עולם"\n'), "he.yaml")
    proc = foiagen("render", "he.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path)
    if proc.returncode != 0:  # refused clearly, at the Hebrew
        assert "he.yaml:13:" in proc.stdout and "right-to-left" in proc.stdout
        return
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is not installed")
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", tmp_path / "out" / "he.pdf", "-"], capture_output=True, text=True).stdout
    assert "שלום עולם" in text and "םלוע םולש" not in text
