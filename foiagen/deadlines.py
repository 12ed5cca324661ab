"""Deadlines: pure functions of (a case's events, the agency's rule, the holidays) to dates.

The day counts and their law are data (foiagen/data/deadlines.yaml); the holidays come from
foiagen.workdays.  Nothing here reads a case-log file or prints: `status` formats what this
computes, and the letters cite what it returns.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .workdays import add_days, add_working_days, is_working_day, working_days_between


@dataclass(frozen=True)
class Limit:
    """One time limit: `days` of `kind` counted from an event, and the law that sets it."""

    name: str
    days: int
    kind: str  # working | calendar
    meaning: str  # citation meaning (statute `foia`, or the agency regulation's authority)
    authority: str  # "foia" or a regulation id
    source: str
    counted_from: str = ""
    start: dt.date | None = None
    note: str = ""
    # the rule itself carries a last day that is a Saturday, Sunday or holiday to the next
    # working day (only where its text says so; FOIA and the rules read so far do not)
    next_working_day: bool = False

    def due(self, start: dt.date, extra_working_days: int = 0) -> dt.date:
        base = add_days(start, self.days, self.kind)
        if self.next_working_day and not is_working_day(base):
            base = add_working_days(base, 1)
        return add_working_days(base, extra_working_days) if extra_working_days else base

    def describe(self) -> str:
        return f"{self.days} {self.kind} days"


@dataclass(frozen=True)
class Rules:
    statute: dict  # name -> Limit or dict (limits without a day count)
    appeal_windows: dict  # regulation id -> Limit
    tracking_shapes: dict  # agency id -> {"request": regex, "appeal": regex}
    tracking_source: str
    ogis: dict  # OGIS's name, office, address, email and source


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    import yaml

    raw = yaml.load(resources.files("foiagen.data").joinpath("deadlines.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    statute = {}
    for name, entry in raw["statute"].items():
        statute[name] = _limit(name, entry, "foia") if "days" in entry else dict(entry)
    windows = {reg: _limit("appeal_window", entry["appeal_window"], reg) for reg, entry in raw["regulations"].items()}
    tracking = raw["tracking_numbers"]
    return Rules(statute, windows, dict(tracking["shapes"]), tracking["source"], dict(raw["ogis"]))


def _limit(name: str, entry: dict, authority: str) -> Limit:
    return Limit(name, int(entry["days"]), entry["kind"], entry["meaning"], authority, entry["source"],
                 entry.get("counted_from", ""), entry.get("from"), entry.get("note", ""),
                 entry.get("if_closed") == "next_working_day")


# -- a last day the requester must act by that falls when offices are closed ------------------
@dataclass(frozen=True)
class LastDay:
    """A requester's last day as the rule states it, and, where that day is a Saturday, Sunday
    or legal public holiday, what it is and the working day before it: no rule foiagen has read
    moves such a day, so a filing is advised by the day before rather than the day extended."""

    due: dt.date
    closed: str = ""  # "a Saturday", "a Sunday", "a legal public holiday"; "" on a working day
    file_by: dt.date | None = None

    def advice(self) -> str:
        if not self.closed:
            return ""
        return (f"{self.due.isoformat()} is {self.closed}, and the rule does not extend it: "
                f"file by {self.file_by:%A}, {self.file_by.isoformat()}")


def last_day(due: dt.date) -> LastDay:
    if is_working_day(due):
        return LastDay(due)
    closed = {5: "a Saturday", 6: "a Sunday"}.get(due.weekday(), "a legal public holiday")
    before = due - dt.timedelta(days=1)
    while not is_working_day(before):
        before -= dt.timedelta(days=1)
    return LastDay(due, closed, before)


def directory_window(entry: dict, regulation: str) -> Limit | None:
    """The appeal window the agency directory records (agencies.yaml `appeal.window`), as a Limit."""
    window = (entry or {}).get("window")
    if not window or "days" not in window or window.get("kind") not in ("working", "calendar"):
        return None
    return Limit("appeal_window", int(window["days"]), window["kind"], "appeal", regulation, "agencies.yaml",
                 str(window.get("runs_from", "")), None, str(window.get("rule", "")), window.get("if_closed") == "next_working_day")


def appeal_window(regulation: str, on: dt.date, rules: Rules | None = None, directory: Limit | None = None) -> Limit:
    """The agency's appeal window in force on `on`, never shorter than the statute's 90 days.

    `directory`: the window the agency directory records for the agency (or its department);
    it is used where no dated entry of deadlines.yaml says the rule was not yet in force.
    """
    rules = rules or load_rules()
    floor = rules.statute["appeal_window_floor"]
    dated = rules.appeal_windows.get(regulation)
    if dated is not None and dated.start is not None and on < dated.start:
        return floor
    window = directory or dated
    if window is None:
        return floor
    # a rule whose window ends before the statute's 90 days (e.g. 30 working days, 45 calendar
    # days) yields to the floor: since 2016 no rule may give less (5 U.S.C. § 552(a)(6)(A)(i)(III)(aa))
    if window.due(on) < floor.due(on):
        return floor
    return window


# -- the quick answer ------------------------------------------------------------------------
def quick_deadlines(received: dt.date, regulation: str = "", extension: bool = False,
                    adverse: dt.date | None = None, appeal_received: dt.date | None = None,
                    rules: Rules | None = None, directory: Limit | None = None) -> dict:
    """Every deadline for a request received on `received` (and an adverse answer on `adverse`)."""
    rules = rules or load_rules()
    s = rules.statute
    determination = s["determination"].due(received)
    extended = s["determination"].due(received, s["extension"].days)
    out = {
        "received": received.isoformat(),
        "determination_due": determination.isoformat(),
        "determination_due_extended": extended.isoformat(),
        "expedite_decision_due": s["expedite_decision"].due(received).isoformat(),
        "constructive_exhaustion_from": ((extended if extension else determination) + dt.timedelta(days=1)).isoformat(),
    }
    # (a)(4)(A)(viii): no search fees once a time limit is missed (save its subclause (II) exceptions)
    out["search_fees_barred_from"] = out["constructive_exhaustion_from"]
    if adverse is not None:
        window = appeal_window(regulation, adverse, rules, directory)
        last = last_day(window.due(adverse))
        out["appeal_due"] = last.due.isoformat()
        out["appeal_window"] = f"{window.describe()} ({window.authority}, {window.meaning})"
        if last.closed:  # the day as the rule states it, and the working day to file by
            out["appeal_due_is"] = last.closed
            out["appeal_file_by"] = last.file_by.isoformat()
        appeal_received = appeal_received or adverse
    start = appeal_received or received
    out["appeal_decision_due"] = s["appeal_decision"].due(start).isoformat()
    out["appeal_decision_due_extended"] = s["appeal_decision"].due(start, s["extension"].days).isoformat()
    out["appeal_decision_counted_from"] = start.isoformat()
    return out


def elapsed_working_days(start: dt.date, end: dt.date) -> int:
    return working_days_between(start, end)
