"""Batch rendering: globs, parallel jobs, one bad spec among good ones, variations files."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, ROOT, docx_text, normalize, pdf_text, write_spec
from helpers import run_process

DATED = MINIMAL.replace("    - All contracts.", "    - All contracts since 2024.").replace("2026-03-02", "2025-03-02")


cli = run_process


@pytest.mark.slow
def test_a_glob_renders_every_match(tmp_path):
    for name in ("a", "b", "c"):
        write_spec(tmp_path, DATED, f"{name}.yaml")
    proc = cli("render", "*.yaml", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == ["a.txt", "b.txt", "c.txt"]


@pytest.mark.slow
def test_parallel_jobs_render_the_good_specs_and_report_the_bad_one(tmp_path):
    for i in range(6):
        write_spec(tmp_path, DATED, f"s{i}.yaml")
    write_spec(tmp_path, DATED.replace("title:", "titel:"), "s3.yaml")
    proc = cli("render", ".", "-o", "out", "-f", "txt", "--jobs", "2", cwd=tmp_path)
    assert proc.returncode == 1
    assert "s3.yaml:2:1: error unknown key 'titel'" in proc.stdout
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == [f"s{i}.txt" for i in (0, 1, 2, 4, 5)]
    assert "5 of 6 letter sets written" in proc.stderr


@pytest.mark.slow
def test_output_is_the_same_with_one_job_or_two(tmp_path):
    for i in range(4):
        write_spec(tmp_path, DATED.replace("Example Clinic", f"Clinic {i}"), f"s{i}.yaml")
    assert cli("render", ".", "-o", "one", "-f", "pdf,docx", "-j", "1", cwd=tmp_path).returncode == 0
    assert cli("render", ".", "-o", "two", "-f", "pdf,docx", "-j", "2", cwd=tmp_path).returncode == 0
    for path in (tmp_path / "one").iterdir():
        assert path.read_bytes() == (tmp_path / "two" / path.name).read_bytes()


@pytest.mark.slow
def test_csv_variations_make_one_letter_per_row(tmp_path):
    write_spec(tmp_path, DATED, "base.yaml")
    (tmp_path / "rows.csv").write_text("name,agencies,requesters.0.organization\n"
                                       "ice,ice,Clinic A\ncbp,cbp,Clinic B\n", encoding="utf-8")
    proc = cli("render", "base.yaml", "--vars", "rows.csv", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    ice = (tmp_path / "out" / "base-ice.txt").read_text(encoding="utf-8")
    cbp = (tmp_path / "out" / "base-cbp.txt").read_text(encoding="utf-8")
    assert "U.S. Immigration and Customs Enforcement" in ice and "Clinic A" in ice and "Clinic B" not in ice
    assert "U.S. Customs and Border Protection" in cbp and "Clinic B" in cbp


@pytest.mark.slow
def test_yaml_variations_and_a_bad_value_located_in_the_rows_file(tmp_path):
    write_spec(tmp_path, DATED, "base.yaml")
    (tmp_path / "rows.yaml").write_text("- {name: one, agencies: ice}\n- {name: two, agencies: icee}\n", encoding="utf-8")
    proc = cli("render", "base.yaml", "--vars", "rows.yaml", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 1
    assert "rows.yaml:2:" in proc.stdout and "unknown-agency" in proc.stdout
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt")) == ["base-one.txt"]


def test_a_variation_column_that_names_nothing_is_refused(tmp_path):
    write_spec(tmp_path, DATED, "base.yaml")
    (tmp_path / "rows.csv").write_text("name,requesters.5.organization\nx,Clinic\n", encoding="utf-8")
    proc = cli("render", "base.yaml", "--vars", "rows.csv", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 1 and "rows.csv:2:" in proc.stdout and "bad-variation" in proc.stdout


def test_row_names_cannot_leave_the_output_folder(tmp_path):
    write_spec(tmp_path, DATED, "base.yaml")
    (tmp_path / "rows.csv").write_text("name,agencies\n../../escape,ice\n", encoding="utf-8")
    proc = cli("render", "base.yaml", "--vars", "rows.csv", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0
    assert [p.name for p in (tmp_path / "out").iterdir() if p.suffix == ".txt"] == ["base-escape.txt"]


@pytest.mark.slow
def test_the_fan_out_example_writes_one_letter_per_agency_each_to_its_own(tmp_path):
    names = {"ice": "U.S. Immigration and Customs Enforcement", "cbp": "U.S. Customs and Border Protection",
             "uscis": "U.S. Citizenship and Immigration Services"}
    proc = cli("render", ROOT / "examples" / "fan-out.yaml", "--vars", ROOT / "examples" / "fan-out.csv",
               "-o", tmp_path, "-f", "txt,docx,pdf")
    assert proc.returncode == 0, proc.stderr
    for agency, name in names.items():
        text = (tmp_path / f"fan-out-{agency}.txt").read_text(encoding="utf-8")
        assert name in text and "6 C.F.R. Part 5" in normalize(text)
        assert all(other not in text for other in names.values() if other != name)
        # the row's subject line and title (the running header)
        subject = f"Re: Freedom of Information Act request to {agency.upper()} for records on facial recognition"
        assert subject in normalize(text)
        assert subject in normalize(pdf_text((tmp_path / f"fan-out-{agency}.pdf").read_bytes(), tmp_path))
        title = f"FOIA Request to {agency.upper()} re Facial Recognition Technology"
        assert title in docx_text((tmp_path / f"fan-out-{agency}.docx").read_bytes())
    assert "3 of 3 letter sets written" in proc.stderr + proc.stdout
