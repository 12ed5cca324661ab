"""The spec's objects, one reader each (request, requester, agency, records, expedite, fees,
closing, signatories): a Node tree becomes a Request, every problem reported at its node."""

from __future__ import annotations

import re

from .. import model as m
from ..source import Node
from .assets import read_logo
from .footnotes import check_footnotes, read_footnotes
from .letter import read_enclosure, read_house_style, read_section, read_standard
from .person import read_subject_person
from .reader import Context, _items, read_date, read_str
from .richtext import Reader, read_paragraphs, read_rich


def _agency_hint(query: str, registry) -> str:
    """Agencies whose id, abbreviation, alias or name matches the words given; never a near spelling.

    A near spelling of an agency code is usually another agency's ('tva' is one letter from 'va'),
    and a letter to the one citing the other's rule is wrong law; so only a match of the same words
    is offered."""
    found = [a for a in registry.search_agencies(query) if a.id != query][:3] if query.strip() else []
    if found:
        return "; the directory has " + ", ".join(f"'{a.id}' ({a.name}{', ' + a.office[0] if a.office else ''})" for a in found)
    return ""


# -- the spec's objects ----------------------------------------------------------------
def read_request(ctx: Context, root: Node) -> m.Request | None:
    spec = Reader(ctx, root, "spec")
    spec.get("foiagen")  # optional format version marker
    date = spec.date("date")
    title = spec.str("title")
    subject = spec.str("subject")
    delivery = spec.str("delivery")
    salutation = spec.str("salutation")
    template = spec.str("template")
    scope = spec.choice("scope")
    smart_quotes = spec.bool("smart_quotes")
    requesters = tuple(r for r in (read_requester(ctx, n) for n in _items(ctx, spec.seq("requesters"))) if r)
    agencies = tuple(a for a in (read_agency(ctx, n) for n in _items(ctx, spec.seq("agencies"))) if a)
    components = tuple(c for c in (read_component(ctx, n) for n in _items(ctx, spec.seq("components"))) if c)
    purpose = spec.paragraphs("purpose")
    definitions = tuple(d for n in _items(ctx, spec.seq("definitions")) for d in read_definitions(ctx, n))
    background = spec.paragraphs("background")
    footnotes = read_footnotes(ctx, spec.get("footnotes"))
    records_node = spec.get("records")
    records = read_records(ctx, records_node) if records_node is not None else None
    expedite_node = spec.get("expedite")
    expedite = read_expedite(ctx, expedite_node) if expedite_node is not None else None
    fees_node = spec.get("fees")
    fees = read_fees(ctx, fees_node) if fees_node is not None else None
    if fees is None and any(q.fee_category for q in requesters):
        fees = m.Fees()  # a requester's own category is stated in the letter's fee section
    closing_node = spec.get("closing")
    closing = read_closing(ctx, closing_node) if closing_node is not None else m.Closing()
    signatories = tuple(s for s in (read_signatory(ctx, n) for n in _items(ctx, spec.seq("signatories"))) if s)
    standard = read_standard(ctx, spec.get("standard"), read_paragraphs)
    sections = tuple(x for x in (read_section(ctx, n, read_paragraphs) for n in _items(ctx, spec.seq("sections"))) if x)
    enclosures = tuple(x for x in (read_enclosure(ctx, n) for n in _items(ctx, spec.seq("enclosures"))) if x)
    house_node = spec.get("house_style")
    house_style = read_house_style(ctx, house_node) if house_node is not None else b""
    person_node = spec.get("subject_person")
    person = read_subject_person(ctx, person_node, requesters, date, agencies) if person_node is not None else None
    spec.finish()
    if None in (date, records) or not title or not subject or not requesters or not agencies or not signatories:
        return None
    request = m.Request(
        date=date, title=title, subject=subject, delivery=delivery, salutation=salutation,
        requesters=requesters, agencies=agencies, components=components, purpose=purpose,
        definitions=definitions, background=background, footnotes=footnotes, records=records,
        expedite=expedite, fees=fees, closing=closing, signatories=signatories, template=template,
        builtin=standard, sections=sections, enclosures=enclosures, scope=scope,
        smart_quotes=smart_quotes, house_style=house_style, subject_person=person,
    )
    if expedite is not None and not expedite.certified_by:
        from dataclasses import replace

        request = replace(request, expedite=replace(expedite, certified_by=signatories[0].name))
    if expedite_node is not None:
        check_dissemination(ctx, expedite_node, request)
    check_footnotes(ctx, root, request)
    return request


