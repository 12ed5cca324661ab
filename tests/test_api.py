"""The library API: foiagen.load, foiagen.check and foiagen.render, and the CLI as a thin shell over them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import foiagen
from conftest import MINIMAL, ROOT, write_spec
from helpers import invoke


def test_import_foiagen_is_light():
    code = "import sys, foiagen; print(sorted(m for m in ('yaml', 'jinja2', 'typer', 'foiagen.api') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_load_returns_the_request_and_located_diagnostics(tmp_path):
    loaded = foiagen.load(write_spec(tmp_path, MINIMAL))
    assert loaded.ok and loaded.request.title == "Short title"
    bad = foiagen.load(write_spec(tmp_path, MINIMAL.replace("title:", "titel:")))
    assert not bad.ok and bad.request is None
    assert [(d.line, d.column, d.rule) for d in bad.diagnostics] == [(2, 1, "unknown-key")]


def test_render_takes_a_request_or_a_path(tmp_path):
    spec = write_spec(tmp_path, MINIMAL)
    from_path = foiagen.render(spec, ["txt"])
    from_request = foiagen.render(foiagen.load(spec).request, ["txt"])
    assert from_path == from_request and b"Records about detention contracts" in from_path["txt"]


def test_render_of_a_bad_spec_raises_with_its_diagnostics(tmp_path):
    with pytest.raises(foiagen.SpecError) as caught:
        foiagen.render(write_spec(tmp_path, MINIMAL.replace("title:", "titel:")), ["txt"])
    assert [d.rule for d in caught.value.diagnostics] == ["unknown-key"]


@pytest.mark.parametrize("call,message", [
    (lambda p: foiagen.render(p, ["xml"]), "unknown format xml"),
    (lambda p: foiagen.check([p], select=["no-such-rule"]), "--select: unknown rule id no-such-rule"),
    (lambda p: foiagen.check([p.parent / "nowhere"]), "no such file or folder"),
])
def test_wrong_calls_raise_usage_errors(tmp_path, call, message):
    with pytest.raises(foiagen.UsageError, match=message):
        call(write_spec(tmp_path, MINIMAL))


def test_check_selects_and_ignores_rules(tmp_path):
    write_spec(tmp_path, MINIMAL.replace("title:", "titel:"), "a.yaml")
    write_spec(tmp_path, MINIMAL + "delivery: Via email\n", "b.yaml")  # ICE takes no email in 2026: a warning
    everything = foiagen.check([tmp_path])
    assert everything.files == 2 and {d.rule for d in everything.diagnostics} >= {"unknown-key", "channel-not-accepted"}
    assert everything.failed() and everything.failed(strict=True)
    only_warning = foiagen.check([tmp_path], ignore=["unknown-key", "missing-field"])
    assert {d.level for d in only_warning.diagnostics} == {"warning"}
    assert not only_warning.failed() and only_warning.failed(strict=True)
    assert {d.rule for d in foiagen.check([tmp_path], select=["unknown-key"]).diagnostics} == {"unknown-key"}


def test_the_verbs_survive_importing_the_submodules_of_the_same_names():
    import foiagen.check  # noqa: F401  (the module validate's file walker lives in)
    from foiagen.render import render_document  # the module is still importable by name

    assert callable(render_document)
    assert foiagen.check.__module__ == "foiagen.api" and foiagen.render.__module__ == "foiagen.api"


def test_validate_prints_what_check_returns(tmp_path):
    write_spec(tmp_path, MINIMAL.replace("title:", "titel:"))
    result = invoke("validate", "spec.yaml", "--format", "json", cwd=tmp_path)
    found = foiagen.check([tmp_path / "spec.yaml"]).diagnostics
    assert result.returncode == 1
    assert [(d["line"], d["rule"], d["message"]) for d in json.loads(result.stdout)] == [(d.line, d.rule, d.message) for d in found]
