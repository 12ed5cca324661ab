"""A fee category per requester, each with its showing (#13 item 5; legal audit 2026-12, finding 17).

Each requester may state its own `fee_category` and `fee_showing`; the letter states each one's
category with the statute's and the addressed rules' citations on its date, and the free allowance
that category has (5 U.S.C. § 552(a)(4)(A)(iv)(II)). Every kind of requester, in person and number.
"""

from __future__ import annotations

import pytest

from conftest import MINIMAL, normalize, write_spec
from foiagen.pipeline import load_request, render_outputs

DUP = ("may therefore be charged only reasonable standard charges for document duplication, 5 U.S.C. § 552(a)(4)(A)(ii)(II), "
       "and no search fees, 6 C.F.R. § 5.11(d)(1); the first 100 pages of duplication are free, "
       "5 U.S.C. § 552(a)(4)(A)(iv)(II); 6 C.F.R. § 5.11(d)(4).")

# What each category makes the letter say, in the words of its holder: {S} who, {be}/{do}/{make}/{seek} its verbs,
# {a} "a representative"/"representatives", {an_edu}, {an_sci}, {its}.
SAYS = {
    "news_media": ["{S} {be} {a} of the news media within the meaning of 5 U.S.C. § 552(a)(4)(A)(ii); 6 C.F.R. § 5.11(b)(6), "
                   "and {do} not seek the records for commercial use. {S} " + DUP],
    "educational": ["{S} {be} {an_edu} within the meaning of 6 C.F.R. § 5.11(b)(4), and {make} this request under {its} "
                    "auspices for scholarly research, not for commercial use. {S} " + DUP],
    "scientific": ["{S} {be} {an_sci} within the meaning of 6 C.F.R. § 5.11(b)(5), and {make} this request under {its} "
                   "auspices for scientific research, not for commercial use. {S} " + DUP],
    "other": ["{S} {do} not seek the records for commercial use and may be charged only reasonable standard charges for "
              "document search and duplication, 5 U.S.C. § 552(a)(4)(A)(ii)(III); the first two hours of search time and "
              "the first 100 pages of duplication are free, 5 U.S.C. § 552(a)(4)(A)(iv)(II); 6 C.F.R. § 5.11(d)(4)."],
    "commercial": ["{S} {seek} the records for commercial use and may be charged reasonable standard charges for document "
                   "search, duplication and review, 5 U.S.C. § 552(a)(4)(A)(ii)(I)."],
}
NEVER = {"news_media": ["two hours"], "educational": ["two hours"], "scientific": ["two hours"], "other": [],
         "commercial": ["100 pages", "two hours", "not seek"]}

SINGULAR = {"be": "is", "do": "does", "make": "makes", "seek": "seeks", "a": "a representative",
            "an_edu": "an educational institution", "an_sci": "a noncommercial scientific institution", "its": "its"}
PLURAL = {"be": "are", "do": "do", "make": "make", "seek": "seek", "a": "representatives",
          "an_edu": "educational institutions", "an_sci": "noncommercial scientific institutions", "its": "their"}
FIRST = {**PLURAL, "be": "am", "a": "a representative"}

