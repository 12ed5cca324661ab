"""`foiagen init`: a new folder of requests from a few answers: a commented spec that validates and
renders, a .gitignore, a pre-commit configuration and a CI workflow that run as written.

The answers come as an `Answers` value (the CLI fills it from flags or prompts); `scaffold`
writes the files and never overwrites one unless asked.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

KINDS = ("individual", "organization", "counsel")


@dataclass
class Answers:
    kind: str  # individual | organization | counsel
    name: str  # the person who signs (the requester, for an individual or counsel)
    agencies: list[str]  # directory ids
    records: list[str]  # one record category each
    since: dt.date | None = None  # records created on or after
    until: dt.date | None = None
    organization: str = ""  # the organization (kind organization), or counsel's firm
    clients: list[str] = field(default_factory=list)  # counsel's clients
    email: str = ""
    phone: str = ""
    address: list[str] = field(default_factory=list)
    subject: str = ""
    expedite: str = ""  # facts for expedition on the urgency to inform ("" = none asked)
    dissemination: str = ""  # how the requester disseminates information (needed with expedite)
    fee_waiver: str = ""  # why disclosure is in the public interest ("" = no waiver asked)
    commercial_interest: str = ""
    max_amount: str = ""
    date: dt.date = field(default_factory=dt.date.today)
    foiagen_source: str = ""  # what CI installs: a pip requirement for foiagen


def installed_source() -> str:
    """A pip requirement for the foiagen running now, when it was installed from a git repository."""
    from importlib import metadata

    try:
        raw = metadata.distribution("foiagen").read_text("direct_url.json")
    except metadata.PackageNotFoundError:
        return ""
    info = json.loads(raw) if raw else {}
    vcs = info.get("vcs_info", {})
    if vcs.get("vcs") == "git" and info.get("url") and vcs.get("commit_id"):
        return f"foiagen @ git+{info['url']}@{vcs['commit_id']}"
    return ""


def spec_stem(answers: Answers) -> str:
    words = re.sub(r"[^a-z0-9]+", "-", (answers.subject or " ".join(answers.records)).lower()).strip("-")
    return f"{answers.date.isoformat()}-{'-'.join(answers.agencies)}-{'-'.join(words.split('-')[:4])}".strip("-")


def _q(text: str) -> str:
    """A YAML double-quoted scalar: any text stays exactly as written."""
    return json.dumps(text, ensure_ascii=False)


def _requester(a: Answers) -> list[str]:
    out = ["requesters:                # who asks; kind: individual | organization | counsel"]
    if a.kind == "organization":
        out += [f"  - organization: {_q(a.organization)}"]
    else:
        out += [f"  - kind: {a.kind}", f"    name: {_q(a.name)}"]
        if a.organization:
            out += [f"    organization: {_q(a.organization)}"]
        if a.clients:
            out += ["    clients:                # the people you ask for"] + [f"      - {_q(c)}" for c in a.clients]
    for key, value in (("email", a.email), ("phone", a.phone)):
        if value:
            out += [f"    {key}: {_q(value)}"]
    if a.address:
        out += ["    address:"] + [f"      - {_q(line)}" for line in a.address]
    if a.dissemination:
        out += ["    description:            # how you disseminate information (the expedite argument cites it)",
                f"      - {_q(a.dissemination)}"]
    return out


def _records(a: Answers) -> list[str]:
    out = ["records:", "  categories:                # numbered 1., 2., … in the letter; add items:, search: to any"]
    out += [f"    - {_q(r)}" for r in a.records]
    if a.since or a.until:
        parts = [f"from: {a.since.isoformat()}" if a.since else "", f"to: {a.until.isoformat()}" if a.until else ""]
        out += ["  date_range: {" + ", ".join(p for p in parts if p) + "}   # the records' dates, for every category"]
    return out


def _asks(a: Answers) -> list[str]:
    out = []
    if a.expedite:
        out += ["", "expedite:                    # expedited processing: each ground with its facts",
                "  grounds:", f"    urgency_to_inform: [{_q(a.expedite)}]",
                "  certification: true         # certified true and correct to the best of the signer's knowledge"]
    fees = ["", "fees:                        # category: commercial | educational | scientific | news_media | other",
            "  category: other"]
    if a.fee_waiver:
        commercial = a.commercial_interest or ("I have no commercial interest in these records." if a.kind == "individual"
                                               else "The requester has no commercial interest in these records.")
        fees += ["  waiver:                     # public interest, then commercial interest (check both are true)",
                 f"    public_interest: [{_q(a.fee_waiver)}]", f"    commercial_interest: [{_q(commercial)}]"]
    if a.max_amount:
        fees += [f"  max_amount: {_q(a.max_amount)}          # what you agree to pay if no waiver is granted"]
    return out + fees


def spec_text(a: Answers) -> str:
    """The commented spec for these answers (every value quoted, so it reads exactly as given)."""
    subject = a.subject or f"Freedom of Information Act request: {a.records[0][:80]}"
    title = f"FOIA Request to {', '.join(x.upper() for x in a.agencies)}"
    lines = ["# A FOIA request spec written by `foiagen init`.  Check it with `foiagen validate`, write the",
             "# letter with `foiagen render`; README's spec reference lists every key.",
             "# yaml-language-server: $schema=../foiagen.schema.json",
             f"date: {a.date.isoformat()}             # the letter's date: it decides which rules are cited",
             f"title: {_q(title)}   # the running header on pages 2+",
             f"subject: {_q(subject)}   # the Re: line", ""]
    lines += _requester(a)
    lines += ["", "agencies:                    # directory ids: `foiagen agencies WORDS` searches the directory"]
    lines += [f"  - {agency}" for agency in a.agencies]
    lines += [""] + _records(a) + _asks(a)
    lines += ["", "signatories:", f"  - name: {_q(a.name)}"]
    if a.kind == "organization" and a.organization:
        lines += [f"    organization: {_q(a.organization)}"]
    return "\n".join(lines) + "\n"


GITIGNORE = """\
# rendered letters (rebuild them with `foiagen render requests/ -o letters`)
letters/
out/
*.pdf
*.docx
*.portal.txt
# private notes and files that must not be shared
*.private.yaml
.env
"""

PRE_COMMIT = """\
# Checks request specs and templates before each commit: `pre-commit install` once, then commit.
# The hook runs the foiagen installed where you commit (`pip install` it as the README says).
repos:
  - repo: local
    hooks:
      - id: foiagen-validate
        name: foiagen validate
        entry: foiagen validate --strict
        language: system
        files: ^(requests|templates)/.*\\.(ya?ml|j2)$
        exclude: \\.(part|case)\\.ya?ml$
        require_serial: true
