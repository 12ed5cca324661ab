"""The JSON Schema is generated from the field table: it is valid, the shipped specs conform, and it
refuses what foiagen refuses (a key nowhere in the table, a wrong choice)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from foiagen.schema import reference_markdown, schema_json, spec_schema
from foiagen.source import load_file
from conftest import EXAMPLES, MINIMAL, REQUESTS, ROOT

SAMPLE = ROOT / "foiagen" / "data" / "sample.yaml"
SHIPPED = EXAMPLES + REQUESTS + [SAMPLE]


def plain(node):
    """A Node tree as JSON data, every scalar a string (as foiagen reads it)."""
    if node.kind == "map":
        return {k: plain(v) for k, v in node.value.items()}
    if node.kind == "seq":
        return [plain(v) for v in node.value]
    return node.value


def test_schema_is_valid_json_schema():
    Draft202012Validator.check_schema(json.loads(schema_json()))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_specs_conform_read_as_text(path):
    root, problems = load_file(path)
    assert problems == []
    errors = sorted(Draft202012Validator(spec_schema()).iter_errors(plain(root)), key=str)
    assert [e.message for e in errors] == []


def _check_jsonschema(tmp_path, *files):
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is in the test extra (pip install -e '.[test]')")
    schema = tmp_path / "foiagen.schema.json"
    schema.write_text(schema_json(), encoding="utf-8")
    return subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
                          capture_output=True, text=True)


@pytest.mark.slow
def test_check_jsonschema_accepts_every_shipped_spec(tmp_path):
    """The acceptance test of issue 11: `check-jsonschema --schemafile <(foiagen schema)` over
    requests/ and examples/, read by a YAML 1.2 loader (booleans and numbers typed)."""
    result = _check_jsonschema(tmp_path, *SHIPPED)
    assert result.returncode == 0, result.stdout + result.stderr


def _shell(command: str, shell: str = "bash") -> subprocess.CompletedProcess:
    """A command line as a user types it, with $PY (this interpreter) and $SPECS (every shipped spec)."""
    pytest.importorskip("check_jsonschema", reason="check-jsonschema is in the test extra (pip install -e '.[test]')")
    import os
    import shlex
    import shutil

    if not shutil.which(shell):
        pytest.skip(f"{shell} is not installed")
    env = dict(os.environ, PY=sys.executable, SPECS=" ".join(shlex.quote(str(p)) for p in SHIPPED))
    return subprocess.run([shell, "-c", command], capture_output=True, text=True, cwd=ROOT, env=env)


@pytest.mark.slow
def test_the_acceptance_command_passes_in_the_forms_that_read_a_pipe():
    """`foiagen schema` piped to check-jsonschema's stdin, and the acceptance command as zsh runs it
    (the pipe named /proc/self/fd/N): every spec in requests/ and examples/ passes."""
    piped = _shell('"$PY" -m foiagen schema | "$PY" -m check_jsonschema --schemafile - $SPECS')
    assert piped.returncode == 0, piped.stdout + piped.stderr
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("no /proc/self/fd here")
    zsh_form = _shell('"$PY" -m check_jsonschema --schemafile /proc/self/fd/3 $SPECS 3< <("$PY" -m foiagen schema)')
    assert zsh_form.returncode == 0, zsh_form.stdout + zsh_form.stderr
    import shutil

    if shutil.which("zsh"):  # the literal acceptance command, where zsh is installed
        literal = _shell('"$PY" -m check_jsonschema --schemafile <("$PY" -m foiagen schema) ${=SPECS}', shell="zsh")
        assert literal.returncode == 0, literal.stdout + literal.stderr


@pytest.mark.slow
def test_bash_process_substitution_fails_before_reading_the_schema():
    """In bash, `--schemafile <(foiagen schema)` names /dev/fd/63, which check-jsonschema 0.39 resolves
    to /proc/<pid>/fd/pipe:[…] and cannot open (README, Spec reference): the failure is the path,
    never the schema or a spec.  Should check-jsonschema learn the /dev/fd form, the command passes."""
    result = _shell('"$PY" -m check_jsonschema --schemafile <("$PY" -m foiagen schema) $SPECS')
    assert result.returncode == 0 or ("pipe:[" in result.stdout + result.stderr and "validation" not in result.stdout), \
        result.stdout + result.stderr


# What foiagen refuses, check-jsonschema refuses too (each case is an error in `foiagen validate`).
REFUSED = [
    MINIMAL + "fee_waiver: true\n",  # a key that belongs elsewhere
    MINIMAL + "fees:\n  category: journalist\n",  # not a fee category
    MINIMAL + "expedite: true\n",  # text where a mapping is expected
    MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {i: [a, b]}]'),  # a list where text is expected
    MINIMAL.replace("  - organization: Example Clinic", "  - organization: Example Clinic\n    letterhead: maybe"),
    MINIMAL.replace("date: 2026-03-02", "date: March 2, 2026"),
]


@pytest.mark.slow
def test_check_jsonschema_refuses_what_foiagen_refuses(tmp_path):
    from foiagen.pipeline import load_request

    files = []
    for i, text in enumerate(REFUSED):
        path = tmp_path / f"case{i}.yaml"
        path.write_text(text, encoding="utf-8")
        assert not load_request(path).ok, text
        files.append(path)
    for path in files:
        assert _check_jsonschema(tmp_path, path).returncode == 1, path.read_text()


def test_readme_spec_reference_is_generated_from_the_field_table():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = reference_markdown()
    start, end = section.splitlines()[0], section.splitlines()[-1]
    assert start in readme and end in readme, "README lacks the generated spec reference"
    current = readme[readme.index(start): readme.index(end) + len(end)]
    assert current == section, "README's spec reference is stale: run python tools/readme_spec_reference.py"


def test_schema_command_prints_markdown_reference():
    from typer.testing import CliRunner

    from foiagen.cli import app

    result = CliRunner().invoke(app, ["schema", "--markdown"])
    assert result.exit_code == 0
    assert result.output.strip() == reference_markdown()



def test_case_log_schema_is_valid_and_accepts_the_shipped_case_logs():
    from foiagen.schema import case_log_schema

    schema = case_log_schema()
    Draft202012Validator.check_schema(schema)
    logs = sorted((ROOT / "requests").glob("*.case.yaml"))
    assert logs
    for path in logs:
        root, problems = load_file(path)
        assert problems == [] and [e.message for e in Draft202012Validator(schema).iter_errors(plain(root))] == []


@pytest.mark.slow
def test_check_jsonschema_reads_case_logs_as_foiagen_does(tmp_path):
    """The shipped case logs pass; an unknown event key and a missing needed one fail, as in validate."""
    pytest.importorskip("check_jsonschema")
    import json as _json

    from foiagen.schema import case_log_schema

    schema = tmp_path / "case.schema.json"
    schema.write_text(_json.dumps(case_log_schema()), encoding="utf-8")
    bad = tmp_path / "bad.case.yaml"
    bad.write_text("agencies:\n  ice:\n    - {date: 2026-03-02, event: sent, chanel: email}\n    - {date: 2026-03-03, event: tolled}\n")
    run = lambda *files: subprocess.run([sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],  # noqa: E731
                                        capture_output=True, text=True)
    assert run(*sorted((ROOT / "requests").glob("*.case.yaml"))).returncode == 0
    refused = run(bad)
    assert refused.returncode == 1 and "'chanel' was unexpected" in refused.stdout and "'until' is a required property" in refused.stdout
