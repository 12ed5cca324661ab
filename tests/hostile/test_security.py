"""Red-team findings S1–S10 (security), each rebuilt from its reproduction in
../shared/reviews/2026-12-red-team.md and held to a located error, a warning or correct output."""

from __future__ import annotations

import glob
import os
import pickle
import stat
import zipfile
from pathlib import Path

from hostile import ROOT, edit, foiagen, spec

LEAK_TEMPLATE = ('{% set s %}{% include \'env\' %}{% endset %}<letter><meta title="x" author="a" subject="s"></meta>'
                 '<p style="body">{{ cite(s) }}</p></letter>\n')


def test_S1_template_include_through_a_symlink_is_refused_and_never_printed(tmp_path):
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "env").symlink_to("/proc/self/environ")
    (tpl / "leak.j2").write_text(LEAK_TEMPLATE, encoding="utf-8")
    proc = foiagen("validate", "tpl", cwd=tmp_path, env={"SECRET_TOKEN": "ghp_example"})
    assert proc.returncode == 1
    assert "ghp_example" not in proc.out
    assert "tpl/leak.j2:1:1: error template 'env': refused to read a file outside the allowed folders (through a symlink)" in proc.stdout
    # with render --template the file would have gone into the letter: refused there too
    proc = foiagen("render", spec(tmp_path, edit("", "")), "--template", tpl / "leak.j2", "-o", "out", "-f", "txt",
                   cwd=tmp_path, env={"SECRET_TOKEN": "ghp_example"})
    assert proc.returncode == 1 and "ghp_example" not in proc.out and not (tmp_path / "out").exists()
    # a symlink to the root of the file system: refused; a real subfolder: read
    (tpl / "leak.j2").unlink()
    (tpl / "root").symlink_to("/")
    (tpl / "host.j2").write_text('<letter><meta title="x" author="a" subject="s"></meta><p style="body">'
                                 "{% include 'root/etc/hostname' %}</p></letter>\n", encoding="utf-8")
    (tpl / "sub").mkdir()
    (tpl / "sub" / "part.j2").write_text("PART-TEXT", encoding="utf-8")
    (tpl / "ok.j2").write_text('<letter><meta title="x" author="a" subject="s"></meta><p style="body">'
                               "{% include 'sub/part.j2' %}</p></letter>\n", encoding="utf-8")
    proc = foiagen("validate", "tpl", cwd=tmp_path)
    assert "tpl/host.j2:1:1: error template 'root/etc/hostname': refused to read" in proc.stdout
    assert "ok.j2" not in proc.stdout
    proc = foiagen("render", "spec.yaml", "--template", "tpl/ok.j2", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0 and "PART-TEXT" in (tmp_path / "out" / "spec.txt").read_text(encoding="utf-8")


def test_S2_spec_include_outside_its_folder_is_refused_at_the_include_without_its_content(tmp_path):
    spec(tmp_path / "rt", edit("", "background:\n  - include: /etc/passwd\n"), "passwd.yaml")
    proc = foiagen("render", "rt/passwd.yaml", "-o", "rt/out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 1 and not (tmp_path / "rt" / "out").exists()
    assert "rt/passwd.yaml:13:14: error included file '/etc/passwd': refused to read a file outside the allowed folders" in proc.stdout
    assert "root:" not in proc.out
    (tmp_path / "credentials").write_text("aws_secret_access_key = wJalrEXAMPLE\n", encoding="utf-8")
    spec(tmp_path / "rt", edit("agencies: [ice]", "agencies:\n  - include: ../credentials"), "leak.yaml")
    proc = foiagen("validate", "rt/leak.yaml", cwd=tmp_path)
    assert proc.returncode == 1 and "wJalrEXAMPLE" not in proc.out
    assert "rt/leak.yaml:7:14: error" in proc.stdout and "(read-outside-root)" in proc.stdout
    # an explicitly allowed root opens it
    proc = foiagen("validate", "rt/leak.yaml", "--root", ".", cwd=tmp_path)
    assert "read-outside-root" not in proc.stdout and "unknown-agency" in proc.stdout


def test_S3_no_pickled_template_cache_is_read_or_written(tmp_path):
    cache = tmp_path / "cache"
    env = {"FOIAGEN_CACHE_DIR": str(cache)}
    example = ROOT / "examples" / "minimal.yaml"
    assert foiagen("render", example, "-o", tmp_path / "out", "-f", "txt", env=env).returncode == 0
    assert not glob.glob(str(cache / "jinja-*"))

    class Exploit:
        def __reduce__(self):
            return (os.system, (f"echo PWNED > {tmp_path / 'pwned'}",))

    import jinja2
    from jinja2.bccache import bc_magic

    planted = cache / f"jinja-{jinja2.__version__}"
    planted.mkdir(parents=True)
    for name in ("letter.xml.j2", "letter"):  # anything Jinja's FileSystemBytecodeCache could have named
        (planted / f"__jinja2_{name}.cache").write_bytes(bc_magic + pickle.dumps(Exploit(), 2))
    assert foiagen("render", example, "-o", tmp_path / "out", "-f", "txt", env=env).returncode == 0
    assert not (tmp_path / "pwned").exists()
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "foiagen").rglob("*.py"))
    assert "bytecode_cache" not in source and "import pickle" not in source


