"""The field table and the readers agree, and errors about the spec's shape teach: a wrong mapping or
list names the keys it expects with an example, a misplaced key says where it belongs, and no
content is dropped silently (table-driven)."""

from __future__ import annotations

import textwrap

import pytest

from foiagen.pipeline import load_request
from foiagen.spec import ObjectReader
from foiagen.spec.fields import SHAPES, field_paths, misplaced
from conftest import EXAMPLES, MINIMAL, REQUESTS, ROOT, write_spec

SHIPPED = EXAMPLES + REQUESTS + [ROOT / "foiagen" / "data" / "sample.yaml"]

# The branches no shipped spec takes: a personal certification and the b, cite and fn segments.
EVERY_BRANCH = MINIMAL.replace("    - All contracts since 2024.", '    - ["All ", {b: contracts}, " under ", {cite: fees.waiver}, {fn: a}]') + textwrap.dedent("""\
    footnotes:
      a: A note.
    expedite:
      grounds: {urgency_to_inform: [Facts.]}
      certification: {by: Jordan Lee}
    """)


def diagnostics(tmp_path, text):
    return load_request(write_spec(tmp_path, text)).diagnostics


def test_readers_read_every_key_of_the_table_and_no_other(tmp_path, monkeypatch):
    asked = set()
    original = ObjectReader.get

    def recording_get(self, key, required=None):
        asked.add((self.shape.name, key))
        return original(self, key, required)

    monkeypatch.setattr(ObjectReader, "get", recording_get)
    for path in SHIPPED + [write_spec(tmp_path, EVERY_BRANCH)]:
        load_request(path)
    declared = {(s.name, f.key) for s in SHAPES.values() for f in s.fields}
    assert declared - asked == set(), "keys declared in spec/fields.py that no reader reads"
    assert asked - declared == set()


def test_every_shape_is_reachable_from_a_spec_or_is_rich_text():
    # segments are pieces of rich text; lists and run-in paragraphs are pieces of paragraphs
    assert set(SHAPES) - set(field_paths()) == {"segment", "list_block", "run_in"}


def test_every_field_has_help_and_an_example():
    for shape in SHAPES.values():
        assert shape.help and shape.example, shape.name
        for f in shape.fields:
            assert f.help and f.example, (shape.name, f.key)


# A wrong value where each shape's mapping is expected: (edit of MINIMAL, or text appended).
# Shapes whose value may also be text or a list (a category, factor-by-factor showings) have
# no wrong mapping; every other shape must have its case here.
WRONG_SHAPE = {
    "spec": (MINIMAL, "- a list, not a spec\n"),
    "requester": ("  - organization: Example Clinic", "  - Example Clinic"),
    "agency": ("agencies: [ice]", "agencies: [[ice]]"),
    "officer": ("agencies: [ice]", "agencies: [{id: ice, attention: Jane Doe}]"),
    "component": ("", "components: [[HSI]]\n"),
    "definition": ("", "definitions: [facial recognition]\n"),
    "records": ("records:\n  categories:\n    - All contracts since 2024.\n", "records: [All contracts since 2024.]\n"),
    "date_range": ("    - All contracts since 2024.", "    - All contracts since 2024.\n  date_range: 2024"),
    "expedite": ("", "expedite: true\n"),
    "grounds": ("", "expedite:\n  grounds: [urgency_to_inform]\n  certification: true\n"),
    "certification": ("", "expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: [Jordan Lee]\n"),
    "fees": ("", "fees: news_media\n"),
    "subject_person": ("", "subject_person: Ana Example\n"),
    "waiver": ("", "fees:\n  waiver: true\n"),
    "closing": ("", "closing: Thank you.\n"),
    "delivery_address": ("", "closing:\n  deliver_records_to: jlee@example.org\n"),
    "signatory": ("  - name: Jordan Lee", "  - Jordan Lee"),
    "standard": ("", "standard: false\n"),
    "section": ("", "sections: [[Notes]]\n"),
    "enclosure": ("", "enclosures: [[Obituary]]\n"),
}
# lists and run-in paragraphs are mappings recognised by their key inside paragraphs: nothing else is one
NO_WRONG_MAPPING = {"category", "public_interest_factors", "commercial_factors", "segment", "list_block", "run_in"}


def _edit(old, new):
    if not old:
        return MINIMAL + new
    assert old in MINIMAL
    return MINIMAL.replace(old, new, 1)


def test_every_shape_has_a_wrong_shape_case():
    assert set(WRONG_SHAPE) | NO_WRONG_MAPPING == set(SHAPES)


