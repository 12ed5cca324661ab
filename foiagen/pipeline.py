"""The library's verbs: load and check a spec, render it, write its outputs.

The CLI is a thin shell over these; tests and other programs call them directly.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from . import model as m
from .diagnostics import Diagnostic, has_errors, sort_diagnostics
from .registry import Registry, load_registry
from .source import display_path, load_file  # display_path: re-exported for the CLI
from .spec import Context, read_request


@dataclass
class Loaded:
    path: Path
    request: m.Request | None
    diagnostics: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.request is not None and not has_errors(self.diagnostics)


def load_request(path: Path, registry: Registry | None = None, variation=None) -> Loaded:
    """Read, parse and validate one spec; every problem comes back located.

    `variation` (see batch.Variation) changes values of the spec before it is checked;
    problems in the changed values are reported in the variations file.
    """
    registry = registry or load_registry()
    display = display_path(path)
    root, diagnostics = load_file(path, display)
    if root is None:
        return Loaded(path, None, sort_diagnostics(diagnostics))
    if variation is not None:
        root, problems = variation.apply(root)
        diagnostics += problems
    ctx = Context(registry)
    request = read_request(ctx, root)
    diagnostics += ctx.diagnostics
    if request is not None:
        diagnostics += check_request(request, root, registry)
    return Loaded(path, request, sort_diagnostics(diagnostics))


def check_request(request: m.Request, root, registry: Registry) -> list[Diagnostic]:
    """Checks that need the registry: the letter's date and agency-only grounds."""
    out = []
    file, line, col = root.where("date")
    earliest = registry.earliest_statute_date()
    if request.date < earliest:
        out.append(Diagnostic(file, line, col, "error",
                              f"letter dated {request.date} is before {earliest}, the earliest date for which foiagen's registry holds verified FOIA text",
                              "date-outside-registry"))
    regs = [a.regulation for a in request.agencies if a.regulation]
    if request.expedite:
        f, l, c = root.where("expedite")
        for ground in request.expedite.grounds:
            if ground in ("due_process", "media_interest") and not registry.cites(f"expedite.{ground}", regs, request.date, statute=False):
                names = ", ".join(a.name_for_text for a in request.agencies)
                out.append(Diagnostic(f, l, c, "error",
                                      f"expedite ground '{ground}' exists only in some agencies' regulations, and none of {names} has it in foiagen's registry on {request.date}; the statute has only imminent_threat and urgency_to_inform",
                                      "agency-only-ground"))
        out += _check_routing(request, root, registry)
    out += _check_institution_status(request, root)
    out += _check_cite_refs(request, registry, regs)
    out += _check_channels(request, root)
    from .lint import lint_request
    out += lint_request(request, root, registry)
    return out


def _where_in(root, *keys) -> tuple[str, int, int]:
    """The location of the deepest of the nested keys that the spec spells out."""
    node, where = root, root.where()
    for key in keys:
        if node.kind != "map" or key not in node.value:
            break
        where = node.where(key)
        node = node.value[key]
    return where


def _check_institution_status(request: m.Request, root) -> list[Diagnostic]:
    """Educational and scientific status belong to institutions: an individual cannot hold them."""
    fees = request.fees
    if fees is None or fees.category not in ("educational", "scientific"):
        return []
    people = [q for q in request.requesters if getattr(q, "kind", "organization") == "individual"]
    if not people:
        return []
    names = ", ".join(getattr(q, "name", "") or q.organization for q in people)
    return [Diagnostic(*_where_in(root, "fees", "category"), "error",
                       f"{fees.category} fee status belongs to an institution, and {names} is an individual requester: a person "
                       "may request under an institution's auspices only as the institution (6 C.F.R. § 5.11(b)(4)-(5); "
                       "28 C.F.R. § 16.10(b)(4)-(5))", "institution-status-for-individual",
                       "name the institution as the requester with its showing, or use category 'other'")]


