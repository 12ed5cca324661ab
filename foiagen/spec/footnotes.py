"""Footnotes: the spec's label → text mapping, and the cross-field check that each footnote is
referenced exactly once and each reference names a footnote."""

from __future__ import annotations

import re

from .. import model as m
from ..rules import report
from ..source import Node
from .reader import Context, _did_you_mean, _kind_name
from .richtext import read_paragraphs


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


# -- cross-field checks ------------------------------------------------------------------
def _marks(paragraphs) -> list:
    return [seg for para in paragraphs for seg in para if isinstance(seg, (m.FootnoteMark, m.NoteNumber))]


def _mark_places(marks) -> dict[int, tuple]:
    """{id(mark): (file, line, column) of its `[^`} for each FootnoteMark: a mark's `where` is the
    start of its scalar, and the marks of one scalar come in its order, so the n-th mark of a
    label there is the n-th unescaped `[^label]` in the file from that start."""
    from ..rules._locate import Locator

    locator, seen, out = Locator(()), {}, {}
    for mark in marks:
        if isinstance(mark, m.FootnoteMark) and mark.where and id(mark) not in out:
            nth = seen[(mark.where, mark.label)] = seen.get((mark.where, mark.label), -1) + 1
            out[id(mark)] = _find_mark(locator, mark.where, mark.label, nth)
    return out


def _find_mark(locator, where: tuple, label: str, nth: int) -> tuple:
    import bisect

    file, line, col = where
    src = locator.source(file)
    if src is None or not 1 <= line <= len(src[1]):
        return where
    text, starts = src
    pattern = re.compile(r"(?<!\\)\[\^" + re.escape(label) + r"\]")
    for i, found in enumerate(pattern.finditer(text, starts[line - 1] + col - 1)):
        if i == nth:
            ln = bisect.bisect_right(starts, found.start())
            return file, ln, found.start() - starts[ln - 1] + 1
    return where


def check_footnotes(ctx: Context, root: Node, request: m.Request) -> None:
    """Every footnote is referenced exactly once; every reference names a footnote."""
    texts = request.body_texts()
    # footnotes may cite other footnotes ("supra note"), but may not hold footnote marks
    where = ctx.footnote_nodes
    counts: dict[str, int] = {}
    marks = _marks([p for t in texts for p in t])
    at = _mark_places(marks)
    for mark in marks:
        if isinstance(mark, m.FootnoteMark):
            counts[mark.label] = counts.get(mark.label, 0) + 1
            if mark.label not in request.footnotes and mark.where:
                ctx.diagnostics.append(report("undefined-footnote", at.get(id(mark), mark.where),
                                              f"footnote mark [^{mark.label}] names no footnote in 'footnotes'{_did_you_mean(mark.label, request.footnotes)}"))
            elif mark.label not in request.footnotes:
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
