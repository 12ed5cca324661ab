"""`foiagen validate` as a CI gate: output formats, strictness, rule selection, templates."""

from __future__ import annotations

import json

import pytest

from conftest import MINIMAL, ROOT, normalize, write_spec
from helpers import invoke

WARN_ONLY = MINIMAL.replace("title: Short title", "title: Short title\ndelivery: Via email")  # ICE is portal-only in 2026


run = invoke


@pytest.fixture
def bad(tmp_path):
    # a misspelt key (reported once, with its did-you-mean) and a missing one
    write_spec(tmp_path, MINIMAL.replace("subject:", "subjct:").replace("title: Short title\n", ""))
    return tmp_path


def test_json_output_is_valid_json(bad):
    proc = run("validate", "spec.yaml", "--format", "json", cwd=bad)
    data = json.loads(proc.stdout)
    assert proc.returncode == 1
    assert {(d["line"], d["column"], d["rule"], d["level"]) for d in data} == {(1, 1, "missing-field", "error"), (2, 1, "unknown-key", "error")}


def test_github_output_makes_annotations(bad):
    proc = run("validate", "spec.yaml", "--format", "github", cwd=bad)
    assert proc.stdout.splitlines()[0].startswith("::error file=spec.yaml,line=1,col=1,title=missing-field::")


def test_github_output_is_the_default_inside_github_actions(bad):
    proc = run("validate", "spec.yaml", cwd=bad, env={"GITHUB_ACTIONS": "true"})
    assert proc.stdout.startswith("::error file=spec.yaml,line=")


def test_parsable_output_brackets_the_level(bad):
    proc = run("validate", "spec.yaml", "--format", "parsable", cwd=bad)
    assert proc.stdout.splitlines()[1] == "spec.yaml:2:1: [error] unknown key 'subjct' in the spec; did you mean 'subject'? (unknown-key)"


def test_warnings_pass_unless_strict(tmp_path):
    write_spec(tmp_path, WARN_ONLY)
    assert run("validate", "spec.yaml", cwd=tmp_path).returncode == 0
    strict = run("validate", "spec.yaml", "--strict", cwd=tmp_path)
    assert strict.returncode == 1 and "channel-not-accepted" in strict.stdout


def test_select_and_ignore(bad):
    only = run("validate", "spec.yaml", "--select", "unknown-key", cwd=bad)
    assert only.returncode == 1 and [l.split(" (")[-1] for l in only.stdout.splitlines()] == ["unknown-key)"]
    ignored = run("validate", "spec.yaml", "--ignore", "unknown-key,missing-field", cwd=bad)
    assert ignored.returncode == 0 and ignored.stdout == ""


@pytest.mark.parametrize("args", [["--select", "no-such-rule"], ["--format", "xml"]])
def test_usage_errors_exit_2(bad, args):
    proc = run("validate", "spec.yaml", *args, cwd=bad)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1


@pytest.mark.slow
def test_shipped_templates_and_specs_validate_clean():
    proc = run("validate", "requests", "examples", "templates", cwd=ROOT)
    assert proc.returncode == 0 and " error " not in proc.stdout


def test_template_syntax_error_is_located(tmp_path):
    (tmp_path / "letter.xml.j2").write_text("<letter>\n<meta title='x' author='a' subject='s'/>\n{% if r.date %}\n<p>x</p>\n", encoding="utf-8")
    proc = run("validate", "letter.xml.j2", cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stdout.startswith("letter.xml.j2:4:1: error Jinja syntax error") and "(template-error)" in proc.stdout


def test_template_undefined_value_is_an_error_at_its_line(tmp_path):
    (tmp_path / "letter.xml.j2").write_text(
        "<letter>\n<meta title='x' author='a' subject='s'/>\n<p>{{ r.subject }}</p>\n<p>{{ r.no_such_field }}</p>\n</letter>\n",
        encoding="utf-8")
    proc = run("validate", "letter.xml.j2", cwd=tmp_path)
    assert proc.returncode == 1 and proc.stdout.startswith("letter.xml.j2:4:1: error template uses an undefined value")


def test_user_templates_run_in_the_sandbox(tmp_path):
    (tmp_path / "letter.xml.j2").write_text(
        "<letter><meta title='x' author='a' subject='s'/><p>{{ r.__class__.__mro__ }}</p></letter>\n", encoding="utf-8")
    proc = run("validate", "letter.xml.j2", cwd=tmp_path)
    assert proc.returncode == 1 and "template-error" in proc.stdout


def test_a_good_user_template_passes_and_renders(tmp_path):
    (tmp_path / "short.xml.j2").write_text(
        "<letter><meta title='{{ r.subject }}' author='a' subject='s'/>"
        "<p>{{ r.subject }}: {{ cite('foia') }}</p></letter>\n", encoding="utf-8")
    assert run("validate", "short.xml.j2", cwd=tmp_path).returncode == 0
    write_spec(tmp_path, MINIMAL)
    proc = run("render", "spec.yaml", "--template", "short.xml.j2", "-f", "txt", "-o", "out", cwd=tmp_path)
    assert proc.returncode == 0
    assert normalize((tmp_path / "out" / "spec.txt").read_text(encoding="utf-8")) == "Records about detention contracts: 5 U.S.C. § 552"


def test_schema_command_prints_json_schema():
    proc = run("schema")
    assert proc.returncode == 0 and json.loads(proc.stdout)["title"] == "foiagen request spec"


def test_pre_commit_hook_runs_validate():
    import yaml

    import re

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hooks[0]["id"] == "foiagen-validate" and hooks[0]["entry"].startswith("foiagen validate")
    checked = lambda path: bool(re.search(hooks[0]["files"], path)) and not re.search(hooks[0]["exclude"], path)  # noqa: E731
    assert [p for p in ("requests/a.yaml", "team/requests/b.yml", "templates/letter.xml.j2") if not checked(p)] == []
    assert [p for p in (".pre-commit-config.yaml", ".github/workflows/foiagen.yml", "requests/clinic.part.yaml",
                        "requests/a.case.yaml", "mkdocs.yml") if checked(p)] == []
