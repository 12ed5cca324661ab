"""Compiling the agency directory: curated entries, 18F's offices and the overlay, merged into plain data.

Run at build time by tools/build_registry.py (its output, foiagen/data/registry.json, is what
foiagen reads); run in-process only when a data file no longer matches the compiled file (a
checkout being edited).  Every office comes out with its department, regulation (or the reason
none is known), appeal authority (or "unknown" with the reason), channels, source and the date
of each fact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from importlib import resources

DATA_FILES = ("citations.yaml", "agencies.yaml", "directory/18f-contacts.yaml", "directory/overlay.yaml", "directory/regulations.yaml")
FACTS = ("address", "email", "portal")
# 18F office names that are a place or a role inside their agency, not an agency of their own:
# the letter is addressed to the agency, with the office on the next line.
GENERIC = re.compile(r"^(headquarters|national headquarters|main office|departmental|office of (the )?(secretary|inspector general|general counsel|solicitor)|"
                     r"region|the authority|principal|central office|.*\b(regional|district|field|area|operations|local) office\b)", re.I)
STOP = {"of", "the", "and", "for", "on", "u.s.", "us", "&", "-", "to", "in"}


def _text(name: str) -> bytes:
    return resources.files("foiagen.data").joinpath(name).read_bytes()


def source_digest() -> str:
    """A hash of every data file the directory is compiled from."""
    h = hashlib.sha256()
    for name in DATA_FILES:
        h.update(name.encode() + b"\0" + _text(name) + b"\0")
    return h.hexdigest()


def _load(name: str):
    import yaml

    return yaml.load(_text(name).decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _plain(value):
    """YAML values as JSON ones (dates as ISO text)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def acronym(name: str) -> str:
    words = [w for w in re.split(r"[\s,/]+", re.sub(r"\(.*?\)", "", name.lower())) if w and w not in STOP]
    return "".join(w[0] for w in words if w[0].isalpha()) if len(words) >= 2 else ""


def compile_directory() -> dict:
    """{"digest", "authorities", "sources", "changes", "agencies": [...]} as plain JSON-able data."""
    citations, regulations, overlay = _load("citations.yaml"), _load("directory/regulations.yaml"), _load("directory/overlay.yaml")
    authorities = dict(citations["authorities"])
    for auth_id, auth in (regulations.get("authorities") or {}).items():
        if auth_id in authorities:
            raise ValueError(f"directory/regulations.yaml: authority {auth_id!r} is already in citations.yaml")
        authorities[auth_id] = auth
    sources = {**citations.get("sources", {}), **(regulations.get("sources") or {}), **(overlay.get("sources") or {})}
    agencies = _merge(_load("agencies.yaml"), _load("directory/18f-contacts.yaml"), overlay)
    _inherit(agencies, authorities)
    clash = sorted({i for a in agencies.values() for i in a.get("ids", ()) if i in agencies})
    if clash:
        raise ValueError(f"directory: other ids that are also office ids: {clash}")
    return _plain({"digest": source_digest(), "authorities": authorities, "sources": sources,
                   "changes": citations.get("changes", []), "agencies": list(agencies.values())})


def _curated(e: dict) -> dict:
    entry = {k: v for k, v in e.items() if k not in ("facts",)}
    as_of, source = str(e.get("as_of", "")), e.get("source", "")
    facts = {f: {"as_of": str((e.get("facts") or {}).get(f, as_of)), "source": "curated (agencies.yaml)"} for f in FACTS if e.get(f)}
    entry.update(facts=facts, origin="agencies.yaml", as_of=as_of, source=source)
    return entry


def _merge(curated: list, imported: dict, overlay: dict) -> dict:
    agencies = {e["id"]: _curated(e) for e in curated}
    same_as = overlay.get("same_as") or {}
    offices_by_dept: dict[str, list] = {}
    for o in imported["offices"]:
        offices_by_dept.setdefault(o["department"], []).append(o)
    as_of, commit = str(imported["source"]["as_of"]), imported["source"]["commit"]
    for agency in imported["agencies"]:
        dept, offices = agency["id"], offices_by_dept.get(agency["id"], [])
        hq = next((o for o in offices if o["id"] in (dept, f"{dept}-hq", f"{dept}-main")), None)
        if dept not in agencies and dept not in same_as:
            agencies[dept] = _department(agency, hq, as_of, commit)
        for o in offices:
            target = same_as.get(o["id"]) or (dept if o is hq else None)
            if target:
                if o["id"] != target and o["id"] not in agencies[target].setdefault("ids", []):
                    agencies[target]["ids"].append(o["id"])
                _fill_history(agencies[target], o)
                continue
            agencies[o["id"]] = _office(agency, o, dept, as_of, commit)
    for office_id, extra in (overlay.get("offices") or {}).items():
        if office_id not in agencies:
            raise ValueError(f"directory/overlay.yaml: office {office_id!r} is not in the directory")
        for key, value in extra.items():
            agencies[office_id][key] = (agencies[office_id].get(key) or []) + value if key in ("aliases", "ids") else value
    for dept_id, extra in (overlay.get("departments") or {}).items():
        if dept_id not in agencies:
            raise ValueError(f"directory/overlay.yaml: department {dept_id!r} is not in the directory")
        for key, value in extra.items():
            agencies[dept_id].setdefault(key, value)
    return agencies


