"""Reading a spec's nodes: the Context that collects diagnostics and resolves includes, the
ObjectReader that reads one mapping against its shape in the field table, and scalars.

Every problem is reported at its node through the rule registry, and nothing stops at the
first one.  A key the table lacks gets a did-you-mean or the place it belongs; a key the
table has but nothing read is reported too, so no content is dropped silently.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from pathlib import Path

from ..diagnostics import Diagnostic
from ..rules import report
from ..source import Node, display_path, load_file
from .fields import SHAPES, misplaced, shape_of_path


_ALLOWED_CONTROLS = {"\n", "\t"}


class Context:
    """Collects diagnostics and loads included files (each reported in its own file)."""

    def __init__(self, registry=None, roots=None, files=None):
        self.diagnostics: list[Diagnostic] = []
        self.files = files  # source.SourceFiles: the included files' texts and trees, kept for the rules
        self.registry = registry
        self.roots = roots  # folders includes and logos may be read from (see confine); None: the first file's folder
        self.footnote_nodes: dict[str, Node] = {}  # label -> its node, to locate footnote problems
        self.include_sites: dict[str, tuple] = {}  # included file -> where it is first included (its `include:` key)
        self._including: list[str] = []

    def error(self, node: Node, message: str, rule: str, key: str | None = None, hint: str | None = None):
        """Report `rule` at `node` (or at its `key`); the level is the rule's, from foiagen/rules."""
        self.diagnostics.append(report(rule, node.where(key), message, hint))

    def resolve_include(self, node: Node) -> Node | None:
        """A mapping {include: path} stands for the content of that file."""
        if node.kind != "map" or "include" not in node.value:
            return node
        if len(node.value) != 1:
            extra = sorted(k for k in node.value if k != "include")
            self.error(node, f"`include:` stands alone; found also {', '.join(extra)}", "include-with-keys", key=extra[0])
        target = node.value["include"]
        if target.kind != "str" or not target.value.strip():
            self.error(target, "`include:` takes a file path", "wrong-type")
            return None
        if read_path(self, target, "`include:`") is None:
            return None
        path = Path(node.file).parent / target.value
        display = display_path(path.resolve())
        if display in self._including:
            self.error(target, f"include cycle: {' -> '.join(self._including + [display])}", "include-cycle")
            return None
        if len(self._including) >= MAX_INCLUDE_DEPTH:
            self.error(target, f"includes nest more than {MAX_INCLUDE_DEPTH} deep", "include-too-deep")
            return None
        loaded, problems = load_file(path, display, self.allowed_roots(node), self.files)
        if problems and any(p.rule == "file-not-found" for p in problems):
            self.error(target, f"included file {target.value!r} not found (looked for {display})", "include-not-found")
            return None
        if problems and problems[0].line == 0:  # refused before reading: report it where the spec asks
            sep = ":" if problems[0].rule == "read-outside-root" else ""
            self.error(target, f"included file {_short(target.value)}{sep} {problems[0].message}", problems[0].rule)
            return None
        self.include_sites.setdefault(display, node.where("include"))
        self.diagnostics.extend(problems)
        if loaded is None:
            return None
        self._including.append(display)
        try:
            return self.resolve_include(loaded)
        finally:
            self._including.pop()

    def allowed_roots(self, node: Node):
        from ..confine import resolve_roots

        if self.roots is None:
            self.roots = resolve_roots([Path(node.file).parent])
        return self.roots


MAX_INCLUDE_DEPTH = 32


def _short(value: str, limit: int = 60) -> str:
    """A user value quoted in a message, cut short (never a file's content at length)."""
    return repr(value if len(value) <= limit else value[:limit] + "…")


