"""Rendering: the Request and the registry, through a Jinja template, become a Document.

Templates emit letter XML (see letterxml) with autoescape on, so user text is always
text.  They ask the registry for citations by meaning (`cite('expedite')`) and never
spell a citation themselves.  The built-in templates live in the package; a user's
own template runs in Jinja's sandbox.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from . import model as m
from .document import Document, Image
from .letterxml import parse_letter
from .numbering import letter_label, roman
from .registry import Registry, load_registry
from .voice import fee_claims, signature_contacts, voice_of

BUILTIN_TEMPLATE = "letter.xml.j2"
# The shipped templates are named "foiagen/<file>" in every environment, so a user's template
# can extend them ({% extends "foiagen/letter.xml.j2" %}) and a file of the user's own can
# never stand in for the base layout a shipped template extends.
BUILTIN_PREFIX = "foiagen/"
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


class RenderError(Exception):
    def __init__(self, message: str, file: str = "", line: int = 0):
        super().__init__(message)
        self.message, self.file, self.line = message, file, line


# -- filters -------------------------------------------------------------------------
def long_date(value: dt.date) -> str:
    return f"{MONTHS[value.month - 1]} {value.day}, {value.year}"




def sentence_case(text: str) -> str:
    """Upper-case the first letter only ("the Clinic" -> "The Clinic")."""
    return text[:1].upper() + text[1:]


def join_words(items, conjunction: str = "and") -> str:
    items = [str(i) for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} {conjunction} {items[1]}"
    return ", ".join(items[:-1]) + f", {conjunction} {items[-1]}"


class RichRenderer:
    """Turns rich text into letter XML; footnote marks carry their footnote's text."""

    def __init__(self, footnotes: dict, cite=None, rule=None):
        self.footnotes = footnotes
        self.cite, self.rule = cite, rule

    def inline(self, text, in_footnote: bool = False) -> Markup:
        parts = []
        for seg in text:
            if isinstance(seg, m.Run):
                piece = escape(seg.text)
                if seg.bold:
                    piece = Markup("<b>%s</b>") % piece
                if seg.italic:
                    piece = Markup("<i>%s</i>") % piece
                parts.append(piece)
            elif isinstance(seg, m.LinkRun):
                piece = Markup('<a href="%s">%s</a>') % (seg.url, seg.text)
                parts.append(Markup("<i>%s</i>") % piece if seg.italic else piece)
            elif isinstance(seg, m.FootnoteMark):
                if in_footnote or seg.label not in self.footnotes:
                    raise RenderError(f"footnote mark [^{seg.label}] cannot be rendered here")
                body = Markup("").join(Markup("<p>%s</p>") % self.inline(p, True) for p in self.footnotes[seg.label])
                parts.append(Markup('<fn id="%s">%s</fn>') % (seg.label, body))
            elif isinstance(seg, m.NoteNumber):
                parts.append(Markup('<noteref to="%s"/>') % seg.label)
            elif isinstance(seg, m.CiteRef):
                parts.append(escape((self.rule if seg.rule_only else self.cite)(seg.meaning)))
        return Markup("").join(parts)

    def paragraphs(self, paras, style: str = "body", level: int = 1) -> Markup:
        out = []
        for p in paras:
            if isinstance(p, m.ListBlock):
                out.append(self.list_block(p, level))
            elif isinstance(p, m.RunIn):
                out.append(Markup('<p style="%s"><i>%s</i> %s</p>\n') % (style, p.heading, self.inline(p.text)))
            else:
                out.append(Markup('<p style="%s">%s</p>\n') % (style, self.inline(p)))
        return Markup("").join(out)

    def list_block(self, block: m.ListBlock, level: int = 1) -> Markup:
        """A list in text; a nested list goes inside the item before it (letter XML has two list levels)."""
        items: list = []
        for label, item in zip(block.labels, block.items):
            if isinstance(item, m.ListBlock) and items:
                items[-1][1].append(self.list_block(item, min(level + 1, 2)))
            else:
                items.append((label, [Markup('<p style="plain">%s</p>') % self.inline(item)]))
        body = Markup("").join(Markup('<item label="%s">%s</item>\n') % (label, Markup("").join(parts)) for label, parts in items)
        return Markup('<list level="%d">\n%s</list>\n') % (level, body)


# -- environment -----------------------------------------------------------------------
def _configure(env: jinja2.Environment) -> jinja2.Environment:
    env.filters.update(long_date=long_date, roman=roman, letter_label=letter_label, join_words=join_words,
                       sentence_case=sentence_case)
    return env


