"""Per-folder configuration (foiagen.toml or pyproject.toml [tool.foiagen]): rule choice, scoped
strictness, per-file ignores, excluded paths, render defaults; and a missing templates/ folder."""

from __future__ import annotations

import pytest

from conftest import MINIMAL, write_spec
from helpers import invoke

WARNS = MINIMAL + "delivery: Via email\n"  # ICE takes no email in 2026: channel-not-accepted, a warning


def test_a_missing_folder_named_with_a_slash_is_skipped_with_a_note(tmp_path):
    write_spec(tmp_path, MINIMAL)
    result = invoke("validate", "--strict", "spec.yaml", "templates/", cwd=tmp_path)
    assert result.returncode == 0
    assert "templates:0:0: info no such folder: nothing to check in it (folder-not-found)" in result.stdout
    assert invoke("validate", "spec.yaml", "templates", cwd=tmp_path).returncode == 2  # without the slash: a typo?


def test_ignore_in_foiagen_toml(tmp_path):
    write_spec(tmp_path, WARNS)
    assert "channel-not-accepted" in invoke("validate", "spec.yaml", cwd=tmp_path).stdout
    (tmp_path / "foiagen.toml").write_text('ignore = ["channel-not-accepted"]\n')
    result = invoke("validate", "--strict", "spec.yaml", cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")


def test_strictness_is_scoped_to_a_folder(tmp_path):
    (tmp_path / "requests" / "first-party").mkdir(parents=True)
    write_spec(tmp_path / "requests", WARNS, "a.yaml")
    write_spec(tmp_path / "requests" / "first-party", WARNS, "b.yaml")
    (tmp_path / "requests" / "first-party" / "foiagen.toml").write_text("strict = false\n")
    both = invoke("validate", "--strict", "requests/", cwd=tmp_path)
    assert both.returncode == 1 and both.stdout.count("channel-not-accepted") == 2
    assert invoke("validate", "--strict", "requests/first-party/", cwd=tmp_path).returncode == 0
    (tmp_path / "requests" / "foiagen.toml").write_text("strict = true\n")
    assert invoke("validate", "requests/a.yaml", cwd=tmp_path).returncode == 1  # strict without --strict


def test_per_file_ignores_and_exclude_in_pyproject(tmp_path):
    (tmp_path / "requests").mkdir()
    (tmp_path / "drafts").mkdir()
    write_spec(tmp_path / "requests", WARNS, "a.yaml")
    write_spec(tmp_path / "requests", WARNS, "b.yaml")
    write_spec(tmp_path / "drafts", MINIMAL.replace("title:", "titel:"), "c.yaml")
    (tmp_path / "pyproject.toml").write_text('[tool.foiagen]\nexclude = ["drafts/*"]\n'
                                             '[tool.foiagen.per-file-ignores]\n"requests/a.yaml" = ["channel-not-accepted"]\n')
    result = invoke("validate", ".", cwd=tmp_path)
    assert result.returncode == 0
    assert [line.split(":")[0] for line in result.stdout.splitlines()] == ["requests/b.yaml"]


@pytest.mark.parametrize("text,message", [
    ('ignor = ["x"]\n', "unknown key 'ignor'; did you mean 'ignore'?"),
    ('ignore = ["no-such-rule"]\n', "'ignore' names unknown rule id no-such-rule"),
    ("strict = 1\n", "'strict' must be true or false"),
    ("ignore = [\n", "foiagen.toml"),
])
def test_a_bad_configuration_is_a_usage_error_naming_it(tmp_path, text, message):
    write_spec(tmp_path, MINIMAL)
    (tmp_path / "foiagen.toml").write_text(text)
    result = invoke("validate", "spec.yaml", cwd=tmp_path)
    assert result.returncode == 2 and message in result.stderr


def test_render_defaults_from_the_configuration(tmp_path):
    write_spec(tmp_path, MINIMAL, "letter.yaml")
    (tmp_path / "foiagen.toml").write_text('[render]\nformats = ["txt"]\noutput-dir = "letters"\n')
    assert invoke("render", "letter.yaml", cwd=tmp_path).returncode == 0
    assert sorted(p.name for p in (tmp_path / "letters").iterdir()) == ["letter.portal.txt", "letter.txt"]
    assert invoke("render", "letter.yaml", "-f", "docx", "-o", "out", cwd=tmp_path).returncode == 0  # flags win
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["letter.docx", "letter.portal.txt"]
