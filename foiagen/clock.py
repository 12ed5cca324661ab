"""The clock of one agency's handling of a request: its deadlines, computed from the case log's events.

`agency_clock` is a pure function of (events, the agency's regulation, the holidays): it
returns every deadline that applies, whether each was met, lapsed or is still running on a
given day, and when constructive exhaustion arose.  It reads no file and prints nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .caselog import AgencyCase, Event
from .deadlines import Limit, Rules, appeal_window, last_day, load_rules
from .workdays import add_working_days, working_days_between

ELECTRONIC = ("email", "portal", "fax")


@dataclass(frozen=True)
class Deadline:
    key: str  # determination | expedite_decision | appeal | appeal_decision
    title: str
    due: dt.date
    limit: str  # "20 working days", …
    meaning: str  # citation meaning
    authority: str  # foia or a regulation id
    met_on: dt.date | None = None  # the event that met it
    # a requester's last day (the appeal's) that is a Saturday, Sunday or legal public holiday:
    # which, and the working day before it to file by (deadlines.LastDay)
    closed: str = ""
    file_by: dt.date | None = None

    def advice(self) -> str:
        return last_day(self.due).advice() if self.closed else ""

    def state(self, on: dt.date) -> str:
        if self.met_on is not None:
            return "met" if self.met_on <= self.due else "met late"
        return "running" if on <= self.due else "lapsed"


@dataclass(frozen=True)
class AgencyClock:
    agency: str
    sent: dt.date
    received: dt.date
    received_assumed: bool  # no receipt recorded: the sending date is taken
    clock_start: dt.date
    base_due: dt.date  # the 20 working days (plus any tolling), before extensions
    tolled_days: int
    extended_days: int
    determination: Event | None
    adverse: Event | None  # the first answer the requester may appeal
    appeal: Event | None
    appeal_received: dt.date | None
    appeal_decided: Event | None
    deadlines: tuple[Deadline, ...]

    def deadline(self, key: str) -> Deadline | None:
        return next((d for d in self.deadlines if d.key == key), None)

    def exhaustion_from(self, on: dt.date) -> dt.date | None:
        """The first day the requester is deemed to have exhausted remedies ((a)(6)(C)(i)), if by `on`."""
        for key in ("determination", "appeal_decision"):
            deadline = self.deadline(key)
            if deadline is not None and deadline.state(on) == "lapsed":
                return deadline.due + dt.timedelta(days=1)
        return None


def agency_clock(case: AgencyCase, request_date: dt.date, regulation: str, expedite_requested: bool = False,
                 designated_receipt: dt.date | None = None, rules: Rules | None = None,
                 directory_window: Limit | None = None) -> AgencyClock:
    """Every deadline of one agency's case.

    `designated_receipt`: when another component designated to receive requests got the
    request first (and referred it here), its date of receipt; the 20 days then start no
    later than 10 working days after it ((a)(6)(A)(ii)).
    """
    rules = rules or load_rules()
    s = rules.statute
    sent_event = case.first("sent")
    sent = sent_event.date if sent_event else request_date
    received, assumed = _receipt(case, sent)
    start = received
    if designated_receipt is not None:
        start = min(received, s["designated_component"].due(designated_receipt))
    determination = case.first("determination")
    tolled = sum(_tolled(e) for e in case.all("tolled") if determination is None or e.date <= determination.date)
    base_due = add_working_days(s["determination"].due(start), tolled)
    # an extension counts only when noticed before the 20-day period ran out ((a)(6)(B)(i))
    extensions = [e for e in case.all("extension") if _before(e, case.first("appeal")) and e.date <= base_due]
    extended = sum(e.working_days for e in extensions)
    due = add_working_days(base_due, extended)
    deadlines = [_deadline("determination", "Determination", due, s["determination"], tolled, extended,
                           determination.date if determination else None)]
    if expedite_requested:
        decision = case.first("expedite")
        deadlines.append(_deadline("expedite_decision", "Decision on expedited processing",
                                   s["expedite_decision"].due(sent), s["expedite_decision"], 0, 0,
                                   decision.date if decision else None))
    adverse = next((e for e in case.events if e.adverse), None)
    appeal = case.first("appeal")
    if adverse is not None:
        window = appeal_window(regulation, adverse.date, rules, directory_window)
        last = last_day(window.due(adverse.date))
        deadlines.append(_deadline("appeal", "Administrative appeal (last day)", last.due, window, 0, 0,
                                   appeal.date if appeal and appeal.date >= adverse.date else None, last))
    appeal_received = decided = None
    if appeal is not None:
        appeal_received = _appeal_receipt(case, appeal)
        decided = case.first("appeal-decided")
        appeal_extended = sum(e.working_days for e in case.all("extension") if e.date >= appeal.date)
        deadlines.append(_deadline("appeal_decision", "Decision on the appeal",
                                   s["appeal_decision"].due(appeal_received, appeal_extended), s["appeal_decision"],
                                   0, appeal_extended, decided.date if decided else None))
    return AgencyClock(case.agency, sent, received, assumed, start, base_due, tolled, extended, determination, adverse,
                       appeal, appeal_received, decided, tuple(deadlines))


def _receipt(case: AgencyCase, sent: dt.date) -> tuple[dt.date, bool]:
    event = case.first("received")
    if event is not None:
        return event.date, False
    ack = next((e for e in case.all("acknowledged") if e.received), None)
    if ack is not None:
        return ack.received, False
    return sent, True


def _appeal_receipt(case: AgencyCase, appeal: Event) -> dt.date:
    if appeal.received:
        return appeal.received
    ack = next((e for e in case.all("appeal-acknowledged") if e.received), None)
    return ack.received if ack else appeal.date


def _tolled(event: Event) -> int:
    return max(0, working_days_between(event.date, event.until)) if event.until else 0


def _before(event: Event, appeal: Event | None) -> bool:
    return appeal is None or event.date < appeal.date


def _deadline(key: str, title: str, due: dt.date, limit: Limit, tolled: int, extended: int,
              met_on: dt.date | None, last=None) -> Deadline:
    words = limit.describe()
    if extended or tolled:  # all working days: only working-day limits are extended or tolled
        parts = [str(limit.days)] + ([f"extended by {extended}"] if extended else []) + ([f"plus {tolled} tolled"] if tolled else [])
        words = f"{limit.days + extended + tolled} {limit.kind} days ({', '.join(parts)})"
    closed, file_by = (last.closed, last.file_by) if last is not None else ("", None)
    return Deadline(key, title, due, words, limit.meaning, limit.authority, met_on, closed, file_by)
