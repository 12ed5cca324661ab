"""A user template's time limit holds in any thread or process, not only in the main thread
(issue #12, left over), and stopping it leaves no thread or process running.

The limit is lowered for these tests; nothing here measures time.  Each template would run
for minutes (or for ever) without the limit, so each test fails by running past its loop."""

from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import ROOT
from helpers import invoke

import foiagen
from foiagen import sandbox
from foiagen.pipeline import load_request
from foiagen.render import RenderError, render_letter_xml

MINIMAL = ROOT / "examples" / "minimal.yaml"
LOOPS = {  # 9 × 10⁸ loop iterations over a string (no `range`: the loop budget does not see them)
    "loop": '{% for a in "x" * 30000 %}{% for b in "x" * 30000 %}{% endfor %}{% endfor %}<letter/>\n',
    # 2²⁶ macro calls, no loop and no output until the end
    "recursion": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(26) }}<letter/>\n",
    "filters": '{% set ns = namespace(s="") %}{% for a in "x" * 30000 %}{% for b in "x" * 30000 %}'
               '{% set ns.s = (ns.s ~ b)[:10] %}{% endfor %}{% endfor %}<letter/>\n',
}


@pytest.fixture
def short_limit(monkeypatch):
    monkeypatch.setattr(sandbox, "TIME_LIMIT_SECONDS", 0.2)


def _template(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.xml.j2"
    path.write_text(LOOPS[kind], encoding="utf-8")
    return path


def _in_thread(function):
    """What `function` returned or raised, run in a thread of its own (not the main thread)."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except Exception as exc:  # noqa: BLE001 - the test looks at it
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome


@pytest.mark.parametrize("kind", sorted(LOOPS))
def test_the_limit_stops_a_template_in_a_worker_thread(tmp_path, short_limit, kind):
    request = load_request(MINIMAL).request
    before = threading.active_count()
    outcome = _in_thread(lambda: render_letter_xml(request, template_path=_template(tmp_path, kind)))
    assert isinstance(outcome.get("error"), RenderError), outcome
    assert "ran for more than 0.2 seconds" in outcome["error"].message
    assert threading.active_count() == before


def test_the_library_api_in_a_thread_pool_stops_every_template(tmp_path, short_limit):
    template = _template(tmp_path, "loop")
    before = threading.active_count()
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = [pool.submit(foiagen.render, MINIMAL, ["txt"], template) for _ in range(2)]
        errors = [future.exception() for future in futures]
    assert all(isinstance(e, RenderError) and "ran for more than" in e.message for e in errors), errors
    assert threading.active_count() == before


@pytest.mark.slow
def test_render_jobs_stops_the_template_in_every_worker(tmp_path, short_limit):
    template = _template(tmp_path, "loop")
    specs = [tmp_path / f"{name}.yaml" for name in ("one", "two")]
    for spec in specs:
        spec.write_text(MINIMAL.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("render", *specs, "-o", tmp_path / "out", "-f", "txt", "--jobs", "2", "--template", template)
    assert result.returncode != 0
    assert result.stdout.count("ran for more than 0.2 seconds") == 2, result.stdout
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())
    assert multiprocessing.active_children() == []


def test_a_template_within_the_limit_renders_in_a_thread(tmp_path):
    request = load_request(MINIMAL).request
    path = tmp_path / "quick.xml.j2"
    path.write_text('{% extends "foiagen/letter.xml.j2" %}', encoding="utf-8")
    outcome = _in_thread(lambda: render_letter_xml(request, template_path=path))
    assert "<letter" in outcome.get("value", ""), outcome
