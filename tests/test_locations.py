"""Where a problem is reported: in an included file, with the `include:` that brought it in
(issue #12, left over); an undefined footnote mark at its own `[^` characters."""

from __future__ import annotations

import json
import re

import pytest
from conftest import MINIMAL, write_spec
from helpers import invoke
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiagen.pipeline import load_request

ME = "  - name: Ana Example\n"
PRIVATE = "name: Ana Example\ndate_of_birth: 1980-01-01\na_number: A1\n"  # line 3: a bad A-number


def _private_spec(tmp_path):
    (tmp_path / "me.private.yaml").write_text(PRIVATE, encoding="utf-8")
    spec = MINIMAL.replace("  - organization: Example Clinic\n", ME) + "subject_person: {include: me.private.yaml}\n"
    return write_spec(tmp_path, spec)  # the include key: line 12, column 18


def test_a_problem_in_an_included_file_names_the_include_line_too(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    spec = _private_spec(tmp_path)
    hit = next(d for d in load_request(spec.relative_to(tmp_path)).diagnostics if d.rule == "bad-a-number")
    assert (hit.file, hit.line, hit.column) == ("me.private.yaml", 3, 11)
    assert [(s.file, s.line, s.column) for s in hit.included_from] == [("spec.yaml", 12, 18)]
    assert hit.parsable().splitlines()[1] == "spec.yaml:12:18: note me.private.yaml is included here"


def test_a_chain_of_includes_is_noted_innermost_first(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "org.part.yaml").write_text("include: inner.part.yaml\n", encoding="utf-8")
    (tmp_path / "inner.part.yaml").write_text("organization: Example Clinic\nshort_nam: EC\n", encoding="utf-8")
    write_spec(tmp_path, MINIMAL.replace("  - organization: Example Clinic", "  - include: org.part.yaml"))
    hit = next(d for d in load_request(tmp_path / "spec.yaml").diagnostics if d.file == "inner.part.yaml")
    assert [str(s) for s in hit.included_from] == ["org.part.yaml:1:1", "spec.yaml:5:5"]
    assert hit.parsable().splitlines()[1:] == ["org.part.yaml:1:1: note inner.part.yaml is included here",
                                               "spec.yaml:5:5: note org.part.yaml is included here"]


@pytest.mark.parametrize("fmt", ["text", "json", "parsable", "github"])
def test_validate_prints_the_include_site_in_every_format(tmp_path, monkeypatch, fmt):
    monkeypatch.chdir(tmp_path)
    _private_spec(tmp_path)
    result = invoke("validate", "spec.yaml", "--format", fmt, cwd=tmp_path)
    assert result.returncode == 1, result
    out = result.stdout
    if fmt == "json":
        hit = next(d for d in json.loads(out) if d["rule"] == "bad-a-number")
        assert (hit["file"], hit["line"], hit["included_from"]) == ("me.private.yaml", 3, [{"file": "spec.yaml", "line": 12, "column": 18}])
    elif fmt == "github":
        assert re.search(r"::error file=me\.private\.yaml,line=3,.*\(included from spec\.yaml:12:18\)", out)
    else:
        lines = out.splitlines()
        at = next(i for i, line in enumerate(lines) if line.startswith("me.private.yaml:3:"))
        assert lines[at + 1].startswith("spec.yaml:12:18: ") and "note" in lines[at + 1]


def test_a_problem_in_the_spec_itself_has_no_include_note(tmp_path):
    loaded = load_request(write_spec(tmp_path, MINIMAL.replace("Records about", "Recrods about")))
    assert all(d.included_from == () for d in loaded.diagnostics)
    assert all("\n" not in d.parsable() for d in loaded.diagnostics)


# -- an undefined footnote mark, at its own `[^` -------------------------------------------
def _item(style: str, words: list[str], breaks: set[int]) -> str:
    """One `records.categories` item holding `words`, a line break after each index in `breaks`."""
    lines, line = [], []
    for i, word in enumerate(words):
        line.append(word)
        if i in breaks and i < len(words) - 1:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    indent = "\n      "
    if style in "|>":
        return f"    - {style}" + "".join(indent + text for text in lines) + "\n"
    quote = "" if style == "plain" else style
    return f"    - {quote}" + indent.join(lines) + f"{quote}\n"


def _undefined_marks(tmp_path, item: str):
    path = write_spec(tmp_path, MINIMAL.replace("    - All contracts since 2024.\n", item))
    source = path.read_text(encoding="utf-8").splitlines()
    found = [d for d in load_request(path).diagnostics if d.rule == "undefined-footnote"]
    return source, found


STYLES = ["plain", '"', "'", "|", ">"]


@pytest.mark.parametrize("style", STYLES)
def test_an_undefined_mark_is_located_at_its_label_in_every_scalar_style(tmp_path, style):
    item = _item(style, ["All", "leases", "since", "2024", "(see", "[^one]", "and", "[^two])", "and", "[^one]."], {2, 6})
    source, found = _undefined_marks(tmp_path, item)
    first = 10 if style in "|>" else 9  # a block scalar starts on the line after its `|` or `>`
    assert [(d.line, d.column) for d in found] == [(first + 1, 17), (first + 2, 7), (first + 2, 19)]
    assert [source[d.line - 1][d.column - 1:].split("]")[0] for d in found] == ["[^one", "[^two", "[^one"]


def test_an_escaped_mark_is_not_counted(tmp_path):
    source, found = _undefined_marks(tmp_path, "    - 'Text \\[^one] then [^one] then \\[^one] and [^one].'\n")
    assert [(d.line, d.column) for d in found] == [(9, 26), (9, 50)]


WORD = st.from_regex(r"[a-z]{1,8}", fullmatch=True)
LABEL = st.from_regex(r"[a-z][a-z0-9]{0,5}", fullmatch=True)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(style=st.sampled_from(STYLES), words=st.lists(WORD, min_size=1, max_size=12),
       marks=st.lists(st.tuples(st.integers(0, 12), LABEL), min_size=1, max_size=4), data=st.data())
def test_every_undefined_mark_is_reported_where_its_brackets_stand(tmp_path, style, words, marks, data):
    words = list(words)
    for position, label in marks:  # a mark glued to a word or standing alone, never first (a plain `[` opens a list)
        at = min(position, len(words) - 1)
        words[at] += f"[^{label}]" if data.draw(st.booleans()) else f" [^{label}]"
    breaks = set(data.draw(st.lists(st.integers(0, len(words)), max_size=4)))
    source, found = _undefined_marks(tmp_path, _item(style, words, breaks))
    assert len(found) == len(marks)
    for d in found:
        label = re.search(r"\[\^([a-z0-9]+)\]", d.message).group(1)
        assert source[d.line - 1][d.column - 1:].startswith(f"[^{label}]"), (d, source[d.line - 1])
    assert len({(d.line, d.column) for d in found}) == len(found)
