"""Case logs: what happened to a request after it was sent, read from `<stem>.case.yaml` with every problem located.

A case log sits beside its request spec and lists, per addressed agency, dated events:

    request: 2020-10-19-clearview-ice-cbp-dhs.yaml   # optional; default <stem>.yaml beside it
    agencies:
      cbp:
        - {date: 2020-10-19, event: sent, channel: email}
        - {date: 2020-10-20, event: acknowledged, tracking: CBP-2021-008288}
        - {date: 2020-10-20, event: extension}
    lawsuit: {date: 2021-04-13, court: N.D. Cal.}

It is read with foiagen.source (so every value knows its file, line and column) into the
frozen types below; the checks that need the law (premature appeals, late appeals) live
in foiagen.caselog_checks.
"""

from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic
from .rules import report
from .spec.case_fields import (APPEAL_OUTCOMES, CASE_LOG, CHANNELS, DECISIONS, DETERMINATIONS, EVENT_KINDS, GROUNDS,
                               LAWSUIT, TOLL_REASONS, event_keys)
from .source import Node, display_path, load_file

CASE_SUFFIXES = (".case.yaml", ".case.yml")
ADVERSE = frozenset({"partial", "denial", "no-records", "referral", "glomar"})
# the keys, kinds of event and allowed words come from the field table (spec/case_fields.py)
EVENTS = {kind: event_keys(kind) for kind in EVENT_KINDS}
ENUMS = {"channel": CHANNELS, "reason": TOLL_REASONS, "decision": DECISIONS}
TOP_KEYS = CASE_LOG.keys
LAWSUIT_KEYS = LAWSUIT.keys


@dataclass(frozen=True)
class Event:
    kind: str
    date: dt.date
    line: int = 0
    column: int = 0
    channel: str = ""
    tracking: str = ""  # acknowledged, determination
    number: str = ""  # appeal-acknowledged: the appeal number
    received: dt.date | None = None  # the agency's stated date of receipt
    until: dt.date | None = None  # tolled until
    reason: str = ""
    working_days: int = 10
    amount: str = ""
    decision: str = ""
    category: str = ""
    outcome: str = ""
    to: tuple[str, ...] = ()  # referral targets
    pages: str = ""
    grounds: tuple[str, ...] = ()
    court: str = ""
    case: str = ""
    note: str = ""

    @property
    def adverse(self) -> bool:
        """An answer the requester may appeal."""
        if self.kind == "determination":
            return self.outcome in ADVERSE
        if self.kind in ("expedite", "fee-waiver", "fee-category"):
            return self.decision == "denied"
        return False


@dataclass(frozen=True)
class AgencyCase:
    agency: str
    events: tuple[Event, ...]
    line: int = 0
    column: int = 0

    def first(self, *kinds: str) -> Event | None:
        return next((e for e in self.events if e.kind in kinds), None)

    def all(self, *kinds: str) -> list[Event]:
        return [e for e in self.events if e.kind in kinds]

    @property
    def tracking(self) -> str:
        event = next((e for e in self.events if e.tracking), None)
        return event.tracking if event else ""

    @property
    def appeal_number(self) -> str:
        event = next((e for e in self.events if e.number), None)
        return event.number if event else ""


@dataclass(frozen=True)
class Lawsuit:
    date: dt.date
    court: str = ""
    case: str = ""
    line: int = 0
    column: int = 0


@dataclass(frozen=True)
class CaseLog:
    file: str
    path: Path
    request_path: Path
    agencies: tuple[AgencyCase, ...]
    lawsuit: Lawsuit | None = None
    request_key: tuple[int, int] = (1, 1)  # where `request:` is (or the file's start)

    def agency(self, agency_id: str) -> AgencyCase | None:
        return next((a for a in self.agencies if a.agency == agency_id), None)


def is_case_log(path: Path) -> bool:
    return path.name.endswith(CASE_SUFFIXES)


def default_request_path(path: Path) -> Path:
    name = path.name
    for suffix in CASE_SUFFIXES:
        if name.endswith(suffix):
            return path.with_name(name[: -len(suffix)] + ".yaml")
    return path.with_suffix(".yaml")


def case_log_for(spec: Path) -> Path:
    return spec.with_name(spec.stem + ".case.yaml")


# -- reading -------------------------------------------------------------------------------
@dataclass
class _Reader:
    file: str
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def error(self, where, message: str, rule: str, hint: str = "") -> None:
        self.diagnostics.append(report(rule, where, message, hint or None))

    def text(self, node: Node, what: str) -> str | None:
        if node.kind == "str":
            return node.value.strip()
        self.error(node.where(), f"{what} must be text, not {_kind(node)}", "case-bad-value")
        return None

    def date(self, node: Node, what: str) -> dt.date | None:
        text = self.text(node, what)
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.error(node.where(), f"{what} {text!r} is not a date; write YYYY-MM-DD", "case-bad-date")
            return None

    def choice(self, node: Node, what: str, choices) -> str | None:
        text = self.text(node, what)
        if text is not None and text not in choices:
            self.error(node.where(), f"{what} {text!r} is not one of {', '.join(choices)}", "case-bad-value",
                       _did_you_mean(text, choices))
            return None
        return text

    def unknown_keys(self, node: Node, allowed, where_what: str) -> None:
        for key in node.value:
            if key not in allowed:
                self.error(node.where(key), f"unknown key '{key}' in {where_what}", "case-unknown-key",
                           _did_you_mean(key, allowed) or f"allowed keys: {', '.join(allowed)}")


