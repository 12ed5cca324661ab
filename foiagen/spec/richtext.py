"""Rich text in a spec: text with [^label] footnote marks and bare links, segment lists ({i: …},
{link: …}, {cite: …}), paragraphs, lists and run-in paragraphs; and the Reader, an ObjectReader
that also reads rich-text and paragraph keys.  One reader per text value: nothing is dropped
silently, and prose that YAML split at its commas is warned."""

from __future__ import annotations

import re

from .. import model as m
from ..source import Node
from .fields import SEGMENT_KINDS, SHAPES
from .letter import is_block, read_block
from .reader import Context, ObjectReader, _did_you_mean, _kind_name, check_text


class Reader(ObjectReader):
    """An ObjectReader for the spec's objects, which also reads rich text and paragraphs."""

    def rich(self, key: str) -> m.RichText:
        return self.value(key, read_rich)

    def paragraphs(self, key: str) -> m.Paragraphs:
        return self.value(key, read_paragraphs)


_FOOTNOTE_MARK = re.compile(r"\\?\[\^([A-Za-z0-9_.:-]+)\]")


_URL = re.compile(r"(?:https?://|mailto:)[^\s<>\"]+")


_TRAILING_PUNCT = ".,;:!?)]}'\u201d\u2019"


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
    seg = ObjectReader(ctx, node, "segment")
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
        scheme = url.split(":", 1)[0].lower() + ":" if ":" in url else ""
        if scheme in ("http:", "https:", "mailto:"):
            url = scheme + url[len(scheme):]  # HTTPS://EXAMPLE.ORG is a web link too
        if url.rstrip("/") in ("http:", "https:", "mailto:"):
            ctx.error(node, f"link {url!r} names no address", "bad-link", key="link")
        elif not url.startswith(("http://", "https://", "mailto:")):
            ctx.error(node, f"link {url!r} must start with http://, https:// or mailto:", "bad-link", key="link")
        else:
            result.append(m.LinkRun(url, text, where=node.where("link")))
    elif present[0] == "fn":
        result.append(m.FootnoteMark(seg.str("fn"), node.where("fn")))
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
            out.append(m.FootnoteMark(match.group(1), where))
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
