"""Where words of the request stand in its YAML files (line and column), and walks of the spec tree."""

from __future__ import annotations

import bisect
import re
from pathlib import Path


class Locator:
    """The exact line and column of words of a Run in its YAML file.

    A Run's `where` is the start of its scalar.  The matched words, joined by `\\s+` (a
    folded scalar breaks lines at spaces), are searched in the source from there; when the
    scalar holds the words more than once, the occurrence is counted in the scalar's text
    (the Runs that share the `where`, in order).  Falls back to the scalar's start.
    """

    def __init__(self, fallback, texts: dict[str, str] | None = None):
        self.fallback = fallback
        self.texts = texts or {}  # {file: text} as the spec's files were parsed (pipeline's SourceFiles)
        self.scalar: dict[tuple, list[str]] = {}  # where -> texts of its runs, in order
        self.length: dict[tuple, int] = {}  # where -> length of those texts joined by newlines
        self.offset: dict[int, tuple[tuple, int]] = {}  # id(run) -> (where, offset in the scalar's text)
        self.sources: dict[str, tuple[str, list[int]] | None] = {}

    def add(self, seg) -> None:
        if not seg.where or id(seg) in self.offset:
            return
        start = self.length.get(seg.where, 0)
        self.offset[id(seg)] = (seg.where, start)
        self.scalar.setdefault(seg.where, []).append(seg.text)
        self.length[seg.where] = start + len(seg.text) + 1

    def source(self, file: str):
        """(text, offsets of its lines) of a file: the text it was parsed from, else read now (a
        file the linter was not given: a variations file, a caller without texts)."""
        if file not in self.sources:
            text = self.texts.get(file)
            if text is None:
                try:
                    text = Path(file).read_bytes().decode("utf-8")
                except (OSError, UnicodeDecodeError):
                    self.sources[file] = None
                    return None
                text = text[1:] if text.startswith("\ufeff") else text
            self.sources[file] = (text, [0] + [mt.end() for mt in re.finditer("\n", text)])
        return self.sources[file]

    def find(self, where: tuple, scalar_text: str, target: int, pattern: re.Pattern) -> tuple:
        """Where the match of `pattern` that starts at `target` of `scalar_text` is in the file."""
        if not where:
            return self.fallback
        file, line, col = where
        src = self.source(file)
        if src is None or line < 1 or line > len(src[1]):
            return where
        text, starts = src
        nth = sum(1 for mt in pattern.finditer(scalar_text) if mt.start() < target)
        begin = starts[line - 1] + col - 1
        end = min(len(text), begin + 4 * len(scalar_text) + 200)
        for i, mt in enumerate(pattern.finditer(text, begin, end)):
            if i == nth:
                ln = bisect.bisect_right(starts, mt.start())
                return file, ln, mt.start() - starts[ln - 1] + 1
        return where

    def words(self, run, start: int, end: int) -> tuple:
        """Location of run.text[start:end] (whitespace-insensitive)."""
        if not run.where:
            return self.fallback
        words = run.text[start:end].split()
        if not words:
            return run.where
        start += len(run.text[start:end]) - len(run.text[start:end].lstrip())
        where, base = self.offset.get(id(run), (run.where, 0))
        pattern = re.compile(r"\s+".join(map(re.escape, words)))
        return self.find(where, "\n".join(self.scalar.get(where, [run.text])), base + start, pattern)


NOT_PRINTED_KEYS = {"include", "template", "id", "date", "from", "to", "category", "signature", "department", "logo"}


def scalars(node, load_include, key: str = "", including: tuple = ()):
    """The text values of a spec (and of the files it includes, read by `load_include`), keys left out."""
    if node is None:
        return
    if node.kind == "str":
        if key not in NOT_PRINTED_KEYS:
            yield node
    elif node.kind == "seq":
        for item in node.value:
            yield from scalars(item, load_include, key, including)
    elif node.kind == "map":
        if "include" in node.value and node.value["include"].kind == "str" and len(including) < 20:
            included = load_include(node)
            if included is not None and included.file not in including:
                yield from scalars(included, load_include, key, (*including, included.file))
        for k, value in node.value.items():
            if k == "link" and "text" in node.value:
                continue  # the link target is not printed
            yield from scalars(value, load_include, k, including)


def node_at(node, load_include, *keys):
    """The node at a path of keys through mappings (following `include:` with `load_include`), or None."""
    for key in keys:
        if node is not None and node.kind == "map" and "include" in node.value and key not in node.value:
            node = load_include(node)
        if node is None or node.kind != "map" or key not in node.value:
            return None
        node = node.value[key]
    if node is not None and node.kind == "map" and "include" in node.value:
        node = load_include(node)
    return node


def no_includes(node):
    """The include loader of a linter given none: included files are not read."""
    return None