def read_requester(ctx: Context, node: Node) -> m.Requester | None:
    """An organization, an individual writing for themself, or counsel writing for named clients."""
    obj = Reader(ctx, node, "requester")
    logo_node = obj.get("logo")
    organization, name = obj.str("organization"), obj.str("name")
    kind = (obj.choice("kind") if obj.get("kind") is not None else "") or ("individual" if name and not organization else "organization")
    letterhead_default = kind == "organization" or (kind == "counsel" and bool(organization))
    letterhead = obj.bool("letterhead") if obj.get("letterhead") is not None else letterhead_default
    r = m.Requester(
        organization=organization, kind=kind, name=name, clients=obj.lines("clients"),
        short_name=obj.str("short_name"),
        heading=obj.str("heading"),
        letterhead=letterhead,
        description=obj.paragraphs("description"),
        address=obj.lines("address"),
        email=obj.str("email"),
        phone=obj.str("phone"),
        website=obj.str("website"),
        logo=read_logo(ctx, logo_node) if logo_node is not None else None,
        fee_category=obj.choice("fee_category"),
        fee_showing=obj.paragraphs("fee_showing"),
    )
    obj.finish()
    _check_own_fee_status(ctx, node, r)
    return r if obj.ok and _requester_complete(ctx, node, r) else None


def _check_own_fee_status(ctx: Context, node: Node, r: m.Requester) -> None:
    """A requester's own fee category needs its showing; a showing needs a category to show."""
    if r.fee_showing and not r.fee_category:
        ctx.error(node, "'fee_showing' shows nothing without 'fee_category': say which fee category it shows", "unused-key",
                  key="fee_showing", hint="add fee_category (news_media, educational, scientific, other or commercial)")
    elif r.fee_category and not r.fee_showing:
        check_fee_showing(ctx, node, "fee_category", r.fee_category, (), "fee_showing", r.display_name)


def _requester_complete(ctx: Context, node: Node, r: m.Requester) -> bool:
    """Each kind of requester has the names it speaks with."""
    hint = "write `name:` for a person writing for themself; `kind: counsel` with `name:` and `clients:` for a lawyer"
    if r.kind == "organization" and not r.organization:
        ctx.error(node, "a requester needs 'organization' (or 'name' for a person writing for themself)", "missing-field", hint=hint)
        return False
    if r.kind in ("individual", "counsel") and not r.name:
        ctx.error(node, f"a requester of kind '{r.kind}' needs 'name': the person's own name", "missing-field", key="kind", hint=hint)
        return False
    if r.kind == "counsel" and not r.clients:
        ctx.error(node, "counsel needs 'clients': the names of the clients the request is made for", "missing-field", key="kind", hint=hint)
        return False
    if r.kind != "counsel" and r.clients:
        ctx.error(node, "'clients' belongs to a requester of kind 'counsel'", "bad-value", key="clients", hint=hint)
    return True


