"""The `subject_person` object: the person a request is about, their identifiers checked for form
(A-number, receipt numbers, date of birth) and the showings the agencies' rules ask of whoever
requests them (identity for a first-party request; consent or proof of death for another's)."""

from __future__ import annotations

import datetime as dt
import re

from .. import model as m
from ..source import Node
from .reader import Context
from .richtext import Reader

_A_NUMBER = re.compile(r"A(\d{7,9})")
_RECEIPT = re.compile(r"[A-Z]{3}\d{10}")


def _compact(text: str) -> str:
    return re.sub(r"[\s\-]", "", text).upper()


def a_number(text: str) -> str | None:
    """'A 12-345-678' -> 'A012345678' (A and nine digits); None when it is not A and 7 to 9 digits."""
    mt = _A_NUMBER.fullmatch(_compact(text))
    return "A" + mt.group(1).zfill(9) if mt else None


def receipt_number(text: str) -> str | None:
    """'eac-00-000-00001' -> 'EAC0000000001'; None when it is not three letters and ten digits."""
    compact = _compact(text)
    return compact if _RECEIPT.fullmatch(compact) else None


def default_request_by(requesters) -> str:
    kinds = {q.kind for q in requesters}
    if kinds == {"individual"} and len(requesters) == 1:
        return "subject"
    return "representative" if "counsel" in kinds else "third_party"


def read_subject_person(ctx: Context, node: Node, requesters, date: dt.date | None,
                        agencies=()) -> m.SubjectPerson | None:
    node = ctx.resolve_include(node)
    if node is None:
        return None
    obj = Reader(ctx, node, "subject_person")
    name = obj.str("name")
    request_by = obj.choice("request_by") if obj.get("request_by") is not None else default_request_by(requesters)
    person = m.SubjectPerson(
        name=name, request_by=request_by, other_names=obj.lines("other_names"),
        date_of_birth=obj.date("date_of_birth"), place_of_birth=obj.str("place_of_birth"), address=obj.lines("address"),
        citizenship=obj.str("citizenship"), a_number=_a_number(ctx, obj), receipt_numbers=_receipts(ctx, obj),
        fbi_number=obj.str("fbi_number"), i94_number=obj.str("i94_number"), passport_number=obj.str("passport_number"),
        ssn=obj.str("ssn"), entries=obj.lines("entries"), consent=obj.bool("consent"),
        proof_of_death=obj.str("proof_of_death"), public_records_only=obj.bool("public_records_only"),
        declaration=obj.choice("declaration"),
    )
    obj.finish()
    if not obj.ok or not name:
        return None
    _check_showings(ctx, node, person, date, Showing(requesters, agencies, date))
    return person


def _a_number(ctx: Context, obj: Reader) -> str:
    node = obj.get("a_number")
    text = obj.str("a_number")
    if node is None or not text:
        return ""
    value = a_number(text)
    if value is None:
        ctx.error(node, f"'a_number' {text!r} is not an A-number: write A and 7 to 9 digits (e.g. A012345678)", "bad-a-number")
        return ""
    return value


def _receipts(ctx: Context, obj: Reader) -> tuple[str, ...]:
    node = obj.get("receipt_numbers")
    lines = obj.lines("receipt_numbers")
    items = node.value if node is not None and node.kind == "seq" else [node] * len(lines)
    out = []
    for text, item in zip(lines, items):
        value = receipt_number(text)
        if value is None:
            ctx.error(item, f"receipt number {text!r} is not three letters and ten digits (e.g. EAC0000000001)",
                      "bad-receipt-number")
        else:
            out.append(value)
    return tuple(out)


