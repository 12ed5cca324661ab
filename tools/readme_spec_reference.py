"""Rewrite README.md's spec reference (between its markers) from the field table; rerunnable.

    python tools/readme_spec_reference.py
"""

from __future__ import annotations

from pathlib import Path

from foiagen.schema import README_END, README_START, reference_markdown

README = Path(__file__).resolve().parent.parent / "README.md"


def main() -> None:
    text = README.read_text(encoding="utf-8")
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    README.write_text(text[:start] + reference_markdown() + text[end:], encoding="utf-8")


if __name__ == "__main__":
    main()
