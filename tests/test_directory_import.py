"""The 18F importer (tools/import_18f_contacts.py): reruns reproduce the data byte for byte; no staff names."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "18f"
COMMITTED = ROOT / "foiagen" / "data" / "directory" / "18f-contacts.yaml"
SNAPSHOT = os.environ.get("FOIAGEN_18F_SNAPSHOT", "/work/.mirror/18F+2015-foia/repo/.git")


def _tool():
    spec = importlib.util.spec_from_file_location("import_18f_contacts", ROOT / "tools" / "import_18f_contacts.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run(tmp_path, source, *args) -> bytes:
    out = tmp_path / "out.yaml"
    assert _tool().main([str(source), *args, "--out", str(out)]) == 0
    return out.read_bytes()


FIXTURE_ARGS = ("--commit", "0" * 40, "--as-of", "2017-07-25")


def test_fixture_import_is_byte_for_byte_the_expected_file(tmp_path):
    first = _run(tmp_path, FIXTURE, *FIXTURE_ARGS)
    assert first == (FIXTURE / "expected.yaml").read_bytes()
    assert _run(tmp_path, FIXTURE, *FIXTURE_ARGS) == first


def test_no_staff_name_is_copied(tmp_path):
    text = _run(tmp_path, FIXTURE, *FIXTURE_ARGS).decode()
    for name in ("Pat Example", "Robin Sample", "Casey Placeholder", "Jordan Q. Doe", "Alex Stand-In", "Ramona Branch Dummy"):
        assert name not in text
    data = yaml.safe_load(text)
    offices = {o["id"]: o for o in data["offices"]}
    # offices are kept, with their office lines
    assert offices["dhs-ice"]["office"] == ["FOIA Officer", "Mail Stop 5009"]
    assert offices["epa-region-10"]["office"] == ["Regional Freedom of Information Officer"]
    assert offices["epa-region-1"]["emails"] == ["r1foia@epa.gov"]  # jordan.doe@ is a person's
    assert offices["tva"]["processing_medians"] == {"fiscal_year": 2016, "complex": "30", "simple": "9"}


@pytest.mark.parametrize("line, person", [
    ("Jill Example", True), ("Anne R. Sample", True), ("FOIA: Sally Placeholder", True),
    ("FOIA Officer", False), ("Mail Stop 5009", False), ("(2822T)", False), ("DTIC-R", False),
    ("Chief, FOI/PA Branch", False), ("Three Lafayette Centre", False), ("Building 410", False),
])
def test_person_lines(line, person):
    assert _tool().is_person(line, set()) is person


@pytest.mark.parametrize("email, person", [
    ("jordan.doe@epa.gov", True), ("jdoe@usadf.gov", True), ("jexample@tva.gov", True), ("mailto", True),
    ("foia@tva.gov", False), ("ice-foia@dhs.gov", False), ("OSGFOIA@usdoj.gov", False), ("ssab@ssab.gov", False),
    ("reagan.library@nara.gov", False), ("oigmail@ncua.gov", False),
])
def test_personal_emails(email, person):
    assert _tool().is_personal_email(email, {"pat example", "jordan q. doe"}, ("SSAB",)) is person


def test_a_folder_needs_commit_and_date(tmp_path):
    with pytest.raises(SystemExit):
        _tool().main([str(FIXTURE), "--out", str(tmp_path / "x.yaml")])


@pytest.mark.slow
def test_committed_data_records_its_source():
    data = yaml.safe_load(COMMITTED.read_text(encoding="utf-8"))
    assert data["source"]["repository"] == "18F/2015-foia"
    assert data["source"]["commit"] == "f9503d261c0c1613d95504bc8ac26ce8822cbfa4"
    assert len(data["agencies"]) == 116 and len(data["offices"]) == 424
    assert all(o["file"] for o in data["offices"])
    for key in ("foia_officer", "public_liaison", "service_center", "misc"):
        assert key not in COMMITTED.read_text(encoding="utf-8")


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir(SNAPSHOT), reason="no snapshot of 18F/2015-foia on this machine (set FOIAGEN_18F_SNAPSHOT)")
def test_rerun_on_the_snapshot_reproduces_the_committed_data(tmp_path):
    assert _run(tmp_path, SNAPSHOT) == COMMITTED.read_bytes()
