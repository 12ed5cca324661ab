"""Spec validation: a Node tree becomes a Request, and every problem is reported at its node.

The schema is declared by the readers below (one per spec object, keys equal to the
model's attribute names); each reader records what it accepts, so unknown keys get a
did-you-mean and nothing stops at the first problem.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from pathlib import Path

from .. import model as m
from ..diagnostics import Diagnostic
from ..rules import report
from ..source import Node, display_path, load_file
from .fields import SEGMENT_KINDS, SHAPES, misplaced, shape_of_path
from .letter import is_block, read_block, read_enclosure, read_section, read_standard

_FOOTNOTE_MARK = re.compile(r"\\?\[\^([A-Za-z0-9_.:-]+)\]")
_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"]+")
_TRAILING_PUNCT = ".,;:!?)]}'\u201d\u2019"
_ALLOWED_CONTROLS = {"\n", "\t"}


class Context:
    """Collects diagnostics and loads included files (each reported in its own file)."""

    def __init__(self, registry=None, roots=None):
        self.diagnostics: list[Diagnostic] = []
        self.registry = registry
        self.roots = roots  # folders includes and logos may be read from (see confine); None: the first file's folder
        self.footnote_nodes: dict[str, Node] = {}  # label -> its node, to locate footnote problems
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
        path = Path(node.file).parent / target.value
        display = display_path(path.resolve())
        if display in self._including:
            self.error(target, f"include cycle: {' -> '.join(self._including + [display])}", "include-cycle")
            return None
        if len(self._including) >= MAX_INCLUDE_DEPTH:
            self.error(target, f"includes nest more than {MAX_INCLUDE_DEPTH} deep", "include-too-deep")
            return None
        loaded, problems = load_file(path, display, self.allowed_roots(node))
        if problems and any(p.rule == "file-not-found" for p in problems):
            self.error(target, f"included file {target.value!r} not found (looked for {display})", "include-not-found")
            return None
        if problems and problems[0].line == 0:  # refused before reading: report it where the spec asks
            sep = ":" if problems[0].rule == "read-outside-root" else ""
            self.error(target, f"included file {_short(target.value)}{sep} {problems[0].message}", problems[0].rule)
            return None
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


class Obj:
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
        if value is None or value.kind == "null":
            if (field.required if required is None else required) and not self._misspelt(key):
                self.ctx.error(self.node, f"{self.what} is missing required key '{key}'; e.g. {key}: {field.example}",
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
        return read_str(self.ctx, node, f"'{key}'") or self._default(key)

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

    def rich(self, key: str) -> m.RichText:
        node = self.get(key)
        return () if node is None else read_rich(self.ctx, node)

    def paragraphs(self, key: str) -> m.Paragraphs:
        node = self.get(key)
        return () if node is None else read_paragraphs(self.ctx, node)

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


def _agency_hint(query: str, registry) -> str:
    """Agencies whose id, abbreviation, alias or name matches the words given; never a near spelling.

    A near spelling of an agency code is usually another agency's ('tva' is one letter from 'va'),
    and a letter to the one citing the other's rule is wrong law; so only a match of the same words
    is offered."""
    found = [a for a in registry.search_agencies(query) if a.id != query][:3] if query.strip() else []
    if found:
        return "; the directory has " + ", ".join(f"'{a.id}' ({a.name}{', ' + a.office[0] if a.office else ''})" for a in found)
    return ""


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
    return text


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
    return check_text(ctx, node).strip()


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


# -- rich text ----------------------------------------------------------------------
def read_rich(ctx: Context, node: Node) -> m.RichText:
    """Text, or a list of segments: text, {i: …}, {b: …}, {link: url, text: …}, {fn: label}, {note: label}."""
    if node.kind == "str":
        return _parse_inline(check_text(ctx, node), where=node.where())
    if node.kind == "seq":
        _warn_flow_split(ctx, node, paragraphs=False)
        out: list = []
        for seg in node.value:
            out.extend(_read_segment(ctx, seg))
        return tuple(out)
    ctx.error(node, f"text must be a string or a list of segments, not {_kind_name(node)}", "wrong-type")
    return ()


def _read_segment(ctx: Context, node: Node) -> list:
    if node.kind == "str":
        return list(_parse_inline(check_text(ctx, node), strip=False, where=node.where()))
    if node.kind != "map":
        ctx.error(node, f"a text segment must be text or a mapping such as {{i: …}}, not {_kind_name(node)}; "
                  f"e.g. {SHAPES['segment'].example}", "wrong-type")
        return []
    seg = Obj(ctx, node, "segment")
    present = [k for k in SEGMENT_KINDS if k in node.value]
    result: list = []
    if len(present) != 1:
        ctx.error(node, f"a text segment has exactly one of {', '.join(SEGMENT_KINDS)}; found "
                  f"{', '.join(present) or 'none'}; write one segment per mapping, e.g. {SHAPES['segment'].example}",
                  "bad-segment")
        seg.read.update(seg.shape.keys)  # reported once, here
    elif present[0] in ("i", "b"):
        result = _styled_runs(ctx, seg.get(present[0]), present[0])
    elif present[0] == "link":
        url = seg.str("link")
        text = seg.str("text") or url
        if not url.startswith(("http://", "https://", "mailto:")):
            ctx.error(node, f"link {url!r} must start with http://, https:// or mailto:", "bad-link", key="link")
        else:
            result.append(m.LinkRun(url, text, where=node.where("link")))
    elif present[0] == "fn":
        result.append(m.FootnoteMark(seg.str("fn")))
    elif present[0] == "note":
        result.append(m.NoteNumber(seg.str("note")))
    else:  # cite, rule
        meaning = seg.str(present[0])
        if ctx.registry is not None and not ctx.registry.known_meaning(meaning):
            known = sorted({k for a in ctx.registry.authorities.values() for k in a.citations})
            ctx.error(node, f"unknown citation meaning {meaning!r}{_did_you_mean(meaning, known)}", "unknown-citation", key=present[0],
                      hint="see foiagen/data/citations.yaml for the meanings")
        else:
            result.append(m.CiteRef(meaning, present[0] == "rule", node.where(present[0])))
    seg.finish()
    return result


def _styled_runs(ctx: Context, value: Node | None, style: str) -> list:
    """The runs of an {i: …} or {b: …} segment; its value must be text (never dropped silently)."""
    if value is None:
        return []
    if value.kind != "str":
        ctx.error(value, f"'{style}' must be text, not {_kind_name(value)}; to style several pieces, give each its own "
                  f"segment: [{{{style}: first}}, \" and \", {{{style}: second}}]", "wrong-type")
        return []
    italic, bold = style == "i", style == "b"
    result: list = []
    for part in _parse_inline(check_text(ctx, value), strip=False, where=value.where()):
        if isinstance(part, m.Run):
            result.append(m.Run(part.text, italic, bold, part.where))
        elif isinstance(part, m.LinkRun):
            result.append(m.LinkRun(part.url, part.text, italic, part.where))
        else:
            result.append(part)
    return result


def _parse_inline(text: str, strip: bool = True, where: tuple = ()) -> m.RichText:
    """Plain text with footnote marks `[^label]` (write `\\[^` for a literal one); URLs become links."""
    if strip:
        text = text.strip()
    out: list = []
    pos = 0
    buf = []
    for match in _FOOTNOTE_MARK.finditer(text):
        buf.append(text[pos : match.start()])
        if match.group(0).startswith("\\"):
            buf.append(match.group(0)[1:])
        else:
            out.extend(_link_runs("".join(buf), where))
            buf = []
            out.append(m.FootnoteMark(match.group(1)))
        pos = match.end()
    buf.append(text[pos:])
    out.extend(_link_runs("".join(buf), where))
    return tuple(out)


def _link_runs(text: str, where: tuple = ()) -> list:
    out: list = []
    pos = 0
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(_TRAILING_PUNCT)
        # keep a closing parenthesis that belongs to the URL
        if url.count("(") > url.count(")") and match.group(0)[len(url) : len(url) + 1] == ")":
            url += ")"
        if match.start() > pos:
            out.append(m.Run(text[pos : match.start()], where=where))
        out.append(m.LinkRun(url, url, where=where))
        pos = match.start() + len(url)
    if pos < len(text):
        out.append(m.Run(text[pos:], where=where))
    return [r for r in out if not (isinstance(r, m.Run) and not r.text)]


def read_paragraphs(ctx: Context, node: Node) -> m.Paragraphs:
    """One paragraph (text) or a list of paragraphs (each text or a list of segments)."""
    if node.kind == "str":
        return tuple(p for p in (_parse_inline(part, where=node.where()) for part in _split_blank_lines(check_text(ctx, node))) if p)
    if node.kind == "map" and is_block(node):  # one list, or one run-in paragraph
        block = read_block(ctx, node, read_rich)
        return (block,) if block else ()
    if node.kind == "seq":
        # A list holding a segment mapping ({i: …}, {fn: …}) is one paragraph of segments;
        # a list of texts (or of segment lists) is a list of paragraphs.
        if any(item.kind == "map" and "include" not in item.value and not is_block(item) for item in node.value):
            rich = read_rich(ctx, node)
            return (rich,) if rich else ()
        _warn_flow_split(ctx, node, paragraphs=True)
        out = []
        for item in node.value:
            item = ctx.resolve_include(item)
            if item is None:
                continue
            if is_block(item):
                rich = read_block(ctx, item, read_rich)
            elif item.kind == "seq" and item.value and all(i.kind in ("str", "map") for i in item.value):
                rich = read_rich(ctx, item)
            elif item.kind == "str":
                for part in _split_blank_lines(check_text(ctx, item)):
                    rich = _parse_inline(part, where=item.where())
                    if rich:
                        out.append(rich)
                continue
            else:
                ctx.error(item, f"a paragraph must be text or a list of segments, not {_kind_name(item)}", "wrong-type")
                continue
            if rich:
                out.append(rich)
        return tuple(out)
    ctx.error(node, f"paragraphs must be text or a list of paragraphs, not {_kind_name(node)}", "wrong-type")
    return ()


_SENTENCE_END = tuple('.!?:;)"\u201d\u2019]')


def _warn_flow_split(ctx: Context, node: Node, paragraphs: bool) -> None:
    """Warn where YAML split prose at its commas: `[We gather information, turn it into …]`.

    In a [ … ] list a comma separates items, so unquoted prose becomes several paragraphs (or,
    as segments, pieces glued without their comma).  Paragraphs are suspect when one starts
    like the rest of a sentence (lowercase, a digit) or follows one that does not end like one.
    """
    if node.style != "flow":
        return
    plain = [i for i in node.value if i.kind == "str" and i.style == ""]
    if paragraphs:
        if len(plain) < 2 or len(plain) != len(node.value):
            return
        texts = [i.value.strip() for i in plain]
        if not any(t[:1].islower() or t[:1].isdigit() or not prev.endswith(_SENTENCE_END)
                   for prev, t in zip(texts, texts[1:])):
            return
        what = f"{len(plain)} paragraphs"
    else:
        glued = any(a.kind == "str" and a.style == "" and b.kind == "str" and b.style == ""
                    for a, b in zip(node.value, node.value[1:]))
        if not glued:
            return
        what = f"{len(node.value)} pieces printed without their commas"
    first, second = (i.value.strip() for i in node.value[:2])
    ctx.error(node, f"this [ … ] list was split at its commas into {what} ('{first}' | '{second}' …); "
                f"in YAML a comma inside [ ] separates items: quote the text (\"…, …\") or write it on its own line "
                f"after '- ' or '>-'", "flow-list-split")


def _split_blank_lines(text: str) -> list[str]:
    return [part for part in re.split(r"\n\s*\n", text) if part.strip()]


# -- the spec's objects ----------------------------------------------------------------
def read_request(ctx: Context, root: Node) -> m.Request | None:
    spec = Obj(ctx, root, "spec")
    spec.get("foiagen")  # optional format version marker
    date = spec.date("date")
    title = spec.str("title")
    subject = spec.str("subject")
    delivery = spec.str("delivery")
    salutation = spec.str("salutation")
    template = spec.str("template")
    scope = spec.choice("scope")
    smart_quotes = spec.bool("smart_quotes")
    requesters = tuple(r for r in (read_requester(ctx, n) for n in _items(ctx, spec.seq("requesters"))) if r)
    agencies = tuple(a for a in (read_agency(ctx, n) for n in _items(ctx, spec.seq("agencies"))) if a)
    components = tuple(c for c in (read_component(ctx, n) for n in _items(ctx, spec.seq("components"))) if c)
    purpose = spec.paragraphs("purpose")
    definitions = tuple(d for n in _items(ctx, spec.seq("definitions")) for d in read_definitions(ctx, n))
    background = spec.paragraphs("background")
    footnotes = read_footnotes(ctx, spec.get("footnotes"))
    records_node = spec.get("records")
    records = read_records(ctx, records_node) if records_node is not None else None
    expedite_node = spec.get("expedite")
    expedite = read_expedite(ctx, expedite_node) if expedite_node is not None else None
    fees_node = spec.get("fees")
    fees = read_fees(ctx, fees_node) if fees_node is not None else None
    closing_node = spec.get("closing")
    closing = read_closing(ctx, closing_node) if closing_node is not None else m.Closing()
    signatories = tuple(s for s in (read_signatory(ctx, n) for n in _items(ctx, spec.seq("signatories"))) if s)
    standard = read_standard(ctx, spec.get("standard"), read_paragraphs)
    sections = tuple(x for x in (read_section(ctx, n, read_paragraphs) for n in _items(ctx, spec.seq("sections"))) if x)
    enclosures = tuple(x for x in (read_enclosure(ctx, n) for n in _items(ctx, spec.seq("enclosures"))) if x)
    spec.finish()
    if None in (date, records) or not title or not subject or not requesters or not agencies or not signatories:
        return None
    request = m.Request(
        date=date, title=title, subject=subject, delivery=delivery, salutation=salutation,
        requesters=requesters, agencies=agencies, components=components, purpose=purpose,
        definitions=definitions, background=background, footnotes=footnotes, records=records,
        expedite=expedite, fees=fees, closing=closing, signatories=signatories, template=template,
        builtin=standard, sections=sections, enclosures=enclosures, scope=scope,
        smart_quotes=smart_quotes,
    )
    if expedite is not None and not expedite.certified_by:
        from dataclasses import replace

        request = replace(request, expedite=replace(expedite, certified_by=signatories[0].name))
    if expedite_node is not None:
        check_dissemination(ctx, expedite_node, request)
    check_footnotes(ctx, root, request)
    return request


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


def read_requester(ctx: Context, node: Node) -> m.Requester | None:
    """An organization, an individual writing for themself, or counsel writing for named clients."""
    obj = Obj(ctx, node, "requester")
    logo_node = obj.get("logo")
    organization, name = obj.str("organization"), obj.str("name")
    kind = (obj.choice("kind") if obj.get("kind") is not None else "") or ("individual" if name and not organization else "organization")
    letterhead_default = kind == "organization" or (kind == "counsel" and bool(organization))
    letterhead = obj.bool("letterhead") if obj.get("letterhead") is not None else letterhead_default
    r = m.Requester(
        organization=organization, kind=kind, name=name, clients=obj.lines("clients"),
        short_name=obj.str("short_name"),
        heading=obj.str("heading"),
        letterhead=letterhead,
        description=obj.paragraphs("description"),
        address=obj.lines("address"),
        email=obj.str("email"),
        phone=obj.str("phone"),
        website=obj.str("website"),
        logo=read_logo(ctx, logo_node) if logo_node is not None else None,
    )
    obj.finish()
    return r if obj.ok and _requester_complete(ctx, node, r) else None


def _requester_complete(ctx: Context, node: Node, r: m.Requester) -> bool:
    """Each kind of requester has the names it speaks with."""
    hint = "write `name:` for a person writing for themself; `kind: counsel` with `name:` and `clients:` for a lawyer"
    if r.kind == "organization" and not r.organization:
        ctx.error(node, "a requester needs 'organization' (or 'name' for a person writing for themself)", "missing-field", hint=hint)
        return False
    if r.kind in ("individual", "counsel") and not r.name:
        ctx.error(node, f"a requester of kind '{r.kind}' needs 'name': the person's own name", "missing-field", key="kind", hint=hint)
        return False
    if r.kind == "counsel" and not r.clients:
        ctx.error(node, "counsel needs 'clients': the names of the clients the request is made for", "missing-field", key="kind", hint=hint)
        return False
    if r.kind != "counsel" and r.clients:
        ctx.error(node, "'clients' belongs to a requester of kind 'counsel'", "bad-value", key="clients", hint=hint)
    return True


MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_SIDE = 10_000  # pixels: no letterhead needs more, and a writer must decode it


def read_logo(ctx: Context, node: Node) -> m.Logo | None:
    """A PNG or JPEG file (a path relative to the file that names it), read now: writers do no I/O."""
    value = read_str(ctx, node, "'logo'")
    if not value:
        if node.kind == "str":
            ctx.error(node, "'logo' must name an image file", "wrong-type")
        return None
    path = Path(node.file).parent / value
    display = display_path(path.resolve())
    hint = "a logo is a PNG or JPEG file of at most 2 MB"
    from ..confine import RefusedRead, read_limited

    try:
        data = read_limited(path, MAX_LOGO_BYTES, ctx.allowed_roots(node))
    except FileNotFoundError:
        ctx.error(node, f"logo file {value!r} not found (looked for {display})", "logo-not-found",
                  hint="the path is relative to the spec file that names it")
        return None
    except RefusedRead as exc:
        if exc.rule == "file-too-large":
            ctx.error(node, f"logo {value!r} {exc.message} (2 MB)", "bad-logo", hint="save a smaller version of the image")
        elif exc.rule == "read-outside-root":
            ctx.error(node, f"logo {value!r}: {exc.message}", exc.rule)
        else:
            ctx.error(node, f"logo {value!r} {exc.message} (looked at {display})", "bad-logo", hint=hint)
        return None
    from ..images import ImageError, image_info

    try:
        mime, width, height = image_info(data)
    except ImageError as exc:
        ctx.error(node, f"logo {value!r} cannot be used: {exc}", "bad-logo", hint=hint)
        return None
    if max(width, height) > MAX_LOGO_SIDE:
        ctx.error(node, f"logo {value!r} is {width:,}×{height:,} pixels; logos are limited to {MAX_LOGO_SIDE:,} pixels a side",
                  "bad-logo", hint="save a smaller version of the image")
        return None
    return m.Logo(data, mime, width, height, path.name)


def read_agency(ctx: Context, node: Node) -> m.Agency | None:
    """An agency by directory id (`ice`), by id with overrides, or fully inline."""
    if node.kind == "str":
        return _directory_agency(ctx, node, read_str(ctx, node, "an agency id"), {})
    obj = Obj(ctx, node, "agency")
    agency_id = obj.str("id")
    officer_node = obj.get("attention")
    officer = None
    if officer_node is not None:
        o = Obj(ctx, officer_node, "officer")
        officer = m.Officer(o.str("name"), o.str("title"))
        o.finish()
    fields = {
        "name": obj.str("name"),
        "abbreviation": obj.str("abbreviation"),
        "department": obj.str("department"),
        "office": obj.lines("office"),
        "address": obj.lines("address"),
        "email": obj.str("email"),
        "portal": obj.str("portal"),
    }
    article = obj.choice("article")
    obj.finish()
    overrides = {k: v for k, v in fields.items() if v}
    if article:
        overrides["article"] = "" if article == "none" else article
    elif fields["name"]:
        overrides["article"] = m.default_article(fields["name"])
    if officer is not None:
        overrides["officer"] = officer
    if agency_id:
        return _directory_agency(ctx, node, agency_id, overrides, key="id")
    if not fields["name"]:
        ctx.error(node, "an agency needs an 'id' from the agency directory or a 'name'", "missing-field",
                  hint="run `foiagen agencies` to list the directory")
        return None
    if not fields["department"]:
        ctx.error(node, "an inline agency needs 'department' (e.g. dhs, doj) so that its FOIA regulation is known", "missing-field")
        return None
    regulation = ""
    if ctx.registry is not None:
        dept = ctx.registry.agencies.get(fields["department"])
        if dept is None:
            ctx.error(node, f"unknown department {fields['department']!r}{_agency_hint(fields['department'], ctx.registry)}", "unknown-agency", key="department",
                      hint="run `foiagen agencies WORDS` to search the directory; an agency not in it cannot be given another agency's regulation")
        else:
            regulation = dept.regulation
    slug = re.sub(r"[^a-z0-9]+", "-", fields["name"].lower()).strip("-")
    return m.Agency(id=slug, regulation=regulation, **{k: v for k, v in overrides.items()})


def _directory_agency(ctx: Context, node: Node, agency_id: str, overrides: dict, key: str | None = None) -> m.Agency | None:
    if ctx.registry is None:
        return m.Agency(id=agency_id, name=agency_id)
    base = ctx.registry.agencies.get(agency_id.lower())
    if base is None:
        ctx.error(node, f"unknown agency id {agency_id!r}{_agency_hint(agency_id.lower(), ctx.registry)}", "unknown-agency", key=key,
                  hint="run `foiagen agencies` to list the directory, or write the agency inline with name, department and address")
        return None
    agency = base.to_model()
    if overrides:
        from dataclasses import replace

        agency = replace(agency, **overrides)
    return agency


def read_component(ctx: Context, node: Node) -> m.Component | None:
    if node.kind == "str":
        return m.Component(read_str(ctx, node, "a component"))
    obj = Obj(ctx, node, "component")
    c = m.Component(obj.str("name"), obj.str("abbreviation"))
    obj.finish()
    return c if c.name else None


def read_definitions(ctx: Context, node: Node) -> list[m.Definition]:
    obj = Obj(ctx, node, "definition")
    d = m.Definition(obj.str("term"), obj.rich("text"))
    obj.finish()
    return [d] if d.term and d.text else []


def read_footnotes(ctx: Context, node: Node | None) -> dict:
    if node is None:
        return {}
    node = ctx.resolve_include(node)
    if node is None:
        return {}
    if node.kind != "map":
        ctx.error(node, f"'footnotes' must map labels to footnote text, not {_kind_name(node)}", "wrong-type")
        return {}
    notes = {}
    for label, value in node.value.items():
        if not re.fullmatch(r"[A-Za-z0-9_.:-]+", label):
            ctx.error(node, f"footnote label {label!r} may hold only letters, digits and _ . : -", "bad-footnote-label", key=label)
            continue
        if value.kind == "null":
            ctx.error(node, f"footnote '{label}' is empty", "missing-field", key=label)
            continue
        notes[label] = read_paragraphs(ctx, value)
        ctx.footnote_nodes[label] = value
    return notes


def read_date_range(ctx: Context, node: Node) -> m.DateRange | None:
    obj = Obj(ctx, node, "date_range")
    start = obj.date("from")
    to_node = obj.get("to")
    end, end_words = None, ""
    if to_node is not None and to_node.kind == "str" and to_node.value.strip() in m.DATE_RANGE_ENDS:
        end_words = m.DATE_RANGE_ENDS[to_node.value.strip()]
    elif to_node is not None:
        end = read_date(ctx, to_node, "to")
    obj.finish()
    if end_words:
        return m.DateRange(start, None, end_words)
    if start is None and end is None:
        if obj.ok:
            ctx.error(node, "a date range needs 'from', 'to' or both", "missing-field")
        return None
    if start and end and end < start:
        ctx.error(node, f"date range ends ({end}) before it starts ({start})", "reversed-date-range")
    return m.DateRange(start, end)


def read_category(ctx: Context, node: Node) -> m.Category | None:
    if node.kind in ("str", "seq"):  # just its text (or a list of segments)
        text = read_rich(ctx, node)
        return m.Category(text) if text else None
    obj = Obj(ctx, node, "category")
    text = obj.rich("text")
    items = tuple(read_rich(ctx, n) for n in _items(ctx, obj.seq("items")))
    dr_node = obj.get("date_range")
    date_range = read_date_range(ctx, dr_node) if dr_node is not None else None
    search = obj.paragraphs("search")
    obj.finish()
    return m.Category(text, tuple(i for i in items if i), date_range, search) if text else None


def read_records(ctx: Context, node: Node) -> m.Records | None:
    obj = Obj(ctx, node, "records")
    intro = obj.rich("intro")
    cats = tuple(c for c in (read_category(ctx, n) for n in _items(ctx, obj.seq("categories"))) if c)
    dr_node = obj.get("date_range")
    date_range = read_date_range(ctx, dr_node) if dr_node is not None else None
    redaction = obj.paragraphs("redaction")
    fmt = obj.paragraphs("format")
    keywords = obj.lines("keywords")
    obj.finish()
    if not cats:
        return None
    return m.Records(cats, intro, date_range, redaction, fmt, keywords)


def read_expedite(ctx: Context, node: Node) -> m.Expedite | None:
    obj = Obj(ctx, node, "expedite")
    grounds_node = obj.get("grounds")
    grounds: dict = {}
    if grounds_node is not None:
        g = Obj(ctx, grounds_node, "grounds")
        for ground in g.shape.keys:
            paras = g.paragraphs(ground)
            if paras:
                grounds[ground] = paras
        g.finish()
        if g.ok and not grounds:
            ctx.error(grounds_node, "expedited processing needs at least one ground with its justification: "
                      + ", ".join(m.EXPEDITE_GROUNDS), "expedite-without-basis")
    dissemination = obj.paragraphs("dissemination")
    cert_node = obj.get("certification")
    certified_by, declaration = "", ""
    certified = False
    if cert_node is not None:
        if cert_node.kind == "str" and cert_node.value in ("true", "false"):
            certified = cert_node.value == "true"
        else:
            c = Obj(ctx, cert_node, "certification")
            certified_by = c.str("by")
            declaration = c.choice("declaration")
            certified = c.ok
            c.finish()
        if not certified:
            ctx.error(cert_node, f"expedited processing must be certified true and correct ({_statute_cite(ctx, 'expedite.certification')}); set 'certification: true'",
                      "expedite-without-certification")
    obj.finish()
    if not grounds or not certified:
        return None
    return m.Expedite(grounds, dissemination, certified_by, declaration)


def check_dissemination(ctx: Context, node: Node, request: m.Request) -> None:
    """The urgency prong needs a showing that the requester is primarily engaged in disseminating information."""
    e = request.expedite
    if e is None or "urgency_to_inform" not in e.grounds or e.dissemination:
        return
    if any(q.description for q in request.requesters):
        return
    grounds = node.value.get("grounds") if node.kind == "map" else None
    at = grounds if grounds is not None and grounds.kind == "map" else node
    ctx.error(at, "the urgency-to-inform ground needs a showing that the requester is primarily engaged in disseminating "
              f"information ({_statute_cite(ctx, 'expedite.urgency_to_inform')}); without it the letter would assert what nothing supports",
              "urgency-without-dissemination", key="urgency_to_inform" if at is grounds else None,
              hint="add 'expedite.dissemination' or a requester 'description' saying how the requester disseminates information")


def _statute_cite(ctx: Context, meaning: str) -> str:
    """The statute's citation for `meaning`, from the registry's data (never spelt in code)."""
    authority = ctx.registry.authorities.get("foia") if ctx.registry is not None else None
    entries = authority.citations.get(meaning, ()) if authority is not None else ()
    return entries[-1].cite if entries else "the statute"


def _rule_cites(ctx: Context, meaning: str) -> str:
    """' (6 C.F.R. § 5.11(b)(4); 28 C.F.R. § 16.10(b)(4))': the agency rules' citations for `meaning`, from the registry."""
    cites = [] if ctx.registry is None else [entries[-1].cite for a in ctx.registry.authorities.values()
                                             if a.kind == "regulation" for entries in [a.citations.get(meaning, ())] if entries]
    return f" ({'; '.join(dict.fromkeys(cites))})" if cites else ""


