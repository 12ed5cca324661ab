"""Import 18F's FOIA contacts data (GitHub 18F/2015-foia, contacts/data/*.yaml, CC0) as foiagen's baseline directory.

Usage:
    python tools/import_18f_contacts.py SOURCE [--commit SHA] [--as-of YYYY-MM-DD] [--out FILE]

SOURCE is a git directory of 18F/2015-foia (a bare clone or a repository's .git; read at
--commit, default f9503d261c0c1613d95504bc8ac26ce8822cbfa4) or a folder holding
contacts/data/*.yaml (a checkout, or a test fixture; then --commit names the commit it was
taken from and --as-of the date of its data).  The output (default
foiagen/data/directory/18f-contacts.yaml) depends only on those inputs: rerunning the tool on
the same input reproduces the file byte for byte.

What is copied: each agency and office (name, abbreviation), the office's postal address
lines, emails, telephone, fax, website and request form, and the latest year's
processing-time medians.  What is not: the names of FOIA officers, public liaisons and other
staff (they go stale, and a letter addresses an office), address lines and email addresses
that are a person's name, keywords and reading rooms.  Every office records the file it came from; the file
records the repository, commit, licence and the date of the data.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys

import yaml

REPOSITORY = "18F/2015-foia"
DEFAULT_COMMIT = "f9503d261c0c1613d95504bc8ac26ce8822cbfa4"
DATA_PATH = "contacts/data"
DEFAULT_OUT = os.path.join(os.path.dirname(__file__), "..", "foiagen", "data", "directory", "18f-contacts.yaml")

# 18F file stem -> foiagen department id, where the id is not the file stem in lower case
# (the ids of foiagen's existing directory are kept: state, dol, rrb, ...).
DEPARTMENT_IDS = {
    "DoD": "dod", "State": "state", "U.S. DOL": "dol", "U.S. CPSC": "cpsc", "US ADF": "usadf",
    "US RRB": "rrb", "USNRC": "nrc", "Ex-Im Bank": "exim", "NRPC": "amtrak", "ODNI": "odni",
}
# Office-name words shortened in ids (the office keeps its full name).
SHORT = [
    (r"^(?:the )?office of (?:the )?inspector general$", "oig"),
    (r"^(?:national )?headquarters(?: office)?$", "hq"),
    (r"^main office$", "main"),
]

NAME_WORDS = re.compile(
    r"\b(office|officer|foia|foipa|privacy|room|suite|building|bldg|division|center|centre|branch|stop|floor|"
    r"street|avenue|ave|box|attn|department|dept|bureau|agency|service|services|unit|section|administration|"
    r"administrator|director|counsel|secretary|staff|group|team|liaison|coordinator|specialist|manager|chief|"
    r"archivist|advisor|adviser|attorney|analyst|assistant|deputy|headquarters|program|programs|management|"
    r"records|information|disclosure|library|command|commission|board|council|corporation|foundation|trust|"
    r"institute|national|federal|general|legal|public|affairs|operations|region|regional|district|field|area|"
    r"wing|directorate|mail|drive|road|way|plaza|the|and|of|for|request|requests|requester|inspector|vaco|"
    r"contact|officers)\b", re.I)
_WORD = r"(?:[A-Z][a-z]*[A-Za-z'’\-]*[a-z]'?|[A-Z]\.?)"
PERSON = re.compile(rf"^{_WORD}(?:\s+{_WORD}){{1,3}}(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?(?:\s*/\s*{_WORD}(?:\s+{_WORD}){{1,3}})*$")
SURNAME_LIKE = {"branch", "washington", "field", "way", "wing", "chief", "trust"}  # office words that are also surnames
ACTING = re.compile(r",?\s*\(?acting\)?\s*$", re.I)
STAFF_FIELDS = ("foia_officer", "public_liaison", "service_center")


class Source:
    """The 18F files, read from a git directory at a commit or from a folder."""

    def __init__(self, path: str, commit: str | None):
        self.path = path
        self.git = os.path.isdir(os.path.join(path, "objects")) and os.path.isfile(os.path.join(path, "HEAD"))
        if self.git:
            self.commit = self._git("rev-parse", "--verify", f"{commit or DEFAULT_COMMIT}^{{commit}}").strip()
        else:
            if not commit:
                raise SystemExit("import_18f_contacts: --commit is required when SOURCE is a folder")
            self.commit = commit

    def _git(self, *args: str) -> str:
        done = subprocess.run(["git", "--git-dir", self.path, *args], capture_output=True, text=True)
        if done.returncode:
            raise SystemExit(f"import_18f_contacts: git {' '.join(args)}: {done.stderr.strip()}")
        return done.stdout

    def names(self) -> list[str]:
        if self.git:
            listed = self._git("ls-tree", "--name-only", f"{self.commit}:{DATA_PATH}").split("\n")
        else:
            listed = os.listdir(os.path.join(self.path, DATA_PATH))
        return sorted(n for n in listed if n.endswith(".yaml"))

    def read(self, name: str) -> str:
        if self.git:
            return self._git("show", f"{self.commit}:{DATA_PATH}/{name}")
        with open(os.path.join(self.path, DATA_PATH, name), encoding="utf-8") as f:
            return f.read()

    def data_date(self) -> str:
        """The date of the last commit that changed the YAML data (the JSON-only commit after it does not count)."""
        return self._git("log", "-1", "--format=%cs", self.commit, "--", f"{DATA_PATH}/*.yaml").strip()


def acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("of", "the", "and", "for", "on"))


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower().replace("&", " and ")).strip("-")


def department_id(stem: str) -> str:
    return DEPARTMENT_IDS.get(stem, slug(stem))


def office_id(dept: str, office: dict, taken: set[str], single: bool) -> str:
    if single:
        base = dept
    else:
        name = re.sub(r"\s*\(.*?(\)|$)", "", office["name"]).strip().lower()  # "Region 1 (States: ...)"
        for pattern, short in SHORT:
            name = re.sub(pattern, short, name)
        abbreviation = office.get("abbreviation", "")
        base = f"{dept}-{slug(abbreviation or name)}"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    taken.add(candidate)
    return candidate


def staff_names(files: dict[str, dict]) -> set[str]:
    """Every person's name in the staff fields, lower case (to remove them from address lines)."""
    names = set()

    def add(value):
        if isinstance(value, dict):
            value = value.get("name")
        if isinstance(value, str):
            name = ACTING.sub("", value.strip()).strip()
            if name and not NAME_WORDS.search(name) and not re.search(r"\d", name):
                names.add(name.lower())

    for data in files.values():
        for office in [data, *data.get("departments", [])]:
            for key in STAFF_FIELDS:
                add(office.get(key))
            misc = office.get("misc")
            if isinstance(misc, dict):
                for value in misc.values():
                    add(value)
    return names


