"""Spec readers for the letter's own words: lists and run-in headings in text, standard
paragraphs left out or replaced, the spec's own (and stock) sections, and enclosures."""

from __future__ import annotations

import re
from pathlib import Path

from .. import model as m
from ..numbering import letter_label, roman
from ..source import Node, display_path
from .reader import ObjectReader, read_path, read_str

LIST_STYLES = ("numbers", "letters", "roman", "bullets")
MAX_ENCLOSURE_BYTES = 20 * 1024 * 1024  # the FOIA.gov portal's attachment limit
STOCK_TITLES = {
    "preservation": "Preservation Notice",
    "processing": "Processing Notes",
    "vaughn": "Vaughn Index",
    "rolling": "Rolling Production",
    "not_privacy_act": "This Is Not a Privacy Act Request",
}
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$", re.I)


def is_block(node: Node) -> bool:
    """A paragraph entry that is a list ({list: …}) or a run-in paragraph ({heading: …, text: …})."""
    return node.kind == "map" and ("list" in node.value or "heading" in node.value)


def read_block(ctx, node: Node, read_rich):
    """A list block or a run-in paragraph, or None (problems reported)."""
    if "heading" in node.value:
        obj = ObjectReader(ctx, node, "run_in")
        heading, text = obj.str("heading"), obj.value("text", read_rich)
        obj.finish()
        return m.RunIn(heading, text) if heading and text else None
    obj = ObjectReader(ctx, node, "list_block")
    entries = obj.seq("list")
    style = obj.choice("style")
    start_node = obj.get("start")
    start = ""
    if start_node is not None:
        start = start_node.value.strip() if start_node.kind == "str" else ""
    obj.finish()
    items: list = []
    for entry in entries:
        if is_block(entry) and "list" in entry.value:
            nested = read_block(ctx, entry, read_rich)
            if nested is not None and items:
                items.append(nested)
            elif nested is not None:
                ctx.error(entry, "a nested list follows the item it belongs to", "bad-list")
            continue
        text = read_rich(ctx, entry)
        if text:
            items.append(text)
    count = sum(1 for i in items if not isinstance(i, m.ListBlock))
    try:
        labels = list_labels(count, style, start)
    except ValueError as exc:
        ctx.error(start_node or node, str(exc), "bad-list")
        return None
    labelled, it = [], iter(labels)
    for item in items:
        labelled.append("" if isinstance(item, m.ListBlock) else next(it))
    return m.ListBlock(tuple(labelled), tuple(items)) if items else None


def list_labels(count: int, style: str = "", start: str = "") -> list[str]:
    """Labels for `count` items: style numbers/letters/roman/bullets, from `start` ("3", "c", "iv", "2.a")."""
    if style == "bullets":
        return ["•"] * count
    prefix, _, token = start.rstrip(".").rpartition(".")
    prefix = prefix + "." if prefix else ""
    token = token or {"letters": "a", "roman": "i"}.get(style, "1")
    if not style:
        if token.isdigit():
            style = "numbers"
        elif len(token) == 1 and token.lower() != "i" and token.isalpha():
            style = "letters"
        elif _ROMAN.match(token):
            style = "roman"
        elif token.isalpha() and len(token) == 1:
            style = "letters"
        else:
            raise ValueError(f"list start {start!r} is not a number, a letter or a roman numeral")
    upper = token.isupper()
    if style == "numbers":
        if not token.isdigit():
            raise ValueError(f"list start {start!r} must end in a number for a numbered list")
        first = int(token)
    elif style == "letters":
        if not (token.isalpha() and len(token) == 1):
            raise ValueError(f"list start {start!r} must end in one letter for a lettered list")
        first = ord(token.lower()) - ord("a") + 1
    else:
        if not _ROMAN.match(token):
            raise ValueError(f"list start {start!r} must end in a roman numeral for a roman list")
        first = _roman_value(token.lower())
    def one(n: int) -> str:
        text = str(n) if style == "numbers" else letter_label(n) if style == "letters" else roman(n, False)
        return text.upper() if upper else text

    return [f"{prefix}{one(first + i)}." for i in range(count)]