def read_agency(ctx: Context, node: Node) -> m.Agency | None:
    """An agency by directory id (`ice`), by id with overrides, or fully inline."""
    if node.kind == "str":
        return _directory_agency(ctx, node, read_str(ctx, node, "an agency id"), {})
    obj = Reader(ctx, node, "agency")
    agency_id = obj.str("id")
    officer_node = obj.get("attention")
    officer = None
    if officer_node is not None:
        o = Reader(ctx, officer_node, "officer")
        officer = m.Officer(o.str("name"), o.str("title"))
        o.finish()
    fields = {
        "name": obj.str("name"),
        "abbreviation": obj.str("abbreviation"),
        "department": obj.str("department"),
        "regulation": obj.str("regulation"),
        "office": obj.lines("office"),
        "address": obj.lines("address"),
        "email": obj.str("email"),
        "portal": obj.str("portal"),
    }
    article = obj.choice("article")
    obj.finish()
    overrides = {k: v for k, v in fields.items() if v and k != "regulation"}
    if article:
        overrides["article"] = "" if article == "none" else article
    elif fields["name"]:
        overrides["article"] = m.default_article(fields["name"])
    if officer is not None:
        overrides["officer"] = officer
    if agency_id:
        if fields["regulation"]:  # a directory office given another rule of the registry's
            overrides["regulation"] = _inline_regulation(ctx, node, fields)
        return _directory_agency(ctx, node, agency_id, overrides, key="id")
    if not fields["name"]:
        ctx.error(node, "an agency needs an 'id' from the agency directory or a 'name'", "missing-field",
                  hint="run `foiagen agencies` to list the directory")
        return None
    slug = re.sub(r"[^a-z0-9]+", "-", fields["name"].lower()).strip("-")
    if not fields["department"]:
        overrides["department"] = slug
        return m.Agency(id=slug, regulation=_inline_regulation(ctx, node, fields), **overrides)
    if fields["department"] == "none":  # an agency of its own the directory lacks: its own rule if named, else the statute alone
        overrides["department"] = slug
        return m.Agency(id=slug, regulation=_inline_regulation(ctx, node, fields) if fields["regulation"] else "", **overrides)
    regulation = ""
    if ctx.registry is not None:
        dept = ctx.registry.agency(fields["department"])
        if dept is None:
            ctx.error(node, f"unknown department {fields['department']!r}{_agency_hint(fields['department'], ctx.registry)}", "unknown-agency", key="department",
                      hint="run `foiagen agencies WORDS` to search the directory; an agency not in it cannot be given another agency's regulation")
        else:
            regulation = _inline_regulation(ctx, node, fields) if fields["regulation"] else dept.regulation
    return m.Agency(id=slug, regulation=regulation, **overrides)


def _inline_regulation(ctx: Context, node: Node, fields: dict) -> str:
    """The registry authority an inline agency's 'regulation' (a C.F.R. part) names; "" = the statute alone."""
    part = fields["regulation"]
    if not part:
        ctx.error(node, f"{fields['name']!r} is not in the directory and names no 'regulation' or 'department': the letter cites the FOIA, "
                  "5 U.S.C. § 552, alone", "agency-without-regulation")
        return ""
    if ctx.registry is None:
        return ""
    found = ctx.registry.authority_for_part(part)
    if found is None:
        ctx.error(node, f"regulation {part!r} is not in foiagen's registry, so the letter cannot cite it", "unknown-regulation", key="regulation")
        return ""
    return found


def _directory_agency(ctx: Context, node: Node, agency_id: str, overrides: dict, key: str | None = None) -> m.Agency | None:
    if ctx.registry is None:
        return m.Agency(id=agency_id, name=agency_id)
    base = ctx.registry.agency(agency_id)
    if base is None:
        ctx.error(node, f"unknown agency id {agency_id!r}{_agency_hint(agency_id.lower(), ctx.registry)}", "unknown-agency", key=key,
                  hint="run `foiagen agencies` to list the directory, or write the agency inline with name, department and address")
        return None
    agency = base.to_model()
    if overrides:
        from dataclasses import replace

        agency = replace(agency, **overrides)
    return agency


def read_component(ctx: Context, node: Node) -> m.Component | None:
    if node.kind == "str":
        return m.Component(read_str(ctx, node, "a component"))
    obj = Reader(ctx, node, "component")
    c = m.Component(obj.str("name"), obj.str("abbreviation"))
    obj.finish()
    return c if c.name else None


def read_definitions(ctx: Context, node: Node) -> list[m.Definition]:
    obj = Reader(ctx, node, "definition")
    d = m.Definition(obj.str("term"), obj.rich("text"))
    obj.finish()
    return [d] if d.term and d.text else []


def read_date_range(ctx: Context, node: Node) -> m.DateRange | None:
    obj = Reader(ctx, node, "date_range")
    start = obj.date("from")
    to_node = obj.get("to")
    end, end_words = None, ""
    if to_node is not None and to_node.kind == "str" and to_node.value.strip() in m.DATE_RANGE_ENDS:
        end_words = m.DATE_RANGE_ENDS[to_node.value.strip()]
    elif to_node is not None:
        end = read_date(ctx, to_node, "to")
    obj.finish()
    if end_words:
        return m.DateRange(start, None, end_words)
    if start is None and end is None:
        if obj.ok:
            ctx.error(node, "a date range needs 'from', 'to' or both", "missing-field")
        return None
    if start and end and end < start:
        ctx.error(node, f"date range ends ({end}) before it starts ({start})", "reversed-date-range")
    return m.DateRange(start, end)


