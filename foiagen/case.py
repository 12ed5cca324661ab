"""A case: a request spec, its case log and each agency's clock, checked against each other and the law.

`load_case` reads both files and returns every problem located in the case log: events
out of order, an acknowledgment before the sending, a tracking number of another agency,
an appeal with nothing to appeal (no adverse answer and no lapsed deadline), an agency the
request never addressed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from . import model as m
from .caselog import AgencyCase, CaseLog, load_case_log
from .clock import AgencyClock, agency_clock
from .deadlines import load_rules
from .diagnostics import Diagnostic, has_errors, sort_diagnostics
from .rules import report


@dataclass(frozen=True)
class RequestFacts:
    """What the clock needs of a request: its date, its agencies and whether it asks for expedition."""

    path: Path
    date: dt.date
    agencies: tuple[m.Agency, ...]
    expedite: bool

    @classmethod
    def of(cls, path: Path, request: m.Request) -> "RequestFacts":
        return cls(path, request.date, request.agencies, request.expedite is not None)


@dataclass(frozen=True)
class Case:
    log: CaseLog
    facts: RequestFacts
    agencies: dict  # agency id -> m.Agency (addressed or referred to)
    clocks: tuple[AgencyClock, ...]
    request: m.Request | None = None  # the whole request, when it was read in full

    @property
    def stem(self) -> str:
        return self.facts.path.name.rsplit(".", 1)[0]

    def clock(self, agency_id: str) -> AgencyClock | None:
        return next((c for c in self.clocks if c.agency == agency_id), None)


@dataclass
class LoadedCase:
    path: Path
    case: Case | None
    diagnostics: list[Diagnostic]

    @property
    def ok(self) -> bool:
        return self.case is not None and not has_errors(self.diagnostics)


def load_case(path: Path, registry=None, request: m.Request | None = None, full: bool = True) -> LoadedCase:
    """Read a case log and its request spec; check one against the other and the law.

    `full=False` reads of the spec only what the clock needs (date, agencies, expedite),
    which is what `status` over many cases can afford; a spec that does not read cleanly
    that way is read in full.
    """
    from .registry import load_registry

    registry = registry or load_registry()
    log, diagnostics = load_case_log(path)
    if log is None:
        return LoadedCase(path, None, sort_diagnostics(diagnostics))
    facts = RequestFacts.of(log.request_path, request) if request is not None else None
    if facts is None:
        facts, request, problem = _read_request(log, registry, full)
        if problem is not None:
            return LoadedCase(path, None, sort_diagnostics(diagnostics + [problem]))
    agencies = {a.id: a for a in facts.agencies}
    diagnostics += _check_agencies(log, agencies, registry)
    for case in log.agencies:
        diagnostics += _check_order(log, case, facts.date)
    diagnostics += _check_tracking(log)
    clocks = tuple(case_clocks(log, facts, agencies))
    for clock in clocks:
        diagnostics += _check_appeal(log, log.agency(clock.agency), clock)
        diagnostics += _check_late_extension(log, log.agency(clock.agency), clock)
    return LoadedCase(path, Case(log, facts, agencies, clocks, request), sort_diagnostics(diagnostics))


def _read_request(log: CaseLog, registry, full: bool):
    from .pipeline import load_request

    line, column = log.request_key
    if not log.request_path.is_file():
        return None, None, _error(log, line, column, f"the request spec {log.request_path.name} was not found beside the case log",
                                  "case-request-missing")
    if not full:
        facts = read_facts(log.request_path, registry)
        if facts is not None:
            return facts, None, None
    loaded = load_request(log.request_path, registry)
    if not loaded.ok:
        return None, None, _error(log, line, column, f"the request spec {log.request_path.name} has errors; run `foiagen validate` on it",
                                  "case-request-invalid")
    return RequestFacts.of(log.request_path, loaded.request), loaded.request, None


_TOP_KEY = re.compile(r"\n([A-Za-z_][\w-]*)[ \t]*:")  # a literal "\n" first: scanned fast, unlike ^ with re.M


def read_facts(path: Path, registry) -> RequestFacts | None:
    """The spec's date, agencies and expedite key, read from those top-level blocks alone (None: read it in full)."""
    from .source import parse_yaml
    from .spec import Context, read_agency

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    keys = list(_TOP_KEY.finditer("\n" + text))
    blocks = {}
    for match, after in zip(keys, keys[1:] + [None]):  # offsets are one past the text's: the "\n" added
        blocks[match.group(1)] = text[match.start(): after.start() if after else len(text)]
    if "date" not in blocks or "agencies" not in blocks or "include" in blocks:
        return None
    root, problems = parse_yaml(blocks["date"] + "\n" + blocks["agencies"], str(path))
    if root is None or problems or root.kind != "map":
        return None
    ctx = Context(registry)
    try:
        date = dt.date.fromisoformat(root.value["date"].value)
        nodes = root.value["agencies"].value
        agencies = tuple(read_agency(ctx, node) for node in nodes)
    except (KeyError, AttributeError, TypeError, ValueError):
        return None
    if ctx.diagnostics or not all(agencies):
        return None
    expedite = "expedite" in blocks and blocks["expedite"].split(":", 1)[1].strip() not in ("", "~", "null")
    return RequestFacts(path, date, agencies, expedite)


