"""`foiagen status` and `foiagen deadlines`: command, input, output, exit code."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from typer.testing import CliRunner

from foiagen.cli import app

ROOT = Path(__file__).resolve().parents[1]
REQUESTS = ROOT / "requests"
runner = CliRunner()


def run(*args):
    return runner.invoke(app, list(args))


def test_deadlines_acceptance():
    result = run("deadlines", "--received", "2020-10-19", "--json")
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert out["determination_due"] == "2020-11-17"
    assert out["determination_due_extended"] == "2020-12-02"
    assert {"expedite_decision_due", "appeal_decision_due"} <= set(out)


def test_deadlines_with_an_adverse_answer_uses_the_agencys_window():
    dhs = json.loads(run("deadlines", "--received", "2020-10-19", "--agency", "dhs", "--adverse", "2020-10-29", "--json").stdout)
    doj = json.loads(run("deadlines", "--received", "2020-10-19", "--agency", "doj", "--adverse", "2020-10-29", "--json").stdout)
    assert dhs["appeal_due"] == "2021-03-12"  # 90 working days (6 C.F.R. § 5.8(a)(1))
    assert doj["appeal_due"] == "2021-01-27"  # 90 calendar days (28 C.F.R. § 16.8(a))


def test_deadlines_usage_errors():
    assert run("deadlines", "--received", "19/10/2020").exit_code == 2
    assert run("deadlines", "--received", "2020-10-19", "--agency", "nope").exit_code == 2


def test_status_of_seed_000_on_the_day_of_suit_every_deadline_lapsed():
    result = run("status", str(REQUESTS), "--on", "2021-04-13", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = [r for r in json.loads(result.stdout)["rows"] if r["request"] == "2020-10-19-clearview-ice-cbp-dhs"]
    assert {r["agency"]: r["tracking"] for r in rows} == {"cbp": "CBP-2021-008288", "ice": "2021-ICFO-12708", "dhs-privacy": "2021-HQFO-00091"}
    for row in rows:
        assert row["stage"].startswith("in litigation") and row["days_left"] < 0
        assert {d["state"] for d in row["deadlines"]} <= {"met", "lapsed"}
        assert any(d["state"] == "lapsed" for d in row["deadlines"])
    dhs = next(r for r in rows if r["agency"] == "dhs-privacy")
    assert dhs["appeal_number"] == "2021-HQAP-00039" and dhs["due"] == "2021-02-11"


def test_status_before_the_suit_names_the_next_step():
    result = run("status", str(REQUESTS / "2020-10-19-clearview-ice-cbp-dhs.yaml"), "--on", "2021-03-01", "--format", "csv")
    rows = {r["agency"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["dhs-privacy"]["stage"] == "appeal decision overdue"
    assert "5 U.S.C. § 552(a)(6)(C)(i)" in rows["dhs-privacy"]["cites"]
    assert rows["cbp"]["stage"] == "determination overdue"
    early = run("status", str(REQUESTS), "--on", "2020-10-21", "--format", "json")
    cbp = next(r for r in json.loads(early.stdout)["rows"] if r["agency"] == "cbp")
    assert cbp["stage"] == "awaiting determination" and cbp["days_left"] == 28  # Dec. 2 is working day 30 after Oct. 19, Oct. 21 is day 2


def test_status_ics_parses_back_one_event_per_deadline(tmp_path):
    from icalendar import Calendar

    target = tmp_path / "deadlines.ics"
    result = run("status", str(REQUESTS), "--on", "2021-04-13", "--format", "ics", "-o", str(target))
    assert result.exit_code == 0, result.output
    calendar = Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    rows = json.loads(run("status", str(REQUESTS), "--on", "2021-04-13", "--format", "json").stdout)["rows"]
    assert len(events) == sum(len(r["deadlines"]) for r in rows) > 0
    assert len({str(e["uid"]) for e in events}) == len(events)
    assert all(e.walk("VALARM") for e in events)
    starts = {str(e["summary"]).split(":")[0]: e.decoded("dtstart") for e in events if "CBP" in str(e["summary"])}
    assert str(starts["Determination due"]) == "2020-12-02"


def test_status_table_and_bad_input(tmp_path):
    table = run("status", str(REQUESTS), "--on", "2021-04-13")
    assert table.exit_code == 0 and "CBP-2021-008288" in table.stdout
    assert run("status", str(REQUESTS), "--format", "xml").exit_code == 2
    bad = tmp_path / "x.case.yaml"
    bad.write_text("agencies: [\n", encoding="utf-8")
    result = run("status", str(bad))
    assert result.exit_code == 1 and "x.case.yaml:" in result.output


def test_a_lapsed_appeal_window_is_flagged_red(tmp_path):
    import shutil

    shutil.copy(ROOT / "examples" / "minimal.yaml", tmp_path / "m.yaml")
    (tmp_path / "m.case.yaml").write_text(
        "agencies:\n  ice:\n    - {date: 2026-03-02, event: sent, channel: portal}\n"
        "    - {date: 2026-03-20, event: determination, outcome: denial}\n", encoding="utf-8")
    # DHS: 90 working days after Mar. 20, 2026 is July 29, 2026
    rows = json.loads(run("status", str(tmp_path), "--on", "2026-07-29", "--format", "json").stdout)["rows"]
    assert rows[0]["stage"] == "appeal window open" and rows[0]["due"] == "2026-07-29" and not rows[0]["appeal_window_lapsed"]
    rows = json.loads(run("status", str(tmp_path), "--on", "2026-07-30", "--format", "json").stdout)["rows"]
    assert rows[0]["stage"] == "appeal window lapsed" and rows[0]["appeal_window_lapsed"] and rows[0]["exhausted_from"] is None
    from foiagen.case import load_case
    from foiagen.status import case_status

    row = case_status(load_case(tmp_path / "m.case.yaml").case, __import__("datetime").date(2026, 7, 30))[0]
    assert row.appeal_window_lapsed and "ask OGIS to mediate" in row.next_step


def test_seed_rows_say_when_exhaustion_arose():
    rows = json.loads(run("status", str(REQUESTS), "--on", "2021-04-13", "--format", "json").stdout)["rows"]
    assert {r["agency"]: r["exhausted_from"] for r in rows if r["request"].startswith("2020-10-19")} == {
        "cbp": "2020-12-03", "ice": "2020-11-18", "dhs-privacy": "2021-02-12"}


def _doj_case(tmp_path, adverse: str) -> Path:
    from conftest import MINIMAL

    (tmp_path / "m.yaml").write_text(MINIMAL.replace("agencies: [ice]", "agencies: [fbi]"), encoding="utf-8")
    (tmp_path / "m.case.yaml").write_text(
        "agencies:\n  fbi:\n    - {date: 2026-03-02, event: sent, channel: portal}\n"
        f"    - {{date: {adverse}, event: determination, outcome: denial}}\n", encoding="utf-8")
    return tmp_path


# (adverse answer, the last day DOJ's 90 days state, the day to file by or None) — see test_deadlines.LAST_DAYS
CLOSED_LAST_DAYS = [("2026-03-23", "2026-06-21", "2026-06-18"),  # Sun.; Fri. June 19 is Juneteenth
                    ("2026-04-06", "2026-07-05", "2026-07-02"),  # Sun.; Fri. July 3 observes Independence Day
                    ("2026-03-24", "2026-06-22", None)]  # Mon.


def test_status_shows_a_closed_last_day_as_stated_and_advises_the_day_before(tmp_path):
    for adverse, due, file_by in CLOSED_LAST_DAYS:
        folder = tmp_path / adverse
        folder.mkdir()
        result = run("status", str(_doj_case(folder, adverse)), "--on", adverse, "--format", "json")
        assert result.exit_code == 0, result.output
        row = json.loads(result.stdout)["rows"][0]
        appeal = next(d for d in row["deadlines"] if d["key"] == "appeal")
        assert row["due"] == appeal["due"] == due
        assert appeal.get("file_by") == file_by
        assert (f"file by" in row["next_deadline"]) == bool(file_by)
        csv_rows = list(csv.DictReader(io.StringIO(run("status", str(folder), "--on", adverse, "--format", "csv").stdout)))
        assert csv_rows[0]["due"] == due and (file_by or "") in csv_rows[0]["next_deadline"]


def test_the_calendar_warns_before_the_day_to_file_by(tmp_path):
    from icalendar import Calendar

    target = tmp_path / "d.ics"
    assert run("status", str(_doj_case(tmp_path, "2026-03-23")), "--on", "2026-03-23", "--format", "ics", "-o", str(target)).exit_code == 0
    event = next(e for e in Calendar.from_ical(target.read_bytes()).walk("VEVENT") if "appeal" in str(e["summary"]).lower())
    assert str(event.decoded("dtstart")) == "2026-06-21"  # the day the rule states
    assert "file by 2026-06-18" in str(event["summary"]) and "a Sunday" in str(event["description"])
    triggers = sorted(a.decoded("trigger").days for a in event.walk("VALARM"))
    assert triggers == [-6, -4]  # 3 days and 1 day before Thursday, June 18


def test_deadlines_says_when_the_appeals_last_day_is_a_closed_day():
    out = json.loads(run("deadlines", "--received", "2020-12-01", "--agency", "doj", "--adverse", "2021-01-04", "--json").stdout)
    assert (out["appeal_due"], out["appeal_due_is"], out["appeal_file_by"]) == ("2021-04-04", "a Sunday", "2021-04-02")
    open_day = json.loads(run("deadlines", "--received", "2020-10-19", "--agency", "doj", "--adverse", "2020-10-29", "--json").stdout)
    assert "appeal_file_by" not in open_day and open_day["appeal_due"] == "2021-01-27"
    text = run("deadlines", "--received", "2020-12-01", "--agency", "doj", "--adverse", "2021-01-04").stdout
    assert "appeal_file_by: 2021-04-02" in text