OWN = "fee_category: {cat}, fee_showing: [{who} shows it here.]"
# kind -> (requesters block, who holds the category, its words, whether an individual holds it)
KINDS = {
    "individual": ("  - {{name: Jordan Lee, " + OWN.format(cat="{cat}", who="Jordan Lee") + "}}", "I", FIRST, True),
    "organization": ("  - {{organization: Example Clinic, short_name: the Clinic, " + OWN.format(cat="{cat}", who="The Clinic")
                     + "}}", "The Clinic", SINGULAR, False),
    "counsel": ("  - {{kind: counsel, name: Jordan Lee, organization: Lee Law PLLC, clients: [Maria Lopez], "
                + OWN.format(cat="{cat}", who="Maria Lopez") + "}}", "My client", SINGULAR, False),
    "counsel for two": ("  - {{kind: counsel, name: Jordan Lee, clients: [Maria Lopez, Ana Ruiz], "
                        + OWN.format(cat="{cat}", who="My clients") + "}}", "My clients", PLURAL, False),
    "an organization of several": ("  - {{organization: Example Clinic, short_name: the Clinic, " + OWN.format(cat="{cat}", who="The Clinic")
                                   + "}}\n  - {{organization: Example Press, " + OWN.format(cat="{cat}", who="Example Press") + "}}",
                                   "The Clinic", SINGULAR, False),
    "a person of several": ("  - {{name: Jordan Lee, " + OWN.format(cat="{cat}", who="Jordan Lee") + "}}\n  - {{organization: "
                            "Example Press, " + OWN.format(cat="{cat}", who="Example Press") + "}}", "Jordan Lee", SINGULAR, True),
    "counsel of several": ("  - {{kind: counsel, name: Jordan Lee, clients: [Maria Lopez, Ana Ruiz], " + OWN.format(cat="{cat}", who="Their")
                           + "}}\n  - {{organization: Example Press, " + OWN.format(cat="{cat}", who="Example Press") + "}}",
                           "Maria Lopez and Ana Ruiz", PLURAL, False),
}
WRONG = ["I is", "I does", "I makes", "I seeks", "I are", "My client are", "My client do ", "My clients is", "My clients does",
         "The Clinic are", "The Clinic do ", "the records are not sought", "We write on behalf of Jordan Lee"]


def spec_for(requesters: str, extra: str = "") -> str:
    return MINIMAL.replace("  - organization: Example Clinic\n", requesters + "\n") + extra


def letter(tmp_path, text: str) -> str:
    loaded = load_request(write_spec(tmp_path, text))
    assert loaded.ok, [d.parsable() for d in loaded.diagnostics]
    return normalize(render_outputs(loaded.request, ["txt"])["txt"].decode())


@pytest.mark.parametrize("category", list(SAYS))
@pytest.mark.parametrize("kind", list(KINDS))
def test_each_requester_states_its_own_category_in_its_own_voice(tmp_path, kind, category):
    block, subject, words, individual = KINDS[kind]
    spec = spec_for(block.format(cat=category))
    if individual and category in ("educational", "scientific"):
        loaded = load_request(write_spec(tmp_path, spec))
        found = [(d.rule, d.line, d.column) for d in loaded.diagnostics]
        column = spec.splitlines()[4].index("fee_category") + 1  # where the person's own category is stated
        assert found == [("institution-status-for-individual", 5, column)]
        return
    text = letter(tmp_path, spec)
    present = [s.format(S=subject, **words) for s in SAYS[category]]
    assert [p for p in present if p not in text] == []
    assert [w for w in WRONG + NEVER[category] if w in text] == []
    heading = "Fee categories" if "several" in kind else "Fee category"
    assert f"A. {heading}" in text and "shows it here." in text


def test_requesters_without_a_category_of_their_own_share_fees_category_and_its_showing(tmp_path):
    requesters = ("  - {organization: Example Clinic, short_name: the Clinic, fee_category: commercial}\n"
                  "  - {organization: Example Press}\n  - {name: Jordan Lee}")
    text = letter(tmp_path, spec_for(requesters, "fees:\n  category: news_media\n  news_media: [Example Press and Jordan Lee publish.]\n"))
    assert "1. Example Clinic The Clinic seeks the records for commercial use" in text
    assert ("2. Example Press and Jordan Lee Example Press and Jordan Lee are representatives of the news media within the "
            "meaning of") in text
    assert "and do not seek the records for commercial use. Example Press and Jordan Lee may therefore be charged only" in text
    assert text.count("Example Press and Jordan Lee publish.") == 1


def test_the_single_fees_category_keeps_its_old_words(tmp_path):
    text = letter(tmp_path, MINIMAL + "fees:\n  category: news_media\n  news_media: [We publish.]\n")
    assert "Example Clinic qualifies as a representative of the news media" in text and "Fee categor" not in text


