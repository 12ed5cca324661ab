"""Red-team findings W1–W8 (wrong messages), each rebuilt from its reproduction: now a located
error, a warning or correct output."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from hostile import ROOT, base, edit, foiagen, spec


def test_W1_empty_tilde_and_null_values_are_located_errors_in_validate(tmp_path):
    for value, col in (("", 9), ("~", 10), ("null", 10), ("''", 10)):
        spec(tmp_path, edit("subject: Records about detention contracts", f"subject: {value}"), "w1.yaml")
        proc = foiagen("validate", "w1.yaml", cwd=tmp_path)
        assert proc.returncode == 1 and proc.stdout.startswith(f"w1.yaml:3:{col}: error 'subject' is "), (value, proc.out)
        render = foiagen("render", "w1.yaml", "-o", "out", "-f", "txt", cwd=tmp_path)
        assert render.returncode == 1 and "(missing-field)" in render.stdout and not (tmp_path / "out").exists()
    spec(tmp_path, edit("  - name: Jordan Lee", "  - name:"), "name.yaml")
    assert "name.yaml:11:10: error 'name' is empty" in foiagen("validate", "name.yaml", cwd=tmp_path).stdout
    spec(tmp_path, edit("    - All contracts since 2024.\n", ""), "cats.yaml")
    assert "cats.yaml:8:14: error 'categories' is empty" in foiagen("validate", "cats.yaml", cwd=tmp_path).stdout
    spec(tmp_path, edit("", "background:\n  - ~\n  - null\n"), "items.yaml")
    out = foiagen("validate", "items.yaml", cwd=tmp_path).stdout
    assert "items.yaml:13:5: error" in out and "items.yaml:14:5: error" in out


def test_W2_what_render_would_refuse_validate_refuses_first(tmp_path):
    (tmp_path / "trunc.png").write_bytes((ROOT / "examples" / "parts" / "logo.png").read_bytes()[:1000])
    spec(tmp_path, edit("  - organization: Example Clinic", "  - organization: Example Clinic\n    logo: trunc.png"), "trunc.yaml")
    proc = foiagen("validate", "trunc.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "trunc.yaml:6:11: error logo 'trunc.png' cannot be used: its PNG data is cut short" in proc.stdout
    proc = foiagen("render", "trunc.yaml", "-o", "out", "-f", "docx", cwd=tmp_path)
    assert proc.returncode == 1 and ":0:0:" not in proc.out and "0x" not in proc.out
    spec(tmp_path, edit("title: Short title", "title: " + " ".join(["word"] * 400)), "title.yaml")
    assert foiagen("validate", "title.yaml", cwd=tmp_path).returncode == 0
    assert foiagen("render", "title.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path).returncode == 0


def test_W3_problems_are_located_where_they_stand(tmp_path):
    spec(tmp_path, edit("    - All contracts since 2024.", "    - All contracts since 2024.[^zz]"), "fn.yaml")
    assert foiagen("validate", "fn.yaml", cwd=tmp_path).stdout.startswith("fn.yaml:9:32: error footnote mark [^zz]")  # at the mark itself
    (tmp_path / "ctl.yaml").write_bytes((base() + "background:\n  - a \x01 b\n").encode())
    out = foiagen("validate", "ctl.yaml", cwd=tmp_path).stdout
    assert out.startswith("ctl.yaml:13:7: error") and out.count("\n") == 1  # one line, at the character
    (tmp_path / "rows.csv").write_text('name,subject\na,"x\ny"\na,z\n', encoding="utf-8")
    spec(tmp_path, base(), "s.yaml")
    proc = foiagen("render", "s.yaml", "--vars", "rows.csv", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode != 0 and "rows.csv:4:1: error two rows are both named 'a'" in proc.out  # row 3 starts on line 4
    (tmp_path / "cols.csv").write_text('name,subject,title\nb,"x, y",\x01z\n', encoding="utf-8")
    proc = foiagen("render", "s.yaml", "--vars", "cols.csv", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert "cols.csv:2:10: error" in proc.out  # the cell's real column, quotes counted
    (tmp_path / "t.j2").write_text("{{ nope.x }}", encoding="utf-8")
    proc = foiagen("validate", "t.j2", cwd=tmp_path)
    assert proc.stdout.startswith("t.j2:1:1: error") and ":0:" not in proc.stdout


def test_W4_utf16_and_utf32_files_are_named_as_such(tmp_path):
    for codec, name in (("utf-16", "UTF-16"), ("utf-32", "UTF-32")):
        (tmp_path / "w4.yaml").write_bytes(base().encode(codec))
        proc = foiagen("validate", "w4.yaml", cwd=tmp_path)
        assert proc.stdout == f"w4.yaml:1:1: error file is {name}, not UTF-8; save it as UTF-8 (not-utf8)\n"


def test_W5_characters_only_the_pdf_font_lacks_do_not_stop_other_formats(tmp_path):
    spec(tmp_path, edit("subject: Records about detention contracts", "subject: Check ✓"), "w5.yaml")
    proc = foiagen("render", "w5.yaml", "-o", "out", "-f", "txt,docx", cwd=tmp_path)
    assert proc.returncode == 0 and "✓" in (tmp_path / "out" / "w5.txt").read_text(encoding="utf-8")
    proc = foiagen("render", "w5.yaml", "-o", "out2", "-f", "pdf", cwd=tmp_path)
    assert proc.returncode == 1 and "w5.yaml:3:16: error U+2713" in proc.stdout


def test_W6_a_bad_source_date_epoch_is_one_usage_error(tmp_path):
    for i in range(3):
        spec(tmp_path, base(), f"s{i}.yaml")
    proc = foiagen("render", tmp_path, "-o", tmp_path / "out", "-f", "txt", env={"SOURCE_DATE_EPOCH": "abc"})
    assert proc.returncode == 2 and proc.out.count("SOURCE_DATE_EPOCH") == 1 and not (tmp_path / "out").exists()


def test_W7_an_interrupted_batch_says_what_was_and_was_not_written(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    text = (ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml").read_text(encoding="utf-8")
    for i in range(40):
        (folder / f"s{i:03}.yaml").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "foiagen", "render", folder, "-o", out, "-f", "docx,pdf", "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)),
                            start_new_session=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert "foiagen: interrupted:" in stderr.decode() and "Traceback" not in stderr.decode()
    written = stderr.decode().count("wrote ")
    names = os.listdir(out) if out.exists() else []  # a folder no letter reached is removed
    on_disk = [n for n in names if not n.startswith(".")]
    assert written == len(on_disk) and not [n for n in names if n.startswith(".")]


def test_W8_an_empty_path_is_a_usage_error(tmp_path):
    spec(tmp_path, base(), "s.yaml")
    for args in (("render", ""), ("validate", ""), ("render", "s.yaml", "-o", "")):
        proc = foiagen(*args, cwd=tmp_path)
        assert proc.returncode == 2 and "empty path" in proc.stderr, args
    assert os.listdir(tmp_path) == ["s.yaml"]
