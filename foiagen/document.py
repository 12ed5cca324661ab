"""The intermediate Document: the contract between the templates and the writers.

A template renders the model into letter XML (see ``foiagen.letterxml``); that XML is
parsed into these small frozen types, and every writer turns the same Document into
its format.  Writers never see the spec.

Inline content
    Text(text, italic, bold), Link(url, children), NoteRef(number, footnote),
    LineBreak().
Blocks
    Paragraph(inlines, style, label, keep_with_next), Heading(level, label, inlines, key),
    ItemList(items) of ListItem(label, blocks), AddressBlock(lines),
    Letterhead(names, logos) with logos Image(data, mime, width_px, height_px, description),
    SignatureBlock(signatures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Text:
    text: str
    italic: bool = False
    bold: bool = False


@dataclass(frozen=True)
class LineBreak:
    pass


@dataclass(frozen=True)
class Link:
    url: str
    children: tuple["Inline", ...]


@dataclass(frozen=True)
class Footnote:
    number: int
    paragraphs: tuple["Paragraph", ...]


@dataclass(frozen=True)
class NoteRef:
    footnote: Footnote

    @property
    def number(self) -> int:
        return self.footnote.number


Inline = Union[Text, LineBreak, Link, NoteRef]

# Paragraph styles every writer knows.  Named once here so that writers and
# templates agree; a writer maps each to its own styling.
PARAGRAPH_STYLES = (
    "body",  # justified body text, first-line indent
    "plain",  # body text without first-line indent
    "date",
    "via",  # delivery line
    "re",  # the Re: subject line
    "salutation",
    "closing",  # "Sincerely," and the like
    "quote",  # indented block
    "certification",
    "subheading",  # run-in small heading inside a section (e.g. "i. Mijente")
)


@dataclass(frozen=True)
class Paragraph:
    inlines: tuple[Inline, ...]
    style: str = "body"
    label: str = ""  # hung before the text, wrapped lines aligned after it ("Re:")
    keep_with_next: bool = False  # never the last thing on a page (set by typography)


@dataclass(frozen=True)
class Heading:
    level: int  # 1 = section (I., II.), 2 = subsection (A., B.)
    label: str  # "I." / "A." / "" (unnumbered)
    inlines: tuple[Inline, ...]
    key: str = ""  # what the section is ("records", "expedite", "fees"), for extracts such as portal texts
    new_page: bool = False  # starts a page of its own (a declaration or consent page after the letter)


@dataclass(frozen=True)
class ListItem:
    label: str  # "1." / "a."
    blocks: tuple["Block", ...]


@dataclass(frozen=True)
class ItemList:
    items: tuple[ListItem, ...]
    level: int = 1  # 1 = numbered categories, 2 = lettered sub-items


@dataclass(frozen=True)
class AddressBlock:
    lines: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class Image:
    """A picture the writers embed as it is (PNG or JPEG bytes); its size is read from its header."""

    data: bytes = field(repr=False)
    mime: str  # "image/png" | "image/jpeg"
    width_px: int
    height_px: int
    description: str = ""  # alternative text: what the picture shows (an organization's name)


@dataclass(frozen=True)
class Letterhead:
    names: tuple[str, ...]
    logos: tuple[Image, ...] = ()  # printed in a row above the names


@dataclass(frozen=True)
class Signature:
    lines: tuple[tuple[Inline, ...], ...]  # first line is the "/s/ Name" mark


@dataclass(frozen=True)
class SignatureBlock:
    signatures: tuple[Signature, ...]


Block = Union[Paragraph, Heading, ItemList, AddressBlock, Letterhead, SignatureBlock]


@dataclass(frozen=True)
class Metadata:
    title: str  # PDF/DOCX title: the Re: line
    author: str  # the requesters
    subject: str
    running_header: tuple[str, ...]  # lines on pages after the first (short title, date)
    language: str = "en-US"
    keywords: tuple[str, ...] = field(default_factory=tuple)
    date: str = ""  # the letter's date (ISO): the documents' creation date unless told otherwise


@dataclass(frozen=True)
class PageSetup:
    """The page the letter is laid out on, in points: US Letter with 1-inch margins unless a house
    style (`--reference-docx`, `house_style:`) gives its own page size and margins."""

    width: float = 612.0
    height: float = 792.0
    top: float = 72.0
    right: float = 72.0
    bottom: float = 72.0
    left: float = 72.0


@dataclass(frozen=True)
class Document:
    metadata: Metadata
    blocks: tuple[Block, ...]
    page: PageSetup = PageSetup()

    def to_json(self) -> str:
        """The Document as indented JSON (pandoc's `-t native`): goldens and `--to json` print it.
        A note reference carries its footnote's body; images carry their size and hash."""
        from .jsondump import dumps

        return dumps(self)

    def footnotes(self) -> list[Footnote]:
        """Every footnote in reference order."""
        found: list[Footnote] = []

        def walk(inlines):
            for node in inlines:
                if isinstance(node, NoteRef):
                    found.append(node.footnote)
                elif isinstance(node, Link):
                    walk(node.children)

        for inlines in inline_runs(self.blocks):
            walk(inlines)
        return found


def inline_runs(blocks):
    """Each block's inline content in document order: paragraph and heading text, list-item
    paragraphs, address lines and signature lines (footnote bodies not included)."""
    for block in blocks:
        if isinstance(block, (Paragraph, Heading)):
            yield block.inlines
        elif isinstance(block, ItemList):
            for item in block.items:
                yield from inline_runs(item.blocks)
        elif isinstance(block, AddressBlock):
            yield from block.lines
        elif isinstance(block, SignatureBlock):
            for sig in block.signatures:
                yield from sig.lines


def plain_text(inlines) -> str:
    """The characters of inline content, footnote references left out."""
    out = []
    for node in inlines:
        if isinstance(node, Text):
            out.append(node.text)
        elif isinstance(node, Link):
            out.append(plain_text(node.children))
        elif isinstance(node, LineBreak):
            out.append("\n")
    return "".join(out)
