"""Red-team findings C1–C14 (hangs, out-of-memory, internal errors), each rebuilt from its
reproduction; every run is held to 10 s and 500 MB by hostile.foiagen."""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from hostile import ROOT, base, edit, foiagen, spec

SEED = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.yaml"


def test_C1_a_long_url_or_word_is_refused_or_rendered_in_linear_time(tmp_path):
    url = "https://example.org/" + "ab/" * 6666  # 20,000 characters
    spec(tmp_path, edit("", f"background:\n  - see {url} end\n"), "url.yaml")
    proc = foiagen("render", "url.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path)
    assert proc.returncode == 1 and "url.yaml:13:5: error a link of 20,018 characters" in proc.stdout
    spec(tmp_path, edit("", f"background:\n  - {'w' * 1_000_000}\n"), "word.yaml")
    proc = foiagen("render", "word.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path)
    assert proc.returncode == 1 and "a word of 1,000,000 characters" in proc.stdout
    # a 200 KB spec of the longest words and links allowed renders, in seconds
    words = "".join(f"  - see https://example.org/{'ab/' * 675} and {'x' * 1000}\n" for _ in range(60))
    spec(tmp_path, edit("", "background:\n" + words), "big.yaml")
    assert (tmp_path / "big.yaml").stat().st_size > 180_000
    proc = foiagen("render", "big.yaml", "-o", "out", "-f", "pdf,docx,txt", cwd=tmp_path)
    assert proc.returncode == 0 and proc.max_mb < 200


def _png(width: int, height: int) -> bytes:
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))

    c = zlib.compressobj(9)
    row = bytes(1 + 4 * width)
    idat = b"".join(c.compress(row) for _ in range(height)) + c.flush()
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", idat) + chunk(b"IEND", b""))


