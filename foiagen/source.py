"""Source loading: a YAML file becomes a tree of Nodes that each know file, line and column.

Scalars stay strings (no YAML 1.1 surprises: `02134`, `NO`, `yes` arrive as typed);
anchors, aliases and explicit tags are refused (no billion laughs, no Python objects);
duplicate keys are reported at the second occurrence.  Problems come back as
Diagnostics, never as exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .diagnostics import Diagnostic
from .rules import report

try:  # the C parser is ~10x faster; the wheel ships it
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python fallback
    _Loader = yaml.SafeLoader


class _PlainLoader(_Loader):
    """Composes without implicit type resolution: every scalar stays text anyway (see _convert),
    and resolving each one against YAML 1.1's patterns cost a third of composing."""

    yaml_implicit_resolvers: dict = {}

MAX_SPEC_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 64  # nested lists and mappings: a real spec uses under 10, and each level costs a stack frame
_NULLS = {"", "~", "null", "Null", "NULL"}
_PLAIN_TAGS = {None, "!", "tag:yaml.org,2002:str"}


@dataclass
class Node:
    kind: str  # "map" | "seq" | "str" | "null"
    value: object  # dict[str, Node] | list[Node] | str | None
    file: str
    line: int
    column: int
    # for maps: key -> (line, column) of the key itself
    key_positions: dict = field(default_factory=dict)
    # how it was written: "flow" for a [ … ] list; for text, its quote ('"' or "'"), "|" or ">" ("" = plain)
    style: str = ""

    def where(self, key: str | None = None) -> tuple[str, int, int]:
        if key is not None and key in self.key_positions:
            line, col = self.key_positions[key]
            return self.file, line, col
        return self.file, self.line, self.column


def display_path(path: Path) -> str:
    """How diagnostics name a file: relative to the current folder where it lies below it."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)


def _diag(file, line, col, message, rule, hint=None) -> Diagnostic:
    return report(rule, (file, line, col), message, hint)


def read_text(path: Path, display: str, roots=None) -> tuple[str | None, list[Diagnostic]]:
    """Read a spec file as UTF-8 text, or say exactly why not (see confine: inside `roots`,
    when given; a regular file; at most MAX_SPEC_BYTES)."""
    from .confine import RefusedRead, read_limited

    try:
        data = read_limited(path, MAX_SPEC_BYTES, roots)
    except FileNotFoundError:
        return None, [_diag(display, 0, 0, "no such file", "file-not-found")]
    except RefusedRead as exc:
        message = exc.message
        if exc.rule == "file-too-large":
            message = f"file {exc.message.removeprefix('is ')}; specs are limited to {MAX_SPEC_BYTES:,} bytes"
        elif exc.rule == "not-a-file" and "folder" in message:
            message = "is a folder, not a spec file"
        return None, [_diag(display, 0, 0, message, exc.rule)]
    return decode_text(data, display)


def decode_text(data: bytes, display: str) -> tuple[str | None, list[Diagnostic]]:
    for bom, name in ((b"\xff\xfe\x00\x00", "UTF-32"), (b"\x00\x00\xfe\xff", "UTF-32"), (b"\xff\xfe", "UTF-16"), (b"\xfe\xff", "UTF-16")):
        if data.startswith(bom):
            return None, [_diag(display, 1, 1, f"file is {name}, not UTF-8; save it as UTF-8", "not-utf8")]
    if b"\x00" in data[:8192]:
        return None, [_diag(display, 1, 1, "file is binary (it contains NUL bytes), not a YAML spec", "binary-file")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        col = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        return None, [_diag(display, line, col, f"file is not UTF-8 (byte 0x{data[exc.start]:02x} cannot be decoded); save it as UTF-8", "not-utf8")]
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None, [_diag(display, 1, 1, "file is empty", "empty-file")]
    return text, []


def parse_yaml(text: str, display: str) -> tuple[Node | None, list[Diagnostic]]:
    """Parse YAML text into a Node tree, with every problem located."""
    problems = _scan_events(text, display)
    if problems:
        return None, problems
    try:
        root = yaml.compose(text, Loader=_PlainLoader)
    except yaml.MarkedYAMLError as exc:
        return None, [_syntax_diag(exc, display)]
    except yaml.YAMLError as exc:
        return None, [_reader_diag(exc, text, display)]
    if root is None:
        return None, [_diag(display, 1, 1, "file holds no YAML document", "empty-file")]
    diagnostics: list[Diagnostic] = []
    return _convert(root, display, diagnostics), diagnostics


def load_file(path: Path, display: str | None = None, roots=None, files: SourceFiles | None = None) -> tuple[Node | None, list[Diagnostic]]:
    """A file's Node tree, or located problems; `files` keeps its text and tree (SourceFiles)."""
    display = display or str(path)
    text, problems = read_text(path, display, roots)
    if text is None:
        return None, problems
    root, problems = parse_yaml(text, display)
    if files is not None:
        files.add(path, display, text, root)
    return root, problems


