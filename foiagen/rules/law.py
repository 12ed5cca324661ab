"""Rules of the law on the letter's date: the registry's dates, expedite grounds and certification,
fee-status showings, citation segments in force, the channels an agency accepts.

Some are raised by foiagen/spec.py while it reads a spec; the checks that need the whole
request and the registry are here.
"""

from __future__ import annotations

from .. import model as m
from ._base import Example, Rule, declare, report

RULES = declare(
    "law",
    Rule("date-outside-registry", "warning", "The letter is dated before the registry's earliest verified FOIA text; it "
       "renders, citing only what the registry holds for that date.",
       Example("date: 1995-01-05\n", "date: 2026-03-02\n", (1, 1)),
       hint="check the letter's date (YYYY-MM-DD); a letter dated before it renders, citing nothing foiagen cannot verify"),
    Rule("expedite-without-basis", "error", "Expedited processing is asked without a ground and its justification.",
       Example("expedite:\n  grounds: {}\n  certification: true\n", "", (13, 12)), hint='add a ground under expedite.grounds with its facts, e.g. urgency_to_inform: [Facts that show the urgency.]'),
    Rule("expedite-without-certification", "error", "Expedited processing is asked without the certification the statute requires.",
       Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: false\n", "", (14, 18)),
       Example("expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  certification: true\n", ""), hint='set `certification: true`, or `certification: {by: Full Name}`'),
    Rule("news-media-without-showing", "error", "News-media fee status is claimed without saying why the requesters are news media.",
       Example("fees:\n  category: news_media\n", "", (13, 3)),
       Example("fees:\n  category: news_media\n  news_media: [We publish a newsletter read by 5,000 people.]\n", ""), hint='add fees.news_media: how the requesters gather information, turn it into distinct works and distribute them'),
    Rule("institution-status-without-showing", "error",
       "Educational or noncommercial scientific fee status is claimed without `educational:` / `scientific:`, the showing "
       "that a school or research institution makes the request under its auspices for its research (6 C.F.R. § 5.11(b)(4)-(5), "
       "28 C.F.R. § 16.10(b)(4)-(5) in the DOJ text of 2015-2017).",
       Example("fees:\n  category: educational\n", "", (13, 3)),
       Example("fees:\n  category: educational\n  educational: [The Clinic is part of a law school's program of scholarly research; "
               "this request is made under the school's auspices for that research.]\n", ""), hint='add fees.educational or fees.scientific describing the institution and its research, or choose another fee category'),
    Rule("institution-status-for-individual", "error",
       "Educational or scientific fee status is claimed for an individual requester: only an institution can hold it.",
       Example("fees:\n  category: educational\n  educational: [I am a graduate student writing a thesis.]\n", "", (13, 3),
               also=(("  - organization: Example Clinic\n", "  - name: Jordan Lee\n"),)),
       Example("fees:\n  category: other\n", "", also=(("  - organization: Example Clinic\n", "  - name: Jordan Lee\n"),)), hint="choose another fee category (other, or news_media with its showing), or make the request in the institution's name"),
    Rule("fee-status-not-shown-for-each", "warning",
       "Several requesters claim news-media, educational or scientific status, and the showing does not name each of them: "
       "fee status is decided requester by requester (5 U.S.C. § 552(a)(4)(A)(ii)), and an agency may treat a joint request "
       "by its least-favoured requester's category.",
       Example("fees:\n  category: news_media\n  news_media: [The Clinic publishes a newsletter.]\n", "", (15, 3),
               also=(("  - organization: Example Clinic\n", "  - organization: Example Clinic\n    short_name: the Clinic\n"
                      "  - organization: Example Press\n"),)),
       Example("fees:\n  category: news_media\n  news_media: [The Clinic and Example Press each publish a newsletter.]\n", "",
               also=(("  - organization: Example Clinic\n", "  - organization: Example Clinic\n    short_name: the Clinic\n"
                      "  - organization: Example Press\n"),)),
       hint="show in the fee paragraph why each requester holds the status, give each requester its own `fee_category` "
            "and `fee_showing`, or file separately for those who do not"),
    Rule("fee-category-not-stated-for-each", "warning",
       "Some requesters state their own fee category (`fee_category`) and another states none, with no `fees.category` "
       "to fall back on: the letter cannot state that requester's category, and the agency decides it.",
       Example("", where=(4, 1), also=(("  - organization: Example Clinic\n", "  - {organization: Example Clinic, fee_category: other}\n"
                                  "  - organization: Example Press\n"),)),
       Example("", also=(("  - organization: Example Clinic\n", "  - {organization: Example Clinic, fee_category: other}\n"
                          "  - {organization: Example Press, fee_category: other}\n"),)),
       hint="give every requester a `fee_category` (with its `fee_showing`), or set `fees.category` for the others"),
    Rule("agency-only-ground", "error", "An expedite ground that only some agencies' rules have (due process, media interest: marked agency_only in foiagen/data/citations.yaml) is asked of agencies whose rule lacks it.",
       Example("expedite:\n  grounds: {due_process: [Facts.]}\n  certification: true\n", "", (12, 1),
               also=(("date: 2026-03-02", "date: 2016-08-01"),)),
       Example("expedite:\n  grounds: {due_process: [Facts.]}\n  certification: true\n", ""), hint='remove the ground, or address an agency whose rule has it (`foiagen cite expedite.GROUND --agency ID`)'),
    Rule("expedite-ground-not-routed", "error",
       "An expedite ground that the addressed agency's rule sends to one office is claimed, and the letter is not addressed "
       "to that office: DHS media-interest requests go to the Privacy Office (6 C.F.R. § 5.5(e)(2)), DOJ's to the Office "
       "of Public Affairs (28 C.F.R. § 16.5(e)(2)).",
       Example("expedite:\n  grounds: {media_interest: [Facts.]}\n  certification: true\n", "", (13, 13)),
       Example("expedite:\n  grounds: {media_interest: [Facts.]}\n  certification: true\n", "",
               also=(("agencies: [ice]", "agencies: [ice, dhs-privacy]"),)),
       hint="add the office named in the message to 'agencies', or drop the ground"),
    Rule("unknown-citation", "error", "A {cite: …} or {rule: …} segment names a meaning the registry does not have.",
       Example('    - ["Under ", {cite: fees.waver}, "."]\n', "    - All contracts since 2024.\n", (9, 19)), hint='run `foiagen cite` to list the meanings the registry has'),
    Rule("citation-not-in-force", "error", "A {cite: …} or {rule: …} has no provision in force for these agencies on the letter's date.",
       Example('    - ["Under ", {rule: fees.waiver}, "."]\n', "    - All contracts since 2024.\n", (9, 19),
               also=(("date: 2026-03-02", "date: 2016-08-01"),)),
       Example('    - ["Under ", {rule: fees.waiver}, "."]\n', "    - All contracts since 2024.\n"), hint="check the letter's date and agencies with `foiagen cite MEANING --date D --agency A`, or write the citation out"),
    Rule("channel-not-accepted", "warning", "The delivery line names a channel (email, mail, fax) an addressed agency does not accept on the letter's date (such as DHS, portal-only from a date the agency directory records).",
       Example("delivery: Via email\n", "", (12, 11)), Example("delivery: Via online portal\n", ""), hint="change `delivery` (e.g. 'Via online portal'); `foiagen render` writes the portal form texts beside the letter"),
    Rule("contact-may-be-stale", "warning", "The letter relies on a directory address or email (its agency takes mail or email on the letter's date) that "
       "was seen more than three years before the letter's date (FOIAGEN_CONTACT_MAX_AGE_YEARS sets the age); the message says "
       "where to check it.  (Undated facts are listed by `foiagen agencies --stale`.)",
       Example("", also=(("agencies: [ice]", "agencies: [cia]"),), where=(6, 1)), Example(""),
       hint="check the address and write it in the spec (agencies: - {id: cia, address: [...]}), or send by the portal"),
    # -- rendering -----------------------------------------------------------------------
)


