"""Hypothesis sweeps over generated specs (issue #12): 10,000 through load and validate, 1,000
clean ones through every writer.  Each must give a Request or diagnostics that all have a file,
a real line and column and a declared rule; never an exception.  Slow-marked (they run in CI,
in about three minutes on two cores)."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings

from foiagen.pipeline import load_request, render_outputs
from foiagen.rules import rules_by_id
from foiagen.spec.fields import SHAPES
from test_spec_structure import _shape

RULES = rules_by_id()
SWEEP = dict(deadline=None, database=None, derandomize=False,
             suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture])


def _load(folder, spec):
    path = folder / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")  # JSON is YAML (\\u escapes keep every character)
    loaded = load_request(path)
    assert loaded.ok or loaded.diagnostics
    for d in loaded.diagnostics:
        assert d.file and d.line >= 1 and d.column >= 1 and d.rule in RULES, d.parsable()
    return loaded


@pytest.mark.slow
@settings(max_examples=10_000, **SWEEP)
@given(spec=_shape(SHAPES["spec"], 4, wrong=True))
def test_10000_generated_specs_load_and_validate_to_located_diagnostics(tmp_path, spec):
    _load(tmp_path, spec)


@pytest.mark.slow
@settings(max_examples=1_000, **SWEEP)
@given(spec=_shape(SHAPES["spec"], 4, wrong=False))
def test_1000_generated_clean_specs_go_through_every_writer(tmp_path, spec):
    loaded = _load(tmp_path, spec)
    assert [d.parsable() for d in loaded.diagnostics if d.level == "error"] == []
    outputs = render_outputs(loaded.request, ["txt", "docx", "pdf"])
    assert outputs["txt"] and outputs["docx"][:2] == b"PK" and outputs["pdf"][:5] == b"%PDF-"
