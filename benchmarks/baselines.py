"""The benchmark's baselines get the same letter foiagen writes: its Document as pandoc Markdown
(for pandoc -> DOCX and LibreOffice -> PDF) and as Typst markup (for Typst -> PDF).

Both are made from foiagen's Document of the letter, so every tool typesets the same blocks,
emphasis, links and real footnotes.  (pandoc 2.17, the one Debian 12 ships, has no Typst
writer, so the .typ is written here from the same Document as the Markdown.)
"""

from __future__ import annotations

import re

# -- Document -> Markdown (pandoc's input for the baseline) ---------------------------------
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~^$@&])")
_LIST_START = re.compile(r"(\(?)([0-9A-Za-z]{1,8})([.)])(?=\s|$)")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _guard_line(line: str) -> str:
    """Escape what would make a line start a list, quote or heading in pandoc's Markdown."""
    m = _LIST_START.match(line)
    if m:
        return ("\\(" if m.group(1) else "") + m.group(2) + "\\" + m.group(3) + line[m.end():]
    if re.match(r"[-+*:](\s|$)|>|[-=]+\s*$", line):
        return "\\" + line
    return line


def _md_inlines(inlines) -> str:
    from foiagen.document import LineBreak, Link, NoteRef, Text

    out: list[str] = []
    runs: list[tuple[str, bool, bool]] = []  # merge neighbouring Text nodes of the same emphasis

    def flush():
        for text, italic, bold in runs:
            marker = ("*" if italic else "") + ("**" if bold else "")
            core = text.strip()
            if not marker or not core:
                out.append(_md_escape(text))
                continue
            lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
            out.append(f"{_md_escape(lead)}{marker}{_md_escape(core)}{marker}{_md_escape(trail)}")
        runs.clear()

    for node in inlines:
        if isinstance(node, Text):
            if runs and runs[-1][1:] == (node.italic, node.bold):
                runs[-1] = (runs[-1][0] + node.text, node.italic, node.bold)
            else:
                runs.append((node.text, node.italic, node.bold))
            continue
        flush()
        if isinstance(node, Link):
            url = node.url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")
            out.append(f"[{_md_inlines(node.children)}]({url})")
        elif isinstance(node, NoteRef):
            out.append(f"[^{node.number}]")
        elif isinstance(node, LineBreak):
            out.append("\\\n")
    flush()
    return "".join(out)


def _md_lines(lines) -> str:
    texts = [_md_inlines(line).strip() for line in lines]
    return "\\\n".join(t for t in texts if t)


def _guard(block: str) -> str:
    return "\n".join(_guard_line(line) for line in block.split("\n"))


def _indent(block: str, pad: str = "    ") -> str:
    return "\n".join(pad + line if line else line for line in block.split("\n"))


def _md_blocks(blocks) -> list[str]:
    from foiagen.document import AddressBlock, Heading, ItemList, Letterhead, Paragraph, SignatureBlock

    out = []
    for block in blocks:
        if isinstance(block, Letterhead):
            out.append("\\\n".join(f"**{_md_escape(name)}**" for name in block.names))
        elif isinstance(block, Paragraph):
            text = _guard(_md_inlines(block.inlines).strip())
            out.append(_indent(text, "> ") if block.style == "quote" else text)
        elif isinstance(block, Heading):
            label = f"{block.label} " if block.label else ""
            out.append("#" * max(1, block.level) + " " + _md_escape(label) + _md_inlines(block.inlines).strip())
        elif isinstance(block, AddressBlock):
            out.append(_guard(_md_lines(block.lines)))
        elif isinstance(block, ItemList):
            for item in block.items:
                parts = _md_blocks(item.blocks) or [""]
                space = "  " if item.label[:1].isupper() else " "  # pandoc wants two spaces after "A."
                first = (item.label + space + parts[0]).replace("\n", "\n    ")
                out.append("\n\n".join([first] + [_indent(p) for p in parts[1:]]))
        elif isinstance(block, SignatureBlock):
            out.extend(_guard(_md_lines(sig.lines)) for sig in block.signatures)
    return out


