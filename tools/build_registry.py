"""Compile foiagen's registry data files into foiagen/data/registry.json, agencies.jsonl and search.json (what foiagen reads).

Usage:  python tools/build_registry.py [--check]

The data files (foiagen/data/citations.yaml, agencies.yaml and directory/*.yaml) are merged by
foiagen.directory.compile_directory; the output is written only if it changed.  --check exits 1
when the committed file is not what the data files compile to (the test suite runs the same check).
"""

from __future__ import annotations

import json
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from foiagen.directory import compile_directory  # noqa: E402
from foiagen.search import index_entry  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "foiagen", "data")


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def render() -> dict[str, bytes]:
    """{file name: bytes}: agencies.jsonl (one office a line) and registry.json (the rest, and where each office's line is)."""
    data = compile_directory()
    by_id = {a["id"]: a for a in data["agencies"]}
    search = {"ids": [], "keys": [], "texts": []}
    for agency in data["agencies"]:
        keys, texts = index_entry(agency, by_id.get(agency.get("parent", "")))
        search["ids"].append(agency["id"])
        search["keys"].append(keys)
        search["texts"].append(texts)
    lines, index, offset = [], {}, 0
    for agency in data.pop("agencies"):
        line = _json(agency) + b"\n"
        index[agency["id"]] = [offset, len(line)]
        lines.append(line)
        offset += len(line)
        for other in agency.get("ids", ()):
            data.setdefault("other_ids", {})[other] = agency["id"]
        data.setdefault("abbreviations", {})[agency["id"]] = agency.get("abbreviation", "")
        data.setdefault("names", {})[agency["id"]] = agency["name"]
    data["index"] = index
    return {"agencies.jsonl": b"".join(lines), "registry.json": _json(data) + b"\n", "search.json": _json(search) + b"\n"}


def main(argv: list[str]) -> int:
    stale = []
    for name, text in render().items():
        path = os.path.join(DATA, name)
        try:
            with open(path, "rb") as f:
                current = f.read()
        except OSError:
            current = b""
        if current == text:
            continue
        stale.append(name)
        if "--check" not in argv:
            with open(path + ".tmp", "wb") as f:
                f.write(text)
            os.replace(path + ".tmp", path)
            print(f"wrote foiagen/data/{name}", file=sys.stderr)
    if stale and "--check" in argv:
        print(f"foiagen/data/{', '.join(stale)} out of date: run python tools/build_registry.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