class SourceFiles:
    """The files one spec was read from, each read once: its text by the name diagnostics give it
    (the rules find words' lines and columns in it) and its tree by its resolved path (the rules
    follow `include:` to it).  A spec is checked against exactly the text it was parsed from."""

    def __init__(self):
        self.texts: dict[str, str] = {}
        self.trees: dict[str, Node | None] = {}

    def add(self, path: Path, display: str, text: str, root: Node | None) -> None:
        self.texts.setdefault(display, text)
        self.trees.setdefault(str(path.resolve()), root)

    def tree(self, path: Path) -> tuple[bool, Node | None]:
        """(known, tree) of a file read before (known False: never read here)."""
        key = str(path.resolve())
        return key in self.trees, self.trees.get(key)


def _syntax_diag(exc: yaml.MarkedYAMLError, display: str) -> Diagnostic:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = exc.problem or "syntax error"
    context = f" ({exc.context})" if exc.context else ""
    return _diag(display, line, col, f"YAML syntax error: {problem}{context}", "yaml-syntax")


def _reader_diag(exc: yaml.YAMLError, text: str, display: str) -> Diagnostic:
    """A YAML error without a mark (the reader's: a character YAML refuses) at its line and column."""
    position, character = getattr(exc, "position", None), getattr(exc, "character", None)
    if isinstance(character, str):  # the pure-Python reader gives the character, the C one its code point
        character = ord(character)
    if not isinstance(position, int) or not isinstance(character, int):
        return _diag(display, 1, 1, f"YAML error: {exc}", "yaml-syntax")
    line = text.count("\n", 0, position) + 1
    column = position - (text.rfind("\n", 0, position) + 1) + 1
    return _diag(display, line, column, f"YAML cannot hold the character U+{character:04X} here ({exc.reason}); "
                 "remove it, or write it as an escape (\\uXXXX) inside double quotes", "yaml-syntax")


def _scan_events(text: str, display: str) -> list[Diagnostic]:
    """One cheap pass over parser events: refuse aliases, anchors, tags, extra documents."""
    problems: list[Diagnostic] = []
    documents = depth = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            mark = event.start_mark
            where = (display, mark.line + 1, mark.column + 1)
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    problems.append(_diag(*where, "a spec file holds one YAML document; found a second", "multiple-documents"))
            elif isinstance(event, yaml.AliasEvent):
                problems.append(_diag(*where, f"YAML alias *{event.anchor} is not allowed; write the value out or use `include:`", "yaml-alias"))
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > MAX_DEPTH:
                    problems.append(_diag(*where, f"lists and mappings nest more than {MAX_DEPTH} deep here; no spec needs that", "nesting-too-deep"))
                    return problems
            if isinstance(event, (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                if event.anchor is not None:
                    problems.append(_diag(*where, f"YAML anchor &{event.anchor} is not allowed; write the value out or use `include:`", "yaml-alias"))
                if event.tag not in _PLAIN_TAGS and not (isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)) and event.implicit):
                    problems.append(_diag(*where, f"YAML tag {event.tag} is not allowed; values are plain text", "yaml-tag"))
    except yaml.MarkedYAMLError as exc:
        problems.append(_syntax_diag(exc, display))
    except yaml.YAMLError as exc:
        problems.append(_reader_diag(exc, text, display))
    return problems


def _convert(node, display: str, diagnostics: list[Diagnostic]) -> Node:
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        if node.style in (None, "") and node.value in _NULLS:  # plain: None from the Python parser, "" from the C one
            return Node("null", None, display, line, col)
        return Node("str", node.value, display, line, col, style=node.style or "")
    if isinstance(node, yaml.SequenceNode):
        return Node("seq", [_convert(item, display, diagnostics) for item in node.value], display, line, col,
                    style="flow" if node.flow_style else "")
    # mapping
    result: dict[str, Node] = {}
    positions: dict[str, tuple[int, int]] = {}
    for key_node, value_node in node.value:
        kline, kcol = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            diagnostics.append(_diag(display, kline, kcol, "mapping keys must be plain text", "bad-key"))
            continue
        key = key_node.value
        if key == "<<":
            diagnostics.append(_diag(display, kline, kcol, "YAML merge keys (<<) are not allowed", "yaml-alias"))
            continue
        if key in result:
            first_line, first_col = positions[key]
            diagnostics.append(
                _diag(display, kline, kcol, f"duplicate key '{key}' (first defined at line {first_line}, column {first_col})", "duplicate-key")
            )
            continue
        positions[key] = (kline, kcol)
        result[key] = _convert(value_node, display, diagnostics)
    return Node("map", result, display, line, col, positions)