@pytest.mark.parametrize("date, agency, present, absent", [
    ("2016-08-01", "fbi", ["within the meaning of 28 C.F.R. § 16.10(b)(4), and makes", "no search fees, 28 C.F.R. § 16.10(d)(1)",
                           "5 U.S.C. § 552(a)(4)(A)(iv)(II); 28 C.F.R. § 16.10(d)(4)."], ["6 C.F.R."]),
    ("2026-03-02", "fbi", ["The Clinic is an educational institution and makes this request",
                           "the first 100 pages of duplication are free, 5 U.S.C. § 552(a)(4)(A)(iv)(II)."], ["28 C.F.R. § 16.10(", "6 C.F.R."]),
    ("2012-05-14", "ice", ["The Clinic is an educational institution and makes this request",
                           "duplication, 5 U.S.C. § 552(a)(4)(A)(ii)(II); the first 100 pages"], ["C.F.R. §", "search fees"]),
])
def test_the_citations_are_the_registrys_for_the_date_and_agency(tmp_path, date, agency, present, absent):
    requesters = "  - {organization: Example Clinic, short_name: the Clinic, fee_category: educational, fee_showing: [A school.]}"
    spec = spec_for(requesters).replace("2026-03-02", date).replace("agencies: [ice]", f"agencies: [{agency}]")
    loaded = load_request(write_spec(tmp_path, spec))
    text = normalize(render_outputs(loaded.request, ["txt"])["txt"].decode())
    assert [p for p in present if p not in text] == [] and [a for a in absent if a in text] == []


def test_commercial_use_before_2016_says_so_without_a_citation_the_registry_lacks(tmp_path):
    requesters = "  - {organization: Example Co., fee_category: commercial}"
    text = letter(tmp_path, spec_for(requesters).replace("2026-03-02", "2012-05-14"))
    assert "Example Co. seeks the records for commercial use and may be charged reasonable standard charges for document " \
           "search, duplication and review." in text


@pytest.mark.parametrize("requester, rule, key", [
    ("{organization: Example Press, fee_category: news_media}", "news-media-without-showing", "fee_category"),
    ("{organization: Example Lab, fee_category: scientific}", "institution-status-without-showing", "fee_category"),
    ("{organization: Example Lab, fee_showing: [A lab.]}", "unused-key", "fee_showing"),
])
def test_a_requesters_own_status_needs_its_showing_reported_at_its_key(tmp_path, requester, rule, key):
    spec = spec_for("  - " + requester)
    loaded = load_request(write_spec(tmp_path, spec))
    assert [(d.rule, d.line, d.column) for d in loaded.diagnostics] == [(rule, 5, spec.splitlines()[4].index(key) + 1)]


def test_a_joint_claim_is_warned_only_for_those_who_share_it(tmp_path):
    requesters = ("  - {organization: Example Clinic, short_name: the Clinic, fee_category: other}\n"
                  "  - {organization: Example Press}\n  - {organization: Example Daily}")
    fees = "fees:\n  category: news_media\n  news_media: [Example Press publishes a weekly.]\n"
    loaded = load_request(write_spec(tmp_path, spec_for(requesters, fees)))
    [d] = loaded.diagnostics
    assert d.rule == "fee-status-not-shown-for-each" and "Example Daily" in d.message and "Clinic" not in d.message
    loaded = load_request(write_spec(tmp_path, spec_for(requesters.replace("}\n  - {organization: Example Daily}",
                                                                          ", fee_category: other}"), fees)))
    assert loaded.diagnostics == []


def test_the_portal_packet_gives_the_category_of_the_one_who_files(tmp_path):
    from foiagen.packets import portal_record
    from foiagen.render import render_document

    requesters = ("  - {organization: Example Press, fee_category: news_media, fee_showing: [A weekly.]}\n"
                  "  - {organization: Example Co., fee_category: commercial}")
    loaded = load_request(write_spec(tmp_path, spec_for(requesters)))
    record = portal_record(loaded.request, render_document(loaded.request), loaded.request.agencies[0], "spec.pdf")
    assert record["request_category"] == "media"