def read_category(ctx: Context, node: Node) -> m.Category | None:
    if node.kind in ("str", "seq"):  # just its text (or a list of segments)
        text = read_rich(ctx, node)
        return m.Category(text) if text else None
    obj = Reader(ctx, node, "category")
    text = obj.rich("text")
    items = tuple(read_rich(ctx, n) for n in _items(ctx, obj.seq("items")))
    dr_node = obj.get("date_range")
    date_range = read_date_range(ctx, dr_node) if dr_node is not None else None
    search = obj.paragraphs("search")
    obj.finish()
    return m.Category(text, tuple(i for i in items if i), date_range, search) if text else None


def read_records(ctx: Context, node: Node) -> m.Records | None:
    obj = Reader(ctx, node, "records")
    intro = obj.rich("intro")
    cats = tuple(c for c in (read_category(ctx, n) for n in _items(ctx, obj.seq("categories"))) if c)
    dr_node = obj.get("date_range")
    date_range = read_date_range(ctx, dr_node) if dr_node is not None else None
    redaction = obj.paragraphs("redaction")
    fmt = obj.paragraphs("format")
    keywords = obj.lines("keywords")
    obj.finish()
    if not cats:
        return None
    return m.Records(cats, intro, date_range, redaction, fmt, keywords)


def read_expedite(ctx: Context, node: Node) -> m.Expedite | None:
    obj = Reader(ctx, node, "expedite")
    grounds_node = obj.get("grounds")
    grounds: dict = {}
    if grounds_node is not None:
        g = Reader(ctx, grounds_node, "grounds")
        for ground in g.shape.keys:
            paras = g.paragraphs(ground)
            if paras:
                grounds[ground] = paras
        g.finish()
        if g.ok and not grounds:
            ctx.error(grounds_node, "expedited processing needs at least one ground with its justification: "
                      + ", ".join(m.EXPEDITE_GROUNDS), "expedite-without-basis")
    dissemination = obj.paragraphs("dissemination")
    cert_node = obj.get("certification")
    certified_by, declaration = "", ""
    certified = False
    if cert_node is not None:
        if cert_node.kind == "str" and cert_node.value in ("true", "false"):
            certified = cert_node.value == "true"
        else:
            c = Reader(ctx, cert_node, "certification")
            certified_by = c.str("by")
            declaration = c.choice("declaration")
            certified = c.ok
            c.finish()
        if not certified:
            ctx.error(cert_node, f"expedited processing must be certified true and correct ({_statute_cite(ctx, 'expedite.certification')}); set 'certification: true'",
                      "expedite-without-certification")
    obj.finish()
    if not grounds or not certified:
        return None
    return m.Expedite(grounds, dissemination, certified_by, declaration)


def check_dissemination(ctx: Context, node: Node, request: m.Request) -> None:
    """The urgency prong needs a showing that the requester is primarily engaged in disseminating information."""
    e = request.expedite
    if e is None or "urgency_to_inform" not in e.grounds or e.dissemination:
        return
    if any(q.description for q in request.requesters):
        return
    grounds = node.value.get("grounds") if node.kind == "map" else None
    at = grounds if grounds is not None and grounds.kind == "map" else node
    ctx.error(at, "the urgency-to-inform ground needs a showing that the requester is primarily engaged in disseminating "
              f"information ({_statute_cite(ctx, 'expedite.urgency_to_inform')}); without it the letter would assert what nothing supports",
              "urgency-without-dissemination", key="urgency_to_inform" if at is grounds else None,
              hint="add 'expedite.dissemination' or a requester 'description' saying how the requester disseminates information")


def _statute_cite(ctx: Context, meaning: str) -> str:
    """The statute's citation for `meaning`, from the registry's data (never spelt in code)."""
    authority = ctx.registry.authorities.get("foia") if ctx.registry is not None else None
    entries = authority.citations.get(meaning, ()) if authority is not None else ()
    return entries[-1].cite if entries else "the statute"


def _rule_cites(ctx: Context, meaning: str) -> str:
    """' (6 C.F.R. § 5.11(b)(4))': the agency rules' current citations for `meaning`, from the registry (an entry
    with an end date, such as DOJ's 2015 § 16.10(b)(4), is no rule in force today and is not named)."""
    cites = [] if ctx.registry is None else [entries[-1].cite for a in ctx.registry.authorities.values()
                                             if a.kind == "regulation" for entries in [a.citations.get(meaning, ())]
                                             if entries and entries[-1].end is None]
    return f" ({'; '.join(dict.fromkeys(cites))})" if cites else ""


