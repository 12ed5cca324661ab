"""What `foiagen agencies` prints: each office's regulation, channels, appeal and facts with their dates, and the stale list."""

from __future__ import annotations

import datetime as dt

STALE_YEARS = 3  # a contact fact older than this (or undated) should be checked before a letter relies on it
CHECK_AT = "the agency's FOIA page, or FOIA.gov's agency contacts (https://www.foia.gov/)"


def regulation_info(registry, a) -> dict:
    authority = registry.authorities.get(a.regulation)
    if authority is None:
        return {"id": "", "cite": "", **(a.regulation_status or {"status": "unknown", "reason": "no regulation recorded"})}
    citation = next(iter(authority.citations.get("regulation", ())), None)
    return {"id": authority.id, "cite": authority.part, "status": citation.verification if citation else "unknown",
            "in_force_from": citation.start.isoformat() if citation and citation.start else None,
            "source": citation.source if citation else ""}


def row(registry, a, day: dt.date) -> dict:
    """One office as plain data (the --json output)."""
    return {
        "id": a.id, "other_ids": list(a.ids), "name": a.name, "abbreviation": a.abbreviation,
        "department": a.department or a.id, "parent": a.parent, "kind": a.kind,
        "regulation": regulation_info(registry, a), "also_regulations": list(a.also_regulations),
        "channels": [c.channel for c in a.channels if c.in_force(day)] if not a.portal_only(day) else ["portal"],
        "channel_history": [{"channel": c.channel, "from": c.start and c.start.isoformat(), "until": c.end and c.end.isoformat()} for c in a.channels],
        "portal_only_from": a.portal_only_from.isoformat() if a.portal_only_from else None,
        "office": list(a.office), "address": list(a.address), "email": a.email, "portal": a.portal,
        "facts": a.facts, "appeal": a.appeal, "source": a.source, "as_of": a.as_of,
        **{k: v for k, v in a.extra.items() if k in ("phone", "fax", "website", "processing_medians")},
    }


def stale_facts(a, on: dt.date, years: float = STALE_YEARS) -> list[tuple[str, str]]:
    """(fact, as_of) for each contact fact of `a` older than `years` on `on`, or undated."""
    out = []
    for fact in ("address", "email", "portal"):
        if not getattr(a, fact):
            continue
        age = a.fact_age(fact, on)
        if age is None or age > years * 365.25:
            out.append((fact, (a.facts.get(fact) or {}).get("as_of") or "undated"))
    return out


def where_to_check(a) -> str:
    website = a.extra.get("website")
    return f"{website} or {CHECK_AT}" if website else CHECK_AT


def _dated(value: str, a, fact: str) -> str:
    return f"{value}  (as of {(a.facts.get(fact) or {}).get('as_of') or a.as_of or 'undated'})"


def text_block(r: dict, a) -> list[str]:
    name = f"{r['name']} ({r['abbreviation']})" if r["abbreviation"] else r["name"]
    reg = r["regulation"]
    lines = [f"{r['id']}  {name}" + (f"  [part of {r['parent']}]" if r["parent"] else "")]
    lines.append(f"  regulation  {reg['cite']} ({reg['status']})" if reg["cite"] else f"  regulation  unknown: {reg.get('reason', '')}")
    lines.append(f"  channels    {', '.join(r['channels']) or 'not recorded'}")
    if r["office"] or r["address"]:
        lines.append("  address     " + _dated("; ".join(r["office"] + r["address"]), a, "address"))
    for fact in ("email", "portal"):
        if r[fact]:
            lines.append(f"  {fact:<11} " + _dated(r[fact], a, fact))
    appeal = r["appeal"]
    window = appeal.get("window") or {}
    who = appeal.get("authority", "unknown")
    lines.append(f"  appeal      {who}" + (f" ({appeal['reason']})" if who == "unknown" and appeal.get("reason") else ""))
    if window:
        lines.append(f"  appeal window {window['days']} {window['kind']} days ({window.get('rule', '')})")
    medians = r.get("processing_medians")
    if medians:
        lines.append("  processing  median days in FY{0}: {1} (information only)".format(
            medians["fiscal_year"], ", ".join(f"{k} {v}" for k, v in medians.items() if k != "fiscal_year")))
    lines.append(f"  source      {r['source']}")
    return lines


def stale_lines(registry, entries, on: dt.date, years: float) -> list[str]:
    out = []
    for a in entries:
        for fact, as_of in stale_facts(a, on, years):
            out.append(f"{a.id}\t{fact}\t{as_of}\tcheck at {where_to_check(a)}")
    return out