@pytest.mark.parametrize("name", sorted(WRONG_SHAPE))
def test_wrong_mapping_lists_the_keys_it_expects_with_an_example(tmp_path, name):
    shape = SHAPES[name]
    found = [d for d in diagnostics(tmp_path, _edit(*WRONG_SHAPE[name])) if d.rule == "wrong-type"]
    assert len(found) == 1, found
    message = found[0].message
    assert f"{shape.what} must be a mapping" in message
    for key in shape.keys:
        assert key in message
    assert shape.example in message


# Lists of objects: text where the list is expected names the list's example and its items' keys.
WRONG_LIST = {
    "requesters": ("  - organization: Example Clinic", "  organization: Example Clinic", "requester"),
    "agencies": ("agencies: [ice]", "agencies: ice", "agency"),
    "signatories": ("  - name: Jordan Lee", "  name: Jordan Lee", "signatory"),
    "categories": ("    - All contracts since 2024.", "    All contracts since 2024.", "category"),
}


@pytest.mark.parametrize("key", sorted(WRONG_LIST))
def test_wrong_list_names_its_example_and_the_keys_of_its_entries(tmp_path, key):
    old, new, item = WRONG_LIST[key]
    found = [d for d in diagnostics(tmp_path, _edit(old, new)) if d.rule == "wrong-type"]
    assert len(found) == 1, found
    assert f"'{key}' must be a list" in found[0].message
    assert SHAPES[item].example in found[0].message
    for k in SHAPES[item].keys:
        assert k in found[0].message


def _moved_cases():
    """(wrong key, the shape it is written in, where it belongs) for every moved_from in the table."""
    places = field_paths()
    for name, shape in SHAPES.items():
        for f in shape.fields:
            for wrong in f.moved_from:
                for base in places.get(name, ()):
                    yield wrong, (f"{base}.{f.key}" if base else f.key)


@pytest.mark.parametrize("wrong,path", sorted(set(_moved_cases())))
def test_a_misplaced_key_points_where_it_belongs(wrong, path):
    """Written at the top of a spec (or, for top-level keys, where did-you-mean applies), a key
    declared as moved names its place."""
    parent = path.rsplit(".", 1)[0] if "." in path else ""
    if parent:
        assert misplaced(wrong, "spec") == path
    else:
        from foiagen.spec.reader import _where_it_goes

        assert _where_it_goes(wrong, SHAPES["spec"]) == f"; did you mean '{path}'?"


def test_fee_waiver_at_top_level_names_fees_waiver(tmp_path):
    found = diagnostics(tmp_path, MINIMAL + "fee_waiver: true\n")
    assert [(d.line, d.column, d.rule) for d in found] == [(12, 1, "unknown-key")]
    assert "it belongs in 'fees.waiver' (e.g. fees: {waiver: {public_interest:" in found[0].message


def test_a_key_spelled_as_in_one_other_place_points_there(tmp_path):
    found = diagnostics(tmp_path, MINIMAL + "category: news_media\n")
    assert "it belongs in 'fees.category'" in found[0].message


def test_an_unknown_key_with_no_better_guess_lists_the_keys_expected(tmp_path):
    found = diagnostics(tmp_path, MINIMAL.replace("  - name: Jordan Lee", "  - name: Jordan Lee\n    zzz: 1"))
    assert found[0].rule == "unknown-key"
    assert SHAPES["signatory"].expected() in found[0].message


