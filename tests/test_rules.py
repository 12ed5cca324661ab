"""The rule registry (foiagen/rules/): every rule declared once, raised by a test, its examples
run as data (yamllint-style `check(source, problems=[(line, col, rule-id)])`), docs/rules.md current."""

from __future__ import annotations

import ast
import re

import pytest

from foiagen import rules, source
from foiagen.batch import Job, load_variations, run_job
from foiagen.pipeline import load_request
from foiagen.registry import load_registry
from foiagen.rules import UnknownRule, all_rules, rules_markdown
from conftest import MINIMAL, ROOT, write_spec

RULES = all_rules()


def check(tmp_path, text: str, problems: list[tuple[int, int, str]], files=(), only: str | None = None) -> None:
    """Validate `text` (with `files` beside it) and compare its problems, as (line, column, rule-id), to `problems`.

    `only`: compare only the problems of that rule (an example may trip another rule too).
    """
    for name, content in files:
        write_spec(tmp_path, content, name)
    loaded = load_request(write_spec(tmp_path, text))
    found = sorted((d.line, d.column, d.rule) for d in loaded.diagnostics if only is None or d.rule == only)
    assert found == sorted(problems), [d.parsable() for d in loaded.diagnostics]


def test_rule_ids_are_unique_kebab_case_with_a_level_and_a_family():
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", rule.id) and rule.level in ("error", "warning", "info")
        assert rule.family and (ROOT / "foiagen" / "rules" / f"{rule.family}.py").exists()


def test_an_unknown_rule_id_cannot_be_raised():
    with pytest.raises(UnknownRule):
        rules.get("no-such-rule")
    with pytest.raises(UnknownRule):
        rules.report("no-such-rule", ("spec.yaml", 1, 1), "message")


def test_the_level_and_the_default_hint_come_from_the_table():
    d = rules.report("channel-not-accepted", ("spec.yaml", 3, 4), "message")
    assert (d.level, d.rule, d.hint) == ("warning", "channel-not-accepted", rules.get("channel-not-accepted").hint)
    assert rules.report("unknown-key", ("s", 1, 1), "m", "own hint").hint == "own hint"


def _raised_ids() -> dict[str, str]:
    """Every rule id written as a literal argument of a call that raises a diagnostic, in foiagen/."""
    found = {}
    for path in (ROOT / "foiagen").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in ("report", "error", "_diag", "get"):
                continue
            for arg in node.args:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)+", arg.value):
                    found[arg.value] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return found


def test_every_rule_id_the_code_raises_is_declared():
    raised = _raised_ids()
    assert len(raised) > 40  # the scan sees the calls
    assert {i: w for i, w in raised.items() if i not in {r.id for r in RULES}} == {}


def test_no_diagnostic_is_built_outside_the_registry():
    """Only foiagen/rules/_base.py makes a Diagnostic: every other module raises through report()."""
    makers = [str(p.relative_to(ROOT)) for p in (ROOT / "foiagen").rglob("*.py")
              if re.search(r"\bDiagnostic\(", p.read_text(encoding="utf-8")) and p.name not in ("_base.py", "diagnostics.py")]
    assert makers == []


FAILING = [r for r in RULES if r.fail is not None]
PASSING = [r for r in RULES if r.passing is not None]


@pytest.mark.parametrize("rule", FAILING, ids=lambda r: r.id)
def test_failing_example_raises_the_rule_where_documented(tmp_path, rule):
    assert rule.fail.where, "a failing example states where its rule is reported"
    check(tmp_path, rule.fail.spec(), [(*rule.fail.where, rule.id)], rule.fail.files, only=rule.id)
    loaded = load_request(tmp_path / "spec.yaml")
    assert all(d.level == rule.level for d in loaded.diagnostics if d.rule == rule.id)


@pytest.mark.parametrize("rule", PASSING, ids=lambda r: r.id)
def test_passing_example_does_not_raise_the_rule(tmp_path, rule):
    check(tmp_path, rule.passing.spec(), [], rule.passing.files, only=rule.id)


