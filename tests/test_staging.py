"""A letter set that fails is never left behind as an empty folder (issue #12, left over): the
folder a run made for its letters goes again, however the run ends, and a folder that was
there before is never removed."""

from __future__ import annotations

import os

import pytest
from conftest import ROOT

from foiagen import outputs
from foiagen.api import render_files

MINIMAL = ROOT / "examples" / "minimal.yaml"


def _failing_write(monkeypatch, on_call: int, error: BaseException):
    """os.fdopen in outputs raising `error` at its `on_call`-th call (the disk filling mid-set)."""
    real, calls = os.fdopen, []

    def fdopen(fd, *args, **kwargs):
        calls.append(fd)
        if len(calls) == on_call:
            os.close(fd)
            raise error
        return real(fd, *args, **kwargs)

    monkeypatch.setattr(outputs.os, "fdopen", fdopen)


def _failing_writer(monkeypatch, fmt: str, error: BaseException):
    import foiagen.writers as writers

    real = writers.get_writer

    def get_writer(name):
        if name != fmt:
            return real(name)

        def fail(document, options=None):
            raise error
        return fail

    monkeypatch.setattr(writers, "get_writer", get_writer)


def _leftovers(top):
    return sorted(str(p.relative_to(top)) for p in top.rglob("*")) if top.exists() else []


CASES = {  # how the set fails: (injection, argument)
    "disk full at the second file": (_failing_write, 2, OSError(28, "No space left on device")),
    "KeyboardInterrupt at the second file": (_failing_write, 2, KeyboardInterrupt()),
    "the PDF writer fails": (_failing_writer, "pdf", RuntimeError("writer broke")),
    "KeyboardInterrupt in the PDF writer": (_failing_writer, "pdf", KeyboardInterrupt()),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_failed_set_leaves_no_folder_behind(tmp_path, monkeypatch, case):
    inject, at, error = CASES[case]
    inject(monkeypatch, at, error)
    out = tmp_path / "new" / "letters"
    if isinstance(error, KeyboardInterrupt):
        with pytest.raises(KeyboardInterrupt):
            render_files([MINIMAL], out, ["txt", "docx", "pdf"], jobs=1)
    else:
        assert render_files([MINIMAL], out, ["txt", "docx", "pdf"], jobs=1).failed == 1
    assert _leftovers(tmp_path) == []


def test_a_refused_collision_leaves_no_folder_behind(tmp_path):
    # x.yaml's letter to ICE (--per-agency) and the letter of x-ice.yaml would share x-ice.txt: neither is written
    from conftest import MINIMAL as text

    (tmp_path / "x.yaml").write_text(text.replace("agencies: [ice]", "agencies: [ice, cbp]"), encoding="utf-8")
    (tmp_path / "x-ice.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    assert render_files([tmp_path / "x.yaml", tmp_path / "x-ice.yaml"], out, ["txt"], per_agency=True, jobs=1).failed == 2
    assert not out.exists()


def test_a_folder_that_was_there_stays_and_a_written_set_keeps_its_folder(tmp_path, monkeypatch):
    kept = tmp_path / "kept"
    kept.mkdir()
    _failing_write(monkeypatch, 1, OSError(28, "No space left on device"))
    assert render_files([MINIMAL], kept, ["txt"], jobs=1).failed == 1
    assert kept.is_dir() and _leftovers(kept) == []
    monkeypatch.undo()
    written = tmp_path / "new" / "written"
    assert render_files([MINIMAL], written, ["txt"], jobs=1).failed == 0
    assert _leftovers(tmp_path / "new") == ["written", "written/minimal.portal.txt", "written/minimal.txt"]


def test_make_folders_says_what_it_made_and_remove_empty_only_takes_empty_ones(tmp_path):
    made = outputs.make_folders([tmp_path / "x" / "y", tmp_path / "x" / "z", tmp_path])
    assert made == [str(tmp_path / "x"), str(tmp_path / "x" / "y"), str(tmp_path / "x" / "z")]
    (tmp_path / "x" / "z" / "file").write_text("kept", encoding="utf-8")
    outputs.remove_empty(made)
    assert _leftovers(tmp_path) == ["x", "x/z", "x/z/file"]