def check_law(request: m.Request, root, registry) -> list:
    """The letter's date, agency-only grounds, citation segments and delivery channels, against the registry."""
    out = []
    earliest = registry.earliest_statute_date()
    if request.date < earliest:
        out.append(report("date-outside-registry", root.where("date"),
                          f"letter dated {request.date} is before {earliest}, the earliest date for which foiagen's registry holds verified FOIA text; "
                          "the letter cites nothing it cannot verify for that date"))
    regs = list(dict.fromkeys(r for a in request.agencies for r in a.regulations))
    if request.expedite:
        for ground in request.expedite.grounds:
            meaning = f"expedite.{ground}"
            if agency_only(registry, meaning) and not registry.cites(meaning, regs, request.date, statute=False):
                names = ", ".join(a.name_for_text for a in request.agencies)
                out.append(report("agency-only-ground", root.where("expedite"),
                                  f"expedite ground '{ground}' exists only in some agencies' regulations, and none of {names} has it in foiagen's registry on {request.date}; the statute has only imminent_threat and urgency_to_inform"))
        out += _check_routing(request, root, registry)
    out += _check_institution_status(request, root, registry)
    out += _check_fee_status_for_each(request, root)
    out += _check_cite_refs(request, registry, regs)
    out += _check_channels(request, root)
    out += _check_contact_age(request, root, registry)
    return out


