"""The JSON Schema describes what the readers accept: the shipped specs conform, and every key is in it."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator

from foiagen import spec as spec_module
from foiagen.pipeline import load_request
from foiagen.schema import SPEC, schema_json
from foiagen.source import load_file
from conftest import EXAMPLES, REQUESTS, ROOT

SAMPLE = ROOT / "foiagen" / "data" / "sample.yaml"


def plain(node):
    """A Node tree as JSON data, every scalar a string (as foiagen reads it)."""
    if node.kind == "map":
        return {k: plain(v) for k, v in node.value.items()}
    if node.kind == "seq":
        return [plain(v) for v in node.value]
    return node.value


def test_schema_is_valid_json_schema():
    Draft202012Validator.check_schema(json.loads(schema_json()))


@pytest.mark.parametrize("path", EXAMPLES + REQUESTS + [SAMPLE], ids=lambda p: p.name)
def test_shipped_specs_conform(path):
    root, problems = load_file(path)
    assert problems == []
    errors = sorted(Draft202012Validator(SPEC).iter_errors(plain(root)), key=str)
    assert [e.message for e in errors] == []


def _schema_keys(schema, out):
    if isinstance(schema, dict):
        out |= set(schema.get("properties", {}))
        for value in schema.values():
            _schema_keys(value, out)
    elif isinstance(schema, list):
        for value in schema:
            _schema_keys(value, out)
    return out


def test_every_key_the_readers_accept_is_in_the_schema(monkeypatch):
    asked = set()
    original = spec_module.Obj.get

    def recording_get(self, key, required=False):
        asked.add(key)
        return original(self, key, required)

    monkeypatch.setattr(spec_module.Obj, "get", recording_get)
    for path in EXAMPLES + REQUESTS + [SAMPLE]:
        load_request(path)
    assert asked - _schema_keys(SPEC, set()) == set()
