"""What the registry knows of a citation: its text, its source, its dates and its verification level,
as `foiagen cite` and `foiagen agencies --json` show them."""

from __future__ import annotations

import datetime as dt
import difflib

from .registry import STATUTE, Citation, Registry

LEVELS = {
    "full_text": "the operative text was read",
    "heading_only": "only the section number and heading were read",
    "cross_reference": "the paragraph's place was read in a cross-reference",
    "pre_amendment": "read in the text before an amendment in force from this date; the amended text was not read",
    "preamble": "read only in the preamble of the rule that made it",
}


def record(registry: Registry, c: Citation, on: dt.date | None = None) -> dict:
    """One citation as plain data (JSON-ready): what is printed, by whose rule, from what source, when."""
    source = registry.sources.get(c.source, {})
    authority = registry.authorities.get(c.authority)
    out = {
        "meaning": c.meaning,
        "cite": c.cite,
        "authority": c.authority,
        "authority_name": authority.name if authority else "",
        "verification": c.verification,
        "verification_means": LEVELS.get(c.verification, ""),
        "from": c.start.isoformat() if c.start else None,
        "until": c.end.isoformat() if c.end else None,
        "source": c.source,
        "source_title": " ".join(str(source.get("title", "")).split()),
        "source_as_of": str(source.get("as_of", "")),
        "note": " ".join(c.note.split()),
    }
    if c.agency_only:
        out["agency_only"] = True
    if c.route_to:
        out["route_to"] = list(c.route_to)
    if on is not None:
        out["in_force"] = c.in_force(on)
    return out


def meanings(registry: Registry) -> list[str]:
    return sorted({mn for a in registry.authorities.values() for mn in a.citations})


def suggest_meaning(registry: Registry, meaning: str) -> list[str]:
    known = meanings(registry)
    prefixed = [mn for mn in known if mn.startswith(meaning + ".")]
    return prefixed[:8] or difflib.get_close_matches(meaning, known, n=3, cutoff=0.6)


def authorities_for(registry: Registry, agency_ids: list[str]) -> list[str]:
    """The statute, then each agency's rules in order (all authorities when no agency is named)."""
    if not agency_ids:
        return [STATUTE] + [a for a in registry.authorities if a != STATUTE]
    ids = [STATUTE]
    for agency_id in agency_ids:
        entry = registry.agencies[agency_id]
        ids += [r for r in (entry.regulation, *entry.also_regulations) if r and r not in ids]
    return ids


def cite_report(registry: Registry, meaning: str, on: dt.date, agency_ids: list[str]) -> list[dict]:
    """Every registry entry for `meaning` under these agencies' authorities, each marked in force on `on` or not."""
    out = []
    for authority_id in authorities_for(registry, agency_ids):
        authority = registry.authorities.get(authority_id)
        for c in (authority.citations.get(meaning, ()) if authority else ()):
            out.append(record(registry, c, on))
    return out


def agency_citations(registry: Registry, agency_id: str, on: dt.date) -> list[dict]:
    """Every citation a letter to the agency can print on `on` (its rules' entries in force), for `agencies --json`."""
    entry = registry.agencies[agency_id]
    out = []
    for authority_id in (entry.regulation, *entry.also_regulations):
        authority = registry.authorities.get(authority_id)
        for meaning in (authority.citations if authority else {}):
            c = registry.lookup(authority_id, meaning, on)
            if c is not None:
                out.append(record(registry, c))
    return out


def format_text(rows: list[dict], meaning: str, on: dt.date) -> str:
    """The report as text: the citations in force on the date, then the entries for other dates."""
    now = [r for r in rows if r["in_force"]]
    other = [r for r in rows if not r["in_force"]]
    lines = [f"{meaning} on {on.isoformat()}:"]
    if not now:
        lines.append("  nothing in force for these authorities on that date: a letter cites nothing for it")
    for r in now + ([None] if other else []) + other:
        if r is None:
            lines += ["", "Not in force on that date:"]
            continue
        dates = f"from {r['from'] or 'any date'}" + (f" until {r['until']} (exclusive)" if r["until"] else "")
        lines.append(f"  {r['cite']}  [{r['authority']}] {r['verification']}, {dates}")
        lines.append(f"      verification: {r['verification_means']}")
        lines.append(f"      source: {r['source']}: {r['source_title']} (as of {r['source_as_of']})")
        if r["note"]:
            lines.append(f"      note: {r['note']}")
        if r.get("route_to"):
            lines.append(f"      must be sent to: {', '.join(r['route_to'])}")
    return "\n".join(lines)