class ObjectReader:
    """Reads one mapping node against its shape in the field table (spec/fields.py).

    Known keys, required keys and defaults come from the table; a key the table lacks is
    reported with a did-you-mean or where it belongs, and a key the table has but the reader
    did not use here is reported too, so no content is dropped silently.
    """

    def __init__(self, ctx: Context, node: Node, shape: str, what: str = ""):
        self.ctx = ctx
        self.node = node
        self.shape = SHAPES[shape]
        self.what = what or self.shape.what
        self.read: set[str] = set()
        self.ok = node.kind == "map"
        if not self.ok:
            ctx.error(node, f"{self.what} must be a mapping of keys to values, not {_kind_name(node)}; {self.shape.expected()}",
                      "wrong-type")

    def get(self, key: str, required: bool | None = None) -> Node | None:
        field = self.shape.field(key)  # KeyError: the reader asked for a key the table does not declare
        self.read.add(key)
        if not self.ok:
            return None
        value = self.node.value.get(key)
        needed = field.required if required is None else required
        if value is not None and value.kind == "null":  # `key:`, `key: ~`, `key: null`: said where it stands
            if needed:
                self.ctx.error(value, f"'{key}' is empty, and {self.what} needs it; e.g. {key}: {field.example}", "missing-field")
            return None
        if value is None:
            if needed and not self._misspelt(key):
                self.ctx.error(self.node, f"{self.what} is missing required key '{key}' ({_lower(field.help)}); e.g. {key}: {field.example}",
                               "missing-field")
            return None
        return value

    def _misspelt(self, key: str) -> bool:
        """Whether an unknown key here is `key` misspelt: then finish() reports it once, with its did-you-mean."""
        return any(k not in self.shape.keys and _where_it_goes(k, self.shape) == f"; did you mean '{key}'?"
                   for k in self.node.value)

    def _default(self, key: str) -> str:
        return self.shape.field(key).default

    def str(self, key: str, required: bool | None = None) -> str:
        node = self.get(key, required)
        if node is None:
            return self._default(key)
        text = read_str(self.ctx, node, f"'{key}'")
        if not text and node.kind == "str" and (self.shape.field(key).required if required is None else required):
            self.ctx.error(node, f"'{key}' is blank, and {self.what} needs it; e.g. {key}: {self.shape.field(key).example}", "missing-field")
        return text or self._default(key)

    def lines(self, key: str) -> tuple[str, ...]:
        """A string (one line, or several separated by newlines) or a list of strings."""
        node = self.get(key)
        if node is None:
            return ()
        if node.kind == "str":
            return tuple(line.strip() for line in check_text(self.ctx, node).splitlines() if line.strip())
        if node.kind == "seq":
            out = []
            for item in node.value:
                text = read_str(self.ctx, item, f"each line of '{key}'")
                if text:
                    out.append(text)
            return tuple(out)
        self.ctx.error(node, f"'{key}' must be text or a list of lines, not {_kind_name(node)}; "
                       f"e.g. {key}: {self.shape.field(key).example}", "wrong-type")
        return ()

    def bool(self, key: str) -> bool:
        default = self._default(key) == "true"
        node = self.get(key)
        if node is None:
            return default
        if node.kind == "str" and node.value in ("true", "false"):
            return node.value == "true"
        shown = repr(node.value) if node.kind == "str" else _kind_name(node)
        self.ctx.error(node, f"'{key}' must be true or false, not {shown}", "wrong-type")
        return default

    def date(self, key: str) -> dt.date | None:
        node = self.get(key)
        return None if node is None else read_date(self.ctx, node, key)

    def choice(self, key: str) -> str:
        choices = self.shape.field(key).type.choices
        node = self.get(key)
        if node is None:
            return self._default(key)
        value = read_str(self.ctx, node, f"'{key}'")
        if value not in choices:
            if node.kind == "str":
                self.ctx.error(node, f"'{key}' must be one of {', '.join(choices)}; got {value!r}{_did_you_mean(value, choices)}",
                               "bad-value")
            return self._default(key)
        return value

    def value(self, key: str, read, default=()):
        """`read(ctx, node)` of the key's value (rich text, paragraphs, …), or `default` when absent."""
        node = self.get(key)
        return default if node is None else read(self.ctx, node)

    def seq(self, key: str) -> list[Node]:
        field = self.shape.field(key)
        node = self.get(key)
        if node is None:
            return []
        if node.kind != "seq":
            self.ctx.error(node, f"'{key}' must be a list, not {_kind_name(node)}; e.g. {key}: {field.example}"
                           + _item_keys(field), "wrong-type")
            return []
        if field.required and not node.value:
            self.ctx.error(node, f"'{key}' must list at least one entry; e.g. {key}: {field.example}", "missing-field")
        return node.value

    def finish(self) -> None:
        """Report every key the table lacks, and every key it has that nothing read here."""
        if not self.ok:
            return
        for key in self.node.value:
            if key in self.read:
                continue
            if key in self.shape.keys:
                self.ctx.error(self.node, f"'{key}' is not used in {self.what} written this way, so its value would be lost "
                               f"('{key}': {self.shape.field(key).help})", "unused-key", key=key)
                continue
            self.ctx.error(self.node, f"unknown key '{key}' in {self.what}{_where_it_goes(key, self.shape)}", "unknown-key", key=key)


