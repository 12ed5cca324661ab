"""Build foiagen/data/usc552-structure.yaml: the paragraphs that exist in 5 U.S.C. § 552.

The validate rule nonexistent-provision reads it to flag a cited path such as
§ 552(a)(6)(E)(v)(III), which the statute does not have.  Source: the Office of the Law
Revision Counsel text of title 5 as markdown chunks in the repository
codexstanford/markdonw-chunck-of-the-usa-code (commit 66d0b20a, April 2023; it includes the
FOIA Improvement Act of 2016, the last amendment of § 552 to that date).

    python tools/usc552_structure.py GIT_DIR   # a clone of that repository (bare or not)
    python tools/usc552_structure.py GIT_DIR --check   # exit 1 if the data file is stale

Each chunk opens with heading lines (#) that repeat its context; the body paragraphs each
start with their designation, "(a)", "(4)", "(A)", "(iii)", "(II)", "(aa)".  A designation's
level is the deepest that its form fits and whose numbering it continues ((i) is a letter
after (h), a roman numeral elsewhere; (I) a capital after (H), a capital roman elsewhere).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "foiagen" / "data" / "usc552-structure.yaml"
COMMIT = "66d0b20a"
CHUNKS = range(160, 178)  # chunck-160.md .. chunck-177.md hold § 552
_LABEL = re.compile(r"^\(([A-Za-z]{1,4}|\d{1,2})\)")
_INLINE = re.compile(r"(?:\band|\bor|[;,]|(?<!paragraph)(?<!subparagraph)(?<!clause)(?<!section)(?<!subsection)(?<!under)"
                     r"(?<!of)(?<!in)(?<!and)(?<!or)(?<=[a-z]))\s+\(([A-Za-z]{1,4}|\d{1,2})\)\s+(?!of\b)(?!or\b)(?!and\b)[a-z]")
_LEVELS = (re.compile(r"^[a-z]$"), re.compile(r"^\d+$"), re.compile(r"^[A-Z]$"), re.compile(r"^[ivxl]+$"),
           re.compile(r"^[IVXL]+$"), re.compile(r"^([a-z])\1$"))


def chunk_text(git_dir: str, number: int) -> str:
    return subprocess.run(["git", "-C", git_dir, "show", f"{COMMIT}:chuncks/title-05/chunck-{number}.md"],
                          check=True, capture_output=True, text=True).stdout


def labels(text: str, seen: set):
    """The designations each paragraph opens with ("(a) (1) …" opens with two), in order.

    A chunk's heading lines (#) repeat the paragraphs it continues; a heading whose text no
    earlier chunk held is a paragraph that starts there (the chunker cut inside it), so it is
    read like a body paragraph; the others are context already read.
    """
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("#"):
            line = line.lstrip("#").strip()
            if not _LABEL.match(line) or line in seen:
                continue
        seen.add(line)
        while line:
            mt = _LABEL.match(line)
            if mt is None:
                break
            yield mt.group(1), False
            line = line[mt.end():].lstrip()
        # designations inside the paragraph: "(A) specifically authorized … and (B) are in fact …",
        # "(7) records … information (A) could reasonably …, (B) would deprive …"
        for mt in _INLINE.finditer(line):
            yield mt.group(1), True


_ROMANS = {r: i for i, r in enumerate("i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split(), 1)}
_FIRST = ("a", "1", "A", "i", "I", "aa")


def _successor(label: str, prev: str, level: int) -> bool:
    """Whether `label` is the designation after `prev` at `level`."""
    if level in (3, 4):
        return _ROMANS.get(label.lower(), 0) == _ROMANS.get(prev.lower(), -1) + 1
    if level == 1:
        return label.isdigit() and prev.isdigit() and int(label) == int(prev) + 1
    if level == 5:
        return len(label) == 2 and len(prev) == 2 and ord(label[0]) == ord(prev[0]) + 1
    return len(label) == 1 and len(prev) == 1 and ord(label) == ord(prev) + 1


def _level(label: str, path: list[str]) -> int | None:
    """The level of a designation given the open path: the deepest that continues the numbering."""
    fits = [i for i, pattern in enumerate(_LEVELS) if pattern.match(label) and i <= len(path)]
    valid = [i for i in fits if (i == len(path) and label == _FIRST[i]) or (i < len(path) and _successor(label, path[i], i))]
    if valid:
        return max(valid)
    return max(fits) if fits else None


def structure(git_dir: str) -> dict[str, list[str]]:
    """Parent path ("" for the section) -> its children's designations, in order."""
    return structure_of([chunk_text(git_dir, number) for number in CHUNKS])


def structure_of(chunks: list[str]) -> dict[str, list[str]]:
    """The tree of designations in the chunks' text, read in order."""
    tree: dict[str, list[str]] = {"": []}
    path: list[str] = []
    seen: set = set()
    for chunk in chunks:
        for label, inline in labels(chunk, seen):
            first_child = inline and path and len(path) < len(_LEVELS) and label == _FIRST[len(path)] \
                and _LEVELS[len(path)].match(label) and tree.get("".join(f"({p})" for p in path)) is None
            if inline and not first_child and not (path and _successor(label, path[-1], len(path) - 1)):
                continue  # a cross-reference ("clause (ii) (II) or (III) of this subparagraph"), not a sibling
            level = _level(label, path)
            if level is None:
                continue
            path = path[:level] + [label]
            parent = "".join(f"({p})" for p in path[:-1])
            children = tree.setdefault(parent, [])
            if label not in children:
                children.append(label)
    return tree


def render(tree: dict[str, list[str]]) -> str:
    lines = [
        "# The paragraphs of 5 U.S.C. § 552: each provision that has paragraphs, and their designations.",
        "# Generated by tools/usc552_structure.py; do not edit by hand.",
        "source:",
        "  title: >-",
        "    5 U.S.C. § 552, Office of the Law Revision Counsel text as markdown chunks",
        f"    (codexstanford/markdonw-chunck-of-the-usa-code, commit {COMMIT}, chuncks/title-05/chunck-160..177.md)",
        "  as_of: 2023-04-20",
        "  in_force_from: 2016-06-30  # the FOIA Improvement Act of 2016, Pub. L. No. 114-185, the last amendment in it",
        "children:",
    ]
    for parent in sorted(tree, key=lambda p: (p.count("("), p)):
        lines.append(f'  "{parent}": [{", ".join(tree[parent])}]')
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if not argv or argv[0].startswith("-"):
        print(__doc__, file=sys.stderr)
        return 2
    text = render(structure(argv[0]))
    if "--check" in argv:
        if OUTPUT.read_text(encoding="utf-8") != text:
            print(f"{OUTPUT} is stale: run python tools/usc552_structure.py GIT_DIR", file=sys.stderr)
            return 1
        return 0
    OUTPUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
