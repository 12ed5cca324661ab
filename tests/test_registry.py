"""The registry's data: every citation well-formed, sourced, dated; templates ask only for known meanings."""

import re

import pytest

from foiagen.registry import PRINTABLE, load_registry
from conftest import ROOT, MINIMAL, normalize, write_spec

# a pin to unnumbered text is written as Bluebook does: "§ 552(b) (sentence following para. (9))"
STATUTE = re.compile(r"^\d+ U\.S\.C\. § \d+[a-z]?(\([A-Za-z0-9]+\))*( \(sentence following para\. \(\d+\)\))?$")
REGULATION = re.compile(r"^\d+ C\.F\.R\. (§ \d+\.\d+(\([A-Za-z0-9]+\))*|§§ \d+\.\d+-\d+\.\d+|Part \d+(-\d+)?)$")  # Part 105-60: GSA's

REGISTRY = load_registry()
ALL = [c for a in REGISTRY.authorities.values() for cs in a.citations.values() for c in cs]


@pytest.mark.parametrize("citation", ALL, ids=lambda c: f"{c.authority}:{c.meaning}")
def test_citation_is_well_formed_sourced_and_dated(citation):
    pattern = STATUTE if REGISTRY.authorities[citation.authority].kind == "statute" else REGULATION
    assert pattern.match(citation.cite), citation.cite
    assert citation.source in REGISTRY.sources
    assert citation.verification in PRINTABLE
    assert citation.start is not None
    assert citation.end is None or citation.end > citation.start


def test_regulation_citations_name_their_own_title_and_part():
    for authority in REGISTRY.authorities.values():
        if authority.kind != "regulation":
            continue
        title, part = re.match(r"(\d+) C\.F\.R\. Part (\d+(?:-\d+)?)", authority.part).groups()
        for cs in authority.citations.values():
            for c in cs:
                assert c.cite.startswith(f"{title} C.F.R. "), c.cite
                assert re.search(rf"(§ {part}\.|Part {part}$)", c.cite), c.cite


def test_statute_has_no_agency_only_grounds():
    statute = REGISTRY.authorities["foia"].citations
    assert "expedite.due_process" not in statute and "expedite.media_interest" not in statute


def test_templates_ask_only_for_known_meanings():
    text = (ROOT / "templates" / "letter.xml.j2").read_text(encoding="utf-8")
    from foiagen import model as m

    meanings = {x for x in re.findall(r'(?:cite|statute|rule|has_rule)\("([a-z_.]+)"', text) if not x.endswith(".")}
    assert len(meanings) > 10, "the template asks for few citations?"
    # factor citations are asked for by a computed name
    meanings |= {f"fees.waiver.factor.{f}" for f in m.PUBLIC_INTEREST_FACTORS + m.COMMERCIAL_FACTORS}
    for meaning in meanings:
        assert REGISTRY.known_meaning(meaning), meaning


def test_templates_spell_no_citation():
    text = (ROOT / "templates" / "letter.xml.j2").read_text(encoding="utf-8")
    assert not re.search(r"U\.S\.C\.|C\.F\.R\.|§", text)


def test_every_agency_has_a_source_a_date_and_a_known_regulation_or_the_reason_none_is_known():
    for agency in REGISTRY.agencies.values():
        assert agency.source and agency.as_of
        if agency.regulation:
            assert agency.regulation in REGISTRY.authorities
        else:
            assert agency.regulation_status["status"] == "unknown" and agency.regulation_status["reason"]


def test_a_letter_dated_before_the_dhs_renumbering_prints_no_dhs_paragraph(tmp_path):
    from foiagen.pipeline import load_request
    from foiagen.render import render_document
    from foiagen.writers.txt import write_txt

    loaded = load_request(write_spec(tmp_path, MINIMAL.replace("2026-03-02", "2016-08-01")))
    text = normalize(write_txt(render_document(loaded.request)))
    # the part, which held DHS's rules before and after, but no pre-renumbering paragraph
    assert "5 U.S.C. § 552" in text and "6 C.F.R. Part 5" in text and "C.F.R. §" not in text


def test_a_doj_letter_cites_28_cfr_and_never_6_cfr(tmp_path):
    from foiagen.pipeline import load_request
    from foiagen.render import render_document
    from foiagen.writers.txt import write_txt

    spec = MINIMAL.replace("agencies: [ice]", "agencies:\n  - {name: Executive Office for Immigration Review, abbreviation: EOIR, department: doj}")
    spec += "expedite:\n  grounds: {urgency_to_inform: [Facts.]}\n  dissemination: [We publish a newsletter.]\n  certification: true\n"
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, loaded.diagnostics
    text = normalize(write_txt(render_document(loaded.request)))
    assert "28 C.F.R. § 16.5(e)(1)(ii)" in text and "6 C.F.R." not in text
