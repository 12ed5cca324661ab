"""Any spec structure, guided by the field table (right keys with wrong shapes, unknown keys, empty
values), gives a Request or located diagnostics: never an exception; and a clean spec renders."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiagen.pipeline import load_request
from foiagen.spec.fields import SHAPES, EitherOf, LabelMap, ListOf, ObjectOf, Type

SCALARS = st.one_of(st.sampled_from(["", "true", "false", "2026-03-02", "ice", "25", "other", "/s/", "x[^a]"]),
                    st.text(st.characters(max_codepoint=0xFFFF, blacklist_categories=("Cs",)), max_size=12))


def _wrong(depth: int):
    """A value of any shape at all."""
    leaves = st.one_of(SCALARS, st.none())
    if depth <= 0:
        return leaves
    return st.one_of(leaves, st.lists(_wrong(depth - 1), max_size=3),
                     st.dictionaries(st.sampled_from(["i", "b", "text", "name", "include", "zzz"]), _wrong(depth - 1), max_size=2))


# clean text: no "[" (a "[^0]" is a footnote mark, an error without its note) and no "§" (citations are checked)
TEXT = st.text(st.characters(min_codepoint=32, max_codepoint=0x017F, blacklist_categories=("Cs", "Cc", "Cf", "Co", "Cn"),
                             blacklist_characters="[§"),
               min_size=1, max_size=20).filter(str.strip)
RIGHT = {"date": st.sampled_from(["2026-03-02", "2024-01-01"]), "bool": st.sampled_from(["true", "false"]),
         "amount": st.sampled_from(["25", "100.00"]), "lines": st.lists(TEXT, min_size=1, max_size=2)}


def _value(t, depth: int, wrong: bool):
    """A value of the field's own type (most of the time, when `wrong`), of any shape otherwise."""
    if depth <= 0:
        return SCALARS if wrong else TEXT
    if isinstance(t, ObjectOf):
        own = _shape(SHAPES[t.shape], depth - 1, wrong)
    elif isinstance(t, ListOf):
        own = st.lists(_value(t.item, depth - 1, wrong), min_size=0 if wrong else 1, max_size=3)
    elif isinstance(t, EitherOf):
        own = st.one_of(*[_value(o, depth, wrong) for o in t.options])
    elif isinstance(t, LabelMap):
        own = st.dictionaries(st.sampled_from(["a", "b", "a b"]), _value(t.value, depth - 1, wrong), max_size=2)
    else:
        assert isinstance(t, Type)
        own = st.sampled_from(t.choices) if t.choices else RIGHT.get(t.name, TEXT)
        if wrong:
            own = st.one_of(own, SCALARS, st.lists(SCALARS, max_size=3))
    return st.one_of(own, own, own, _wrong(1)) if wrong else own


def _shape(shape, depth: int, wrong: bool):
    keys = {f.key: _value(f.type, depth, wrong) for f in shape.fields}
    if not wrong:  # a clean spec: the keys whose values need more than their shape are left out
        keys = {k: v for k, v in keys.items() if k in CLEAN_KEYS.get(shape.name, {k})}
        keys.update({k: st.just(v) for k, v in FIXED.get(shape.name, {}).items()})
    needed = {f.key for f in shape.fields if f.required} | (set() if wrong else CLEAN_REQUIRED.get(shape.name, set()))
    required = {k: v for k, v in keys.items() if k in needed}
    optional = {k: v for k, v in keys.items() if k not in required}
    return st.fixed_dictionaries(required, optional=optional)


# For clean specs (text the letter font can draw: Latin): the keys of the top and of a requester whose values are free text or simple.
CLEAN_KEYS = {"spec": {"date", "title", "subject", "delivery", "salutation", "requesters", "agencies", "purpose",
                       "background", "records", "closing", "signatories", "smart_quotes"},
              "requester": {"organization", "short_name", "heading", "address", "phone", "website", "description"},
              "records": {"intro", "categories", "redaction", "format"},
              "category": {"text", "items", "search"},
              "closing": {"paragraphs", "contact_phone", "valediction"},
              "signatory": {"name", "title", "organization", "signature"}}
CLEAN_REQUIRED = {"requester": {"organization"}}  # a requester needs a name of some kind
FIXED = {"spec": {"agencies": ["ice"], "date": "2026-03-02"}}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=_shape(SHAPES["spec"], 4, wrong=True))
def test_any_spec_structure_gives_a_request_or_located_diagnostics(tmp_path_factory, spec):
    _check(tmp_path_factory, spec)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(spec=_shape(SHAPES["spec"], 4, wrong=False))
def test_a_spec_of_the_right_shapes_is_read_and_renders(tmp_path_factory, spec):
    loaded = _check(tmp_path_factory, spec)
    assert [d.parsable() for d in loaded.diagnostics if d.level == "error"] == []


def _check(tmp_path_factory, spec):
    path = tmp_path_factory.mktemp("s") / "spec.yaml"
    path.write_text(json.dumps(spec), encoding="utf-8")  # JSON is YAML (\u escapes keep every character)
    loaded = load_request(path)
    assert loaded.ok or loaded.diagnostics
    assert all(d.file and d.line >= 0 and d.column >= 0 and d.rule for d in loaded.diagnostics)
    if loaded.ok:
        from foiagen.pipeline import render_outputs

        assert render_outputs(loaded.request, ["txt"])["txt"]
    return loaded