def _error(log: CaseLog, line: int, column: int, message: str, rule: str, hint: str = "") -> Diagnostic:
    return report(rule, (log.file, line, column), message, hint or None)


def _check_agencies(log: CaseLog, agencies: dict, registry) -> list[Diagnostic]:
    out = []
    referred = {t for case in log.agencies for e in case.all("determination") for t in e.to}
    for case in log.agencies:
        if case.agency in agencies:
            continue
        entry = registry.agencies.get(case.agency)
        if entry is None:
            out.append(_error(log, case.line, case.column, f"unknown agency id '{case.agency}'", "case-unknown-agency",
                              f"the request addresses {', '.join(agencies)}; `foiagen agencies` lists the directory"))
            continue
        agencies[case.agency] = entry.to_model()
        if case.agency not in referred:
            out.append(_error(log, case.line, case.column,
                              f"the request does not address {case.agency}, and no determination refers it there",
                              "case-agency-not-addressed", "record the referral: a determination with `outcome: referral` and `to:`"))
    for case in log.agencies:
        for event in case.all("determination"):
            for target in event.to:
                if target not in agencies and target not in registry.agencies:
                    out.append(_error(log, event.line, event.column, f"referral to unknown agency id '{target}'", "case-unknown-agency"))
    return out


def _check_order(log: CaseLog, case: AgencyCase, request_date: dt.date) -> list[Diagnostic]:
    out = []
    sent = case.first("sent")
    start = sent.date if sent else request_date
    previous = None
    for event in case.events:
        if previous is not None and event.date < previous.date:
            out.append(_error(log, event.line, event.column,
                              f"events must be listed in date order: this '{event.kind}' ({event.date}) comes after a '{previous.kind}' of {previous.date}",
                              "case-event-order"))
        if event.kind not in ("sent",) and event.date < start:
            what = "the sending recorded" if sent else "the request letter's date"
            out.append(_error(log, event.line, event.column,
                              f"'{event.kind}' on {event.date} is before {what} ({start})", "case-before-sending"))
        if event.kind == "sent" and event.date < request_date:
            out.append(_error(log, event.line, event.column, f"sent on {event.date}, before the letter's date {request_date}",
                              "case-before-sending"))
        if event.kind == "tolled" and event.until and event.until < event.date:
            out.append(_error(log, event.line, event.column, f"tolled until {event.until}, before the tolling ({event.date})", "case-bad-date"))
        if event.kind == "extension" and event.working_days > 10:
            out.append(_error(log, event.line, event.column,
                              f"an extension for unusual circumstances is at most 10 working days without the requester's agreement; {event.working_days} recorded",
                              "case-long-extension"))
        previous = event
    return out