def is_person(line: str, names: set[str]) -> bool:
    text = re.sub(r"^(?:FOIA|Attn|ATTN):\s*", "", ACTING.sub("", line.strip()).strip())
    low = text.lower()
    if low in names or any(re.search(rf"\b{re.escape(n)}\b", low) for n in names if " " in n):
        return True
    words = {w.lower() for w in NAME_WORDS.findall(text)}
    if re.search(r"\d", text) or words - SURNAME_LIKE:
        return False
    return bool(PERSON.match(text.replace("?", "c")))


OFFICE_WORDS = re.compile(r"foia|foi|privacy|record|disclos|request|info|liaison|public|office|legal|counsel|admin|service|"
                          r"center|mail|help|contact|staff|team|routing|resource|reading|archiv|library|materials|eligib|\d", re.I)
OFFICE_SHORT = {"pa", "hq", "oig", "ig", "ogc", "gc", "do", "os"}
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")


def is_personal_email(email: str, names: set[str], abbreviations: tuple[str, ...] = ()) -> bool:
    """An address made of a person's name (jane.doe@, jdoe@), or not an address at all.

    An office's address names the office (foia@, ice-foia@, OSGFOIA@, or the agency's own
    abbreviation or domain: ssab@ssab.gov); any other address is taken to be a person's."""
    if not EMAIL.match(email):
        return True
    local, domain = (x.lower() for x in email.split("@", 1))
    parts = [p for p in re.split(r"[._\-]+", local) if p]
    if any(OFFICE_WORDS.search(p) or p in OFFICE_SHORT for p in parts):
        return False
    label = domain.split(".")[-2] if "." in domain else domain
    own = {label, *(a.lower() for a in abbreviations if a)}
    name_words = {w for n in names for w in re.findall(r"[a-z]{4,}", n)}
    if any(w in local for w in name_words):
        return True
    return not any(o and (o in local or local in o) for o in own) or (len(parts) >= 2 and all(p.isalpha() for p in parts))