@lru_cache(maxsize=1)
def builtin_environment() -> jinja2.Environment:
    """The shipped templates, from modules compiled at build time (see sandbox.BuiltinLoader)."""
    env = jinja2.Environment(loader=_builtin_loader(), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True)
    return _configure(env)


def _builtin_loader() -> jinja2.BaseLoader:
    from .sandbox import BuiltinLoader

    return jinja2.PrefixLoader({BUILTIN_PREFIX.rstrip("/"): BuiltinLoader(builtin_templates_folder())})


def builtin_templates_folder() -> str:
    """The shipped templates: `foiagen.templates` when installed, ../templates in a checkout."""
    try:
        from importlib import resources

        folder = resources.files("foiagen.templates")
        if folder.joinpath(BUILTIN_TEMPLATE).is_file():
            return str(folder)
    except ModuleNotFoundError:
        pass
    return str(Path(__file__).resolve().parent.parent / "templates")


def user_environment(folder: Path, roots=()) -> jinja2.Environment:
    """A user's templates: sandboxed, reading only inside `folder` and `roots` (see sandbox);
    the shipped templates (foiagen/…) to extend."""
    from .confine import resolve_roots
    from .sandbox import ConfinedLoader, LimitedSandbox

    loader = jinja2.ChoiceLoader([_builtin_loader(), ConfinedLoader(folder, resolve_roots([folder, *roots]))])
    env = LimitedSandbox(loader=loader, autoescape=True,
                         undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                         keep_trailing_newline=True)
    return _configure(env)


def regulations_of(request: m.Request) -> list[str]:
    return list(dict.fromkeys(r for a in request.agencies for r in a.regulations))


def logo_ref(request: m.Request, requester: m.Requester) -> str:
    """The ref of a requester's logo for <logo ref="…"/> (see letter_images): its place in the list."""
    for i, q in enumerate(request.requesters):
        if q is requester and q.logo is not None:
            return str(i + 1)
    raise RenderError(f"{getattr(requester, 'organization', requester)!r} is not a requester with a logo")


def template_context(request: m.Request, registry: Registry) -> dict:
    regs = regulations_of(request)
    cites = citation_functions(registry, regs, request.date)
    rich = RichRenderer(request.footnotes, cites["cite"], cites["rule"])
    return {
        "r": request,
        "v": voice_of(request),
        "signature_contacts": signature_contacts(request),
        "fee_claims": fee_claims(request),
        **cites,
        "logo_ref": lambda requester: logo_ref(request, requester),
        "rich": rich.inline,
        "paras": rich.paragraphs,
        "regulation_names": [registry.authorities[r].name for r in regs if r in registry.authorities],
    }


def citation_functions(registry: Registry, regs: list, on) -> dict:
    """The template's citation functions (cite, statute, rule, has_rule, rules_named, rule_cites,
    law) for the addressed agencies' rules `regs` on the letter's date `on`, all from the registry."""

    def _join(citations) -> str:
        return "; ".join(c.cite for c in citations)

    def cite(meaning: str) -> str:
        """The statute's provision and each agency rule's, e.g. '5 U.S.C. § 552(a)(6)(E); 6 C.F.R. § 5.5(e)'."""
        _check(meaning)
        return _join(registry.cites(meaning, regs, on))  # "" where nothing is in force on the letter's date

    def statute(meaning: str) -> str:
        _check(meaning)
        return _join(registry.cites(meaning, [], on))

    def rule(meaning: str) -> str:
        """Only the agency rules' provisions ('' where no addressed agency's rule has one)."""
        _check(meaning)
        return _join(registry.cites(meaning, regs, on, statute=False))

    def has_rule(meaning: str) -> bool:
        return bool(rule(meaning))

    def rules_named(meaning: str) -> list[tuple[str, str]]:
        """Each agency rule's provision with the rule's name, e.g. [("DHS FOIA regulations", "6 C.F.R. Part 5"), …]:
        a letter to agencies under several rules says whose each is (legal audit 2026-12, finding 19)."""
        _check(meaning)
        return [(registry.authorities[c.authority].name, c.cite) for c in registry.cites(meaning, regs, on, statute=False)]

    def rule_cites(*meanings: str) -> str:
        """Each addressed agency rule's provisions for `meanings` in force on the letter's date, rule by rule
        ('6 C.F.R. § 5.3(a)(3); 6 C.F.R. § 5.21(e); 28 C.F.R. § 16.3(a)(3)'); '' where none is."""
        for meaning in meanings:
            _check(meaning)
        found = [registry.lookup(reg, meaning, on) for reg in regs for meaning in meanings]
        return _join(dict.fromkeys(c for c in found if c is not None))

    def _check(meaning: str) -> None:
        if not registry.known_meaning(meaning):
            raise RenderError(f"template asks for unknown citation meaning {meaning!r}")

    def law(authority: str, meaning: str) -> str:
        """A provision of a law other than the FOIA and the agency rules (e.g. 28 U.S.C. § 1746), or ""."""
        found = registry.lookup(authority, meaning, on)
        return found.cite if found else ""

    return {"law": law, "cite": cite, "statute": statute, "rule": rule, "has_rule": has_rule,
            "rules_named": rules_named, "rule_cites": rule_cites}