def _check_tracking(log: CaseLog) -> list[Diagnostic]:
    rules = load_rules()
    shapes = {agency: {k: re.compile(v) for k, v in kinds.items()} for agency, kinds in rules.tracking_shapes.items()}
    out, seen = [], {}
    for case in log.agencies:
        for event in case.events:
            for kind, number in (("request", event.tracking), ("appeal", event.number)):
                if not number:
                    continue
                if number in seen and seen[number] != case.agency:
                    out.append(_error(log, event.line, event.column, f"tracking number {number} is already recorded for {seen[number]}",
                                      "case-tracking-agency"))
                seen.setdefault(number, case.agency)
                own = shapes.get(case.agency, {})
                if own.get(kind) and own[kind].match(number):
                    continue
                other = next((a for a, k in shapes.items() if a != case.agency and any(p.match(number) for p in k.values())), None)
                if other is not None:
                    out.append(_error(log, event.line, event.column,
                                      f"{number} has the shape of a {other} number, but it is recorded for {case.agency}",
                                      "case-tracking-agency", f"move the event under `{other}:`, or check the number"))
    return out


def case_clocks(log: CaseLog, facts: RequestFacts, agencies: dict, on: dt.date | None = None):
    """Each agency's clock, from the events up to `on` (all events when None)."""
    cases = log.agencies
    if on is not None:
        cases = tuple(AgencyCase(c.agency, tuple(e for e in c.events if e.date <= on), c.line, c.column) for c in cases)
    first_receipt = {}
    for case in cases:
        received = case.first("received") or case.first("sent")
        if received is not None:
            first_receipt[case.agency] = received.date
    referrers = {t: case.agency for case in cases for e in case.all("determination") for t in e.to}
    for case in cases:
        agency = agencies.get(case.agency)
        regulation = agency.regulation if agency is not None else ""
        designated = first_receipt.get(referrers.get(case.agency, ""))
        yield agency_clock(case, facts.date, regulation, facts.expedite, designated,
                           directory_window=agency_appeal_window(case.agency, regulation))


def agency_appeal_window(agency_id: str, regulation: str):
    """The appeal window the directory records for the agency, or else for its department."""
    from .deadlines import directory_window
    from .registry import load_registry

    agencies = load_registry().agencies
    entry = agencies.get(agency_id)
    while entry is not None:
        window = directory_window(entry.appeal, regulation)
        if window is not None:
            return window
        entry = agencies.get(entry.parent) if entry.parent else None
    return None


def _check_appeal(log: CaseLog, case: AgencyCase, clock: AgencyClock) -> list[Diagnostic]:
    appeal = clock.appeal
    if appeal is None:
        return [_error(log, e.line, e.column, f"'{e.kind}' on {e.date}, but no appeal is recorded before it", "case-appeal-missing")
                for e in case.all("appeal-acknowledged", "appeal-decided")]
    out = []
    determination = clock.deadline("determination")
    adverse_before = clock.adverse is not None and clock.adverse.date <= appeal.date
    lapsed = determination is not None and determination.state(appeal.date) == "lapsed"
    if not adverse_before and not lapsed:
        out.append(_error(log, appeal.line, appeal.column,
                          f"appeal on {appeal.date} with nothing to appeal yet: no adverse determination, and the determination is not due until {determination.due}",
                          "case-premature-appeal", "record the determination appealed from, or date the appeal after the deadline lapsed"))
    window = clock.deadline("appeal")
    if window is not None and adverse_before and appeal.date > window.due:
        out.append(_error(log, appeal.line, appeal.column,
                          f"appeal on {appeal.date}, after the appeal window closed on {window.due} ({window.limit})",
                          "case-late-appeal"))
    for event in case.all("appeal-acknowledged", "appeal-decided"):
        if event.date < appeal.date:
            out.append(_error(log, event.line, event.column, f"'{event.kind}' on {event.date} is before the appeal ({appeal.date})",
                              "case-before-sending"))
    return out


def _check_late_extension(log: CaseLog, case: AgencyCase, clock: AgencyClock) -> list[Diagnostic]:
    out = []
    appeal = case.first("appeal")
    for event in case.all("extension"):
        if (appeal is None or event.date < appeal.date) and event.date > clock.base_due:
            out.append(_error(log, event.line, event.column,
                              f"this extension came on {event.date}, after the 20 working days ran out on {clock.base_due}; "
                              "an extension must be noticed within the period, so foiagen does not count it",
                              "case-late-extension"))
    return out