# -- rules a spec example cannot show: raised here, in-process, each at its place ---------------
def _file_rules(tmp_path, monkeypatch):
    (tmp_path / "plain.yaml").write_text("a: b\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    yield source.read_text(tmp_path / "none.yaml", "none.yaml")[1]  # file-not-found
    yield source.read_text(tmp_path, "folder")[1]  # not-a-file
    yield source.read_text(tmp_path / "plain.yaml" / "x.yaml", "x.yaml")[1]  # file-unreadable (a file is no folder)
    yield source.decode_text(b"a: b\x00", "bin.yaml")[1]  # binary-file
    yield source.decode_text(b"a: \xff\n", "latin.yaml")[1]  # not-utf8
    yield source.load_file(tmp_path / "empty.yaml", "empty.yaml")[1]  # empty-file
    for i in range(40):  # a chain of includes deeper than foiagen follows
        (tmp_path / f"p{i}.part.yaml").write_text(f"include: p{i + 1}.part.yaml\n", encoding="utf-8")
    yield load_request(write_spec(tmp_path, MINIMAL.replace("  - organization: Example Clinic", "  - include: p0.part.yaml"),
                                  "deep.yaml")).diagnostics  # include-too-deep
    monkeypatch.setattr(source, "MAX_SPEC_BYTES", 3)
    yield source.read_text(tmp_path / "plain.yaml", "plain.yaml")[1]  # file-too-large


def _output_rules(tmp_path, monkeypatch):
    (tmp_path / "rows.csv").write_text("", encoding="utf-8")
    yield load_variations(tmp_path / "rows.csv", "rows.csv")[1]  # bad-variation
    long = MINIMAL.replace("All contracts since 2024.", "All contracts since 2024. " + "Word " * 2100)
    result = run_job(Job(write_spec(tmp_path, long, "long.yaml"), "long", ("txt",), tmp_path / "out"))
    yield result.lines  # portal-field-too-long (DHS takes requests only through its portal)
    template = tmp_path / "bad.xml.j2"
    template.write_text("{{ undefined_value.name }}", encoding="utf-8")
    result = run_job(Job(write_spec(tmp_path, MINIMAL, "t.yaml"), "t", ("txt",), tmp_path / "out2", template=template))
    yield result.lines  # template-error
    template.write_text('{% extends "foiagen/letter.xml.j2" %}{% block subject %}<p style="re">Re: \u2713</p>{% endblock %}',
                        encoding="utf-8")
    result = run_job(Job(write_spec(tmp_path, MINIMAL, "c.yaml"), "c", ("pdf",), tmp_path / "out3", template=template))
    yield result.lines  # cannot-render
    from foiagen.runner import run_batch

    joint = write_spec(tmp_path, MINIMAL.replace("agencies: [ice]", "agencies: [ice, cbp]"), "b.yaml")
    alone = write_spec(tmp_path, MINIMAL, "b-ice.yaml")
    outcome = run_batch([Job(joint, "b", ("txt",), tmp_path / "out4", per_agency=True),
                         Job(alone, "b-ice", ("txt",), tmp_path / "out4")], 1)
    yield [line for r in outcome.results for line in r.lines]  # output-collision
    import importlib

    monkeypatch.setattr(importlib.import_module("foiagen.render"), "render_document", lambda *a, **k: 1 / 0)
    yield run_job(Job(write_spec(tmp_path, MINIMAL, "boom.yaml"), "boom", ("txt",), tmp_path / "out5")).lines  # render-failed


def _individual_rules(tmp_path, monkeypatch):
    """An individual requester claiming educational status (the letter's requester replaced by a person)."""
    from dataclasses import replace

    from foiagen import model as m

    from foiagen.rules.law import _check_institution_status

    spec = MINIMAL + "fees:\n  category: educational\n  educational: [Under a school's auspices, for its research.]\n"
    loaded = load_request(write_spec(tmp_path, spec, "person.yaml"))
    person = m.Requester(kind="individual", name="Jordan Lee")
    diagnostics = _check_institution_status(replace(loaded.request, requesters=(person,)), source.load_file(loaded.path, "person.yaml")[0],
                                            load_registry())
    assert "6 C.F.R. § 5.11(b)(4)" in diagnostics[0].message  # the addressed agency's definition, from the registry
    yield diagnostics


def _enclosure_rules(tmp_path, monkeypatch):
    (tmp_path / "notes.pdf").write_text("not a PDF", encoding="utf-8")
    spec = MINIMAL + "enclosures:\n  - text: Notes\n    file: notes.pdf\n"
    yield load_request(write_spec(tmp_path, spec, "enc.yaml")).diagnostics


def _folder_rules(tmp_path, monkeypatch):
    import foiagen

    (tmp_path / "spec.yaml").write_text(MINIMAL, encoding="utf-8")
    yield foiagen.check([tmp_path / "spec.yaml", f"{tmp_path}/templates/"]).diagnostics


RAISED_HERE = {
    "folder-not-found": (_folder_rules, "templates:0:0"),
    "bad-enclosure": (_enclosure_rules, "enc.yaml:14:11"),
    "institution-status-for-individual": (_individual_rules, "person.yaml:13:3"),
    "file-not-found": (_file_rules, "none.yaml:0:0"), "not-a-file": (_file_rules, "folder:0:0"),
    "file-unreadable": (_file_rules, "x.yaml:0:0"), "binary-file": (_file_rules, "bin.yaml:1:1"),
    "not-utf8": (_file_rules, "latin.yaml:1:4"), "empty-file": (_file_rules, "empty.yaml:1:1"),
    "file-too-large": (_file_rules, "plain.yaml:0:0"), "bad-variation": (_output_rules, "rows.csv:1:1"),
    "portal-field-too-long": (_output_rules, "long.yaml:1:1"), "template-error": (_output_rules, "bad.xml.j2"),
    "cannot-render": (_output_rules, "c.yaml:"), "output-collision": (_output_rules, "b-ice.yaml; neither is written"),
    "render-failed": (_output_rules, "boom.yaml:1:1"), "include-too-deep": (_file_rules, "p31.part.yaml:1:10"),
}


def test_every_rule_is_raised_by_a_test():
    # case-log rules are raised, each where it says, by tests/test_caselog.py
    assert sorted(r.id for r in RULES if r.fail is None and r.id not in RAISED_HERE and r.scope != "caselog") == []


@pytest.mark.parametrize("rule_id", sorted(RAISED_HERE))
def test_rules_without_a_spec_example_are_raised_where_they_say(tmp_path, monkeypatch, rule_id):
    raiser, where = RAISED_HERE[rule_id]
    lines = []
    for batch in raiser(tmp_path, monkeypatch):
        # a diagnostic's first line (the lines after it note where its file is included)
        lines += [(d if isinstance(d, str) else d.parsable()).split("\n")[0] for d in batch]
        if any(line.endswith(f"({rule_id})") for line in lines):
            break
    hits = [line for line in lines if line.endswith(f"({rule_id})")]
    assert hits and hits[0].rpartition("/")[2].startswith(where), lines
    assert f": {rules.get(rule_id).level} " in hits[0]


def test_docs_are_generated_from_the_rules():
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == rules_markdown() + "\n", \
        "docs/rules.md is stale: run `foiagen rules > docs/rules.md`"