def test_S4_nothing_in_a_cache_folder_can_change_a_citation(tmp_path):
    cache = tmp_path / "cache"
    env = {"FOIAGEN_CACHE_DIR": str(cache)}
    example = ROOT / "examples" / "minimal.yaml"
    assert foiagen("render", example, "-o", tmp_path / "out", "-f", "txt", env=env).returncode == 0
    import hashlib

    # the red team's attack on every file the run left in the cache: the citation changed, the
    # entry's own hash recomputed; and a planted registry entry where none was
    (cache / "registry").mkdir(parents=True, exist_ok=True)
    (cache / "registry" / "citations.yaml.planted.json").write_text('{"sources": {}}', encoding="utf-8")
    for path in cache.rglob("*"):
        if path.is_file():
            payload = path.read_bytes().rpartition(b"\n")[0] or path.read_bytes()
            payload = payload.replace("§ 552(b)".encode(), "§ 999(z)".encode())
            path.write_bytes(payload + b"\n" + hashlib.sha256(payload).hexdigest().encode())
    assert foiagen("render", example, "-o", tmp_path / "out", "-f", "txt,pdf", env=env).returncode == 0
    assert "999(z)" not in (tmp_path / "out" / "minimal.txt").read_text(encoding="utf-8")
    assert "552" in (tmp_path / "out" / "minimal.txt").read_text(encoding="utf-8")


def test_S5_cache_entries_are_written_through_fresh_exclusive_files(tmp_path):
    cache = tmp_path / "cache"
    (cache / "registry").mkdir(parents=True, mode=0o700)
    os.chmod(cache, 0o700)
    victim = tmp_path / "victim"
    victim.write_text("VICTIM\n", encoding="utf-8")
    import hashlib
    from importlib import resources

    h = hashlib.sha256(resources.files("foiagen.data").joinpath("citations.yaml").read_bytes()).hexdigest()[:32]
    # every name the old writer could have used (<entry>.<pid>.tmp) for the next pids
    last = int(Path("/proc/sys/kernel/ns_last_pid").read_text()) if Path("/proc/sys/kernel/ns_last_pid").exists() else os.getpid()
    for pid in range(last + 1, last + 50):
        os.symlink(victim, cache / "registry" / f"citations.yaml.{h}.json.{pid}.tmp")
    assert foiagen("validate", ROOT / "examples" / "minimal.yaml", env={"FOIAGEN_CACHE_DIR": str(cache)}).returncode == 0
    assert victim.read_text(encoding="utf-8") == "VICTIM\n"
    # a cache folder others can write to is not used at all
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o777)
    from foiagen import cache as cache_module

    os.environ["FOIAGEN_CACHE_DIR"], saved = str(shared), os.environ.get("FOIAGEN_CACHE_DIR")
    try:
        os.makedirs(shared / "registry", exist_ok=True)
        os.chmod(shared / "registry", 0o777)
        assert cache_module.cache_dir("registry") is None
    finally:
        os.environ["FOIAGEN_CACHE_DIR"] = saved or ""