def _check_routing(request: m.Request, root, registry: Registry) -> list[Diagnostic]:
    """A ground an agency's rule sends to one office (DHS § 5.5(e)(2), DOJ § 16.5(e)(2)) must be addressed to it."""
    out = []
    for ground in request.expedite.grounds:
        addressed = {a.id for a in request.agencies}
        for agency in request.agencies:
            routing = registry.lookup(agency.regulation, f"expedite.{ground}.routing", request.date)
            if routing is None or not routing.route_to or addressed & set(routing.route_to):
                continue
            office = registry.agencies.get(routing.route_to[0])
            office_name = " ".join((office.office or (office.name,))[:1]) if office else routing.route_to[0]
            out.append(Diagnostic(*_where_in(root, "expedite", "grounds", ground), "error",
                                  f"expedite ground '{ground}' must be submitted to the {office_name} under {routing.cite}, "
                                  f"and the letter is not addressed to it; add agency '{routing.route_to[0]}' or drop the ground",
                                  "expedite-ground-not-routed",
                                  f"add '{routing.route_to[0]}' to 'agencies' (the clock for this ground starts when that office receives the request)"))
            break
    return out


_DELIVERY_WORDS = (("email", ("email", "e-mail")), ("fax", ("fax", "facsimile")), ("mail", ("u.s. mail", "first-class mail", "certified mail", "by mail", "postal mail", "overnight mail", "mail")))


def delivery_channels(delivery: str) -> list[str]:
    """The channels a 'Via …' line names ("Via email, U.S. Mail, and online portal")."""
    text = delivery.lower().replace("e-mail", "email")
    found = []
    for channel, words in _DELIVERY_WORDS:
        probe = text.replace("email", "") if channel == "mail" else text
        if any(w in probe for w in words):
            found.append(channel)
    return found


def _check_channels(request: m.Request, root) -> list[Diagnostic]:
    """Warn where the letter says it goes by a channel an agency no longer (or never) takes."""
    out = []
    if not request.delivery:
        return out
    file, line, col = root.where("delivery")
    node = root.value.get("delivery") if root.kind == "map" else None
    if node is not None:
        line, col = node.line, node.column
    for channel in delivery_channels(request.delivery):
        refusing = [a for a in request.agencies if not a.accepts(channel, request.date)]
        if refusing:
            names = ", ".join(a.name_for_text for a in refusing)
            portal = " through its online portal" if all(a.portal_only(request.date) for a in refusing) else " by the channels it accepts"
            out.append(Diagnostic(file, line, col, "warning",
                                  f"the letter says it goes by {channel}, but on {request.date} {names} does not accept requests by {channel}; submit it{portal}",
                                  "channel-not-accepted",
                                  "change 'delivery' (e.g. 'Via online portal'); `foiagen render` writes the portal form texts beside the letter"))
    return out


def _check_cite_refs(request: m.Request, registry: Registry, regs) -> list[Diagnostic]:
    """A {cite: …} in user text must resolve for these agencies on this date."""
    out = []
    for seg in request.segments():
        if isinstance(seg, m.CiteRef) and not registry.cites(seg.meaning, regs, request.date, statute=not seg.rule_only):
            names = ", ".join(a.name_for_text for a in request.agencies)
            out.append(Diagnostic(*seg.where, "error",
                                  f"no citation for {seg.meaning!r} is in force for {names} on {request.date} in foiagen's registry",
                                  "citation-not-in-force"))
    return out


def render_outputs(request: m.Request, formats: list[str], registry: Registry | None = None,
                   template_path: Path | None = None) -> dict[str, bytes]:
    """Render the letter once and write it in each format (bytes per format)."""
    from .render import render_document

    document = render_document(request, registry, template_path)
    return write_formats(document, formats)


def write_formats(document, formats: list[str]) -> dict[str, bytes]:
    from .writers import get_writer

    out = {}
    for fmt in formats:
        data = get_writer(fmt)(document)
        out[fmt] = data.encode("utf-8") if isinstance(data, str) else data
    return out


def letters_of(request: m.Request, per_agency: bool) -> list[tuple[str, m.Request]]:
    """The letters a request makes: one joint letter, or one per agency (suffix, request)."""
    if not per_agency or len(request.agencies) == 1:
        return [("", request)]
    from dataclasses import replace

    return [(f"-{agency.id}", replace(request, agencies=(agency,))) for agency in request.agencies]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written letter."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; a letter gets the usual mode
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
