"""Templates compose: the base layout's blocks, the request letter's, and an organisation's
template that extends the request and overrides one block."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import jinja2
import pytest

from conftest import EXAMPLES, REQUESTS, ROOT
from foiagen.check import check_paths
from foiagen.pipeline import load_request
from foiagen.model import rich_plain
from foiagen.voice import voice_of
from foiagen.render import RenderError, builtin_templates_folder, render_letter_xml

ORG = ROOT / "examples" / "templates" / "organisation.xml.j2"
SHIPPED = Path(builtin_templates_folder())


def blocks_of(path: Path) -> list[str]:
    """The names of the blocks a template declares, in order."""
    tree = jinja2.Environment().parse(path.read_text(encoding="utf-8"))
    return [b.name for b in tree.find_all(jinja2.nodes.Block)]


def documented_blocks(heading: str) -> list[str]:
    text = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    section = text.split(heading, 1)[1].split("\n\n|", 1)[1].split("\n\n", 1)[0]
    return re.findall(r"^\| `(\w+)` \|", "|" + section, re.M)


def test_docs_name_every_block_of_the_shipped_templates():
    assert documented_blocks("In `foiagen/base.xml.j2`") == blocks_of(SHIPPED / "base.xml.j2")
    base = set(blocks_of(SHIPPED / "base.xml.j2"))
    own = [b for b in blocks_of(SHIPPED / "letter.xml.j2") if b not in base]  # "body" is the base's
    assert documented_blocks("In `foiagen/letter.xml.j2`") == own


def test_the_request_letter_extends_the_base():
    source = (SHIPPED / "letter.xml.j2").read_text(encoding="utf-8")
    assert '{% extends "foiagen/base.xml.j2" %}' in source
    assert "<letter>" not in source and "<signatures>" not in source


@pytest.mark.parametrize("spec", REQUESTS + EXAMPLES, ids=lambda p: p.name)
def test_organisation_template_changes_only_its_block(spec):
    request = load_request(spec).request
    ours = render_letter_xml(request).splitlines()
    theirs = render_letter_xml(request, template_path=ORG).splitlines()
    changed = [line for line in difflib.ndiff(ours, theirs) if line[:2] in ("- ", "+ ")]
    ours_thanks = (["- <p>Thank you for your attention to this request.</p>"] if "thanks" not in request.builtin
                   else [f'- <p style="body">{rich_plain(p)}</p>' for p in request.builtin["thanks"]])  # the spec's own words, or none
    assert changed == [*ours_thanks,
                       f"+ <p>Thank you for your attention to this request. {voice_of(request).Subject} would be grateful for an acknowledgment of its receipt that gives the tracking number assigned to it.</p>"]


def test_validate_checks_the_organisation_template():
    result, missing = check_paths([ORG])
    assert not missing and result.files == 1 and result.diagnostics == []


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_super_keeps_the_block_and_adds_to_it(tmp_path):
    tpl = write(tmp_path, "mine.xml.j2", '{% extends "foiagen/letter.xml.j2" %}{% block thanks %}{{ super() }}<p>P.S.</p>{% endblock %}')
    request = load_request(ROOT / "examples" / "minimal.yaml").request
    xml = render_letter_xml(request, template_path=tpl)
    assert "<p>Thank you for your attention to this request.</p>\n<p>P.S.</p>" in xml


def test_a_users_file_never_stands_in_for_the_shipped_base(tmp_path):
    write(tmp_path, "base.xml.j2", "<letter>not the base</letter>")
    tpl = write(tmp_path, "mine.xml.j2", '{% extends "foiagen/letter.xml.j2" %}')
    request = load_request(ROOT / "examples" / "minimal.yaml").request
    assert render_letter_xml(request, template_path=tpl) == render_letter_xml(request)


def test_an_error_in_an_overriding_block_is_located_in_the_users_template(tmp_path):
    tpl = write(tmp_path, "mine.xml.j2", '{% extends "foiagen/letter.xml.j2" %}\n{% block thanks %}\n<p>{{ nowhere.name }}</p>\n{% endblock %}\n')
    request = load_request(ROOT / "examples" / "minimal.yaml").request
    with pytest.raises(RenderError) as caught:
        render_letter_xml(request, template_path=tpl)
    assert (caught.value.file, caught.value.line) == ("mine.xml.j2", 3) and "nowhere" in caught.value.message
    result, _ = check_paths([tpl])
    assert [(d.line, d.rule) for d in result.diagnostics] == [(3, "template-error")]