def _check_contact_age(request: m.Request, root, registry) -> list:
    """Warn where the letter relies on a directory address or email seen long before its date (or undated)."""
    import os

    from ..agencies_cli import STALE_YEARS, where_to_check

    out = []
    years = float(os.environ.get("FOIAGEN_CONTACT_MAX_AGE_YEARS") or STALE_YEARS)
    for agency in request.agencies:
        entry = registry.agency(agency.id)
        if entry is None or agency.portal_only(request.date):
            continue
        for fact, channel in (("address", "mail"), ("email", "email")):
            value = getattr(agency, fact)
            if not value or value != getattr(entry, fact) or not agency.accepts(channel, request.date):
                continue  # not printed, written in the spec itself, or not a channel the agency takes
            age = entry.fact_age(fact, request.date)
            if age is None or age <= years * 365.25:
                continue  # (an undated fact is listed by `foiagen agencies --stale`, not guessed old here)
            seen = entry.facts[fact]["as_of"]
            out.append(report("contact-may-be-stale", root.where("agencies"),
                              f"the {fact} of {agency.name_for_text} ('{agency.id}') was seen on {seen}, more than {years:g} years before "
                              f"the letter's date; check it at {where_to_check(entry)}",
                              f"`foiagen agencies {agency.id}` shows where each fact comes from; write a checked {fact} in the spec to override it"))
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


def _fee_category_where(root, request: m.Request, status: m.FeeStatus) -> tuple[str, int, int]:
    """Where a requester's category is stated: its own `fee_category`, else `fees.category`."""
    if not status.own:
        return _where_in(root, "fees", "category")
    node = root.value.get("requesters") if root.kind == "map" else None
    index = request.requesters.index(status.requester)
    if node is not None and node.kind == "seq" and index < len(node.value) and node.value[index].kind == "map":
        return node.value[index].where("fee_category")
    return root.where("requesters")


def _check_institution_status(request: m.Request, root, registry=None) -> list:
    """Educational and scientific status belong to institutions: an individual cannot hold them."""
    out = []
    for status in request.fee_statuses():
        q = status.requester
        if status.category not in ("educational", "scientific") or getattr(q, "kind", "organization") != "individual":
            continue
        regs = [r for a in request.agencies for r in a.regulations]
        cites = "; ".join(c.cite for c in registry.cites(f"fees.{status.category}_definition", regs, request.date, statute=False)) \
            if registry is not None else ""
        out.append(report("institution-status-for-individual", _fee_category_where(root, request, status),
                          f"{status.category} fee status belongs to an institution, and {q.name or q.organization} is an individual "
                          "requester: a person may request under an institution's auspices only as the institution"
                          + (f" ({cites})" if cites else ""),
                          "name the institution as the requester with its showing, or use category 'other'"))
    return list({d.line: d for d in out}.values())  # one report where one `fees.category` is claimed for several people


