"""Compile the built-in letter templates to Python modules in foiagen/compiled_templates/.

Rerun after editing anything in templates/ (tests/test_compiled_templates.py fails until
you do).  foiagen loads each module only while its recorded source hash and Jinja version
match, so a stale module is never used; it only costs the compile time it was made to save.

Usage:  python tools/compile_templates.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foiagen.render import builtin_environment, builtin_templates_folder  # noqa: E402
from foiagen.sandbox import compiled_module_name, compiled_source  # noqa: E402

OUT = ROOT / "foiagen" / "compiled_templates"


def expected_modules() -> dict[str, str]:
    """File name -> text of every module the templates compile to."""
    env = builtin_environment()
    folder = Path(builtin_templates_folder())
    out = {}
    for path in sorted(folder.rglob("*.j2")):
        name = path.relative_to(folder).as_posix()
        out[compiled_module_name(name) + ".py"] = compiled_source(env, name, path.read_text(encoding="utf-8"))
    return out


def main() -> None:
    wanted = expected_modules()
    for old in OUT.glob("tmpl_*.py"):
        if old.name not in wanted:
            old.unlink()
    for file, text in wanted.items():
        (OUT / file).write_text(text, encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT) / file}")


if __name__ == "__main__":
    main()