def _lower(help_text: str) -> str:
    """A field's help as a clause: "The Re: line." -> "the Re: line"."""
    text = help_text.rstrip(".")
    return text[:1].lower() + text[1:] if text[1:2].islower() else text


def _item_keys(field) -> str:
    """'; each entry's keys are …' for a list of objects."""
    item = getattr(field.type, "item", None)
    names = [o.shape for o in getattr(item, "options", (item,)) if hasattr(o, "shape")]
    return "".join(f"; {SHAPES[n].what}: {SHAPES[n].expected()}" for n in names)


def _where_it_goes(key: str, shape) -> str:
    """A did-you-mean among the shape's keys, else where the key belongs, else the keys expected."""
    for f in shape.fields:
        if key.lower().replace("-", "_") in f.moved_from:
            return f"; did you mean '{f.key}'?"
    hint = _did_you_mean(key, shape.keys)
    if hint:
        return hint
    path = misplaced(key, shape.name)
    if path:
        return f"; it belongs in '{path}' (e.g. {_nested_example(path)})"
    return f"; {shape.expected()}"


def _nested_example(path: str) -> str:
    """`fees: {waiver: …}` for the path fees.waiver, with the field's own example."""
    parts = path.split(".")
    parent = shape_of_path(".".join(parts[:-1])) if len(parts) > 1 else SHAPES["spec"]
    example = parent.field(parts[-1]).example if parent else "…"
    text = f"{parts[-1]}: {example}"
    for part in reversed(parts[:-1]):
        text = f"{part}: {{{text}}}"
    return text


def _did_you_mean(word: str, candidates) -> str:
    close = difflib.get_close_matches(word, list(candidates), n=1, cutoff=0.6)
    return f"; did you mean '{close[0]}'?" if close else ""


def _kind_name(node: Node) -> str:
    return {"map": "a mapping", "seq": "a list", "str": "text", "null": "empty"}[node.kind]


# -- scalars --------------------------------------------------------------------------
# Characters no letter can carry: C0/C1 controls (but tab and newline), surrogates, private
# use, noncharacters.  Unassigned code points are checked separately, per distinct character.
_UNPRINTABLE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff"
                          "\U000f0000-\U0010ffff]")


def check_text(ctx: Context, node: Node) -> str:
    """Refuse characters no letter can carry (control characters), saying where."""
    text = node.value
    bad = {m.start(): m.group() for m in _UNPRINTABLE.finditer(text)}
    if not text.isascii():
        for ch in set(text) - set(bad.values()):
            if ord(ch) > 0x9F and unicodedata.category(ch) == "Cn":
                bad[text.index(ch)] = ch
    for i in sorted(bad):
        ch = bad[i]
        name = unicodedata.name(ch, _unnamed(ch))
        ctx.error(node, f"character U+{ord(ch):04X} ({name}) at position {i + 1} of this value cannot be printed in a letter", "bad-character", hint="remove it or replace it with a printable character")
    if not text.isascii():
        _check_invisible(ctx, node, text)
    if len(text) > MAX_WORD:
        _check_lengths(ctx, node, text)
    return text