def test_C2_a_logo_decompression_bomb_is_refused_in_validate(tmp_path):
    (tmp_path / "bomb.png").write_bytes(_png(10_000, 10_000))
    spec(tmp_path, edit("  - organization: Example Clinic", "  - organization: Example Clinic\n    logo: bomb.png"), "bomb.yaml")
    proc = foiagen("validate", "bomb.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "bomb.yaml:6:11: error logo 'bomb.png' cannot be used: it is 10,000×10,000 pixels" in proc.stdout
    proc = foiagen("render", "bomb.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path)
    assert proc.returncode == 1 and "DecompressionBomb" not in proc.out


def test_C3_one_specs_unexpected_failure_leaves_the_others_rendered(tmp_path):
    folder = tmp_path / "c3"
    for i in range(1, 7):
        spec(folder, base(), f"s{i}.yaml")
    spec(folder, edit("", f"background: {'[' * 500} x {']' * 500}\n"), "s3.yaml")
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        proc = foiagen("render", folder, "-o", out, "--jobs", jobs, "-f", "txt", cwd=tmp_path)
        assert proc.returncode == 1
        assert "c3/s3.yaml:12:76: error" in proc.stdout and "(nesting-too-deep)" in proc.stdout
        assert sorted(p.name for p in out.glob("s?.txt")) == [f"s{i}.txt" for i in (1, 2, 4, 5, 6)]
        assert "5 of 6 letter sets written (10 files); 1 failed" in proc.stderr
        assert proc.stderr.count("wrote ") == 10


def _dies_on_s2(job):
    from foiagen.batch import _render_job_for_tests

    if job.stem == "s2":
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
    return _render_job_for_tests(job)


def test_C3_a_worker_killed_by_the_system_fails_its_own_job_only(tmp_path, monkeypatch):
    from foiagen import batch
    from foiagen.batch import Job
    from foiagen.runner import run_batch

    monkeypatch.setattr(batch, "_render_job_for_tests", batch.render_job, raising=False)
    monkeypatch.setattr(batch, "render_job", _dies_on_s2)
    work = [Job(spec(tmp_path, base(), f"s{i}.yaml"), f"s{i}", ("txt",), tmp_path / "out") for i in range(1, 5)]
    outcome = run_batch(work, 2)
    assert [r.ok for r in outcome.results] == [True, False, True, True]
    assert "the process rendering this letter set was killed" in outcome.results[1].lines[0]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.txt") if ".portal" not in p.name) == ["s1.txt", "s3.txt", "s4.txt"]


def test_C4_deep_nesting_and_deep_includes_end_in_located_errors(tmp_path):
    spec(tmp_path, edit("", f"background: {'[' * 496} x {']' * 496}\n"), "deep.yaml")
    proc = foiagen("validate", "deep.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.startswith("deep.yaml:12:76: error lists and mappings nest more than 64 deep")
    for i in range(1200):
        (tmp_path / f"p{i}.part.yaml").write_text(f"include: p{i + 1}.part.yaml\n", encoding="utf-8")
    spec(tmp_path, edit("  - organization: Example Clinic", "  - include: p0.part.yaml"), "chain.yaml")
    proc = foiagen("validate", "chain.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "p31.part.yaml:1:10: error includes nest more than 32 deep (include-too-deep)" in proc.stdout


def test_C5_a_damaged_template_cache_entry_cannot_break_rendering(tmp_path):
    import jinja2

    cache = tmp_path / "cache"
    planted = cache / f"jinja-{jinja2.__version__}"
    planted.mkdir(parents=True)
    from jinja2.bccache import bc_magic

    for name in ("cut", "magic-only"):
        (planted / f"__jinja2_{name}.cache").write_bytes(bc_magic[:15] if name == "magic-only" else bc_magic + b"\x80\x04\x95")
    for _ in range(2):  # and on every later run
        proc = foiagen("render", ROOT / "examples" / "minimal.yaml", "-o", tmp_path / "out", "-f", "txt",
                       env={"FOIAGEN_CACHE_DIR": str(cache)})
        assert proc.returncode == 0 and "Aborted" not in proc.out


def test_C6_devices_and_fifos_are_refused_before_a_byte_is_read(tmp_path):
    spec(tmp_path, edit("", "background:\n  - include: /dev/zero\n"), "zero.yaml")
    proc = foiagen("validate", "zero.yaml", "--root", "/dev", cwd=tmp_path)
    assert proc.returncode == 1
    assert "zero.yaml:13:14: error included file '/dev/zero' is not a regular file (a device, FIFO or socket); refused (not-a-file)" in proc.stdout
    assert "not a regular file" in foiagen("validate", "/dev/zero").stdout
    os.mkfifo(tmp_path / "f.yaml")
    proc = foiagen("validate", "f.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "f.yaml:0:0: error is not a regular file" in proc.stdout
    spec(tmp_path, edit("", "background:\n  - include: f.yaml\n"), "fifo.yaml")
    proc = foiagen("validate", "fifo.yaml", cwd=tmp_path)
    assert "fifo.yaml:13:14: error included file 'f.yaml' is not a regular file" in proc.stdout
    (tmp_path / "logo.png").unlink(missing_ok=True)
    os.mkfifo(tmp_path / "logo.png")
    spec(tmp_path, edit("  - organization: Example Clinic", "  - organization: Example Clinic\n    logo: logo.png"), "logo.yaml")
    assert "logo.yaml:6:11: error logo 'logo.png' is not a regular file" in foiagen("validate", "logo.yaml", cwd=tmp_path).stdout


def _batch(tmp_path: Path, count: int) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    text = SEED.read_text(encoding="utf-8")
    for i in range(count):
        (folder / f"s{i:03}.yaml").write_text(text, encoding="utf-8")
    return folder


def _stop_midway(tmp_path: Path, signum: int):
    folder = _batch(tmp_path, 40)
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "foiagen", "render", folder, "-o", out, "-f", "docx,pdf,txt", "--jobs", "2"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not (out.exists() and any(out.iterdir())):
        time.sleep(0.05)  # until the workers are staging files
    os.kill(proc.pid, signum)
    stdout, stderr = proc.communicate(timeout=10)
    time.sleep(0.5)
    with pytest.raises(ProcessLookupError):
        os.killpg(proc.pid, 0)  # no worker outlived the run
    return proc.returncode, stderr.decode(), out


def test_C7_sigterm_stops_the_workers_and_leaves_no_half_set(tmp_path):
    code, stderr, out = _stop_midway(tmp_path, signal.SIGTERM)
    assert code == 128 + signal.SIGTERM
    assert "foiagen: interrupted:" in stderr and "no file of theirs was changed" in stderr
    names = os.listdir(out) if out.exists() else []
    assert not [n for n in names if n.startswith(".")], names  # no temporary or backup files
    stems = {n.split(".")[0] for n in names}
    for stem in stems:  # every set whole
        assert {f"{stem}.docx", f"{stem}.pdf", f"{stem}.txt"} <= set(names), stem


def test_C8_templates_have_time_loop_and_size_limits(tmp_path):
    cases = {
        "loop.j2": ("{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}", "loops ran more than 1,000,000 times"),
        "string.j2": ("{{ 'A' * 100000000 }}", "builds a value of 100,000,000 items"),
        "paras.j2": ("{% for i in range(99999) %}<p style=\"body\">{{ 'x' * 100 }}</p>{% endfor %}", "wrote more than"),
    }
    for name, (body, message) in cases.items():
        (tmp_path / name).write_text(f'<letter><meta title="x" author="a" subject="s"></meta>{body}</letter>\n', encoding="utf-8")
        proc = foiagen("render", ROOT / "examples" / "minimal.yaml", "--template", tmp_path / name, "-o", tmp_path / "out", "-f", "txt")
        assert proc.returncode == 1 and message in proc.stdout, proc.out
        proc = foiagen("validate", tmp_path / name)
        assert proc.returncode == 1 and message in proc.stdout, proc.out
    (tmp_path / "list.j2").write_text('<letter><meta title="x" author="a" subject="s"></meta><list level="99999999"><item label="1."><p style="body">x</p></item></list></letter>\n',
                                      encoding="utf-8")
    proc = foiagen("render", ROOT / "examples" / "minimal.yaml", "--template", tmp_path / "list.j2", "-o", tmp_path / "out", "-f", "txt")
    assert proc.returncode == 1 and "level must be a whole number from 1 to 9" in proc.stdout


def test_C9_template_runtime_errors_are_located_template_errors(tmp_path):
    cases = {
        "badlevel.j2": '<h level="abc">t</h>',
        "zero.j2": "{{ 1/0 }}",
        "index.j2": '{{ "{0[0]}".format_map({0: "x"}) }}',
        "filter.j2": '{{ "x"|long_date }}',
        "recursive.j2": "{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}",
    }
    for name, body in cases.items():
        (tmp_path / name).write_text(f'<letter><meta title="x" author="a" subject="s"></meta>{body}</letter>\n', encoding="utf-8")
        proc = foiagen("render", ROOT / "examples" / "minimal.yaml", "--template", tmp_path / name, "-o", tmp_path / "out", "-f", "txt")
        assert proc.returncode == 1 and "(template-error)" in proc.stdout and ":1:" in proc.stdout, proc.out
    proc = foiagen("validate", tmp_path)  # one bad template never stops the others' checks
    assert proc.returncode == 1 and sum(f"{n}:" in proc.stdout for n in cases) == len(cases), proc.out


def test_C10_the_duplicate_category_check_is_not_quadratic(tmp_path):
    cats = "".join(f"    - Category {i} of the request since 2024.\n" for i in range(20000))
    spec(tmp_path, edit("    - All contracts since 2024.\n", cats), "cats.yaml")
    proc = foiagen("validate", "cats.yaml", cwd=tmp_path)
    assert proc.returncode == 0 and proc.seconds < 10


def test_C11_bad_output_locations_are_usage_errors(tmp_path):
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    example = ROOT / "examples" / "minimal.yaml"
    proc = foiagen("render", example, "-o", tmp_path / "afile", "-f", "txt")
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr
    proc = foiagen("render", example, "-o", tmp_path / "afile" / "sub", "-f", "txt")
    assert proc.returncode == 2 and "is a file, not a folder" in proc.stderr
    proc = foiagen("render", example, "-o", "/dev/full", "-f", "txt")
    assert proc.returncode == 2
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        assert foiagen("render", example, "-o", locked, "-f", "txt").returncode == 2
    full = subprocess.run([sys.executable, "-m", "foiagen", "rules"], stdout=open("/dev/full", "w"), stderr=subprocess.PIPE,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert full.returncode in (0, 1) and b"internal error" not in full.stderr and b"Traceback" not in full.stderr


def test_C12_a_closed_stderr_or_stdout_breaks_nothing(tmp_path):
    example = ROOT / "examples" / "minimal.yaml"
    proc = foiagen("render", example, "-o", tmp_path / "c12", "-f", "txt", close_stderr=True)
    assert proc.returncode == 0 and (tmp_path / "c12" / "minimal.txt").exists()
    assert foiagen("validate", example, close_stderr=True).returncode == 0
    spec(tmp_path, edit("title: Short title", "title: Short title ✓"), "bad.yaml")
    closed = subprocess.run([sys.executable, "-m", "foiagen", "validate", tmp_path / "bad.yaml"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=dict(os.environ, PYTHONPATH=str(ROOT)), close_fds=True)
    assert closed.returncode == 1 and b"internal error" not in closed.stderr


def test_C13_a_non_utf8_terminal_still_gets_every_diagnostic(tmp_path):
    spec(tmp_path, edit("title: Short title", "title: Check ✓"), "check.yaml")
    proc = foiagen("validate", "check.yaml", cwd=tmp_path, env={"PYTHONIOENCODING": "latin-1"})
    assert proc.returncode == 1 and "check.yaml:2:14: error U+2713" in proc.stdout


def test_C14_jobs_is_capped(tmp_path):
    from foiagen.runner import worker_count

    assert worker_count(1000, 200) == min(200, 2 * (os.cpu_count() or 1))
    assert worker_count(1000, 3) <= 3 and worker_count(1, 200) == 1
    folder = _batch(tmp_path, 8)
    proc = foiagen("render", folder, "-o", tmp_path / "out", "-f", "txt", "--jobs", "1000")
    assert proc.returncode == 0 and "8 of 8 letter sets written" in proc.stderr