def address(office: dict, names: set[str]) -> tuple[list[str], list[str], int]:
    """(office lines, postal lines, person lines dropped)."""
    raw = office.get("address") or {}
    lines = [str(x).strip() for x in raw.get("address_lines") or [] if str(x).strip()]
    kept = [x for x in lines if not is_person(x, names)]
    postal = [str(raw["street"]).strip()] if raw.get("street") else []
    place = ", ".join(str(raw[k]).strip() for k in ("city", "state") if raw.get(k))
    if raw.get("zip"):
        place = f"{place} {str(raw['zip']).strip()}".strip()
    if place:
        postal.append(place)
    return kept, postal, len(lines) - len(kept)


def processing(office: dict) -> dict:
    """The latest fiscal year's median processing days, as the data gives them (text)."""
    stats = office.get("request_time_stats") or {}
    years = sorted((str(y) for y in stats if isinstance(stats[y], dict)), key=int)
    if not years:
        return {}
    latest = stats[int(years[-1])] if int(years[-1]) in stats else stats[years[-1]]
    medians = {k.replace("_median_days", ""): str(v) for k, v in sorted(latest.items()) if k.endswith("_median_days")}
    return {"fiscal_year": int(years[-1]), **medians} if medians else {}


def office_record(stem: str, dept: str, oid: str, agency: dict, office: dict, names: set[str]) -> dict:
    lines, postal, dropped = address(office, names)
    record = {"id": oid, "department": dept, "name": str(office["name"]).strip(), "agency": str(agency["name"]).strip()}
    if office.get("abbreviation"):
        record["abbreviation"] = str(office["abbreviation"]).strip()
    if lines:
        record["office"] = lines
    if postal:
        record["address"] = postal
    emails = [str(e).strip() for e in office.get("emails") or [] if str(e).strip()]
    abbreviations = (str(office.get("abbreviation", "")), str(agency.get("abbreviation", "")), acronym(str(office["name"])))
    personal = [e for e in emails if is_personal_email(e, names, abbreviations)]
    emails = [e for e in emails if e not in personal]
    dropped += len(personal)
    if emails:
        record["emails"] = emails
    for key in ("phone", "fax", "website", "request_form"):
        value = office.get(key)
        if isinstance(value, list):
            value = value[0] if value else ""
        if value and str(value).strip():
            record[key] = str(value).strip()
    stats = processing(office)
    if stats:
        record["processing_medians"] = stats
    if dropped:
        record["names_removed"] = dropped
    record["file"] = f"{stem}.yaml"
    return record


def build(source: Source, as_of: str) -> dict:
    files = {name[: -len(".yaml")]: yaml.safe_load(source.read(name)) for name in source.names()}
    names = staff_names(files)
    agencies, offices = [], []
    for stem, data in files.items():
        dept = department_id(stem)
        agencies.append({"id": dept, "name": str(data["name"]).strip(), "abbreviation": str(data.get("abbreviation", "")).strip(),
                         "file": f"{stem}.yaml"})
        taken: set[str] = set()
        components = data.get("departments") or []
        for office in components:
            oid = office_id(dept, office, taken, single=len(components) == 1)
            offices.append(office_record(stem, dept, oid, data, office, names))
    return {
        "source": {
            "repository": REPOSITORY, "commit": source.commit, "path": DATA_PATH,
            "licence": "CC0 1.0 Universal (public domain dedication)", "as_of": as_of,
            "imported_by": "tools/import_18f_contacts.py",
            "not_copied": "names of FOIA officers, public liaisons and other staff (also where an address line or an email address is a name); keywords; reading rooms",
        },
        "agencies": agencies,
        "offices": offices,
    }


HEADER = """\
# GENERATED by tools/import_18f_contacts.py from 18F's FOIA contacts data: do not edit by hand.
# Newer facts are overlaid in overlay.yaml and ../agencies.yaml, each with its own source and date.
"""


def dump(data: dict) -> str:
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000, default_flow_style=False)
    return HEADER + body


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="git directory of 18F/2015-foia, or a folder holding contacts/data/*.yaml")
    parser.add_argument("--commit", help=f"commit to read (default {DEFAULT_COMMIT} for a git directory)")
    parser.add_argument("--as-of", help="date of the data (default: the date of the commit that last changed the YAML files)")
    parser.add_argument("--out", default=DEFAULT_OUT, help="output file (default foiagen/data/directory/18f-contacts.yaml)")
    args = parser.parse_args(argv)
    source = Source(args.source, args.commit)
    as_of = args.as_of or (source.data_date() if source.git else None)
    if not as_of:
        parser.error("--as-of is required when SOURCE is a folder")
    text = dump(build(source, as_of))
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    tmp = f"{args.out}.tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, args.out)
    print(f"wrote {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
