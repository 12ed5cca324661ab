"""FOIA deadlines against dates computed by hand, one comment per case (the `holidays` package is the only holiday source)."""

from __future__ import annotations

import datetime as dt

import pytest

from foiagen.caselog import AgencyCase, Event
from foiagen.clock import agency_clock
from foiagen.deadlines import appeal_window, quick_deadlines
from foiagen.workdays import add_working_days, holidays_in, is_working_day, working_days_between

D = dt.date


def ev(kind, day, **fields):
    return Event(kind, day, **fields)


def clock(events, regulation="dhs-6cfr5", request_date=None, designated=None, expedite=False):
    case = AgencyCase("x", tuple(events))
    first = events[0].date if events else D(2021, 1, 4)
    return agency_clock(case, request_date or first, regulation, expedite, designated)


# (why, events, regulation, designated receipt, deadline key, expected due) — each date counted by hand
CASES = [
    # Fri Mar. 5, 2021: Mar. 8-12, 15-19, 22-26, 29-Apr. 2 are the 20 working days; no holiday in March
    ("received on a Friday", [ev("sent", D(2021, 3, 5))], "dhs-6cfr5", None, "determination", D(2021, 4, 2)),
    # received on Saturday Mar. 6: Monday Mar. 8 is still day 1
    ("received on a Saturday", [ev("sent", D(2021, 3, 6))], "dhs-6cfr5", None, "determination", D(2021, 4, 2)),
    # July 4, 2020 was a Saturday, observed Friday July 3: Jun. 30-Jul. 2 (3), Jul. 6-10 (8), 13-17 (13), 20-24 (18), 27-28 (20)
    ("observed Friday holiday", [ev("sent", D(2020, 6, 29))], "dhs-6cfr5", None, "determination", D(2020, 7, 28)),
    # Juneteenth 2021 (Sat.) observed Fri. June 18, and July 5 (observed Independence Day): Jun. 15-17 (3),
    # 21-25 (8), Jun. 28-Jul. 2 (13), Jul. 6-9 (17), 12-14 (20)
    ("Juneteenth 2021 observed", [ev("sent", D(2021, 6, 14))], "dhs-6cfr5", None, "determination", D(2021, 7, 14)),
    # June 19, 2020 was an ordinary Friday (Juneteenth is a holiday from 2021): Jun. 16-19 (4), 22-26 (9),
    # Jun. 29-Jul. 2 (13), Jul. 6-10 (18), 13-14 (20)
    ("no Juneteenth in 2020", [ev("sent", D(2020, 6, 15))], "dhs-6cfr5", None, "determination", D(2020, 7, 14)),
    # Christmas 2021 (Sat.) observed Fri. Dec. 24; New Year 2022 (Sat.) observed Fri. Dec. 31; MLK Day Jan. 17:
    # Dec. 20-23 (4), 27-30 (8), Jan. 3-7 (13), 10-14 (18), 18-19 (20)
    ("Christmas to New Year, 2021", [ev("sent", D(2021, 12, 17))], "dhs-6cfr5", None, "determination", D(2022, 1, 19)),
    # Christmas 2022 (Sun.) observed Mon. Dec. 26; New Year 2023 (Sun.) observed Mon. Jan. 2; MLK Day Jan. 16:
    # Dec. 20-23 (4), 27-30 (8), Jan. 3-6 (12), 9-13 (17), 17-19 (20)
    ("Christmas to New Year, 2022 (observed Mondays)", [ev("sent", D(2022, 12, 19))], "dhs-6cfr5", None, "determination", D(2023, 1, 19)),
    # Oct. 19, 2020 + 20 working days (Veterans Day Nov. 11) = Nov. 17; + 10 (Thanksgiving Nov. 26) = Dec. 2
    ("unusual-circumstances extension", [ev("sent", D(2020, 10, 19)), ev("extension", D(2020, 10, 20))], "dhs-6cfr5", None,
     "determination", D(2020, 12, 2)),
    # received Mon. Mar. 1, 2021: 20 working days end Mar. 29; tolled Mar. 10 to Mar. 17 stops the clock for
    # Mar. 11, 12, 15, 16, 17 (5 working days): Mar. 30, 31, Apr. 1, 2, 5
    ("tolled for clarification", [ev("sent", D(2021, 3, 1)), ev("tolled", D(2021, 3, 10), until=D(2021, 3, 17))], "dhs-6cfr5",
     None, "determination", D(2021, 4, 5)),
    # referred by a designated component that got it on Mar. 1, 2021; this one got it Mar. 22: the 20 days start
    # no later than ten (calendar) days after Mar. 1, Thu. Mar. 11: Mar. 12 (1), 15-19 (6), 22-26 (11), 29-Apr. 2 (16), 5-8 (20)
    ("designated component's receipt", [ev("sent", D(2021, 3, 22))], "dhs-6cfr5", D(2021, 3, 1), "determination", D(2021, 4, 8)),
    # designated Fri. Nov. 19, 2021; ten days: Mon. Nov. 29 (Thanksgiving Nov. 25 does not stop calendar days); Nov. 30-Dec. 3 (4),
    # 6-10 (9), 13-17 (14), 20-23 (18; Christmas observed Fri. Dec. 24), 27-28 (20)
    ("designated receipt across Thanksgiving", [ev("sent", D(2021, 12, 6))], "dhs-6cfr5", D(2021, 11, 19), "determination", D(2021, 12, 28)),
    # designated Wed. Mar. 3, 2021; ten days end Sat. Mar. 13: Mar. 15-19 (5), 22-26 (10), 29-Apr. 2 (15), 5-9 (20)
    ("designated receipt plus ten days is a Saturday", [ev("sent", D(2021, 3, 22))], "dhs-6cfr5", D(2021, 3, 3), "determination", D(2021, 4, 9)),
    # the appropriate component got it on Mar. 5, within the ten days of the designated one's Mar. 1: its own receipt starts it
    ("appropriate component within the ten days", [ev("sent", D(2021, 3, 5))], "dhs-6cfr5", D(2021, 3, 1), "determination", D(2021, 4, 2)),
    # DHS: 90 working days after the Oct. 29, 2020 response: Oct. 30 (1), Nov. (19: Veterans Day, Thanksgiving) = 20,
    # Dec. (22: Christmas) = 42, Jan. (19: New Year, MLK) = 61, Feb. (19: Presidents Day) = 80, Mar. 1-12 = 90
    ("DHS appeal window, 90 working days", [ev("sent", D(2020, 10, 19)), ev("determination", D(2020, 10, 29), outcome="referral")],
     "dhs-6cfr5", None, "appeal", D(2021, 3, 12)),
    # DOJ: 90 calendar days after Jan. 4, 2021: Jan. 31 is day 27, Feb. 28 day 55, Mar. 31 day 86, Apr. 4 day 90
    ("DOJ appeal window, 90 calendar days", [ev("sent", D(2020, 12, 1)), ev("determination", D(2021, 1, 4), outcome="denial")],
     "doj-28cfr16", None, "appeal", D(2021, 4, 4)),
    # no appeal rule in the registry for HHS: the statute's floor, 90 days after Jan. 4, 2021
    ("statutory floor where the rule is not recorded", [ev("sent", D(2020, 12, 1)), ev("determination", D(2021, 1, 4), outcome="partial")],
     "hhs-45cfr5", None, "appeal", D(2021, 4, 4)),
    # appeal sent Jan. 13, 2021: Jan. 14-15 (2), MLK Day Jan. 18, Jan. 19-22 (6; Inauguration Day is no holiday
    # outside D.C.), 25-29 (11), Feb. 1-5 (16), 8-11 (20)
    ("appeal decision, 20 working days", [ev("sent", D(2020, 10, 19)), ev("determination", D(2020, 10, 29), outcome="referral"),
                                          ev("appeal", D(2021, 1, 13))], "dhs-6cfr5", None, "appeal_decision", D(2021, 2, 11)),
    # expedited processing: 10 calendar days after the Oct. 19, 2020 request
    ("expedite decision, 10 calendar days", [ev("sent", D(2020, 10, 19))], "dhs-6cfr5", None, "expedite_decision", D(2020, 10, 29)),
]


