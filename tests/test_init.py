"""`foiagen init` for each kind of requester: the spec it writes validates strictly and renders, and
the pre-commit hook and the CI workflow it writes run as written on a scratch git repository."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml

import foiagen
from helpers import invoke

SOURCE = "foiagen @ git+https://example.org/foiagen@0123456789abcdef0123456789abcdef01234567"
COMMON = ["--records", "All records about the agency's use of facial recognition, including contracts",
          "--since", "2020-01-01", "--date", "2026-03-02", "--foiagen-source", SOURCE, "--no-input"]
KINDS = {
    "individual": ["--kind", "individual", "--name", "Alex Moreno", "--email", "alex@example.org",
                   "--address", "12 Main St.", "--address", "Durham, NC 27701", "--agency", "fbi"],
    "organization": ["--kind", "organization", "--name", "Jordan Lee", "--organization", "Example Clinic",
                     "--email", "foia@example.org", "--agency", "ice", "--agency", "cbp",
                     "--expedite", "Congress votes on the program's funding next month.",
                     "--dissemination", "The Clinic publishes reports read by thousands of advocates.",
                     "--fee-waiver", "The records show how the agencies use facial recognition on the public.",
                     "--max-amount", "25"],
    "counsel": ["--kind", "counsel", "--name", "Rosa Diaz", "--organization", "Diaz Immigration Law",
                "--client", "Maria Lopez", "--email", "rosa@example.org", "--agency", "uscis"],
}


def _init(tmp_path, kind):
    folder = tmp_path / kind
    result = invoke("init", folder, *KINDS[kind], *COMMON)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder, sorted((folder / "requests").glob("*.yaml"))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_init_writes_a_spec_that_validates_strictly_and_renders(tmp_path, kind):
    folder, specs = _init(tmp_path, kind)
    assert len(specs) == 1
    assert foiagen.check([specs[0]]).diagnostics == []
    files = foiagen.render(specs[0], ["txt"])
    assert "facial recognition" in files["txt"].decode()
    assert {p.name for p in folder.iterdir()} >= {"requests", ".gitignore", ".pre-commit-config.yaml", ".github", "foiagen.schema.json"}


def test_init_never_overwrites_without_force(tmp_path):
    _init(tmp_path, "individual")
    again = invoke("init", tmp_path / "individual", *KINDS["individual"], *COMMON)
    assert again.returncode == 2 and "exists; use --force" in again.stderr
    assert invoke("init", tmp_path / "individual", *KINDS["individual"], *COMMON, "--force").returncode == 0


@pytest.mark.parametrize("args,message", [
    (["--kind", "individual", "--agency", "fbi"], "--name is needed"),
    (["--kind", "person", "--name", "A", "--agency", "fbi"], "--kind must be one of individual, organization, counsel"),
    (["--kind", "individual", "--name", "A", "--agency", "cia-x"], "not a directory id"),
    (["--kind", "counsel", "--name", "A", "--agency", "fbi"], "--client is needed"),
])
def test_a_missing_or_wrong_answer_is_a_usage_error(tmp_path, args, message):
    result = invoke("init", tmp_path / "x", *args, *COMMON)
    assert result.returncode == 2 and message in result.stderr
    assert not (tmp_path / "x").exists()


def test_the_workflow_names_a_real_install_and_checks_what_was_written(tmp_path):
    folder, _ = _init(tmp_path, "organization")
    steps = yaml.safe_load((folder / ".github" / "workflows" / "foiagen.yml").read_text())["jobs"]["letters"]["steps"]
    runs = [s["run"] for s in steps if "run" in s]
    assert runs[0] == f'python -m pip install "{SOURCE}"' and "OWNER" not in runs[0]
    assert runs[1:] == ["foiagen validate --strict requests/", "foiagen render requests/ -o letters -f docx,pdf,txt"]


def _git(folder, *args):
    subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "PATH": _path(), "HOME": str(folder)})


def _path() -> str:
    import os

    return os.pathsep.join([str(__import__("pathlib").Path(sys.executable).parent), os.environ.get("PATH", "")])


@pytest.mark.slow
def test_the_hook_and_the_workflow_commands_pass_on_a_scratch_repository(tmp_path):
    """The workflow's commands after its install step (foiagen is installed here already), and the
    pre-commit hook as written, run in a fresh git repository holding what init wrote."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    folder, _ = _init(tmp_path, "individual")
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    steps = yaml.safe_load((folder / ".github" / "workflows" / "foiagen.yml").read_text())["jobs"]["letters"]["steps"]
    for run in [s["run"] for s in steps if "run" in s][1:]:
        done = subprocess.run(run, shell=True, cwd=folder, capture_output=True, text=True, env={"PATH": _path()})
        assert done.returncode == 0, (run, done.stdout, done.stderr)
    assert sorted(p.suffix for p in (folder / "letters").iterdir()) == [".docx", ".pdf", ".txt"]
    pre_commit = shutil.which("pre-commit", path=_path())
    if pre_commit is None:
        pytest.skip("pre-commit is not installed (it is in the test extra)")
    hook = subprocess.run([pre_commit, "run", "--all-files"], cwd=folder, capture_output=True, text=True,
                          env={"PATH": _path(), "HOME": str(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "pc")})
    assert hook.returncode == 0 and "foiagen validate" in hook.stdout and "Passed" in hook.stdout, hook.stdout + hook.stderr
    # the hook fails a spec with a problem: it checks specs, and only specs and templates
    spec = next((folder / "requests").glob("*.yaml"))
    spec.write_text(spec.read_text().replace("title:", "titel:"))
    failed = subprocess.run([pre_commit, "run", "--all-files"], cwd=folder, capture_output=True, text=True,
                            env={"PATH": _path(), "HOME": str(tmp_path), "PRE_COMMIT_HOME": str(tmp_path / "pc")})
    assert failed.returncode == 1 and "unknown key 'titel'" in failed.stdout


def test_on_a_terminal_missing_answers_are_asked(monkeypatch):
    """The prompts (rich) fill what no flag gave: a list is asked until an empty answer."""
    from rich.prompt import Prompt

    from foiagen.cli_init import _Asker

    answers = iter(["ice", "cbp", "", "Alex Moreno", "2021-05-01"])
    monkeypatch.setattr(Prompt, "ask", classmethod(lambda cls, question, **kw: next(answers)))
    ask = _Asker(interactive=True)
    assert ask.many("--agency", None, "An agency") == ["ice", "cbp"]
    assert ask.text("--name", None, "Your name") == "Alex Moreno"
    assert str(ask.date("--since", None, "Since")) == "2021-05-01"
    assert ask.text("--name", "Given", "Your name") == "Given"  # a flag is never asked again


def test_on_a_terminal_words_that_are_no_agency_id_are_searched(monkeypatch, capsys):
    from rich.prompt import Prompt

    from foiagen.cli_init import _Asker

    answers = iter(["border", "cbp", ""])
    monkeypatch.setattr(Prompt, "ask", classmethod(lambda cls, question, **kw: next(answers)))
    assert _Asker(interactive=True).agencies() == ["cbp"]
    assert "cbp" in capsys.readouterr().out  # the search for 'border' listed it


def test_validate_in_an_initialised_folder_checks_the_requests_not_the_repositorys_own_yaml(tmp_path):
    folder, _ = _init(tmp_path, "individual")
    result = invoke("validate", "--strict", cwd=folder)  # the default: this folder, recursively
    assert (result.returncode, result.stdout) == (0, "")
    assert invoke("validate", ".pre-commit-config.yaml", cwd=folder).returncode == 1  # a file named is checked
