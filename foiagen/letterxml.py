"""Letter XML, the small markup the templates emit, parsed into a Document.

Templates render with autoescape on, so any user text a template prints is XML text,
never markup.  The elements:

    <letter>                      root; holds <meta> and blocks
    <meta title= author= subject= lang= date=> with <header>line</header> and
                                  <keyword>word</keyword> children (date: the letter's, ISO)
    <letterhead><logo ref="1"/>…<name>…</name>…</letterhead>
                                  (ref: a key of the images passed to parse_letter,
                                   since XML cannot carry an image's bytes)
    <p style="body|plain|date|…" label="Re:" keep="next">inline</p>
                                  (label: hung before the text; keep="next": on the
                                   same page as the block after it)
    <h level="1|2" label="I." key="records">inline</h>   (key: what the section is)
    <list level="1|2"><item label="1.">blocks</item></list>
    <address><line>inline</line>…</address>
    <signatures><signature><line>inline</line>…</signature></signatures>
  inline:
    text, <i>, <b>, <a href="…">, <br/>,
    <fn id="label">inline or <p>…</p> paragraphs</fn>   (a footnote, numbered in order)
    <noteref to="label"/>                               (the number of footnote "label")

Whitespace in text is typographic, as in HTML: runs collapse to one space, and
paragraph edges are trimmed.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from dataclasses import replace

from .document import (
    PARAGRAPH_STYLES,
    AddressBlock,
    Document,
    Footnote,
    Heading,
    Image,
    ItemList,
    Letterhead,
    LineBreak,
    Link,
    ListItem,
    Metadata,
    NoteRef,
    Paragraph,
    Signature,
    SignatureBlock,
    Text,
)

_SPACE = re.compile(r"[ \t\n\r]+")  # ASCII white space only: a no-break space is meant
SAFE_SCHEMES = ("http://", "https://", "mailto:")


def _level(el, highest: int) -> int:
    """An element's level="n": a whole number from 1 to `highest` (a template's value is checked,
    never trusted: level="abc" or level="99999999" is a template defect, said as one)."""
    raw = el.get("level", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= highest:
        raise LetterXMLError(f"<{el.tag} level={raw[:20]!r}>: level must be a whole number from 1 to {highest}")
    return int(raw)


class LetterXMLError(Exception):
    """The rendered letter is not valid letter XML (a template defect)."""

    def __init__(self, message: str, line: int = 0, column: int = 0):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


def parse_letter(xml_text: str, images: dict[str, Image] | None = None) -> Document:
    """The Document of letter XML; `images` holds the pictures that <logo ref="…"/> names."""
    try:
        root = ET.fromstring(xml_text)
    except ET.ParseError as exc:
        line, col = exc.position
        raise LetterXMLError(f"rendered letter is not well-formed XML: {exc}", line, col + 1) from None
    if root.tag != "letter":
        raise LetterXMLError(f"root element must be <letter>, not <{root.tag}>")
    return _Parser(images or {}).letter(root)


class _Parser:
    def __init__(self, images: dict[str, Image]):
        self.images = images
        self.footnote_count = 0
        self.labels: dict[str, int] = {}
        self.pending_refs: list[tuple[str, list, int]] = []

    # -- structure ---------------------------------------------------------------
    def letter(self, root) -> Document:
        meta = None
        blocks = []
        for child in root:
            if child.tag == "meta":
                meta = self.meta(child)
            else:
                blocks.append(self.block(child))
        if meta is None:
            raise LetterXMLError("<letter> needs a <meta> element")
        blocks = [self._resolve(b) for b in blocks]
        return Document(metadata=meta, blocks=tuple(blocks))

    def meta(self, el) -> Metadata:
        date = el.get("date", "").strip()
        if date:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                raise LetterXMLError(f"<meta date={date!r}> is not a date as YYYY-MM-DD") from None
        header = tuple(_collapse("".join(h.itertext())).strip() for h in el if h.tag == "header")
        keywords = tuple(_collapse("".join(h.itertext())).strip() for h in el if h.tag == "keyword")
        return Metadata(
            title=_collapse(el.get("title", "")).strip(),
            author=_collapse(el.get("author", "")).strip(),
            subject=_collapse(el.get("subject", "")).strip(),
            running_header=header,
            language=el.get("lang", "en-US"),
            keywords=keywords,
            date=date,
        )

    def block(self, el):
        tag = el.tag
        if tag == "p":
            style = el.get("style", "body")
            if style not in PARAGRAPH_STYLES:
                raise LetterXMLError(f"unknown paragraph style {style!r}")
            keep = el.get("keep", "")
            if keep not in ("", "next"):
                raise LetterXMLError(f"keep={keep!r}: the only value is \"next\"")
            return Paragraph(self.inlines(el), style, _collapse(el.get("label", "")).strip(), keep == "next")
        if tag == "h":
            level = _level(el, 2)
            page = el.get("page", "")
            if page not in ("", "new"):
                raise LetterXMLError(f"page={page!r}: the only value is \"new\"")
            return Heading(level, el.get("label", ""), self.inlines(el), el.get("key", ""), page == "new")
        if tag == "list":
            items = []
            for item in el:
                if item.tag != "item":
                    raise LetterXMLError(f"<list> holds <item> elements, not <{item.tag}>")
                items.append(ListItem(item.get("label", ""), self.item_blocks(item)))
            return ItemList(tuple(items), _level(el, 9))
        if tag == "address":
            return AddressBlock(tuple(self.inlines(line) for line in el if line.tag == "line"))
        if tag == "letterhead":
            names = tuple(_collapse("".join(n.itertext())).strip() for n in el if n.tag == "name")
            return Letterhead(names, tuple(self.image(n) for n in el if n.tag == "logo"))
        if tag == "signatures":
            sigs = []
            for sig in el:
                sigs.append(Signature(tuple(self.inlines(line) for line in sig if line.tag == "line")))
            return SignatureBlock(tuple(sigs))
        raise LetterXMLError(f"unknown block element <{tag}>")

    def image(self, el) -> Image:
        ref = el.get("ref", "")
        image = self.images.get(ref)
        if image is None:
            raise LetterXMLError(f"<logo ref={ref!r}> names no image the letter was rendered with")
        return image

    def item_blocks(self, item):
        # An <item> holds blocks; bare text in it is one paragraph.
        if len(item) and all(child.tag in ("p", "list") for child in item) and not (item.text or "").strip():
            return tuple(self.block(child) for child in item)
        blocks = []
        head = ET.Element("p", {"style": "plain"})
        head.text = item.text
        for child in item:
            if child.tag == "list":
                blocks.append(Paragraph(self.inlines(head), "plain"))
                head = ET.Element("p", {"style": "plain"})
                head.text = child.tail
                blocks.append(self.block(child))
            else:
                head.append(child)
        if (head.text or "").strip() or len(head):
            blocks.append(Paragraph(self.inlines(head), "plain"))
        return tuple(b for b in blocks if not (isinstance(b, Paragraph) and not b.inlines))

    # -- inline ------------------------------------------------------------------
    def inlines(self, el, italic=False, bold=False, trim=True):
        out: list = []
        self._collect(el, out, italic, bold)
        if trim:
            out = _trim(out)
        return tuple(out)

    def _collect(self, el, out, italic, bold):
        if el.text:
            out.append(Text(_collapse(el.text), italic, bold))
        for child in el:
            tag = child.tag
            if tag == "i":
                self._collect(child, out, True, bold)
            elif tag == "b":
                self._collect(child, out, italic, True)
            elif tag == "br":
                out.append(LineBreak())
            elif tag == "a":
                href = child.get("href", "")
                if not href.startswith(SAFE_SCHEMES):
                    raise LetterXMLError(f"link target {href!r} is not http, https or mailto")
                inner: list = []
                self._collect(child, inner, italic, bold)
                inner = _merge(inner) or [Text(href, italic, bold)]
                out.append(Link(href, tuple(inner)))
            elif tag == "fn":
                _strip_trailing_space(out)
                out.append(NoteRef(self.footnote(child)))
            elif tag == "noteref":
                label = child.get("to", "")
                out.append(_PendingNumber(label, italic, bold))
            else:
                raise LetterXMLError(f"unknown inline element <{tag}>")
            if child.tail:
                out.append(Text(_collapse(child.tail), italic, bold))

    def footnote(self, el) -> Footnote:
        self.footnote_count += 1
        number = self.footnote_count
        label = el.get("id")
        if label:
            if label in self.labels:
                raise LetterXMLError(f"footnote {label!r} appears twice")
            self.labels[label] = number
        if any(child.tag == "p" for child in el):
            paragraphs = tuple(Paragraph(self.inlines(p), "plain") for p in el if p.tag == "p")
        else:
            paragraphs = (Paragraph(self.inlines(el), "plain"),)
        return Footnote(number, paragraphs)

    # -- noterefs are resolved once every footnote has its number ---------------
    def _resolve(self, node):
        if isinstance(node, _PendingNumber):
            if node.label not in self.labels:
                raise LetterXMLError(f"<noteref to={node.label!r}> names no footnote")
            return Text(str(self.labels[node.label]), node.italic, node.bold)
        if isinstance(node, tuple):
            return _merge_tuple(tuple(self._resolve(n) for n in node))
        if isinstance(node, Paragraph):
            return replace(node, inlines=self._resolve(node.inlines))
        if isinstance(node, Heading):
            return Heading(node.level, node.label, self._resolve(node.inlines), node.key, node.new_page)
        if isinstance(node, ItemList):
            return ItemList(tuple(ListItem(i.label, self._resolve(i.blocks)) for i in node.items), node.level)
        if isinstance(node, AddressBlock):
            return AddressBlock(tuple(self._resolve(line) for line in node.lines))
        if isinstance(node, SignatureBlock):
            return SignatureBlock(tuple(Signature(tuple(self._resolve(l) for l in s.lines)) for s in node.signatures))
        if isinstance(node, Link):
            return Link(node.url, self._resolve(node.children))
        if isinstance(node, NoteRef):
            fn = node.footnote
            return NoteRef(Footnote(fn.number, tuple(self._resolve(p) for p in fn.paragraphs)))
        return node


class _PendingNumber:
    __slots__ = ("label", "italic", "bold")

    def __init__(self, label, italic, bold):
        self.label, self.italic, self.bold = label, italic, bold


def _collapse(text: str) -> str:
    return _SPACE.sub(" ", text)


def _strip_trailing_space(out: list) -> None:
    if out and isinstance(out[-1], Text):
        stripped = out[-1].text.rstrip(" ")
        if stripped:
            out[-1] = Text(stripped, out[-1].italic, out[-1].bold)
        else:
            out.pop()


def _merge(nodes: list) -> list:
    """Join neighbouring Text runs of the same style; collapse doubled spaces."""
    merged: list = []
    for node in nodes:
        if isinstance(node, Text) and merged and isinstance(merged[-1], Text):
            prev = merged[-1]
            if prev.italic == node.italic and prev.bold == node.bold:
                merged[-1] = Text(prev.text + node.text, prev.italic, prev.bold)
                continue
            if prev.text.endswith(" ") and node.text.startswith(" "):
                node = Text(node.text[1:], node.italic, node.bold)
        if isinstance(node, Text) and not node.text:
            continue
        merged.append(node)
    return merged


def _merge_tuple(nodes: tuple) -> tuple:
    if any(isinstance(n, Text) for n in nodes):
        return tuple(_merge(list(nodes)))
    return nodes


def _trim(nodes: list) -> list:
    nodes = _merge(nodes)
    # Trim at the edges and around line breaks.
    out = []
    for i, node in enumerate(nodes):
        if isinstance(node, Text):
            text = node.text
            if i == 0 or isinstance(nodes[i - 1], LineBreak):
                text = text.lstrip(" ")
            if i == len(nodes) - 1 or isinstance(nodes[i + 1], LineBreak):
                text = text.rstrip(" ")
            if text:
                out.append(Text(text, node.italic, node.bold))
        else:
            out.append(node)
    return out