def letter_images(request: m.Request) -> dict[str, Image]:
    """The pictures the letter XML names by ref (XML cannot carry bytes): each requester's logo,
    described by the requester's name; the ref is the requester's place in the list."""
    return {str(i + 1): Image(q.logo.data, q.logo.mime, q.logo.width_px, q.logo.height_px, q.organization)
            for i, q in enumerate(request.requesters) if q.logo is not None}


def render_letter_xml(request: m.Request, registry: Registry | None = None, template_path: Path | None = None,
                      roots=(), kind: str = BUILTIN_TEMPLATE, extra: dict | None = None) -> str:
    """The letter XML of `request` through a template: the user's, or the shipped one of `kind`
    (letter.xml.j2, the request; appeal.xml.j2 and the other follow-ups take `extra` context)."""
    registry = registry or load_registry()
    if template_path is not None:
        env = user_environment(template_path.parent, roots)
        name = template_path.name
    else:
        env = builtin_environment()
        name = BUILTIN_PREFIX + kind
    try:
        template = env.get_template(name)
        context = {**template_context(request, registry), **(extra or {})}
        if template_path is None:
            return template.render(context)
        from .sandbox import render_limited

        return render_limited(template, context)
    except jinja2.TemplateSyntaxError as exc:
        raise RenderError(f"template syntax error: {exc.message}", exc.filename or name, exc.lineno) from None
    except jinja2.TemplateNotFound as exc:
        raise RenderError(f"template not found: {exc.name}", name) from None
    except jinja2.UndefinedError as exc:
        raise RenderError(f"template uses an undefined value: {exc.message}", *_origin(exc, template_path, name)) from None
    except jinja2.exceptions.SecurityError as exc:
        raise RenderError(f"template tried an unsafe operation: {exc}", *_origin(exc, template_path, name)) from None
    except RenderError as exc:
        if not exc.line:
            exc.file, exc.line = _origin(exc, template_path, name)
        raise
    except (Exception, RecursionError) as exc:
        if template_path is None:
            raise
        # a user template's own fault (a limit, 1/0, a bad filter argument, endless recursion)
        raise RenderError(_template_fault(exc), *_origin(exc, template_path, name)) from None


def _template_fault(exc: BaseException) -> str:
    from .sandbox import TemplateLimit

    if isinstance(exc, TemplateLimit):
        return str(exc)
    if isinstance(exc, RecursionError):
        return "template recursion is too deep (a macro that calls itself without end?)"
    detail = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"template failed: {type(exc).__name__}{': ' + detail if detail else ''}"


def _origin(exc: BaseException, template_path: Path | None, name: str) -> tuple[str, int]:
    """(template, line) a rendering error came from (Jinja keeps template lines in tracebacks):
    the line in the user's own template when the error passed through it, else the innermost
    template frame (a block of a shipped template the user's extends)."""
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(TEMPLATE_SUFFIXES)]
    if template_path is not None:
        own = [f for f in frames if f.filename == str(template_path) or f.filename.endswith("/" + template_path.name)]
        if own:
            return name, own[-1].lineno
    if not frames:
        return name, 0
    last = Path(frames[-1].filename)
    shipped = last.parent == Path(builtin_templates_folder())
    return (BUILTIN_PREFIX + last.name if shipped else str(last)), frames[-1].lineno


def render_document(request: m.Request, registry: Registry | None = None, template_path: Path | None = None,
                    roots=()) -> Document:
    """The letter's Document, its typography decided (foiagen.typography) for every writer."""
    return letter_document(render_letter_xml(request, registry, template_path, roots), request)


def letter_document(xml: str, request: m.Request) -> Document:
    """The Document of a letter's XML: parsed, then typeset."""
    from .typography import typeset

    return typeset(parse_letter(xml, images=letter_images(request)), smart_quotes=request.smart_quotes)
