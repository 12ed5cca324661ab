"""The library's verbs: load and check a spec, render it, write its outputs.

The CLI is a thin shell over these; tests and other programs call them directly.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import model as m
from .diagnostics import Diagnostic, has_errors, locate_includes, sort_diagnostics
from .registry import Registry, load_registry
from .source import SourceFiles, display_path, load_file  # display_path: re-exported for the CLI
from .spec import Context, read_request


@dataclass
class Loaded:
    path: Path
    request: m.Request | None
    diagnostics: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.request is not None and not has_errors(self.diagnostics)


def load_request(path: Path, registry: Registry | None = None, variation=None, roots=(), deep: bool = True) -> Loaded:
    """Read, parse and validate one spec; every problem comes back located.

    `variation` (see batch.Variation) changes values of the spec before it is checked;
    problems in the changed values are reported in the variations file.  Includes and
    logos are read only from the spec's folder tree and the folders in `roots`.  `deep=False`
    (render) leaves out the warnings only validate gives (rules.VALIDATE_ONLY: case citations).
    """
    from .confine import resolve_roots

    registry = registry or load_registry()
    display = display_path(path)
    files = SourceFiles()  # each file read once: the rules locate words in these texts and follow includes to these trees
    root, diagnostics = load_file(path, display, files=files)
    if root is None:
        return Loaded(path, None, sort_diagnostics(diagnostics))
    if variation is not None:
        root, problems = variation.apply(root)
        diagnostics += problems
    ctx = Context(registry, resolve_roots([path.parent, *roots]), files)
    request = read_request(ctx, root)
    diagnostics += ctx.diagnostics
    if request is not None and request.template:
        request = _own_template(request, root, ctx.roots, diagnostics)
    if request is not None:
        diagnostics += check_request(request, root, registry, deep, files)
    return Loaded(path, request, sort_diagnostics(locate_includes(diagnostics, ctx.include_sites)))


def _own_template(request: m.Request, root, roots, diagnostics: list) -> m.Request:
    """A spec's `template:` (a path relative to the spec) as an absolute path render will use; it
    must be a file inside the spec's folder tree (or --root)."""
    from dataclasses import replace

    from .confine import RefusedRead, check_confined
    from .rules import report

    node = root.value.get("template") if root.kind == "map" else None
    where = (node.file, node.line, node.column) if node is not None else root.where("template")
    path = Path(where[0]).parent / request.template
    try:
        resolved = check_confined(path, roots)
    except RefusedRead as exc:
        diagnostics.append(report(exc.rule, where, f"template {request.template!r}: {exc.message}"))
        return request
    if not resolved.is_file():
        diagnostics.append(report("template-error", where, f"template file {request.template!r} not found (looked for {display_path(path)})"))
        return request
    return replace(request, template=str(resolved))


def check_request(request: m.Request, root, registry: Registry, deep: bool = True, files: SourceFiles | None = None) -> list[Diagnostic]:
    """The rules over a request that loaded (foiagen/rules): the law on its date, then its free text.
    `files` (what load_request read) spares the rules reading a file again."""
    from functools import partial

    from .rules import check_request as run_rules

    return run_rules(request, root, registry, partial(load_included, files=files), deep,
                     files.texts if files is not None else None)


def load_included(node, files: SourceFiles | None = None) -> object:
    """The tree of the file a mapping `{include: path}` names (the rules follow includes with it):
    the one the spec's reader loaded, when it did, else read now."""
    path = Path(node.file).parent / node.value["include"].value
    if files is not None:
        known, tree = files.tree(path)
        if known:
            return tree
    loaded, _ = load_file(path, display_path(path.resolve()), files=files)
    return loaded


def render_outputs(request: m.Request, formats: list[str], registry: Registry | None = None,
                   template_path: Path | None = None) -> dict[str, bytes]:
    """Render the letter once and write it in each format (bytes per format)."""
    from .render import render_document

    document = render_document(request, registry, template_path)
    return write_formats(document, formats, house_options(request, None))


def house_options(request: m.Request, options):
    """`options` with the spec's house style (a reference DOCX) unless --reference-docx gave one."""
    if not request.house_style or (options is not None and options.reference_docx):
        return options
    from dataclasses import replace

    from .writers import WriterOptions

    return replace(options or WriterOptions(), reference_docx=request.house_style)


def write_formats(document, formats: list[str], options=None) -> dict[str, bytes]:
    """Each format's bytes; `options` (writers.WriterOptions) dates the files (default: the letter's date)."""
    from .writers import get_writer

    if options is not None and options.reference_docx and "pdf" in formats:
        from dataclasses import replace

        from .writers.docx_reference import page_setup

        document = replace(document, page=page_setup(options.reference_docx))  # the PDF takes its page and margins
    out = {}
    for fmt in formats:
        data = get_writer(fmt)(document, options)
        out[fmt] = data.encode("utf-8") if isinstance(data, str) else data
    return out


def letters_of(request: m.Request, per_agency: bool) -> list[tuple[str, m.Request]]:
    """The letters a request makes: one joint letter, or one per agency (suffix, request)."""
    if not per_agency or len(request.agencies) == 1:
        return [("", request)]
    from dataclasses import replace

    out, seen = [], set()
    for agency in request.agencies:
        # ids of inline agencies are slugs of their names, and two names can share one ('Ñ' and 'É'
        # are both ''): a number keeps each letter's file its own
        base = f"-{agency.id}" if agency.id.strip("-") else "-agency"
        suffix, n = base, 1
        while suffix in seen:
            n += 1
            suffix = f"{base}-{n}"
        seen.add(suffix)
        out.append((suffix, replace(request, agencies=(agency,))))
    return out


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written letter, nor
    (when it fails) a folder it made."""
    from .outputs import kept_mode, make_folders, remove_empty

    made: list[str] = []
    tmp = None
    try:
        make_folders([path.parent], made)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, kept_mode(path))
        os.replace(tmp, path)
    except BaseException:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
        remove_empty(made)
        raise