@pytest.mark.parametrize("why,events,regulation,designated,key,expected", CASES, ids=[c[0] for c in CASES])
def test_deadline_by_hand(why, events, regulation, designated, key, expected):
    result = clock(events, regulation, designated=designated, expedite=True)
    assert result.deadline(key).due == expected, why


def test_acceptance_quick_answer():
    out = quick_deadlines(D(2020, 10, 19))
    assert out["determination_due"] == "2020-11-17"
    assert out["determination_due_extended"] == "2020-12-02"
    assert out["expedite_decision_due"] == "2020-10-29"


def test_late_extension_does_not_count():
    # ICE in seed 000: 20 working days ran out Nov. 17, 2020; its Dec. 1 extension came too late
    result = clock([ev("sent", D(2020, 10, 19)), ev("extension", D(2020, 12, 1))])
    assert result.deadline("determination").due == D(2020, 11, 17)
    assert result.exhaustion_from(D(2021, 4, 13)) == D(2020, 11, 18)


def test_holidays_come_from_the_package():
    assert D(2021, 6, 18) in holidays_in(2021) and D(2020, 6, 19) not in holidays_in(2020)
    assert D(2021, 1, 20) not in holidays_in(2021)  # Inauguration Day
    assert not is_working_day(D(2021, 12, 31)) and is_working_day(D(2021, 1, 20))


