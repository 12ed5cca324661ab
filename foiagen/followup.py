"""Follow-up letters from a request and its case log: status inquiry, appeal, OGIS mediation, complaint facts.

Each kind is a shipped template extending the base layout (templates/<kind>.xml.j2) and
rendered through the same registry, letter XML, Document and writers as the request.  This
module gathers what the templates print: for each agency, the facts of its case log and
the deadlines foiagen.clock computed, as of the letter's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from . import model as m
from .case import Case, case_clocks
from .caselog import Event
from .clock import AgencyClock, Deadline
from .workdays import working_days_between

KINDS = ("status-inquiry", "appeal", "mediation", "complaint-facts")
APPEAL_MARKING = "Freedom of Information Act Appeal"


class FollowUpError(Exception):
    """The case log does not support the letter asked for (the message says why)."""


@dataclass(frozen=True)
class AgencyFacts:
    agency: m.Agency
    clock: AgencyClock
    tracking: str
    acknowledged: Event | None
    extension: Event | None
    extension_counted: bool
    referral_to: tuple[str, ...]  # names of the agencies a referral went to
    appeal_ack: Event | None
    productions: tuple[Event, ...]
    deadlines: dict  # key -> Deadline
    elapsed: int  # working days from the acknowledgment (or receipt) to the letter's date
    appeal_elapsed: int | None  # working days from the appeal's acknowledgment (or receipt)
    exhausted_from: dt.date | None

    @property
    def name(self) -> str:
        return self.agency.name_for_text


def agency_facts(case: Case, on: dt.date) -> list[AgencyFacts]:
    """Each agency's facts from the events up to `on`."""
    out = []
    order = [a.id for a in case.facts.agencies]  # the request's order, then referral targets
    clocks = sorted(case_clocks(case.log, case.facts, case.agencies, on),
                    key=lambda c: order.index(c.agency) if c.agency in order else len(order))
    for clock in clocks:
        events = [e for e in case.log.agency(clock.agency).events if e.date <= on]
        agency = case.agencies[clock.agency]
        ack = next((e for e in events if e.kind == "acknowledged"), None)
        extension = next((e for e in events if e.kind == "extension" and (clock.appeal is None or e.date < clock.appeal.date)), None)
        referral = clock.determination.to if clock.determination is not None else ()
        appeal_ack = next((e for e in events if e.kind == "appeal-acknowledged"), None)
        start = ack.date if ack else clock.received
        appeal_start = (appeal_ack.date if appeal_ack else clock.appeal_received) if clock.appeal else None
        out.append(AgencyFacts(
            agency, clock, next((e.tracking for e in events if e.tracking), ""), ack, extension, clock.extended_days > 0,
            tuple(case.agencies[t].name_for_text if t in case.agencies else t.upper() for t in referral), appeal_ack,
            tuple(e for e in events if e.kind == "production"), {d.key: d for d in clock.deadlines},
            working_days_between(start, on), working_days_between(appeal_start, on) if appeal_start else None,
            clock.exhaustion_from(on)))
    return out


def _addressee_for_appeal(agency: m.Agency) -> m.Agency:
    """The agency's appeal authority where the directory names one (own or its department's), else the agency."""
    from .registry import load_registry

    registry = load_registry()
    entry = registry.agency(agency.id)
    while entry is not None and entry.appeal.get("authority", "unknown") == "unknown":  # "unknown": the directory says why
        entry = registry.agency(entry.parent) if entry.parent else None
        if entry is not None and entry.appeal.get("office_only"):  # the department's official decides its own appeals only
            entry = None
    if entry is None:
        return agency
    appeal = entry.appeal
    return replace(agency, name=appeal["authority"], abbreviation="", office=(), officer=m.Officer(),
                   address=tuple(appeal.get("address", ())), email=appeal.get("email", ""), portal=appeal.get("portal", ""))


def _ogis() -> m.Agency:
    from .deadlines import load_rules

    o = load_rules().ogis
    return m.Agency(id="ogis", name=o["name"], office=tuple(o["office"]), address=tuple(o["address"]), email=o["email"])


def pick_agency(facts: list[AgencyFacts], agency_id: str | None, kind: str) -> AgencyFacts:
    if agency_id:
        found = next((f for f in facts if f.agency.id == agency_id), None)
        if found is None:
            raise FollowUpError(f"the case log has no agency {agency_id!r}; it has {', '.join(f.agency.id for f in facts)}")
        return found
    if kind == "appeal":
        candidates = [f for f in facts if f.clock.appeal is not None] or [f for f in facts if f.clock.adverse is not None]
    else:
        candidates = facts
    if len(candidates) != 1:
        raise FollowUpError(f"say which agency the {kind} letter is for (--agency): {', '.join(f.agency.id for f in candidates or facts)}")
    return candidates[0]


