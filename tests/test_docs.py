"""The README tells the truth: its annotated spec validates and renders; its commands exist."""

import re

from conftest import ROOT, normalize, write_spec


def readme_spec() -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.search(r"```yaml\n(.*?)```", text, re.S).group(1)


def test_readme_spec_validates_and_renders(tmp_path):
    from foiagen.pipeline import load_request, render_outputs

    loaded = load_request(write_spec(tmp_path, readme_spec()))
    assert loaded.diagnostics == [] and loaded.ok
    text = normalize(render_outputs(loaded.request, ["txt"])["txt"].decode())
    # a joint letter to DHS components cites DHS's rule (tests/test_voices.py: one to DHS and DOJ
    # cites each department's rule and is warned)
    assert "6 C.F.R. § 5.5(e)(1)(ii)" in text and "28 C.F.R." not in text


def test_readme_setup_commands_name_real_things():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "foiagen render requests/*.yaml -o out -f docx,pdf,txt" in text
    assert "bash .ci/run" in text and (ROOT / ".ci" / "run").is_file()


def test_readme_spec_is_the_shipped_sample_used_to_check_templates():
    assert readme_spec() == (ROOT / "foiagen" / "data" / "sample.yaml").read_text(encoding="utf-8")