MAX_WORD = 1_000  # characters without a space: a page line holds about 90, and the PDF's line
MAX_URL = 2_048  # breaking costs grow with the square of a word's length (browsers stop near 2,000)
_LONG_WORD = re.compile(r"\S{%d,}" % (MAX_WORD + 1))


def _check_lengths(ctx: Context, node: Node, text: str) -> None:
    for match in _LONG_WORD.finditer(text):
        word, where = match.group(), f"at position {match.start() + 1} of this value"
        if word.startswith(("http://", "https://", "mailto:")) or "://" in word:
            if len(word) > MAX_URL:
                ctx.error(node, f"a link of {len(word):,} characters {where}; links are limited to {MAX_URL:,}", "text-too-long",
                          hint="shorten the link (drop tracking parameters) or cite the page by its title")
                return
            continue
        ctx.error(node, f"a word of {len(word):,} characters without a space {where}; words are limited to {MAX_WORD:,}",
                  "text-too-long", hint="break it with spaces, or attach the material instead of pasting it")
        return


# Bidirectional controls reorder what a reader sees (Trojan Source, CVE-2021-42574): a DOCX
# viewer applies them and the PDF does not, so the two copies of a letter would differ.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


# Invisible format characters a letter may carry on purpose: soft hyphen, zero-width space
# (a line-break opportunity), (non-)joiners.
_WANTED_FORMAT = {"\u00ad", "\u200b", "\u200c", "\u200d"}


def _check_invisible(ctx: Context, node: Node, text: str) -> None:
    for match in _BIDI_CONTROLS.finditer(text):
        ch = match.group()
        ctx.error(node, f"bidirectional control U+{ord(ch):04X} ({unicodedata.name(ch, 'bidi control')}) at position {match.start() + 1} "
                  "of this value would make the letter read differently in different viewers", "bidi-control",
                  hint="remove it; write right-to-left text without control characters")
        return
    for i, ch in enumerate(text):
        if ch > "\u00ac" and ch not in _WANTED_FORMAT and unicodedata.category(ch) == "Cf":
            ctx.error(node, f"invisible character U+{ord(ch):04X} ({unicodedata.name(ch, 'format character')}) at position {i + 1} "
                        "of this value: readers cannot see it, and the PDF drops it", "invisible-character",
                        hint="remove it unless you know why it is there")
            return


def _unnamed(ch: str) -> str:
    category = unicodedata.category(ch)
    return {"Co": "private-use character", "Cn": "unassigned character", "Cs": "surrogate"}.get(category, "control character")


def read_str(ctx: Context, node: Node, what: str) -> str:
    if node.kind != "str":
        ctx.error(node, f"{what} must be text, not {_kind_name(node)}", "wrong-type")
        return ""
    # `\[^` writes a literal `[^` in rich text; plain text has no marks, so it means the same there (K2)
    return check_text(ctx, node).strip().replace("\\[^", "[^")


def read_path(ctx: Context, node: Node, what: str) -> str | None:
    """A file path: text, or None when it holds a character no path can (reported by check_text)."""
    value = read_str(ctx, node, what)
    return None if "\x00" in value else value


def read_date(ctx: Context, node: Node, what: str) -> dt.date | None:
    if node.kind != "str":
        ctx.error(node, f"'{what}' must be a date (YYYY-MM-DD), not {_kind_name(node)}", "wrong-type")
        return None
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", node.value.strip()):
            raise ValueError
        return dt.date.fromisoformat(node.value.strip())
    except ValueError:
        ctx.error(node, f"'{what}' must be a date written YYYY-MM-DD; got {node.value!r}", "bad-date")
        return None


def _items(ctx: Context, nodes: list[Node]) -> list[Node]:
    out = []
    for node in nodes:
        resolved = ctx.resolve_include(node)
        if resolved is None:
            continue
        # an included file may hold a list of entries (e.g. shared definitions)
        if resolved is not node and resolved.kind == "seq":
            out.extend(_items(ctx, resolved.value))
        else:
            out.append(resolved)
    return out