def test_counting_is_consistent():
    start = D(2020, 12, 18)
    for n in range(0, 300, 7):
        due = add_working_days(start, n)
        assert working_days_between(start, due) == n
        assert n == 0 or is_working_day(due)
    assert working_days_between(D(2021, 1, 22), D(2021, 1, 13)) == -working_days_between(D(2021, 1, 13), D(2021, 1, 22))


def test_appeal_window_never_below_the_statute():
    assert appeal_window("dhs-6cfr5", D(2021, 1, 1)).kind == "working"
    assert appeal_window("dhs-6cfr5", D(2016, 7, 1)).authority == "foia"  # before the 2016 DHS rule took effect
    assert appeal_window("nonexistent", D(2021, 1, 1)).days == 90


@pytest.mark.parametrize("agency,regulation", [("dhs", "dhs-6cfr5"), ("ice", "dhs-6cfr5"), ("doj", "doj-28cfr16"), ("fbi", "doj-28cfr16")])
def test_directory_and_deadline_data_agree_on_appeal_windows(agency, regulation):
    from foiagen.case import agency_appeal_window
    from foiagen.deadlines import load_rules

    directory = agency_appeal_window(agency, regulation)
    dated = load_rules().appeal_windows[regulation]
    assert directory is not None and (directory.days, directory.kind) == (dated.days, dated.kind)


def test_the_holiday_cache_is_the_package_and_a_damaged_entry_is_not_believed(tmp_path, monkeypatch):
    import json

    from foiagen import workdays

    monkeypatch.setenv("FOIAGEN_CACHE_DIR", str(tmp_path))
    workdays._cached_calendar.cache_clear()
    first = workdays._cached_calendar()
    for year in (1997, 2020, 2021, 2022, 2050):
        assert first[year] == workdays._from_package(year)
    entry = next((tmp_path / "holidays").iterdir())
    payload, check = entry.read_bytes().rsplit(b"\n", 1)
    data = json.loads(payload)
    data["2021"].remove("2021-06-18")  # someone drops Juneteenth from the cached entry
    entry.write_bytes(json.dumps(data).encode() + b"\n" + check)
    workdays._cached_calendar.cache_clear()
    assert D(2021, 6, 18) in workdays._cached_calendar()[2021]
    workdays._cached_calendar.cache_clear()


