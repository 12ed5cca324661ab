"""Follow-up letters: seed 000's complaint facts against ¶¶ 36-49 of the complaint, its appeal against ¶ 45, and the command."""

from __future__ import annotations

import datetime as dt
import re
from io import BytesIO
from pathlib import Path

import pytest
from typer.testing import CliRunner

from foiagen.case import load_case
from foiagen.cli import app
from foiagen.followup import followup_document
from foiagen.workdays import working_days_between
from foiagen.writers import get_writer

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_7d3e0a72b75a421c.txt"
CASE = ROOT / "requests" / "2020-10-19-clearview-ice-cbp-dhs.case.yaml"
DATE = r"((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4})"


def day(text: str) -> dt.date:
    return dt.datetime.strptime(text, "%B %d, %Y").date()


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def pleaded() -> str:
    """¶¶ 36-49 of the complaint, line numbers and page breaks removed."""
    if not SEED.is_file():
        pytest.skip("the seed complaint (../shared/seeds) is not beside the repository")
    text = SEED.read_text(encoding="utf-8")
    part = text[text.index("36. CBP acknowledged"): text.index("50. ICE, CBP, and DHS")]
    lines = [re.sub(r"^\d+\s+", "", line.strip()) for line in part.splitlines()]
    return flat(" ".join(lines))


@pytest.fixture(scope="module")
def case():
    loaded = load_case(CASE)
    assert loaded.ok, loaded.diagnostics
    return loaded.case


@pytest.fixture(scope="module")
def facts(case) -> str:
    return flat(get_writer("txt")(followup_document(case, "complaint-facts", first_paragraph=34)))


def test_acknowledgments_tracking_numbers_and_extensions(pleaded, facts):
    found = re.findall(rf"(CBP|ICE) acknowledged (?:receipt of )?the request on {DATE}, assigning tracking number (\S+) to the request, and invoking a 10-day extension", pleaded)
    assert [a for a, *_ in found] == ["CBP", "ICE"]
    for agency, date, number in found:
        assert (f"On {date}, {agency} acknowledged receipt of the request and assigned it tracking number {number}, "
                "invoking a 10-working-day extension") in facts


def test_dhs_referral_appeal_and_appeal_number(pleaded, facts):
    date, number = re.search(rf"DHS issued a Final Response to the request on {DATE}, assigning tracking number (\S+), and stating that the request had been transferred to the FOIA officers for ICE and CBP", pleaded).groups()
    assert f"On {date}, DHS issued a final response stating that it had referred the request to ICE and CBP, assigning the request tracking number {number}." in facts
    appealed = re.search(rf"On {DATE}, Plaintiffs submitted an administrative appeal to DHS", pleaded).group(1)
    assert f"On {appealed}, Plaintiffs administratively appealed DHS’s response, stating that DHS’s referral of the request to ICE and CBP was improper, and that DHS had not searched for responsive records of its own." in facts
    acked, appeal_number = re.search(rf"DHS acknowledged receipt of the appeal on {DATE}, assigning DHS Appeal Number (\S+)\.", pleaded).groups()
    assert f"On {acked}, DHS acknowledged receipt of the appeal and assigned it appeal number {appeal_number}." in facts


def test_day_counts_are_exact_and_agree_with_the_pleading(pleaded, facts):
    filed = day(re.search(rf"Dated: {DATE}", SEED.read_text(encoding="utf-8")).group(1))
    assert filed == dt.date(2021, 4, 13)
    acks = dict((a, day(d)) for a, d in re.findall(rf"(CBP|ICE) acknowledged (?:receipt of )?the request on {DATE}", pleaded))
    acks["DHS"] = day(re.search(rf"DHS acknowledged receipt of the appeal on {DATE}", pleaded).group(1))
    claims = re.findall(r"More than (\d+) working days have passed since (CBP|ICE|DHS) acknowledged receipt of the (FOIA request|administrative appeal)", pleaded)
    assert sorted(a for _, a, _ in claims) == ["CBP", "DHS", "ICE"]
    for floor, agency, what in claims:
        thing = "appeal" if what == "administrative appeal" else "request"
        ours = int(re.search(rf"As of April 13, 2021, (\d+) working days have passed since {agency} acknowledged receipt of the {thing}", facts).group(1))
        assert ours == working_days_between(acks[agency], filed) > int(floor)


