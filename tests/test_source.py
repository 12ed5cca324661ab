"""YAML source loading: every problem located, scalars kept as text (table-driven)."""

import pytest

from foiagen.source import decode_text, parse_yaml

# (YAML text, expected [(line, column, rule-id)])
CASES = [
    # a clean mapping has no problems
    ("a: 1\nb: two\n", []),
    # duplicate keys are reported at the second occurrence
    ("agency: FBI\nname: x\nagency: CIA\n", [(3, 1, "duplicate-key")]),
    # nested duplicates too, each of them
    ("r:\n  name: a\n  name: b\n  name: c\n", [(3, 3, "duplicate-key"), (4, 3, "duplicate-key")]),
    # syntax errors are located
    ("a: [1, 2\nb: 3\n", [(2, 2, "yaml-syntax")]),
    ("a: b: c\n", [(1, 5, "yaml-syntax")]),
    # anchors and aliases are refused (billion laughs), at each place
    ("a: &x [1, 2]\nb: *x\n", [(1, 4, "yaml-alias"), (2, 4, "yaml-alias")]),
    # python object tags and other explicit tags are refused
    ("a: !!python/object/apply:os.system [ls]\n", [(1, 4, "yaml-tag")]),
    ("a: !!binary aGVsbG8=\n", [(1, 4, "yaml-tag")]),
    # merge keys
    ("a: {x: 1}\nb:\n  <<: {x: 2}\n", [(3, 3, "yaml-alias")]),
    # a second document
    ("a: 1\n---\nb: 2\n", [(2, 1, "multiple-documents")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_problems_are_located(text, expected):
    _, problems = parse_yaml(text, "spec.yaml")
    assert [(p.line, p.column, p.rule) for p in problems] == expected
    assert all(p.file == "spec.yaml" and p.level == "error" for p in problems)


@pytest.mark.parametrize("text,key,value", [
    ("zip: 02134\n", "zip", "02134"),  # YAML 1.1 would give 1116 (octal)
    ("state: NO\n", "state", "NO"),  # would be False
    ("on: yes\n", "on", "yes"),  # would be {True: True}
    ("t: 12:30:00\n", "t", "12:30:00"),  # would be 45000 (base 60)
    ("ver: 1.10\n", "ver", "1.10"),  # would be 1.1
    ("when: 2024-02-03\n", "when", "2024-02-03"),  # would be a date object
])
def test_scalars_stay_strings(text, key, value):
    root, problems = parse_yaml(text, "spec.yaml")
    assert problems == []
    assert root.value[key].kind == "str" and root.value[key].value == value


def test_positions_of_keys_and_values():
    root, _ = parse_yaml("a:\n  b: hello\n", "f.yaml")
    inner = root.value["a"]
    assert inner.key_positions["b"] == (2, 3)
    assert (inner.value["b"].line, inner.value["b"].column) == (2, 6)


def test_billion_laughs_is_refused_quickly():
    lol = "a: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join('*' + chr(97 + i) for _ in range(9))}]\n" for i in range(8)
    )
    root, problems = parse_yaml(lol, "lol.yaml")
    assert root is None and problems and {p.rule for p in problems} == {"yaml-alias"}


@pytest.mark.parametrize("data,rule", [
    (b"", "empty-file"),
    (b"   \n\n", "empty-file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "binary-file"),
    (b"name: caf\xe9\n", "not-utf8"),
])
def test_bad_bytes(data, rule):
    text, problems = decode_text(data, "x.yaml")
    assert text is None and [p.rule for p in problems] == [rule]


def test_non_utf8_is_located():
    _, problems = decode_text(b"a: ok\nname: caf\xe9\n", "x.yaml")
    assert (problems[0].line, problems[0].column) == (2, 10)


def test_bom_is_accepted():
    text, problems = decode_text("\ufeffa: 1\n".encode(), "x.yaml")
    assert problems == [] and text == "a: 1\n"


def test_a_character_yaml_refuses_is_located():
    from foiagen.source import parse_yaml

    root, problems = parse_yaml("date: 2026-03-02\ntitle: a\u008cb\n", "spec.yaml")
    assert root is None
    assert [(d.line, d.column, d.rule) for d in problems] == [(2, 9, "yaml-syntax")]
    assert "U+008C" in problems[0].message