# Content is never dropped silently: each case is an error at the value's own line and column.
SILENT_DROPS = [
    # {i: [a, b]}: a list given to a style
    (MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {i: [a, b]}, " here."]'), (9, 20, "wrong-type")),
    (MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {b: {x: 1}}, " here."]'), (9, 20, "wrong-type")),
    # a list where text was expected
    (MINIMAL.replace("title: Short title", "title: [Short, title]"), (2, 8, "wrong-type")),
    (MINIMAL.replace("  - name: Jordan Lee", "  - name: [Jordan, Lee]"), (11, 11, "wrong-type")),
    (MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {link: [https://example.org]}]'), (9, 23, "wrong-type")),
    # a key that is read nowhere: `text` only goes with `link`
    (MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {i: a, text: b}]'), (9, 23, "unused-key")),
    (MINIMAL.replace("    - All contracts since 2024.", '    - ["See ", {fn: a, text: b}]') + "footnotes:\n  a: Note.\n",
     (9, 24, "unused-key")),
]


@pytest.mark.parametrize("text,where", SILENT_DROPS)
def test_content_is_never_dropped_silently(tmp_path, text, where):
    found = [(d.line, d.column, d.rule) for d in diagnostics(tmp_path, text) if d.level == "error"]
    assert where in found


def _example_cases():
    for shape in SHAPES.values():
        for f in shape.fields:
            yield shape.name, f

@pytest.mark.parametrize("shape,field", list(_example_cases()), ids=lambda x: getattr(x, "key", x))
def test_every_field_example_is_valid_for_its_field(shape, field):
    """The examples the errors and the README show are themselves valid (as foiagen reads YAML)."""
    from jsonschema import Draft202012Validator

    from foiagen.schema import _type_schema, spec_schema
    from foiagen.source import parse_yaml
    from test_schema import plain

    root, problems = parse_yaml(f"{field.key}: {field.example}\n", "example")
    assert problems == []
    schema = {**_type_schema(field.type), "$defs": spec_schema()["$defs"]}
    errors = [e.message for e in Draft202012Validator(schema).iter_errors(plain(root.value[field.key]))]
    assert errors == []


# Prose in a [ … ] list that YAML split at its commas is warned; real lists of paragraphs are not.
FLOW_SPLIT = [
    ("news_media: [The Ledger gathers information, turns it into works and distributes them.]", True),
    ("news_media: [We publish a newsletter read by 5,000 people.]", True),
    ("news_media: [We publish a newsletter, The Ledger]", True),  # the first piece does not end a sentence
    ("news_media: [We publish a newsletter., It has readers.]", False),  # two sentences, two paragraphs
    ('news_media: ["We gather information, turn it into works."]', False),  # quoted
    ("news_media:\n    - We gather information, turn it into works.", False),  # block list
    ("news_media: [One paragraph.]", False),
]


@pytest.mark.parametrize("line,warned", FLOW_SPLIT)
def test_prose_split_at_commas_by_a_flow_list_is_warned(tmp_path, line, warned):
    text = MINIMAL + "fees:\n  category: news_media\n  " + line + "\n"
    found = [(d.line, d.column) for d in diagnostics(tmp_path, text) if d.rule == "flow-list-split"]
    assert found == ([(14, 15)] if warned else [])


def test_a_category_split_into_glued_pieces_is_warned(tmp_path):
    text = MINIMAL.replace("    - All contracts since 2024.", "    - [All contracts, since 2024.]")
    found = [d for d in diagnostics(tmp_path, text) if d.rule == "flow-list-split"]
    assert [(d.line, d.column) for d in found] == [(9, 7)]
    assert "printed without their commas" in found[0].message
    ok = MINIMAL.replace("    - All contracts since 2024.", '    - ["All contracts ", {i: since}, " 2024."]')
    assert [d for d in diagnostics(tmp_path, ok) if d.rule == "flow-list-split"] == []


def test_every_rule_says_how_to_fix_it():
    """Each rule declares its fix; report() puts it on every diagnostic (the terminal prints it
    under the problem, GitHub annotations and JSON carry it)."""
    from foiagen.rules import rules_by_id

    assert [rule_id for rule_id, rule in rules_by_id().items() if not rule.hint] == []


def test_a_diagnostic_carries_its_rules_fix(tmp_path):
    found = diagnostics(tmp_path, MINIMAL.replace("2026-03-02", "2026-02-30"))
    assert [(d.rule, d.hint) for d in found] == [("bad-date", "write the date as YYYY-MM-DD, e.g. 2026-03-02")]


# The spec package's modules, lowest first: each imports only modules before it, at its top.
SPEC_LAYERS = ["field_types", "fee_fields", "fields", "case_fields", "reader", "letter", "richtext", "assets", "footnotes", "person", "readers", "__init__"]


def test_the_spec_package_is_layered_without_cycles_and_small_modules():
    import ast

    folder = ROOT / "foiagen" / "spec"
    assert sorted(p.stem for p in folder.glob("*.py")) == sorted(SPEC_LAYERS)
    for i, name in enumerate(SPEC_LAYERS):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        assert len(tree.body) and (folder / f"{name}.py").read_text(encoding="utf-8").count("\n") <= 500, name
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                target = (node.module or "__init__").split(".")[0]
                assert SPEC_LAYERS.index(target) < i, f"spec/{name}.py imports spec/{target}.py"


@pytest.mark.parametrize("text", [
    MINIMAL + "footnotes: {include: \"a\\0b\"}\n",
    MINIMAL.replace("  - organization: Example Clinic", "  - organization: Example Clinic\n    logo: \"x\\0.png\""),
    MINIMAL + "enclosures: [{text: A letter., file: \"x\\0.pdf\"}]\n",
])
def test_a_path_holding_a_nul_is_a_located_error_never_a_crash(tmp_path, text):
    found = [(d.rule, d.level) for d in diagnostics(tmp_path, text)]
    assert ("bad-character", "error") in found