# (why, adverse answer, the last day the rule states, what that day is, the working day to file by): DOJ's
# 90 days (28 C.F.R. § 16.8(a)), which says nothing of a last day when offices are closed
LAST_DAYS = [
    # Jan. 4, 2021 + 90: Jan. 31 is day 27, Feb. 28 day 55, Mar. 31 day 86, Sun. Apr. 4 day 90
    ("a Sunday", D(2021, 1, 4), D(2021, 4, 4), "a Sunday", D(2021, 4, 2)),
    ("a Saturday", D(2021, 1, 3), D(2021, 4, 3), "a Saturday", D(2021, 4, 2)),
    ("a working day", D(2020, 10, 29), D(2021, 1, 27), "", None),
    ("Independence Day 2022 (Mon.)", D(2022, 4, 5), D(2022, 7, 4), "a legal public holiday", D(2022, 7, 1)),
    ("Labor Day 2022", D(2022, 6, 7), D(2022, 9, 5), "a legal public holiday", D(2022, 9, 2)),
    ("Thanksgiving 2021", D(2021, 8, 27), D(2021, 11, 25), "a legal public holiday", D(2021, 11, 24)),
    # Christmas 2021 (Sat.) observed Fri. Dec. 24: the day before is Thursday
    ("Christmas observed on a Friday", D(2021, 9, 25), D(2021, 12, 24), "a legal public holiday", D(2021, 12, 23)),
    ("a Sunday after an observed Friday holiday", D(2021, 9, 27), D(2021, 12, 26), "a Sunday", D(2021, 12, 23)),
    # Sun. June 21, 2026; Fri. June 19 is Juneteenth: Thursday
    ("a Sunday after Juneteenth", D(2026, 3, 23), D(2026, 6, 21), "a Sunday", D(2026, 6, 18)),
]


@pytest.mark.parametrize("why,adverse,due,closed,file_by", LAST_DAYS, ids=[c[0] for c in LAST_DAYS])
def test_a_calendar_day_appeal_window_is_shown_as_stated_with_the_day_to_file_by(why, adverse, due, closed, file_by):
    result = clock([ev("sent", adverse - dt.timedelta(days=30)), ev("determination", adverse, outcome="denial")], "doj-28cfr16")
    deadline = result.deadline("appeal")
    assert (deadline.due, deadline.closed, deadline.file_by) == (due, closed, file_by), why
    assert (f"file by {file_by:%A}, {file_by.isoformat()}" in deadline.advice()) if file_by else deadline.advice() == ""
    quick = quick_deadlines(adverse - dt.timedelta(days=20), "doj-28cfr16", adverse=adverse)
    assert (quick["appeal_due"], quick.get("appeal_due_is", ""), quick.get("appeal_file_by")) == (
        due.isoformat(), closed, file_by.isoformat() if file_by else None)


def test_a_working_day_window_always_ends_on_a_working_day():
    for offset in range(0, 370, 3):
        adverse = D(2021, 1, 1) + dt.timedelta(days=offset)
        deadline = clock([ev("sent", adverse), ev("determination", adverse, outcome="denial")], "dhs-6cfr5").deadline("appeal")
        assert deadline.closed == "" and deadline.file_by is None and is_working_day(deadline.due)


def test_a_rule_that_carries_a_closed_last_day_forward_moves_it_and_advises_nothing():
    from foiagen.deadlines import Limit

    window = Limit("appeal_window", 90, "calendar", "appeal", "x", "test", next_working_day=True)
    assert window.due(D(2021, 1, 4)) == D(2021, 4, 5)  # Sun. Apr. 4 → Mon. Apr. 5
    assert window.due(D(2022, 4, 5)) == D(2022, 7, 5)  # Mon. July 4 (a holiday) → Tue. July 5
    assert window.due(D(2020, 10, 29)) == D(2021, 1, 27)  # a working day stays


def test_the_designated_component_days_are_the_statutes_calendar_days():
    from foiagen.deadlines import load_rules

    limit = load_rules().statute["designated_component"]
    assert (limit.days, limit.kind, limit.source) == (10, "calendar", "usc-2023")


@pytest.mark.parametrize("days,kind", [(30, "working"), (60, "working"), (45, "calendar"), (89, "calendar")])
def test_a_rule_window_shorter_than_the_statutes_90_days_yields_to_it(days, kind):
    from foiagen.deadlines import Limit

    # e.g. NIGC's 30 working days (25 C.F.R. § 517.8(b)(1)); 60 working days still end before 90 calendar days
    window = Limit("appeal_window", days, kind, "appeal", "x", "agencies.yaml")
    chosen = appeal_window("x", D(2021, 1, 4), directory=window)
    assert (chosen.days, chosen.kind, chosen.authority) == (90, "calendar", "foia")
    longer = Limit("appeal_window", 65, "working", "appeal", "x", "agencies.yaml")  # 65 working days outlast 90 calendar
    assert appeal_window("x", D(2021, 1, 4), directory=longer) is longer
