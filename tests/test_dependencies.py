"""Honest dependencies: every package foiagen imports is declared in pyproject.toml, and the
licences of the code and the fonts ship beside them."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

from conftest import ROOT


def imported_top_levels() -> set[str]:
    found = set()
    for path in (ROOT / "foiagen").rglob("*.py"):
        if "compiled_templates" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name.split(".")[0] for a in node.names}
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {"foiagen", "_rl_accel"}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {re.split(r"[<>=!~\[ ;]", d, 1)[0].lower().replace("_", "-") for d in project["dependencies"]}


def test_every_imported_package_is_declared():
    dists = packages_distributions()
    missing = {}
    for module in imported_top_levels():
        names = {d.lower().replace("_", "-") for d in dists.get(module, [module])}
        if not names & declared():
            missing[module] = sorted(names)
    assert missing == {}


def test_the_pdf_writer_runs_with_reportlabs_accelerator():
    import reportlab.lib.rl_accel as accel

    assert "instanceStringWidthTTF" in accel._c_funcs  # the C string widths, not the Python ones


def test_licences_ship_with_the_code_and_the_fonts():
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert "Open Font License" in (ROOT / "foiagen" / "fonts" / "LICENSE-LiberationSerif.txt").read_text(encoding="utf-8")
    tool = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert tool["license-files"] == ["LICENSE", "foiagen/fonts/LICENSE-LiberationSerif.txt"]
    assert "*.txt" in tool["package-data"]["foiagen.fonts"]
