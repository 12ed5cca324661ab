"""`foiagen preview`: the PDF rendered to a temporary folder, opened or its path printed, and
--watch rendering again when the spec changes (bounded by --polls; Ctrl-C ends it cleanly)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from helpers import ROOT, invoke

from foiagen import preview

MINIMAL = ROOT / "examples" / "minimal.yaml"


def test_without_a_viewer_the_path_is_printed(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "opener", lambda: None)
    result = invoke("preview", MINIMAL, "-o", tmp_path)
    assert result.returncode == 0, result.stdout
    target = tmp_path / "minimal.preview.pdf"
    assert result.stdout.strip() == str(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_with_a_viewer_the_pdf_is_handed_to_it(tmp_path, monkeypatch):
    seen = tmp_path / "seen.txt"
    viewer = [sys.executable, "-c", f"import sys; open({str(seen)!r}, 'w').write(sys.argv[1])"]
    monkeypatch.setattr(preview, "opener", lambda: viewer)
    result = invoke("preview", MINIMAL, "-o", tmp_path / "out")
    assert result.returncode == 0 and result.stdout.strip() == ""
    for _ in range(100):  # the viewer runs on its own; wait for it
        if seen.exists() and seen.read_text():
            break
        time.sleep(0.05)
    assert seen.read_text() == str(tmp_path / "out" / "minimal.preview.pdf")


def test_a_spec_with_errors_prints_them_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "opener", lambda: None)
    bad = tmp_path / "bad.yaml"
    bad.write_text(MINIMAL.read_text(encoding="utf-8").replace("agencies:\n  - ice", "agencies:\n  - icee"), encoding="utf-8")
    result = invoke("preview", bad, "-o", tmp_path / "out")
    assert result.returncode == 1 and "bad.yaml:" in result.stdout and "unknown-agency" in result.stdout
    assert not (tmp_path / "out" / "bad.preview.pdf").exists()
    assert invoke("preview", tmp_path / "missing.yaml").returncode == 2


def test_watch_renders_again_when_the_spec_is_saved(tmp_path):
    spec = tmp_path / "s.yaml"
    spec.write_text("a", encoding="utf-8")
    calls = []

    def save_on_second_poll(_seconds, polls=[]):
        polls.append(1)
        if len(polls) == 2:
            spec.write_text("b", encoding="utf-8")
            os.utime(spec, ns=(spec.stat().st_atime_ns, spec.stat().st_mtime_ns + 1_000_000_000))

    assert preview.watch(spec, lambda: calls.append(1), 0.01, polls=5, sleep=save_on_second_poll) == 1
    assert calls == [1]


def test_watch_command_is_bounded_and_ctrl_c_ends_it_cleanly(tmp_path, monkeypatch):
    monkeypatch.setattr(preview, "opener", lambda: None)
    spec = tmp_path / "letter.yaml"
    spec.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("preview", spec, "--watch", "--polls", "3", "--interval", "0.01", "-o", tmp_path / "out")
    assert result.returncode == 0 and result.stdout.strip() == str(tmp_path / "out" / "letter.preview.pdf")

    def interrupted(_seconds):
        raise KeyboardInterrupt

    monkeypatch.setattr(preview.time, "sleep", interrupted)
    result = invoke("preview", spec, "--watch", "-o", tmp_path / "out")
    assert result.returncode == 0 and "stopped" in result.stderr


def test_help_stays_light():
    result = invoke("preview", "--help")
    assert result.returncode == 0 and "--watch" in result.stdout and "--polls" not in result.stdout