"""


def workflow(source: str) -> str:
    """A GitHub Actions workflow: install foiagen, validate the requests strictly, render the letters."""
    return f"""\
# Checks the requests on every push and pull request and keeps the rendered letters as an artifact.
name: foiagen
on: [push, pull_request]
jobs:
  letters:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - run: python -m pip install {_q(source)}
      - run: foiagen validate --strict requests/
      - run: foiagen render requests/ -o letters -f docx,pdf,txt
      - uses: actions/upload-artifact@v4
        with:
          name: letters
          path: letters/
"""


def scaffold(answers: Answers, folder: Path, force: bool = False) -> list[Path]:
    """Write the spec, .gitignore, .pre-commit-config.yaml and the CI workflow into `folder`.

    Raises FileExistsError naming a file that exists (nothing is written then), unless `force`."""
    from .schema import schema_json

    files = {
        folder / "requests" / f"{spec_stem(answers)}.yaml": spec_text(answers),
        folder / "foiagen.schema.json": schema_json() + "\n",
        folder / ".gitignore": GITIGNORE,
        folder / ".pre-commit-config.yaml": PRE_COMMIT,
        folder / ".github" / "workflows" / "foiagen.yml": workflow(answers.foiagen_source),
    }
    existing = [p for p in files if p.exists()]
    if existing and not force:
        raise FileExistsError(existing[0])
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(files)