class Showing:
    """What the addressed agencies' rules ask of a request about a person on the letter's date (registry)."""

    def __init__(self, requesters, agencies, date: dt.date | None):
        self.requesters, self.date = tuple(requesters), date
        self.regs = list(dict.fromkeys(r for a in agencies for r in a.regulations))

    def cites(self, *meanings: str) -> str:
        if self.date is None:
            return ""
        from ..registry import load_registry

        registry = load_registry()
        found = [registry.lookup(reg, mn, self.date) for reg in self.regs for mn in meanings]
        return "; ".join(dict.fromkeys(c.cite for c in found if c is not None))

    def in_cites(self, *meanings: str) -> str:
        cites = self.cites(*meanings)
        return f" ({cites})" if cites else ""

    def requester_address(self) -> bool:
        return any(q.address for q in self.requesters)


def _check_showings(ctx: Context, node: Node, p: m.SubjectPerson, date: dt.date | None, law: Showing) -> None:
    """The date of birth is past; a first-party request proves identity; another's has consent or proof of death."""
    if p.date_of_birth and date and p.date_of_birth > date:
        ctx.error(node.value["date_of_birth"], f"the date of birth {p.date_of_birth} is after the letter's date ({date})",
                  "birth-date-in-future")
    check_request_by(ctx, node, p, law)
    if p.first_party:
        _check_identity(ctx, node, p, law)
    if p.request_by == "subject" or p.consent or p.proof_of_death:
        return
    who = "counsel's client" if p.request_by == "representative" else "the person"
    rule = "third-party-public-records" if p.public_records_only else "third-party-without-consent"
    ctx.error(node, f"a request for another person's records needs {who}'s signed consent (consent: true) or proof of "
              f"death (proof_of_death){law.in_cites('identity.third_party')}", rule)


def _check_identity(ctx: Context, node: Node, p: m.SubjectPerson, law: Showing) -> None:
    """The identity the rules ask to verify: full name, current address, date and place of birth, and (DHS from
    Dec. 16, 2022, 6 C.F.R. § 5.21(e)) country of citizenship or residency."""
    wanted = [("date_of_birth", p.date_of_birth), ("place_of_birth", p.place_of_birth),
              ("address", p.address or (p.request_by == "subject" and law.requester_address()))]
    if law.cites("identity.verification.citizenship"):
        wanted.append(("citizenship", p.citizenship))
    missing = [k for k, v in wanted if not v]
    if missing:
        meanings = ("identity.first_party", "identity.verification") if p.request_by == "subject" else ("identity.verification",)
        ctx.error(node, f"a request for one's own records verifies identity with the full name, current address, date and "
                  f"place of birth{' and country of citizenship or residency' if law.cites('identity.verification.citizenship') else ''}"
                  f"{law.in_cites(*meanings)}; 'subject_person' lacks {' and '.join(missing)}", "first-party-identity-missing")


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def check_request_by(ctx: Context, node: Node, p: m.SubjectPerson, law: Showing) -> None:
    """`request_by` that contradicts the requesters (table-driven in tests/test_first_party.py)."""
    kinds = {q.kind for q in law.requesters}
    names = [q.name for q in law.requesters if q.kind == "individual" and q.name]
    problem = ""
    if p.request_by == "subject" and "organization" in kinds:
        problem = ("an organization cannot make a request for its own records about a natural person: use "
                   "request_by: third_party (with the person's consent) or make the person the requester")
    elif p.request_by == "subject" and "counsel" in kinds:
        problem = "counsel writes for the client: use request_by: representative (with the client's consent)"
    elif p.request_by == "subject" and names and not any(_same_person(n, p.name) for n in names):
        problem = (f"the requester ({names[0]}) is not {p.name}: use request_by: third_party with {p.name}'s consent, "
                   "or name the person the records are about")
    elif p.request_by == "third_party" and any(_same_person(n, p.name) for n in names):
        problem = f"{p.name} is the requester: a request for one's own records is request_by: subject"
    if problem:
        key = "request_by" if "request_by" in node.key_positions else None
        ctx.error(node, f"'request_by: {p.request_by}' contradicts the requesters: {problem}", "request-by-contradiction",
                  key=key)