def test_no_determination_no_records_and_exhaustion(pleaded, facts):
    for agency in ("CBP", "ICE"):
        assert f"not received a determination from {agency}" in pleaded
        assert f"Plaintiffs have received no determination from {agency} on the request and no records responsive to it." in facts
    assert "Plaintiffs have not received a response to the administrative appeal" in pleaded
    assert "Plaintiffs have received no decision on it." in facts
    assert "Plaintiffs have exhausted all applicable administrative remedies." in pleaded
    assert facts.endswith("Plaintiffs have exhausted all applicable administrative remedies.")
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d+)\. (?=[A-Z])", facts)]
    assert numbers == list(range(34, 34 + len(numbers)))


def test_complaint_facts_as_docx_carry_the_same_paragraphs(case):
    from docx import Document

    data = get_writer("docx")(followup_document(case, "complaint-facts"))
    text = flat(" ".join(p.text for p in Document(BytesIO(data)).paragraphs))
    for needle in ("CBP-2021-008288", "2021-ICFO-12708", "2021-HQFO-00091", "2021-HQAP-00039", "February 11, 2021"):
        assert needle in text


def test_the_appeal_of_january_13_2021(case, pleaded):
    text = flat(get_writer("txt")(followup_document(case, "appeal", "dhs-privacy")))
    assert text.startswith("Mijente Support Committee") and "January 13, 2021" in text
    assert "FREEDOM OF INFORMATION ACT APPEAL" in text and "No. 2021-HQFO-00091" in text
    # ¶ 45: DHS holds records, its referral to ICE and CBP was inappropriate, it must search itself
    assert "The referral was improper" in text and "search its own records" in text
    assert "The search was not adequate" in text and "6 C.F.R. § 5.8(a)(1)" in text
    assert "the appeal period ends on March 12, 2021" in text  # 90 working days after Oct. 29, 2020


def test_status_inquiry_and_mediation_follow_the_clock(case):
    inquiry = flat(get_writer("txt")(followup_document(case, "status-inquiry", "cbp", dt.date(2020, 11, 20))))
    assert "5 U.S.C. § 552(a)(7)(B)" in inquiry and "ends on December 2, 2020" in inquiry
    later = flat(get_writer("txt")(followup_document(case, "status-inquiry", "cbp", dt.date(2020, 12, 10))))
    assert "ended on December 2, 2020" in later and "5 U.S.C. § 552(a)(4)(A)(viii)" in later
    mediation = flat(get_writer("txt")(followup_document(case, "mediation", "ice", dt.date(2021, 2, 1))))
    assert mediation.count("Office of Government Information Services") >= 2 and "ogis@nara.gov" in mediation
    assert "5 U.S.C. § 552(h)(3)" in mediation and "2021-ICFO-12708" in mediation


def test_followup_command(tmp_path):
    runner = CliRunner()
    ok = runner.invoke(app, ["followup", "complaint-facts", str(CASE), "-o", str(tmp_path), "-f", "docx,txt"])
    assert ok.exit_code == 0, ok.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2020-10-19-clearview-ice-cbp-dhs.complaint-facts.docx",
                                                          "2020-10-19-clearview-ice-cbp-dhs.complaint-facts.txt"]
    nothing = runner.invoke(app, ["followup", "appeal", str(CASE), "--agency", "cbp", "--date", "2020-11-01", "-o", str(tmp_path)])
    assert nothing.exit_code == 1 and "nothing to appeal" in nothing.output
    assert runner.invoke(app, ["followup", "thank-you", str(CASE)]).exit_code == 2
    assert runner.invoke(app, ["followup", "appeal", str(CASE), "--grounds", "vibes"]).exit_code == 2
    which = runner.invoke(app, ["followup", "status-inquiry", str(CASE), "-o", str(tmp_path)])
    assert which.exit_code == 1 and "--agency" in which.output