def _factors(ctx: Context, node: Node, shape: str) -> tuple[m.Paragraphs, dict]:
    """Paragraphs, or a mapping of named factors to paragraphs."""
    if node.kind == "map":
        obj = Reader(ctx, node, shape)
        factors = {}
        for name in obj.shape.keys:
            paras = obj.paragraphs(name)
            if paras:
                factors[name] = paras
        obj.finish()
        return (), factors
    return read_paragraphs(ctx, node), {}


def read_fees(ctx: Context, node: Node) -> m.Fees | None:
    obj = Reader(ctx, node, "fees")
    category = obj.choice("category")
    news_media = obj.paragraphs("news_media")
    max_amount = obj.str("max_amount")
    pay = ""
    if max_amount.lower() in ("none", "0", "$0", "0.00", "$0.00"):
        pay, max_amount = "none", ""
    elif max_amount and not re.fullmatch(r"\$?\d{1,7}(\.\d{2})?", max_amount.replace(",", "")):
        ctx.error(obj.get("max_amount"), f"'max_amount' must be an amount in dollars such as 25 or 100.00, or none; got {max_amount!r}", "bad-value")
        max_amount = ""
    notify = obj.bool("notify_before_charges")
    waiver = None
    waiver_node = obj.get("waiver")
    if waiver_node is not None:
        w = Reader(ctx, waiver_node, "waiver")
        pi_node = w.get("public_interest")
        ci_node = w.get("commercial_interest")
        w.finish()
        pi, pi_factors = _factors(ctx, pi_node, "public_interest_factors") if pi_node else ((), {})
        ci, ci_factors = _factors(ctx, ci_node, "commercial_factors") if ci_node else ((), {})
        if pi or pi_factors:  # the commercial-interest section is optional: a requester may have none to argue
            waiver = m.FeeWaiver(pi, pi_factors, ci, ci_factors)
    showings = {c: obj.paragraphs(c) for c in ("educational", "scientific")}
    check_fee_showing(ctx, node, "category", category, showings.get(category, news_media), category, "the requesters")
    obj.finish()
    return m.Fees(category, news_media, waiver, max_amount.lstrip("$"), institution=showings.get(category, ()), pay=pay, notify=notify)


def check_fee_showing(ctx: Context, node: Node, key: str, category: str, showing, showing_key: str, who: str) -> None:
    """News-media, educational and scientific status each need their showing (reported at `key` of `node`)."""
    if showing or category not in ("news_media", "educational", "scientific"):
        return
    if category == "news_media":
        ctx.error(node, f"news-media fee status needs '{showing_key}': why {who} "
                  f"{'are representatives' if who == 'the requesters' else 'is a representative'} of the news media",
                  "news-media-without-showing", key=key)
        return
    what = "an educational institution (a school that operates a program of scholarly research)" if category == "educational" \
        else "a noncommercial scientific institution (operated solely to conduct scientific research)"
    ctx.error(node, f"{category} fee status needs '{showing_key}': a showing that the request is made by {what} and "
              f"under its auspices, for its scholarly or scientific research{_rule_cites(ctx, f'fees.{category}_definition')}",
              "institution-status-without-showing", key=key)


def read_closing(ctx: Context, node: Node) -> m.Closing:
    obj = Reader(ctx, node, "closing")
    deliver = obj.get("deliver_records_to")
    email, address = "", ()
    if deliver is not None:
        d = Reader(ctx, deliver, "delivery_address")
        email, address = d.str("email"), d.lines("address")
        d.finish()
    c = m.Closing(
        paragraphs=obj.paragraphs("paragraphs"),
        contact_phone=obj.str("contact_phone"),
        contact_email=obj.str("contact_email"),
        deliver_email=email,
        deliver_address=address,
        valediction=obj.str("valediction"),
    )
    obj.finish()
    return c


def read_signatory(ctx: Context, node: Node) -> m.Signatory | None:
    obj = Reader(ctx, node, "signatory")
    s = m.Signatory(
        name=obj.str("name"),
        title=obj.str("title"),
        organization=obj.str("organization"),
        signature=obj.choice("signature"),
    )
    obj.finish()
    return s if s.name else None
