"""Working days: weekends and the legal public holidays of 5 U.S.C. § 6103, from the `holidays` package.

FOIA counts its 20-day and 10-day limits "excepting Saturdays, Sundays, and legal public
holidays" (5 U.S.C. § 552(a)(6)(A)).  The holidays are the United States federal calendar of
the `holidays` package, the only holiday source: the eleven days of § 6103(a), Juneteenth
from 2021 (the Act of June 17, 2021; observed on Friday, June 18, 2021), and the Friday or
Monday a holiday falling on a Saturday or Sunday is observed on (§ 6103(b) and Executive
Order 11582).  Inauguration Day (§ 6103(c)) is not counted: it is a holiday only for
employees in and around the District of Columbia.

Counting convention: the day of the triggering event is day 0; `add_working_days(d, 20)`
is the 20th working day after `d`.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from functools import lru_cache

FIRST_YEAR = 1990  # earlier than any letter foiagen renders


CACHED_YEARS = range(FIRST_YEAR, 2051)  # what one cache entry holds


@lru_cache(maxsize=None)
def holidays_in(year: int) -> frozenset[dt.date]:
    """The federal legal public holidays (observed days included) of one year."""
    if year in CACHED_YEARS:
        return _cached_calendar().get(year, frozenset())
    return _from_package(year)


def _from_package(year: int) -> frozenset[dt.date]:
    import holidays

    calendar = holidays.country_holidays("US", years=year, observed=True)
    return frozenset(day for day in calendar if day.year == year)


@lru_cache(maxsize=1)
def _cached_calendar() -> dict[int, frozenset[dt.date]]:
    """The package's holidays of CACHED_YEARS, kept in foiagen's cache folder as JSON.

    Importing `holidays` loads every country it knows (about 100 ms a process); the entry is
    keyed by a hash of the installed package's United States calendar and version files, so
    an upgraded package is read afresh, and it ends with a hash of itself, so a damaged or
    altered entry is never believed.
    """
    import hashlib
    import importlib.util
    import json
    import os

    from .cache import cache_dir, write_entry

    folder, entry = cache_dir("holidays"), None
    spec = importlib.util.find_spec("holidays")
    if folder and spec is not None and spec.origin:
        package = os.path.dirname(spec.origin)
        digest = hashlib.sha256()
        try:
            for part in ("version.py", os.path.join("countries", "united_states.py")):
                with open(os.path.join(package, part), "rb") as f:
                    digest.update(f.read())
            entry = os.path.join(folder, f"us-{digest.hexdigest()[:32]}.json")
            with open(entry, "rb") as f:
                payload, _, check = f.read().rpartition(b"\n")
            if payload and hashlib.sha256(payload).hexdigest().encode() == check:
                return {int(y): frozenset(dt.date.fromisoformat(d) for d in days) for y, days in json.loads(payload).items()}
        except (OSError, ValueError, TypeError):
            pass
    calendar = {year: _from_package(year) for year in CACHED_YEARS}
    if entry:
        payload = json.dumps({y: sorted(d.isoformat() for d in days) for y, days in calendar.items()}).encode()
        write_entry(entry, payload + b"\n" + hashlib.sha256(payload).hexdigest().encode())
    return calendar


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in holidays_in(day.year)


class _Index:
    """Sorted ordinals of the working days of whole years, grown on demand."""

    def __init__(self) -> None:
        self.first = self.last = None  # years covered
        self.days: list[int] = []

    def cover(self, first: int, last: int) -> None:
        first, last = max(first, FIRST_YEAR), max(last, FIRST_YEAR)
        if self.first is not None and self.first <= first and last <= self.last:
            return
        lo = first if self.first is None else min(first, self.first)
        hi = last if self.last is None else max(last, self.last)
        days = []
        for year in range(lo, hi + 1):
            off = holidays_in(year)
            start, end = dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
            for ordinal in range(start, end + 1):
                # ordinal 1 (Jan. 1 of year 1) was a Monday: (ordinal - 1) % 7 is the weekday
                if (ordinal - 1) % 7 < 5 and dt.date.fromordinal(ordinal) not in off:
                    days.append(ordinal)
        self.first, self.last, self.days = lo, hi, days


_INDEX = _Index()


def add_working_days(start: dt.date, count: int) -> dt.date:
    """The `count`-th working day after `start` (count >= 0; 0 gives `start` itself)."""
    if count <= 0:
        return start
    # 20 working days never span more than ~6 weeks; a year of slack covers any FOIA count
    _INDEX.cover(start.year, start.year + 1 + count // 240)
    position = bisect_right(_INDEX.days, start.toordinal())
    while position + count - 1 >= len(_INDEX.days):
        _INDEX.cover(_INDEX.first, _INDEX.last + 1)
    return dt.date.fromordinal(_INDEX.days[position + count - 1])


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after `start` up to and including `end` (negative when end < start)."""
    if end < start:
        return -working_days_between(end, start)
    _INDEX.cover(start.year, end.year)
    return bisect_right(_INDEX.days, end.toordinal()) - bisect_right(_INDEX.days, start.toordinal())


def add_days(start: dt.date, count: int, kind: str) -> dt.date:
    """`count` working or calendar days after `start`."""
    if kind == "working":
        return add_working_days(start, count)
    if kind == "calendar":
        return start + dt.timedelta(days=count)
    raise ValueError(f"unknown kind of day {kind!r}")