def _source_18f(o: dict, commit: str) -> str:
    return f"18F FOIA contacts data (GitHub 18F/2015-foia @{commit[:7]}, contacts/data/{o['file']}, CC0), scraped from FOIA.gov; imported by tools/import_18f_contacts.py"


def _contacts(o: dict, as_of: str, commit: str) -> dict:
    out: dict = {}
    if o.get("address"):
        out["address"] = o["address"]
    if o.get("emails"):
        out["email"] = o["emails"][0]
    if o.get("request_form"):
        out["portal"] = o["request_form"]
    channels = [{"channel": c} for c, present in (("portal", "portal" in out), ("email", "email" in out), ("mail", "address" in out), ("fax", bool(o.get("fax")))) if present]
    src = _source_18f(o, commit)
    out.update(channels=channels, facts={f: {"as_of": as_of, "source": src} for f in FACTS if f in out})
    for key in ("phone", "fax", "website", "processing_medians"):
        if o.get(key):
            out[key] = o[key]
    return out


def _department(agency: dict, hq: dict | None, as_of: str, commit: str) -> dict:
    entry = {"id": agency["id"], "name": agency["name"], "abbreviation": agency.get("abbreviation", ""), "kind": "department",
             "aliases": [agency["name"].lower()], "origin": "18F", "as_of": as_of}
    if hq is not None:
        entry.update(_contacts(hq, as_of, commit), office=[*([hq["name"]] if hq["id"] != agency["id"] else []), *hq.get("office", [])])
        entry["source"] = _source_18f(hq, commit)
        if hq["id"] != agency["id"]:
            entry["ids"] = [hq["id"]]
    else:
        entry["source"] = f"18F FOIA contacts data (GitHub 18F/2015-foia @{commit[:7]}, contacts/data/{agency['file']}): the agency's offices are listed separately"
    return entry


def _office(agency: dict, o: dict, dept: str, as_of: str, commit: str) -> dict:
    name = re.sub(r"\s*\(States?:.*?\)", "", o["name"]).strip()
    generic = bool(GENERIC.match(name))
    entry = {"id": o["id"], "name": agency["name"] if generic else name, "abbreviation": o.get("abbreviation", ""),
             "kind": "component", "parent": dept, "office": ([name] if generic else []) + o.get("office", []),
             "aliases": [], "origin": "18F", "source": _source_18f(o, commit), "as_of": as_of}
    short = acronym(name)
    if not generic and short and len(short) >= 3:
        entry["aliases"].append(short)
    if o["name"] != name:
        entry["aliases"].append(o["name"].lower())
    entry.update(_contacts(o, as_of, commit))
    return entry


def _fill_history(entry: dict, o: dict) -> None:
    """A curated entry keeps its own facts; the older 18F record is kept beside them for reference."""
    entry.setdefault("older_records", []).append({k: o[k] for k in ("id", "address", "emails", "file") if k in o})


def _inherit(agencies: dict, authorities: dict) -> None:
    """Components take their department's regulation, portal-only date and appeal block; unknowns say why."""
    for e in agencies.values():
        parent = agencies.get(e.get("parent", ""), {})
        e["department"] = e.get("parent") or e["id"]
        for key in ("regulation", "portal_only_from", "appeal"):
            if not e.get(key) and parent.get(key) and not (key == "appeal" and parent[key].get("office_only")):
                e[key] = parent[key]
    for e in agencies.values():
        reg = e.get("regulation", "")
        for r in (reg, *e.get("also_regulations", ())):
            if r and r not in authorities:
                raise ValueError(f"agency {e['id']!r}: regulation {r!r} is not in the registry")
        if not reg:
            e["regulation_status"] = {"status": "unknown", "reason": "no FOIA regulation of this agency has been read into foiagen's registry; a letter cites the statute alone"}
        if not (e.get("appeal") or {}).get("authority"):
            appeal = dict(e.get("appeal") or {})
            appeal["authority"] = "unknown"
            parent_only = (agencies.get(e.get("parent", ""), {}).get("appeal") or {}).get("office_only")
            appeal.setdefault("reason", ("its department's appeal official decides only the department's own appeals; this office's was not read"
                                         if parent_only else "who decides appeals was not read in a source for this agency") + (
                f"; see the appeal section of {authorities[reg]['part']}" if reg else ""))
            e["appeal"] = appeal
