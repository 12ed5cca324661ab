"""The built-in templates load from modules compiled at build time (tools/compile_templates.py),
never from a cache on disk; the shipped modules are current, and a stale one is never used."""

from __future__ import annotations

import importlib.util
import sys

import jinja2

from conftest import ROOT

sys.path.insert(0, str(ROOT / "tools"))
import compile_templates  # noqa: E402

from foiagen import sandbox  # noqa: E402
from foiagen.render import BUILTIN_TEMPLATE  # noqa: E402


def test_the_shipped_compiled_templates_are_current():
    shipped = {p.name: p.read_text(encoding="utf-8") for p in compile_templates.OUT.glob("tmpl_*.py")}
    assert shipped == compile_templates.expected_modules(), \
        "foiagen/compiled_templates is stale: run `python tools/compile_templates.py` and commit the result"


def _fresh_environment():
    from foiagen.render import _configure, builtin_templates_folder

    return _configure(jinja2.Environment(loader=sandbox.BuiltinLoader(builtin_templates_folder()), autoescape=True,
                                         undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                                         keep_trailing_newline=True))


def test_the_letter_template_comes_from_its_compiled_module(monkeypatch):
    used = []
    real = sandbox._compiled_namespace
    monkeypatch.setattr(sandbox, "_compiled_namespace", lambda name: used.append(name) or real(name))
    template = _fresh_environment().get_template(BUILTIN_TEMPLATE)
    assert used == [BUILTIN_TEMPLATE] and template.filename.endswith(BUILTIN_TEMPLATE)


def test_a_module_compiled_from_other_source_is_never_used(monkeypatch):
    namespace = sandbox._compiled_namespace(BUILTIN_TEMPLATE)
    namespace["root"] = lambda context, *a, **k: iter(["FROM A STALE MODULE"])
    namespace["SOURCE_SHA256"] = "0" * 64
    monkeypatch.setattr(sandbox, "_compiled_namespace", lambda name: dict(namespace))
    env = _fresh_environment()
    template = env.get_template(BUILTIN_TEMPLATE)
    assert template.root_render_func is not namespace["root"]


def test_no_bytecode_cache_is_configured():
    from foiagen.render import builtin_environment

    assert builtin_environment().bytecode_cache is None
    assert importlib.util.find_spec("foiagen.compiled_templates") is not None