def default_grounds(f: AgencyFacts) -> tuple[str, ...]:
    """The appeal's grounds: as the case log's appeal records them, else what the facts show."""
    if f.clock.appeal is not None and f.clock.appeal.grounds:
        return f.clock.appeal.grounds
    grounds = []
    if f.clock.determination is None:
        grounds.append("no-determination")
    elif f.clock.determination.outcome == "referral":
        grounds += ["improper-referral", "inadequate-search"]
    elif f.clock.determination.outcome == "no-records":
        grounds += ["no-records", "inadequate-search"]
    elif f.clock.determination.outcome in ("partial", "denial"):
        grounds += ["withholdings", "segregability"]
    event = f.clock.adverse
    if event is not None and event.kind == "expedite":
        grounds.append("expedite-denied")
    if event is not None and event.kind == "fee-waiver":
        grounds.append("fee-waiver-denied")
    return tuple(grounds)


def followup_document(case: Case, kind: str, agency_id: str | None = None, on: dt.date | None = None,
                      grounds: tuple[str, ...] = (), first_paragraph: int = 1, registry=None, template_path=None, roots=()):
    """The Document of a follow-up letter of `kind` for one agency of the case (all, for complaint facts)."""
    from .letterxml import parse_letter
    from .render import letter_images, render_letter_xml

    if kind not in KINDS:
        raise FollowUpError(f"unknown kind of letter {kind!r}; choose from {', '.join(KINDS)}")
    if case.request is None:
        raise FollowUpError("the request spec was not read in full")
    request, extra = followup_request(case, kind, agency_id, on, grounds, first_paragraph)
    xml = render_letter_xml(request, registry, template_path, roots, kind=f"{kind}.xml.j2", extra=extra)
    return parse_letter(xml, images=letter_images(request))


def followup_request(case: Case, kind: str, agency_id: str | None, on: dt.date | None, grounds: tuple[str, ...],
                     first_paragraph: int = 1) -> tuple[m.Request, dict]:
    """The request as the follow-up letter's template sees it (date, addressee, subject) and its extra context."""
    request = case.request
    if on is None:
        on = _default_date(case, kind, agency_id)
    facts = agency_facts(case, on)
    extra = {"original": request, "facts": facts, "on": on, "marking": APPEAL_MARKING, "first_paragraph": first_paragraph,
             "lawsuit": case.log.lawsuit if case.log.lawsuit and case.log.lawsuit.date <= on else None}
    if kind == "complaint-facts":
        return replace(request, date=on, title=f"Exhaustion of administrative remedies: {request.title}"), extra
    f = pick_agency(facts, agency_id, kind)
    extra["f"] = f
    if kind == "appeal":
        if f.clock.adverse is None and (f.deadlines["determination"].state(on) != "lapsed"):
            raise FollowUpError(f"nothing to appeal from {f.agency.id} on {on}: no adverse determination, and the determination is due {f.deadlines['determination'].due}")
        extra["grounds"] = tuple(grounds) or default_grounds(f)
        addressee = _addressee_for_appeal(f.agency)
        subject = f"Request of {long(request.date)}" + (f", No. {f.tracking}" if f.tracking else "")
    elif kind == "status-inquiry":
        addressee = f.agency
        subject = "Status of Freedom of Information Act request" + (f" No. {f.tracking}" if f.tracking else f" of {long(request.date)}")
    else:
        addressee = _ogis()
        subject = f"Request for mediation: Freedom of Information Act request to {f.agency.name_for_text}" + (f", No. {f.tracking}" if f.tracking else "")
    delivery = _delivery(case, f.agency.id, kind)
    title = f"{APPEAL_MARKING}: {subject}" if kind == "appeal" else subject
    return replace(request, date=on, agencies=(addressee,), subject=subject, delivery=delivery, title=title), extra


def _delivery(case: Case, agency_id: str, kind: str) -> str:
    events = case.log.agency(agency_id).events
    event = next((e for e in events if e.kind == {"appeal": "appeal", "status-inquiry": "status-inquiry", "mediation": "mediation"}[kind]), None)
    return f"Via {'U.S. Mail' if event.channel == 'mail' else event.channel}" if event is not None and event.channel else ""


def _default_date(case: Case, kind: str, agency_id: str | None) -> dt.date:
    if kind == "complaint-facts" and case.log.lawsuit is not None:
        return case.log.lawsuit.date
    wanted = {"appeal": "appeal", "status-inquiry": "status-inquiry", "mediation": "mediation"}.get(kind)
    for agency in case.log.agencies:
        if agency_id and agency.agency != agency_id:
            continue
        event = next((e for e in agency.events if e.kind == wanted), None)
        if event is not None:
            return event.date
    return dt.date.today()


def long(day: dt.date) -> str:
    from .render import long_date

    return long_date(day)


def deadline_state(deadline: Deadline | None, on: dt.date) -> str:
    return deadline.state(on) if deadline is not None else ""


# the letter each follow-up kind is checked with (`validate` on a template of that kind): sample case, agency
SAMPLE_AGENCY = {"status-inquiry": "cbp", "appeal": "dhs-privacy", "mediation": "ice", "complaint-facts": None}


def sample_case():
    """The shipped sample case (foiagen/data/sample.case.yaml beside sample.yaml)."""
    from importlib import resources
    from pathlib import Path

    from .case import load_case

    loaded = load_case(Path(str(resources.files("foiagen.data").joinpath("sample.case.yaml"))))
    return loaded.case if loaded.ok else None
