"""Every shipped spec against its goldens at every stage; `pytest --update-goldens` rewrites them.

When a change is intended, regenerate, read the diff (git diff tests/golden) and commit it
with the change.
"""

from __future__ import annotations

import shutil

import pytest

from goldens import FOLLOWUPS, GOLDEN, SPECS, difference, followup_dir, followup_stages, golden_dir, stages, update


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_goldens(spec, request):
    found = stages(spec)
    if request.config.getoption("--update-goldens"):
        update(spec, found)
        return
    folder = golden_dir(spec)
    assert folder.is_dir(), f"no goldens for {spec.name}: run pytest --update-goldens"
    stored = sorted(p.name for p in folder.iterdir())
    assert stored == sorted(found), f"golden files differ from the stages: {stored} vs {sorted(found)}"
    diffs = [d for d in (difference(spec, name, text) for name, text in found.items()) if d]
    assert not diffs, "\n\n".join(diffs)


@pytest.mark.parametrize("entry", FOLLOWUPS, ids=lambda e: followup_dir(e).name)
def test_followup_goldens(entry, request):
    found = followup_stages(entry)
    folder = followup_dir(entry)
    if request.config.getoption("--update-goldens"):
        update(entry[0], found, folder)
        return
    assert folder.is_dir(), f"no goldens for {folder.name}: run pytest --update-goldens"
    assert sorted(p.name for p in folder.iterdir()) == sorted(found)
    diffs = [d for d in (difference(entry[0], name, text, folder) for name, text in found.items()) if d]
    assert not diffs, "\n\n".join(diffs)


def test_every_golden_folder_has_a_spec():
    names = {golden_dir(s).name for s in SPECS} | {followup_dir(e).name for e in FOLLOWUPS}
    assert GOLDEN.is_dir() and {p.name for p in GOLDEN.iterdir() if p.is_dir()} == names


def test_one_word_template_change_fails_the_goldens(tmp_path):
    """The shipped template run from a copy matches the goldens; the copy with one word changed does not."""
    from foiagen.render import BUILTIN_TEMPLATE, builtin_templates_folder
    from pathlib import Path

    source = Path(builtin_templates_folder()) / BUILTIN_TEMPLATE
    spec = next(s for s in SPECS if s.stem == "minimal")
    same = tmp_path / "same" / BUILTIN_TEMPLATE
    changed = tmp_path / "changed" / BUILTIN_TEMPLATE
    for path in (same, changed):
        path.parent.mkdir()
        shutil.copytree(source.parent, path.parent, dirs_exist_ok=True)
    text = source.read_text(encoding="utf-8")
    assert text.count("Thank you") >= 1
    changed.write_text(text.replace("Thank you", "Thanks you", 1), encoding="utf-8")
    same_diffs = [difference(spec, n, t) for n, t in stages(spec, same).items()]
    assert not any(same_diffs), "\n".join(same_diffs)
    diffs = {n: difference(spec, n, t) for n, t in stages(spec, changed).items()}
    assert {n for n, d in diffs.items() if d} >= {"letter.xml", "document.json", "letter.txt", "docx-document.xml", "pdf.txt"}
    assert "+" in diffs["letter.txt"] and "Thanks you" in diffs["letter.txt"]
