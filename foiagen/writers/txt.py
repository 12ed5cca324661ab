"""Plain-text writer: the letter as text, footnotes gathered at the end as numbered notes."""

from __future__ import annotations

import textwrap

from ..document import (
    AddressBlock, Document, Heading, ItemList, Letterhead, LineBreak, Link, NoteRef, Paragraph,
    SignatureBlock, Text,
)

WIDTH = 78


def _inline(inlines) -> str:
    out = []
    for node in inlines:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Link):
            text = _inline(node.children)
            # a link whose text already names its target prints as its text alone
            bare = node.url.removeprefix("mailto:").split("://", 1)[-1]
            shown = text.removeprefix("mailto:").split("://", 1)[-1]
            out.append(text if shown == bare else f"{text} <{node.url}>")
        elif isinstance(node, NoteRef):
            out.append(f"[{node.number}]")
        elif isinstance(node, LineBreak):
            out.append("\n")
    return "".join(out)


def _wrap(text: str, indent: str = "", hang: str | None = None) -> str:
    hang = indent if hang is None else hang
    lines = []
    for i, part in enumerate(text.split("\n")):
        lines.append(textwrap.fill(part, WIDTH, initial_indent=indent if i == 0 else hang, subsequent_indent=hang,
                                   break_long_words=False, break_on_hyphens=False) or hang.rstrip())
    return "\n".join(lines)


def _blocks(blocks, depth: int = 0) -> list[str]:
    out = []
    for block in blocks:
        if isinstance(block, Letterhead):
            out.append("\n".join(name.center(WIDTH).rstrip() for name in block.names))
        elif isinstance(block, Paragraph):
            text = _inline(block.inlines)
            indent = "    " if block.style in ("quote",) else ""
            first = "    " if block.style == "body" else indent
            if block.label:  # hung: wrapped lines align after the label
                text, first, indent = f"{block.label} {text}", indent, indent + " " * (len(block.label) + 1)
            out.append(_wrap(text, first, indent))
        elif isinstance(block, Heading):
            label = f"{block.label} " if block.label else ""
            out.append(("\f" if block.new_page else "") + _wrap(label + _inline(block.inlines)))
        elif isinstance(block, AddressBlock):
            out.append("\n".join(_inline(line) for line in block.lines))
        elif isinstance(block, ItemList):
            for item in block.items:
                pad = "    " * (block.level - 1)
                hang = pad + " " * (len(item.label) + 1)
                parts = []
                for j, sub in enumerate(item.blocks):
                    if isinstance(sub, Paragraph):
                        if j == 0:
                            parts.append(_wrap(f"{item.label} {_inline(sub.inlines)}", pad, hang))
                        else:
                            parts.append(_wrap(_inline(sub.inlines), hang, hang))
                    else:
                        parts.extend(_blocks((sub,), depth + 1))
                out.append("\n\n".join(parts))
        elif isinstance(block, SignatureBlock):
            for sig in block.signatures:
                out.append("\n".join(_inline(line) for line in sig.lines))
    return out


def write_txt(doc: Document, options=None) -> str:
    parts = _blocks(doc.blocks)
    notes = doc.footnotes()
    if notes:
        parts.append("-" * 20)
        for note in notes:
            body = "\n".join(_inline(p.inlines) for p in note.paragraphs)
            parts.append(_wrap(f"[{note.number}] {body}", "", "    "))
    return "\n\n".join(parts) + "\n"