def _check_fee_status_for_each(request: m.Request, root) -> list:
    """A joint claim of a favoured fee category must show it for every requester (legal audit 2026-12, finding 17);
    a letter that states some requesters' own categories must state every requester's."""
    fees = request.fees
    if fees is None or len(request.requesters) < 2:
        return []
    statuses = request.fee_statuses()
    unstated = [s.requester for s in statuses if not s.category]
    if request.fees_per_requester and unstated:
        return [report("fee-category-not-stated-for-each", root.where("requesters"),
                       f"some requesters state their own fee category and {', '.join(q.name_for_text for q in unstated)} "
                       "states none: the agency decides each requester's category, and may treat the request by the "
                       "least favoured one")]
    shared = [s.requester for s in statuses if not s.own]
    if len(shared) < 2 or fees.category not in ("news_media", "educational", "scientific"):
        return []
    showing = fees.news_media if fees.category == "news_media" else fees.institution
    text = " ".join(m.rich_plain(p) for p in m.flat(showing)).lower()
    unnamed = [q for q in shared
               if not any(n and n.lower().removeprefix("the ") in text
                          for n in (q.organization, q.short_name, getattr(q, "name", "")))]
    if not unnamed:
        return []
    names = ", ".join(q.name_for_text for q in unnamed)
    return [report("fee-status-not-shown-for-each", _where_in(root, "fees", "category"),
                   f"{fees.category} status is claimed for {len(shared)} requesters, and the showing does not "
                   f"name {names}: fee status is decided for each requester",
                   "show in the fee paragraph why each requester holds the status, or give each requester its own "
                   "`fee_category` and `fee_showing`")]


def _check_routing(request: m.Request, root, registry) -> list:
    """A ground an agency's rule sends to one office (DHS § 5.5(e)(2), DOJ § 16.5(e)(2)) must be addressed to it."""
    out = []
    for ground in request.expedite.grounds:
        addressed = {a.id for a in request.agencies}
        for agency in request.agencies:
            routing = registry.lookup(agency.regulation, f"expedite.{ground}.routing", request.date)
            if routing is None or not routing.route_to or addressed & set(routing.route_to):
                continue
            office = registry.agency(routing.route_to[0])
            office_name = " ".join((office.office or (office.name,))[:1]) if office else routing.route_to[0]
            out.append(report("expedite-ground-not-routed", _where_in(root, "expedite", "grounds", ground),
                              f"expedite ground '{ground}' must be submitted to the {office_name} under {routing.cite}, "
                              f"and the letter is not addressed to it; add agency '{routing.route_to[0]}' or drop the ground",
                              f"add '{routing.route_to[0]}' to 'agencies' (the clock for this ground starts when that office receives the request)"))
            break
    return out


def agency_only(registry, meaning: str) -> bool:
    """Whether the registry marks `meaning` as a provision of agency rules only (not the statute's)."""
    return any(c.agency_only for a in registry.authorities.values() for c in a.citations.get(meaning, ()))


def _check_cite_refs(request: m.Request, registry, regs) -> list:
    """A {cite: …} in user text must resolve for these agencies on this date."""
    out = []
    for seg in request.segments():
        if isinstance(seg, m.CiteRef) and not registry.cites(seg.meaning, regs, request.date, statute=not seg.rule_only):
            names = ", ".join(a.name_for_text for a in request.agencies)
            out.append(report("citation-not-in-force", seg.where,
                              f"no citation for {seg.meaning!r} is in force for {names} on {request.date} in foiagen's registry"))
    return out


_DELIVERY_WORDS = (("email", ("email", "e-mail")), ("fax", ("fax", "facsimile")),
                   ("mail", ("u.s. mail", "first-class mail", "certified mail", "by mail", "postal mail", "overnight mail", "mail")))


def delivery_channels(delivery: str) -> list[str]:
    """The channels a 'Via …' line names ("Via email, U.S. Mail, and online portal")."""
    text = delivery.lower().replace("e-mail", "email")
    found = []
    for channel, words in _DELIVERY_WORDS:
        probe = text.replace("email", "") if channel == "mail" else text
        if any(w in probe for w in words):
            found.append(channel)
    return found


def _check_channels(request: m.Request, root) -> list:
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
            out.append(report("channel-not-accepted", (file, line, col),
                              f"the letter says it goes by {channel}, but on {request.date} {names} does not accept requests by {channel}; submit it{portal}",
                              "change 'delivery' (e.g. 'Via online portal'); `foiagen render` writes the portal form texts beside the letter"))
    return out
