"""Typography, decided once for every writer: no-break spaces inside citations, curly quotes
and apostrophes, en dashes in ranges, and which paragraphs keep with the next.

A Document goes in and a Document comes out; writers only honour what is decided here (a
U+00A0 is never a line break; `keep_with_next` keeps a paragraph on the page of the block
after it). Text that names an address (a URL, an email address) is left exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .document import (
    AddressBlock, Document, Footnote, Heading, ItemList, LineBreak, Link, ListItem, NoteRef, Paragraph,
    Signature, SignatureBlock, Text,
)

NBSP = "\u00a0"
# Spaces that hold a citation together ("5 U.S.C. § 552(a)", "6 C.F.R. Part 5", "87 Fed. Reg.
# 68,599", "Pub. L. 114-185"): the space after each of these words, before what it cites...
_BIND_AFTER = re.compile(r"(?<![\w.])(§§?|U\.S\.C\.|C\.F\.R\.|Fed\.[ \u00a0]Reg\.|Stat\.|Pub\.[ \u00a0]L\.|"
                         r"Part|Parts|pt\.|No\.|Nos\.) (?=[\dA-Za-z(§])")
# ... the space between a title or volume number and the code or reporter it belongs to ...
_BIND_BEFORE = re.compile(r"(?<![\w.,])(\d+) (?=(U\.S\.C\.|C\.F\.R\.|Fed\. Reg\.|Stat\.|U\.S\.)(?!\w))")
# ... and the spaces inside the two-word abbreviations.
_BIND_INSIDE = re.compile(r"\b(Fed\.|Pub\.) (?=(Reg\.|L\.))")
# Ranges take an en dash: "§§ 4.8-4.11", "pp. 12-15", "2019-2021".
_SECTION_RANGE = re.compile(r"(§§[ \u00a0]\d[\w.]*(?:\([\w.]+\))*)-(?=\d)")
_PAGE_RANGE = re.compile(r"(?<![\w.])(pp\.[ \u00a0]?\d+)-(?=\d+(?!\w))")
_YEAR_RANGE = re.compile(r"(?<![\w.-])((?:1[6-9]|20)\d\d)-((?:1[6-9]|20)\d\d)(?![\w-])")
_ADDRESS = re.compile(r"\S*(?:://|@|www\.)\S*")  # URLs and email addresses: left alone
_OPENS = frozenset(" \t\n\u00a0([{\u2014\u2013-/\u201c\u2018")


def typeset(document: Document, smart_quotes: bool = True) -> Document:
    """The Document with its typography decided (see the module docstring)."""
    fix = _Typesetter(smart_quotes)
    meta = document.metadata
    meta = replace(meta, title=fix.string(meta.title), subject=fix.string(meta.subject),
                   running_header=tuple(fix.string(line) for line in meta.running_header))
    blocks = keep_endings(tuple(fix.block(b) for b in document.blocks))
    return replace(document, metadata=meta, blocks=blocks)


def keep_endings(blocks: tuple) -> tuple:
    """The valediction keeps with the first signature, and the paragraph before it with the
    valediction: the letter's last words, "Sincerely," and a signature share a page."""
    out = list(blocks)
    for i, block in enumerate(out):
        if isinstance(block, Paragraph) and block.style == "closing":
            out[i] = replace(block, keep_with_next=True)
            if i and isinstance(out[i - 1], Paragraph):
                out[i - 1] = replace(out[i - 1], keep_with_next=True)
    return tuple(out)


def bind(text: str) -> str:
    """No-break spaces inside citations and en dashes in ranges (not inside URLs or addresses)."""
    return _outside_addresses(text, _bind)


def _bind(text: str) -> str:
    if any(c.isdigit() for c in text):
        text = _BIND_BEFORE.sub(r"\1" + NBSP, text)
        text = _SECTION_RANGE.sub("\\1\u2013", text)
        text = _PAGE_RANGE.sub("\\1\u2013", text)
        text = _YEAR_RANGE.sub(_year_range, text)
    text = _BIND_INSIDE.sub(r"\1" + NBSP, text)
    return _BIND_AFTER.sub(r"\1" + NBSP, text)


def _year_range(match: re.Match) -> str:
    start, end = match.group(1), match.group(2)
    return f"{start}\u2013{end}" if int(end) > int(start) else match.group(0)


def _outside_addresses(text: str, change) -> str:
    if "://" not in text and "@" not in text and "www." not in text:
        return change(text)
    out, last = [], 0
    for match in _ADDRESS.finditer(text):
        out.append(change(text[last:match.start()]))
        out.append(match.group(0))
        last = match.end()
    out.append(change(text[last:]))
    return "".join(out)


def curl_quotes(text: str, before: str = "") -> str:
    """Straight quotes and apostrophes made curly; `before` is the character preceding `text`."""
    if "'" not in text and '"' not in text:
        return text

    def curl(part: str) -> str:
        nonlocal before
        out = []
        for i, ch in enumerate(part):
            opening = not before or before in _OPENS
            if ch == '"':
                ch = "\u201c" if opening else "\u201d"
            elif ch == "'":
                # an apostrophe, unless it opens a quotation ('90s elides and takes one too)
                ch = "\u2018" if opening and not part[i + 1:i + 2].isdigit() else "\u2019"
            out.append(ch)
            before = ch
        return "".join(out)

    return _outside_addresses(text, curl)


class _Typesetter:
    def __init__(self, smart_quotes: bool):
        self.smart_quotes = smart_quotes

    def string(self, text: str) -> str:
        return bind(curl_quotes(text) if self.smart_quotes else text)

    def block(self, block):
        if isinstance(block, (Paragraph, Heading)):
            inlines = self.inlines(block.inlines)
            return block if inlines is block.inlines else replace(block, inlines=inlines)
        if isinstance(block, ItemList):
            return replace(block, items=tuple(ListItem(i.label, tuple(self.block(b) for b in i.blocks)) for i in block.items))
        if isinstance(block, AddressBlock):
            return replace(block, lines=tuple(self.inlines(line) for line in block.lines))
        if isinstance(block, SignatureBlock):
            return replace(block, signatures=tuple(Signature(tuple(self.inlines(l) for l in s.lines)) for s in block.signatures))
        return block  # the letterhead: names as the requesters write them

    def inlines(self, inlines: tuple) -> tuple:
        """The inlines typeset: the same tuple when nothing in it changed (most text has no quote,
        citation or range), so unchanged blocks are not copied."""
        out, before = [], ""
        for node in inlines:
            if isinstance(node, Text):
                text = bind(curl_quotes(node.text, before) if self.smart_quotes else node.text)
                node = node if text == node.text else replace(node, text=text)
                before = node.text[-1:] or before
            elif isinstance(node, Link):
                node = self.link(node, before)
            elif isinstance(node, NoteRef):
                fn = node.footnote
                node = NoteRef(Footnote(fn.number, tuple(self.block(p) for p in fn.paragraphs)))
            elif isinstance(node, LineBreak):
                before = "\n"
            out.append(node)
        return inlines if isinstance(inlines, tuple) and all(a is b for a, b in zip(out, inlines)) else tuple(out)

    def link(self, node: Link, before: str) -> Link:
        """A link's words are typeset unless they spell its target (an address stays as written)."""
        bare = node.url.removeprefix("mailto:").split("://", 1)[-1].rstrip("/")
        words = "".join(c.text for c in node.children if isinstance(c, Text))
        if bare and bare in words:
            return node
        return Link(node.url, self.inlines(node.children))
