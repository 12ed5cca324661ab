"""The spec's JSON Schema and its README reference, both generated from the field table (spec/fields.py).

`foiagen schema` prints the schema (for editors: completion and hover help, and for
check-jsonschema in CI); `foiagen schema --markdown` prints the README's spec reference.
Scalars are accepted as YAML 1.2 tools load them: foiagen reads every value as text, so a
number (`max_amount: 25`) or a boolean (`letterhead: false`) written plainly is valid.
"""

from __future__ import annotations

import json

from .spec.fields import SEGMENT_KINDS, SHAPES, EitherOf, LabelMap, ListOf, ObjectOf, Type

SCALAR_TYPES = ["string", "number", "boolean"]
_PATTERN_DATE = r"^\d{4}-\d{2}-\d{2}$"
_PATTERN_AMOUNT = r"^\$?[\d,]{1,9}(\.\d{2})?$"


def _ref(name: str) -> dict:
    return {"$ref": f"#/$defs/{name}"}


def _type_schema(t) -> dict:
    if isinstance(t, ObjectOf):  # the person a request is about may sit in a private file of its own
        return {"anyOf": [_ref(t.shape), _ref("include")]} if t.shape == "subject_person" else _ref(t.shape)
    if isinstance(t, ListOf):
        out = {"type": "array", "items": {"anyOf": [_type_schema(t.item), _ref("include")]}}
        if t.min_items:
            out["minItems"] = t.min_items
        return out
    if isinstance(t, EitherOf):
        return {"anyOf": [_type_schema(o) for o in t.options]}
    if isinstance(t, LabelMap):
        return {"anyOf": [{"type": "object", "propertyNames": {"pattern": r"^[A-Za-z0-9_.:-]+$"},
                           "additionalProperties": _type_schema(t.value)}, _ref("include")]}
    assert isinstance(t, Type)
    if t.name == "choice":
        return {"type": "string", "enum": list(t.choices)}
    return _ref(t.name)


def _shape_schema(shape) -> dict:
    properties = {}
    for f in shape.fields:
        description = f.help + (f" Default: {f.default}." if f.default else "")
        properties[f.key] = {**_type_schema(f.type), "description": description}
        if f.example:
            properties[f.key]["examples"] = [f.example]
    out = {"type": "object", "additionalProperties": False, "properties": properties, "description": shape.help}
    if shape.required:
        out["required"] = list(shape.required)
    return out


def _segment_schemas() -> list[dict]:
    segment = SHAPES["segment"]
    out = [_ref("text")]
    for kind in SEGMENT_KINDS:
        keys = [kind, "text"] if kind == "link" else [kind]
        out.append({"type": "object", "additionalProperties": False, "required": [kind],
                    "properties": {k: {**_ref("text"), "description": segment.field(k).help} for k in keys},
                    "description": segment.field(kind).help})
    return out


def _value_defs() -> dict:
    text = {"type": SCALAR_TYPES, "description": "Text (every value is read as text, exactly as written)."}
    return {
        "text": text,
        "lines": {"anyOf": [_ref("text"), {"type": "array", "items": _ref("text")}],
                  "description": "One line, several lines, or a list of lines."},
        "bool": {"anyOf": [{"type": "boolean"}, {"type": "string", "enum": ["true", "false"]}],
                 "description": "true or false."},
        "date": {"type": "string", "pattern": _PATTERN_DATE, "description": "A date written YYYY-MM-DD."},
        "amount": {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": _PATTERN_AMOUNT},
                             {"type": "string", "enum": ["none"]}],
                   "description": "An amount in dollars, such as 25 or 100.00, or none."},
        "segment": {"anyOf": _segment_schemas()},
        "rich": {"anyOf": [_ref("text"), {"type": "array", "items": _ref("segment")}],
                 "description": "Text ([^label] marks a footnote reference) or a list of segments."},
        "paragraphs": {"anyOf": [_ref("text"), _ref("list_block"), _ref("run_in"), {"type": "array", "items": {"anyOf": [
            _ref("segment"), {"type": "array", "items": _ref("segment")}, _ref("include"), _ref("list_block"), _ref("run_in")]}}],
            "description": "One paragraph, or a list of paragraphs (each text, a list of segments, a list or a run-in paragraph)."},
        "include": {"type": "object", "additionalProperties": False, "required": ["include"],
                    "properties": {"include": {"type": "string"}},
                    "description": "The content of another YAML file (a path relative to this one)."},
    }


def spec_schema() -> dict:
    defs = _value_defs()
    for name, shape in SHAPES.items():
        if name not in ("spec", "segment"):
            defs[name] = _shape_schema(shape)
    root = _shape_schema(SHAPES["spec"])
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://foiagen.invalid/spec.schema.json",
            "title": "foiagen request spec", **root, "$defs": defs}


def schema_json() -> str:
    return json.dumps(spec_schema(), indent=2, ensure_ascii=False)


def case_log_schema() -> dict:
    """The case log's JSON Schema, from its field table (spec/case_fields.py): each kind of event
    takes `date`, `event` and `note` and the keys its kind allows, and needs those its kind needs."""
    from .spec.case_fields import CASE_LOG, EVENT_FIELDS, EVENT_KINDS, LAWSUIT

    defs = {k: v for k, v in _value_defs().items() if k in ("text", "date")}
    common = ("date", "note")
    events = []
    for kind, (help_, allowed, required) in EVENT_KINDS.items():
        properties = {"event": {"const": kind, "description": help_}}
        for key in (*common, *allowed):
            f = EVENT_FIELDS[key]
            properties[key] = {**_type_schema(f.type), "description": f.help}
        events.append({"type": "object", "additionalProperties": False, "properties": properties,
                       "required": ["date", "event", *required], "if": {"properties": {"event": {"const": kind}}},
                       "description": help_})
    defs["event"] = {"type": "object", "required": ["event"],
                     "properties": {"event": {"enum": list(EVENT_KINDS), "description": "What happened."}},
                     "allOf": [{"if": e.pop("if"), "then": e} for e in events]}
    defs["case_lawsuit"] = _shape_schema(LAWSUIT)
    root = _shape_schema(CASE_LOG)
    root["properties"]["agencies"] = {"type": "object", "description": CASE_LOG.field("agencies").help,
                                      "additionalProperties": {"type": "array", "items": _ref("event")}}
    root["properties"]["lawsuit"] = {**_ref("case_lawsuit"), "description": CASE_LOG.field("lawsuit").help}
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://foiagen.invalid/case-log.schema.json",
            "title": "foiagen case log", **root, "$defs": defs}


# -- the README's reference ------------------------------------------------------------
README_START = "<!-- spec-reference: generated by `foiagen schema --markdown`; do not edit by hand -->"
README_END = "<!-- end of spec-reference -->"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def reference_markdown() -> str:
    """One table per spec object: key, type, required or default, meaning, example."""
    out = [README_START, ""]
    for name, shape in SHAPES.items():
        out += [f"#### {name}", "", f"{shape.help} Example: `{shape.example}`", "",
                "| key | type | required / default | meaning | example |", "|---|---|---|---|---|"]
        for f in shape.fields:
            need = "required" if f.required else (f"default `{f.default}`" if f.default else "")
            example = f"`{_cell(f.example)}`" if f.example else ""
            out.append(f"| `{f.key}` | {_cell(f.type.label())} | {need} | {_cell(f.help)} | {example} |")
        out.append("")
    out.append(README_END)
    return "\n".join(out)
