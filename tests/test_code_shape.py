"""The code's shape (issue #11's targets): no module over 500 lines, no function over 60, and no
import cycle inside the foiagen package, read statically with ast.

The generated foiagen/compiled_templates/ (Jinja's output, see tools/compile_templates.py) is
left out.  An import inside a function counts as much as one at the top: a cycle through a
deferred import is still two modules that need each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = ("foiagen", "tools", "benchmarks")
GENERATED = ROOT / "foiagen" / "compiled_templates"
MAX_MODULE_LINES, MAX_FUNCTION_LINES = 500, 60


def sources() -> list[Path]:
    return [p for folder in FOLDERS for p in sorted((ROOT / folder).rglob("*.py"))
            if GENERATED not in p.parents and ".venv" not in p.parts]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.Module, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The foiagen modules a module's import statements (anywhere in it) name."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in known}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")[: None if is_package else -1]
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:  # `from . import x` imports the module x when there is one
                sub = f"{target}.{alias.name}"
                found.add(sub if sub in known else target)
    return {m for m in found if m in known and m != name}


def import_graph() -> dict[str, set[str]]:
    paths = {module_name(p): p for p in (ROOT / "foiagen").rglob("*.py") if GENERATED not in p.parents}
    known = set(paths)
    return {name: imported(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
            for name, path in paths.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_no_module_is_over_500_lines():
    long = {str(p.relative_to(ROOT)): n for p in sources()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES}
    assert long == {}


def test_no_function_is_over_60_lines():
    long = {}
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1  # from `def` to its last line (decorators not counted)
                if lines > MAX_FUNCTION_LINES:
                    long[f"{path.relative_to(ROOT)}:{node.lineno} {node.name}"] = lines
    assert long == {}


def test_the_foiagen_package_has_no_import_cycle():
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("graph,expected", [
    ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"d"}}, [["a", "b", "c"]]),
])
def test_the_cycle_finder_itself(graph, expected):
    assert cycles(graph) == expected


def test_the_import_reader_follows_relative_and_deferred_imports():
    tree = ast.parse("from .. import model\nfrom . import report\n\ndef f():\n    from ..x import y\n    import foiagen.z\n")
    known = {"foiagen.model", "foiagen.rules", "foiagen.x", "foiagen.z", "foiagen.rules.law"}
    assert imported(tree, "foiagen.rules.law", False, known) == {"foiagen.model", "foiagen.rules", "foiagen.x", "foiagen.z"}


def test_the_cli_modules_register_every_command_on_one_app():
    """cli_case, cli_init and cli_preview import cli_app (not cli): the commands are still all there."""
    from foiagen.cli import app

    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert {"validate", "render", "status", "deadlines", "followup", "init", "preview", "schema", "rules"} <= names