def _factors(ctx: Context, node: Node, shape: str) -> tuple[m.Paragraphs, dict]:
    """Paragraphs, or a mapping of named factors to paragraphs."""
    if node.kind == "map":
        obj = Obj(ctx, node, shape)
        factors = {}
        for name in obj.shape.keys:
            paras = obj.paragraphs(name)
            if paras:
                factors[name] = paras
        obj.finish()
        return (), factors
    return read_paragraphs(ctx, node), {}


def read_fees(ctx: Context, node: Node) -> m.Fees | None:
    obj = Obj(ctx, node, "fees")
    category = obj.choice("category")
    news_media = obj.paragraphs("news_media")
    max_amount = obj.str("max_amount")
    pay = ""
    if max_amount.lower() in ("none", "0", "$0", "0.00", "$0.00"):
        pay, max_amount = "none", ""
    elif max_amount and not re.fullmatch(r"\$?\d{1,7}(\.\d{2})?", max_amount.replace(",", "")):
        ctx.error(obj.get("max_amount"), f"'max_amount' must be an amount in dollars such as 25 or 100.00, or none; got {max_amount!r}", "bad-value")
        max_amount = ""
    notify = obj.bool("notify_before_charges")
    waiver = None
    waiver_node = obj.get("waiver")
    if waiver_node is not None:
        w = Obj(ctx, waiver_node, "waiver")
        pi_node = w.get("public_interest")
        ci_node = w.get("commercial_interest")
        w.finish()
        pi, pi_factors = _factors(ctx, pi_node, "public_interest_factors") if pi_node else ((), {})
        ci, ci_factors = _factors(ctx, ci_node, "commercial_factors") if ci_node else ((), {})
        if pi or pi_factors:  # the commercial-interest section is optional: a requester may have none to argue
            waiver = m.FeeWaiver(pi, pi_factors, ci, ci_factors)
    if category == "news_media" and not news_media:
        ctx.error(node, "news-media fee status needs 'news_media': why the requesters are representatives of the news media", "news-media-without-showing", key="category")
    showings = {c: obj.paragraphs(c) for c in ("educational", "scientific")}
    if category in showings and not showings[category]:
        what = "an educational institution (a school that operates a program of scholarly research)" if category == "educational" \
            else "a noncommercial scientific institution (operated solely to conduct scientific research)"
        ctx.error(node, f"{category} fee status needs '{category}': a showing that the request is made by {what} and "
                  f"under its auspices, for its scholarly or scientific research{_rule_cites(ctx, f'fees.{category}_definition')}",
                  "institution-status-without-showing", key="category")
    obj.finish()
    return m.Fees(category, news_media, waiver, max_amount.lstrip("$"), institution=showings.get(category, ()), pay=pay, notify=notify)