def document_markdown(document) -> str:
    """The rendered letter as pandoc Markdown: the same blocks, emphasis, links and [^n] footnotes."""
    parts = _md_blocks(document.blocks)
    for note in document.footnotes():
        paras = [_guard(_md_inlines(p.inlines).strip()) for p in note.paragraphs] or [""]
        body = paras[0].replace("\n", "\n    ") + "".join("\n\n" + _indent(p) for p in paras[1:])
        parts.append(f"[^{note.number}]: {body}")
    return "\n\n".join(parts) + "\n"




# -- Document -> Typst ------------------------------------------------------------------------
# Every ASCII punctuation character is escaped (Typst accepts \ before any of them): besides
# markup (# * _ ` $ < > @ [ ] ~ = + - /), a ";", "." or "(" right after an embedded
# #link(…)[…] or #footnote[…] would end or continue that expression instead of printing.
_TYP_SPECIAL = re.compile(r"([!-/:-@\[-`{-~])")
TYPST_PREAMBLE = """#set page(paper: "us-letter", margin: 1in,
  header: context { if counter(page).get().first() > 1 [HEADER Page #counter(page).display()] },
  footer: context align(center)[Page #counter(page).display() of #counter(page).final().first()])
#set text(font: "Liberation Serif", size: 12pt, lang: "en", hyphenate: false)
#set par(justify: true, leading: 0.45em, spacing: 12pt)
#show footnote.entry: set text(size: 10pt)
#show heading: set text(size: 12pt)
"""


def _typ_escape(text: str) -> str:
    return _TYP_SPECIAL.sub(r"\\\1", text.replace("\n", " "))


def _typ_inlines(inlines) -> str:
    from foiagen.document import LineBreak, Link, NoteRef, Text

    out = []
    for node in inlines:
        if isinstance(node, Text):
            text = _typ_escape(node.text)
            text = f"#strong[{text}]" if node.bold and text.strip() else text
            out.append(f"#emph[{text}]" if node.italic and text.strip() else text)
        elif isinstance(node, Link):
            out.append(f'#link("{node.url.replace(chr(92), "/").replace(chr(34), "%22")}")[{_typ_inlines(node.children)}]')
        elif isinstance(node, NoteRef):
            body = " #parbreak() ".join(_typ_inlines(p.inlines) for p in node.footnote.paragraphs)
            out.append(f"#footnote[{body}]")
        elif isinstance(node, LineBreak):
            out.append(" \\\n")
    return "".join(out)


def _typ_lines(lines) -> str:
    return " \\\n".join(_typ_inlines(line).strip() for line in lines)


def _typ_blocks(blocks, indent: float = 0.0) -> list[str]:
    from foiagen.document import AddressBlock, Heading, ItemList, Letterhead, Paragraph, SignatureBlock

    out = []
    for block in blocks:
        if isinstance(block, Letterhead):
            out.append("#align(center)[" + " • ".join(f"*{_typ_escape(n)}*" for n in block.names) + "]\n#line(length: 100%)")
        elif isinstance(block, Paragraph):
            label = _typ_escape(block.label) + " " if block.label else ""
            text = label + _typ_inlines(block.inlines).strip()
            out.append(f"#pad(left: {indent}in)[{text}]" if indent else text)
        elif isinstance(block, Heading):
            label = _typ_escape(block.label) + " " if block.label else ""
            out.append(f"#heading(level: {max(1, block.level)})[{label}{_typ_inlines(block.inlines).strip()}]")
        elif isinstance(block, (AddressBlock,)):
            out.append(_typ_lines(block.lines))
        elif isinstance(block, ItemList):
            for item in block.items:
                parts = _typ_blocks(item.blocks)
                first = parts[0] if parts else ""
                out.append(f"#pad(left: {indent + 0.5}in)[{_typ_escape(item.label)} {first}]")
                out.extend(f"#pad(left: {indent + 0.5}in)[{p}]" for p in parts[1:])
        elif isinstance(block, SignatureBlock):
            out.extend(_typ_lines(sig.lines) for sig in block.signatures)
    return out


def document_typst(document) -> str:
    """The rendered letter as a Typst document: US Letter, 1-inch margins, 12 pt Liberation Serif,
    justified, the running header from page 2, "Page N of M", and real footnotes (#footnote)."""
    header = " \\\n".join(_typ_escape(line) for line in document.metadata.running_header)
    preamble = TYPST_PREAMBLE.replace("HEADER", header + " \\\n" if header else "")
    return preamble + "\n" + "\n\n".join(_typ_blocks(document.blocks)) + "\n"