def _roman_value(text: str) -> int:
    values = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
    total = 0
    for a, b in zip(text, text[1:] + " "):
        v = values[a]
        total += -v if b != " " and values.get(b, 0) > v else v
    return total


def read_standard(ctx, node: Node | None, read_paragraphs) -> dict:
    """`standard:` built-in paragraph id -> false (left out) or the spec's own words in its place."""
    if node is None:
        return {}
    obj = ObjectReader(ctx, node, "standard")
    out: dict = {}
    for key in m.BUILTIN_PARAGRAPHS:
        value = obj.get(key)
        if value is None:
            continue
        if value.kind == "str" and value.value in ("false", "true"):
            if value.value == "false":
                out[key] = ()
            continue
        paras = read_paragraphs(ctx, value)
        if paras:
            out[key] = paras
    obj.finish()
    return out


def read_section(ctx, node: Node, read_paragraphs) -> m.Section | None:
    obj = ObjectReader(ctx, node, "section")
    stock = obj.choice("stock")
    title = obj.str("title") or STOCK_TITLES.get(stock, "")
    text = obj.value("text", read_paragraphs)
    after = obj.choice("after")
    obj.finish()
    if obj.ok and not stock and not (title and text):
        ctx.error(node, "a section of your own needs 'title' and 'text' (or 'stock' for one of foiagen's)", "missing-field")
    if not title or not (text or stock):
        return None
    return m.Section(title, text, after, stock)


def read_enclosure(ctx, node: Node) -> m.Enclosure | None:
    """An enclosure: its description, and optionally the PDF that --attach appends."""
    if node.kind == "str":
        text = read_str(ctx, node, "an enclosure")
        return m.Enclosure(text) if text else None
    obj = ObjectReader(ctx, node, "enclosure")
    text = obj.str("text")
    file_node = obj.get("file")
    obj.finish()
    data, name = b"", ""
    if file_node is not None:
        value = read_path(ctx, file_node, "'file'")
        if value is None:
            return None
        target = Path(file_node.file).parent / value
        from ..confine import RefusedRead, read_limited

        try:
            data = read_limited(target, MAX_ENCLOSURE_BYTES, ctx.allowed_roots(file_node))
        except FileNotFoundError:
            ctx.error(file_node, f"enclosure file {value!r} not found (looked for {display_path(target.resolve())})",
                      "enclosure-not-found")
            return None
        except RefusedRead as exc:
            rule = "read-outside-root" if exc.rule == "read-outside-root" else "bad-enclosure"
            ctx.error(file_node, f"enclosure {value!r}: {exc.message}", rule)
            return None
        if not data.startswith(b"%PDF-"):
            ctx.error(file_node, f"enclosure file {value!r} is not a PDF; only PDF files can be appended to the letter", "bad-enclosure")
            return None
        name = target.name
    return m.Enclosure(text, name, data) if text else None


def read_house_style(ctx, node: Node) -> bytes:
    """`house_style:` a Word file (path relative to the spec) whose styles, page and letterhead the DOCX takes."""
    from ..confine import RefusedRead, read_limited
    from ..writers.docx_reference import MAX_REFERENCE_BYTES, check_reference

    value = read_path(ctx, node, "'house_style'")
    if not value:
        return b""
    target = Path(node.file).parent / value
    try:
        data = read_limited(target, MAX_REFERENCE_BYTES, ctx.allowed_roots(node))
        check_reference(data)
    except FileNotFoundError:
        ctx.error(node, f"house style file {value!r} not found (looked for {display_path(target.resolve())})", "bad-house-style")
        return b""
    except RefusedRead as exc:
        ctx.error(node, f"house style {value!r}: {exc.message}", "read-outside-root" if exc.rule == "read-outside-root" else "bad-house-style")
        return b""
    except ValueError as exc:
        ctx.error(node, f"house style {value!r} cannot be used: {exc}", "bad-house-style")
        return b""
    return data