def read_closing(ctx: Context, node: Node) -> m.Closing:
    obj = Obj(ctx, node, "closing")
    deliver = obj.get("deliver_records_to")
    email, address = "", ()
    if deliver is not None:
        d = Obj(ctx, deliver, "delivery_address")
        email, address = d.str("email"), d.lines("address")
        d.finish()
    c = m.Closing(
        paragraphs=obj.paragraphs("paragraphs"),
        contact_phone=obj.str("contact_phone"),
        contact_email=obj.str("contact_email"),
        deliver_email=email,
        deliver_address=address,
        valediction=obj.str("valediction"),
    )
    obj.finish()
    return c


def read_signatory(ctx: Context, node: Node) -> m.Signatory | None:
    obj = Obj(ctx, node, "signatory")
    s = m.Signatory(
        name=obj.str("name"),
        title=obj.str("title"),
        organization=obj.str("organization"),
        signature=obj.choice("signature"),
    )
    obj.finish()
    return s if s.name else None


# -- cross-field checks ------------------------------------------------------------------
def _marks(paragraphs) -> list:
    return [seg for para in paragraphs for seg in para if isinstance(seg, (m.FootnoteMark, m.NoteNumber))]


def check_footnotes(ctx: Context, root: Node, request: m.Request) -> None:
    """Every footnote is referenced exactly once; every reference names a footnote."""
    texts = request.body_texts()
    # footnotes may cite other footnotes ("supra note"), but may not hold footnote marks
    where = ctx.footnote_nodes
    counts: dict[str, int] = {}
    for mark in _marks([p for t in texts for p in t]):
        if isinstance(mark, m.FootnoteMark):
            counts[mark.label] = counts.get(mark.label, 0) + 1
            if mark.label not in request.footnotes:
                ctx.error(root, f"footnote mark [^{mark.label}] names no footnote in 'footnotes'{_did_you_mean(mark.label, request.footnotes)}",
                          "undefined-footnote", key="footnotes" if "footnotes" in root.value else None)
        elif mark.label not in request.footnotes:
            ctx.error(root, f"{{note: {mark.label}}} names no footnote{_did_you_mean(mark.label, request.footnotes)}", "undefined-footnote")
    for label, paras in request.footnotes.items():
        node = where.get(label, root)
        for mark in _marks(paras):
            if isinstance(mark, m.FootnoteMark):
                ctx.error(node, f"footnote '{label}' holds a footnote mark [^{mark.label}]; footnotes cannot nest", "nested-footnote")
            elif mark.label not in request.footnotes:
                ctx.error(node, f"{{note: {mark.label}}} names no footnote", "undefined-footnote")
        n = counts.get(label, 0)
        if n == 0:
            ctx.error(node, f"footnote '{label}' is never referenced; mark its place with [^{label}]", "unused-footnote")
        elif n > 1:
            ctx.error(node, f"footnote '{label}' is referenced {n} times; each footnote has one reference (use 'Id.' or {{note: {label}}})", "footnote-reused")