def _kind(node: Node) -> str:
    return {"map": "a mapping", "seq": "a list", "null": "empty", "str": "text"}[node.kind]


def _did_you_mean(word: str, choices) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1)
    return f"did you mean '{close[0]}'?" if close else ""


def load_case_log(path: Path) -> tuple[CaseLog | None, list[Diagnostic]]:
    """Read and structurally check one case log; every problem located."""
    display = display_path(path)
    root, problems = load_file(path, display)
    if root is None:
        return None, problems
    reader = _Reader(display, list(problems))
    if root.kind != "map":
        reader.error(root.where(), f"a case log is a mapping with an `agencies:` key, not {_kind(root)}", "case-bad-value")
        return None, reader.diagnostics
    reader.unknown_keys(root, TOP_KEYS, "the case log")
    request_path = default_request_path(path)
    request_key = (1, 1)
    if "request" in root.value:
        node = root.value["request"]
        request_key = (node.line, node.column)
        text = reader.text(node, "request")
        if text:
            request_path = path.parent / text
    agencies = _read_agencies(reader, root)
    lawsuit = _read_lawsuit(reader, root.value.get("lawsuit"))
    log = CaseLog(display, path, request_path, tuple(agencies), lawsuit, request_key)
    return log, reader.diagnostics


def _read_agencies(reader: _Reader, root: Node) -> list[AgencyCase]:
    node = root.value.get("agencies")
    if node is None:
        reader.error(root.where(), "a case log needs `agencies:`, the events of each addressed agency", "case-missing-field")
        return []
    if node.kind != "map":
        reader.error(node.where(), f"agencies must map agency ids to lists of events, not {_kind(node)}", "case-bad-value")
        return []
    out = []
    for agency_id, events_node in node.value.items():
        line, column = node.key_positions[agency_id]
        if events_node.kind != "seq":
            reader.error(events_node.where(), f"the events of {agency_id} must be a list, not {_kind(events_node)}", "case-bad-value")
            continue
        events = [e for e in (_read_event(reader, item, agency_id) for item in events_node.value) if e is not None]
        out.append(AgencyCase(agency_id, tuple(events), line, column))
    return out


def _read_event(reader: _Reader, node: Node, agency_id: str) -> Event | None:
    if node.kind != "map":
        reader.error(node.where(), f"an event of {agency_id} must be a mapping with `date:` and `event:`, not {_kind(node)}", "case-bad-value")
        return None
    values = node.value
    missing = [k for k in ("date", "event") if k not in values]
    if missing:
        reader.error(node.where(), f"an event of {agency_id} needs `{'` and `'.join(missing)}`", "case-missing-field")
        return None
    kind = reader.choice(values["event"], "event", tuple(EVENTS))
    day = reader.date(values["date"], "date")
    if kind is None or day is None:
        return None
    allowed, required = EVENTS[kind]
    reader.unknown_keys(node, ("date", "event", "note", *allowed), f"an event of kind '{kind}'")
    for key in required:
        if key not in values:
            reader.error(node.where(), f"an event of kind '{kind}' needs `{key}:`", "case-missing-field")
            return None
    fields = {"note": _plain(reader, values.get("note"), "note")}
    for key in allowed:
        if key in values:
            value = _field(reader, kind, key, values[key])
            if value is None:
                return None
            fields[key] = value
    return Event(kind, day, node.line, node.column, **fields)


def _plain(reader: _Reader, node: Node | None, what: str) -> str:
    if node is None or node.kind == "null":
        return ""
    return reader.text(node, what) or ""


def _field(reader: _Reader, kind: str, key: str, node: Node):
    if key in ("received", "until"):
        return reader.date(node, key)
    if key == "working_days":
        text = reader.text(node, key)
        if text is None or not text.isdigit() or int(text) < 1:
            reader.error(node.where(), f"working_days must be a whole number of days, not {text!r}", "case-bad-value")
            return None
        return int(text)
    if key == "outcome":
        return reader.choice(node, "outcome", APPEAL_OUTCOMES if kind == "appeal-decided" else DETERMINATIONS)
    if key in ENUMS:
        return reader.choice(node, key, ENUMS[key])
    if key in ("to", "grounds"):
        items = node.value if node.kind == "seq" else [node]
        out = []
        for item in items:
            text = reader.choice(item, "ground", GROUNDS) if key == "grounds" else reader.text(item, key)
            if text is None:
                return None
            out.append(text)
        return tuple(out)
    return reader.text(node, key)


def _read_lawsuit(reader: _Reader, node: Node | None) -> Lawsuit | None:
    if node is None:
        return None
    if node.kind != "map" or "date" not in node.value:
        reader.error(node.where(), "lawsuit must be a mapping with `date:` (and `court:`, `case:`)", "case-bad-value")
        return None
    reader.unknown_keys(node, LAWSUIT_KEYS, "lawsuit")
    day = reader.date(node.value["date"], "date")
    if day is None:
        return None
    return Lawsuit(day, _plain(reader, node.value.get("court"), "court"), _plain(reader, node.value.get("case"), "case"),
                   node.line, node.column)
