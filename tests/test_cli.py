"""One small case per CLI behaviour: command, input, output, exit code (in-process; a real process
only where the process is the subject: `python -m` against the console script)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import MINIMAL, write_spec
from helpers import invoke, run_process


run = invoke


def test_help_lists_commands_with_examples():
    proc = run("--help")
    assert proc.returncode == 0 and "render" in proc.stdout and "validate" in proc.stdout
    for command in ("render", "validate"):
        sub = run(command, "--help")
        assert sub.returncode == 0 and "Example:" in sub.stdout


def test_validate_clean_spec_exits_0(tmp_path):
    proc = run("validate", write_spec(tmp_path, MINIMAL))
    assert (proc.returncode, proc.stdout) == (0, "")


def test_validate_reports_each_problem_as_path_line_col(tmp_path):
    write_spec(tmp_path, MINIMAL.replace("subject:", "subjct:").replace("agencies: [ice]", "agencies: [ice]\nagencies: [cbp]"))
    proc = run("validate", "spec.yaml", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.splitlines() == [
        "spec.yaml:3:1: error unknown key 'subjct' in the spec; did you mean 'subject'? (unknown-key)",
        "spec.yaml:7:1: error duplicate key 'agencies' (first defined at line 6, column 1) (duplicate-key)",
    ]


def test_validate_folder_is_recursive(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_spec(tmp_path / "a" / "b", MINIMAL.replace("title:", "titel:"), "deep.yml")
    write_spec(tmp_path, MINIMAL, "top.yaml")
    proc = run("validate", ".", cwd=tmp_path)
    assert proc.returncode == 1 and "a/b/deep.yml:2:1: error unknown key 'titel'" in proc.stdout and "top.yaml" not in proc.stdout


def test_validate_missing_path_is_a_usage_error(tmp_path):
    proc = run("validate", tmp_path / "nope.yaml")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1 and "no such file" in proc.stderr


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", b"caf\xe9: 1\n", b"a: [\n"])
def test_bad_files_exit_1_without_traceback(tmp_path, content):
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    proc = run("validate", path)
    assert proc.returncode == 1 and proc.stdout.startswith(str(path)) or proc.stdout.startswith("bad.yaml")


def test_render_writes_each_format(tmp_path):
    spec = write_spec(tmp_path, MINIMAL, "letter.yaml")
    proc = run("render", spec, "-o", tmp_path / "out", "-f", "txt,docx")
    assert proc.returncode == 0, proc.stderr
    # ICE takes requests only through the DHS portal in 2026: the portal texts come too
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["letter.docx", "letter.portal.txt", "letter.txt"]


def test_render_of_a_bad_spec_writes_nothing_and_exits_1(tmp_path):
    spec = write_spec(tmp_path, MINIMAL.replace("agencies: [ice]", "agencies: [ice]\nagencies: [ice]"), "bad.yaml")
    proc = run("render", spec, "-o", tmp_path / "out")
    assert proc.returncode == 1 and "duplicate-key" in proc.stdout
    assert not (tmp_path / "out").exists()


def test_render_keeps_going_after_a_bad_spec_and_says_so(tmp_path):
    good = write_spec(tmp_path, MINIMAL, "good.yaml")
    bad = write_spec(tmp_path, MINIMAL.replace("title:", "titel:"), "bad.yaml")
    proc = run("render", bad, good, "-o", tmp_path / "out", "-f", "txt")
    assert proc.returncode == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.portal.txt", "good.txt"]


@pytest.mark.parametrize("args,message", [
    (["-f", "xml"], "unknown format"),
    (["-f", ""], "unknown format"),
])
def test_render_usage_errors_exit_2(tmp_path, args, message):
    spec = write_spec(tmp_path, MINIMAL)
    proc = run("render", spec, *args)
    assert proc.returncode == 2 and message in proc.stderr and proc.stderr.count("\n") == 1


def test_render_missing_spec_exits_2(tmp_path):
    proc = run("render", tmp_path / "missing.yaml", "-o", tmp_path)
    assert proc.returncode == 2 and "no such file" in proc.stderr


def test_render_does_not_clobber_the_previous_letter_on_failure(tmp_path):
    out = tmp_path / "out"
    spec = write_spec(tmp_path, MINIMAL, "letter.yaml")
    assert run("render", spec, "-o", out, "-f", "txt").returncode == 0
    before = (out / "letter.txt").read_bytes()
    spec.write_text(MINIMAL.replace("title:", "titel:"), encoding="utf-8")
    assert run("render", spec, "-o", out, "-f", "txt").returncode == 1
    assert (out / "letter.txt").read_bytes() == before
    assert sorted(p.name for p in out.iterdir()) == ["letter.portal.txt", "letter.txt"]  # no temporary files left


def test_python_m_and_console_script_agree():
    import shutil

    script = shutil.which("foiagen", path=os.path.dirname(sys.executable)) or shutil.which("foiagen")
    if script is None:
        pytest.skip("foiagen console script is not installed")
    direct = subprocess.run([script, "--help"], capture_output=True, text=True)
    assert direct.returncode == 0 and direct.stdout == run_process("--help").stdout


def test_letters_get_the_usual_file_mode(tmp_path):
    spec = write_spec(tmp_path, MINIMAL, "letter.yaml")
    assert run("render", spec, "-o", tmp_path / "out", "-f", "txt").returncode == 0
    mode = (tmp_path / "out" / "letter.txt").stat().st_mode & 0o777
    assert mode == 0o666 & ~_current_umask()


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# The core issue's acceptance: each kind of bad spec, through both commands.
BAD_SPECS = [
    ("duplicate key", MINIMAL.replace("title: Short title", "title: Short title\ntitle: Again"), "spec.yaml:3:1: error duplicate key 'title'"),
    ("unknown key", MINIMAL + "colour: red\n", "spec.yaml:12:1: error unknown key 'colour'"),
    ("wrong type", MINIMAL.replace("agencies: [ice]", "agencies: {ice: yes}"), "spec.yaml:6:11: error 'agencies' must be a list"),
    ("missing field", MINIMAL.replace("date: 2026-03-02\n", ""), "spec.yaml:1:1: error the spec is missing required key 'date'"),
    ("syntax error", MINIMAL.replace("agencies: [ice]", "agencies: [ice"), "spec.yaml:7:8: error YAML syntax error"),
]


@pytest.mark.parametrize("command", ["validate", "render"])
@pytest.mark.parametrize("name,text,expected", BAD_SPECS, ids=[b[0] for b in BAD_SPECS])
def test_bad_specs_are_located_and_write_nothing(tmp_path, command, name, text, expected):
    write_spec(tmp_path, text)
    args = [command, "spec.yaml"] + (["-o", "out", "-f", "docx,pdf,txt"] if command == "render" else [])
    proc = run(*args, cwd=tmp_path)
    assert proc.returncode == 1
    assert any(line.startswith(expected) for line in proc.stdout.splitlines()), proc.stdout
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("shell,env", [
    ("bash", {"COMP_WORDS": "foiagen val", "COMP_CWORD": "1"}),
    ("zsh", {"_TYPER_COMPLETE_ARGS": "foiagen val"}),
    ("fish", {"_TYPER_COMPLETE_ARGS": "foiagen val", "_TYPER_COMPLETE_FISH_ACTION": "get-args"}),
])
def test_shell_completion_completes_commands(shell, env):
    result = invoke(env={"_FOIAGEN_COMPLETE": f"complete_{shell}", **env})
    assert result.returncode == 0 and "validate" in result.stdout and "render" not in result.stdout


@pytest.mark.parametrize("shell,marker", [("bash", "complete -o default -F"), ("zsh", "compdef"), ("fish", "complete --command foiagen")])
def test_show_completion_prints_the_script_for_each_shell(shell, marker, monkeypatch):
    # typer's own switch: name the shell instead of detecting the one running the tests
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    result = invoke("--show-completion", shell)
    assert result.returncode == 0 and marker in result.stdout
