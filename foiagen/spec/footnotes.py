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


def check_footnotes(ctx: Context, root: Node, request: m.Request) -> None:
    """Every footnote is referenced exactly once; every reference names a footnote."""
    texts = request.body_texts()
    # footnotes may cite other footnotes ("supra note"), but may not hold footnote marks
    where = ctx.footnote_nodes
    counts: dict[str, int] = {}
    for mark in _marks([p for t in texts for p in t]):
        if isinstance(mark, m.FootnoteMark):
            counts[mark.label] = counts.get(mark.label, 0) + 1
            if mark.label not in request.footnotes and mark.where:
                ctx.diagnostics.append(report("undefined-footnote", mark.where,
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