def test_S6_a_bidi_override_is_refused_where_it_stands(tmp_path):
    spec(tmp_path, edit("", 'background:\n  - "Pay \\u202e0001$\\u202c now"\n'), "rlo.yaml")
    proc = foiagen("validate", "rlo.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.startswith("rlo.yaml:13:5: error bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at position 5")
    assert "(bidi-control)" in proc.stdout and "\u202e" not in proc.stdout
    proc = foiagen("render", "rlo.yaml", "-o", "out", "-f", "docx,pdf,txt", cwd=tmp_path)
    assert proc.returncode == 1 and not (tmp_path / "out").exists()
    # in names too
    spec(tmp_path, edit("  - organization: Example Clinic", "  - organization: \"Clinic \\u2067x\\u2069\""), "names.yaml")
    assert "bidi-control" in foiagen("validate", "names.yaml", cwd=tmp_path).stdout


def test_S7_escape_sequences_in_keys_never_reach_the_terminal_or_the_logs(tmp_path):
    spec(tmp_path, edit("", '"\\e[2J\\e[31mAll checks passed\\e[0m": x\n"\\e]0;title\\a": y\n'), "esc.yaml")
    for fmt in ("text", "parsable", "github", "json"):
        proc = foiagen("validate", "esc.yaml", "--format", fmt, cwd=tmp_path)
        assert proc.returncode == 1
        assert "\x1b" not in proc.out and "\x07" not in proc.out
        assert "\\x1b[2J" in proc.stdout or "\\\\x1b[2J" in proc.stdout
    # on a terminal (rich's colour path) as well
    import pty

    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(tmp_path)
        os.environ["PYTHONPATH"] = str(ROOT)
        os.execv(os.sys.executable, [os.sys.executable, "-m", "foiagen", "validate", "esc.yaml"])
    out = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    os.waitpid(pid, 0)
    assert b"\x1b[2J" not in out and b"\x1b]0;" not in out and b"All checks passed" in out


def test_S8_output_names_from_spec_file_names_are_sanitized(tmp_path):
    text = edit("", "")
    for name in ("\u202efdp.exe.yaml", "new\nline.yaml", " leading.yaml", "-dash.yaml"):
        spec(tmp_path / "in", text, name)
    proc = foiagen("render", "in", "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.out
    letters = sorted(n for n in os.listdir(tmp_path / "out") if not n.endswith(".portal.txt"))
    assert letters == ["dash.txt", "fdp.exe.txt", "leading.txt", "new-line.txt"]


def test_S9_logo_paths_are_confined_to_the_spec_folder(tmp_path):
    logo = (ROOT / "examples" / "parts" / "logo.png").read_bytes()
    (tmp_path / "outside.png").write_bytes(logo)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "link.png").symlink_to(tmp_path / "outside.png")
    for value, col in (("../outside.png", 11), (str(tmp_path / "outside.png"), 11), ("link.png", 11)):
        spec(tmp_path / "in", edit("  - organization: Example Clinic", f"  - organization: Example Clinic\n    logo: {value}"))
        proc = foiagen("render", "in/spec.yaml", "-o", "out", "-f", "docx", cwd=tmp_path)
        assert proc.returncode == 1 and f"in/spec.yaml:6:{col}: error logo" in proc.stdout, proc.out
        assert "(read-outside-root)" in proc.stdout and not (tmp_path / "out").exists()
    (tmp_path / "in" / "logo.png").write_bytes(logo)
    spec(tmp_path / "in", edit("  - organization: Example Clinic", "  - organization: Example Clinic\n    logo: logo.png"))
    assert foiagen("render", "in/spec.yaml", "-o", "out", "-f", "docx", cwd=tmp_path).returncode == 0
    with zipfile.ZipFile(tmp_path / "out" / "spec.docx") as z:
        assert any(n.startswith("word/media/") for n in z.namelist())


def test_S10_rerendering_keeps_a_letters_permissions(tmp_path):
    example = ROOT / "examples" / "minimal.yaml"
    assert foiagen("render", example, "-o", tmp_path, "-f", "txt").returncode == 0
    letter = tmp_path / "minimal.txt"
    os.chmod(letter, 0o600)
    assert foiagen("render", example, "-o", tmp_path, "-f", "txt").returncode == 0
    assert stat.S_IMODE(letter.stat().st_mode) == 0o600
