"""The spec's field table: every object, key, type, default, help text and example, declared once.

The readers take their known keys, required keys and defaults from here; `foiagen schema`,
the did-you-mean and misplaced-key hints, the "expected keys" part of a wrong-shape message
and the README's reference section are all generated from this table.  To add a key, add a
`Field` to its `Shape` below and read it in its reader (a test fails until both agree).
"""

from __future__ import annotations

import difflib

from .. import model as m
from .field_types import (AMOUNT, BOOL, DATE, LINES, PARAGRAPHS, RICH, TEXT, EitherOf, Field, LabelMap,  # noqa: F401
                          ListOf, ObjectOf, Shape, Type, choice)
from .fee_fields import REQUESTER_FEE_FIELDS


_GROUND_HELP = {
    "imminent_threat": "An imminent threat to the life or physical safety of an individual (5 U.S.C. § 552(a)(6)(E)(v)(I)).",
    "urgency_to_inform": "An urgency to inform the public about actual or alleged government activity, "
                         "for a person primarily engaged in disseminating information (§ 552(a)(6)(E)(v)(II)).",
    "due_process": "The loss of substantial due process rights (some agencies' rules only, e.g. DHS).",
    "media_interest": "A matter of widespread and exceptional media interest raising questions of government integrity "
                      "(some agencies' rules only, e.g. DHS).",
}
_PUBLIC_INTEREST_HELP = {
    "operations": "The records concern identifiable operations or activities of the government.",
    "informative": "Disclosure is likely to contribute to public understanding (the records are not already public).",
    "audience": "Disclosure contributes to the understanding of a reasonably broad audience of interested persons.",
    "significance": "The contribution to public understanding is significant.",
}
_COMMERCIAL_HELP = {
    "interest": "Whether the requesters have a commercial interest disclosure would further.",
    "primary": "Whether the public interest is greater than any commercial interest.",
}

SHAPES: dict[str, Shape] = {s.name: s for s in (
    Shape("spec", "the spec", "A request spec: one YAML file per letter.", (
        Field("foiagen", TEXT, "Spec format version (optional; ignored).", "1"),
        Field("date", DATE, "The letter's date (YYYY-MM-DD): it decides which rules, citations and channels apply.",
              "2026-03-02", required=True),
        Field("title", TEXT, "Short title for the running header on pages after the first.",
              "FOIA Request to ICE re detention contracts", required=True),
        Field("subject", TEXT, "The Re: line.", "Records about detention contracts", required=True),
        Field("delivery", TEXT, "The 'Via …' line above the address.", "Via online portal"),
        Field("salutation", TEXT, "The greeting.", '"Dear FOIA Officer:"', default="To Whom It May Concern:"),
        Field("template", TEXT, "A letter template of your own (a path; it runs sandboxed).", "my-letter.xml.j2"),
        Field("smart_quotes", BOOL, "Whether straight quotes and apostrophes print curly (“ ” ’).", "false", default="true"),
        Field("requesters", ListOf(ObjectOf("requester"), 1), "Who makes the request; each gets a letterhead.",
              "[{organization: Example Clinic}]", required=True, moved_from=("requester",)),
        Field("agencies", ListOf(EitherOf((Type("text"), ObjectOf("agency"))), 1),
              "The agencies addressed: directory ids (`foiagen agencies`), ids with changes, or agencies written out.",
              "[ice, cbp]", required=True, moved_from=("agency",)),
        Field("components", ListOf(EitherOf((Type("text"), ObjectOf("component")))), "Offices to route the request to.",
              "[{name: Homeland Security Investigations, abbreviation: HSI}]", moved_from=("component",)),
        Field("purpose", PARAGRAPHS, "Paragraphs after the opening: what you seek and why.", "[The Requesters seek records …]"),
        Field("definitions", ListOf(ObjectOf("definition")), "Terms printed as “term” text.",
              "[{term: facial recognition, text: means …}]"),
        Field("background", PARAGRAPHS, "Background paragraphs; [^label] marks a footnote reference.",
              '["Facial recognition has been shown … [^study]"]'),
        Field("footnotes", LabelMap(PARAGRAPHS), "Footnote label → its text; each footnote is referenced exactly once.",
              "{study: See the 2018 study.}", moved_from=("footnote", "notes")),
        Field("records", ObjectOf("records"), "The records requested.", "{categories: [All contracts since 2024.]}",
              required=True),
        Field("expedite", ObjectOf("expedite"), "A request for expedited processing (optional).",
              "{grounds: {urgency_to_inform: [Facts.]}, certification: true}",
              moved_from=("expedited", "expedited_processing", "expedition")),
        Field("fees", ObjectOf("fees"), "Fee category, fee waiver and what you agree to pay (optional).",
              "{category: other, max_amount: 25}", moved_from=("fee",)),
        Field("closing", ObjectOf("closing"), "Closing paragraphs, contact details and the valediction.",
              "{contact_email: jlee@example.org}"),
        Field("signatories", ListOf(ObjectOf("signatory"), 1), "Who signs; printed “/s/ Name” unless signature: blank.",
              "[{name: Jordan Lee, title: Staff Attorney}]", required=True, moved_from=("signatory", "signature", "signed")),
        Field("scope", choice("all", "this_office"), "all: every component likely to hold records (with `components` as "
              "“including but not limited to”); this_office: the addressed office (or the `components`) only, without referral.",
              "this_office", default="all"),
        Field("standard", ObjectOf("standard"), "Built-in paragraphs left out (false) or replaced by your own words.",
              "{segregability: false, thanks: [Thank you.]}", moved_from=("builtin", "built_in")),
        Field("sections", ListOf(ObjectOf("section")), "Titled sections of your own, or stock ones in foiagen's words, "
              "placed after a part of the letter.", "[{stock: rolling}, {title: Processing Notes, text: [...], after: records}]"),
        Field("house_style", TEXT, "A Word file (.docx, a path relative to this file) whose styles, fonts, page size, "
              "margins, header and footer the DOCX takes, and whose page size and margins the PDF takes, as with "
              "`render --reference-docx`.", "parts/letterhead.docx",
              moved_from=("reference_docx", "reference_doc")),
        Field("subject_person", ObjectOf("subject_person"), "The person the records are about (a first-party request, or a "
              "third party's with consent or proof of death); may be `{include: x.private.yaml}`.", "{name: Ana Example, date_of_birth: 1980-01-01}"),
        Field("enclosures", ListOf(EitherOf((Type("text"), ObjectOf("enclosure")))), "What goes with the letter, listed after "
              "the signatures (a PDF `file` is appended with `render --attach`).", "[Obituary of John Doe, 3 pp.]",
              moved_from=("enclosure", "attachments")),
    ), "{date: 2026-03-02, title: …, subject: …, requesters: […], agencies: [ice], records: {…}, signatories: […]}"),

    Shape("requester", "a requester", "A person or organization making the request.", (
        Field("kind", choice(*m.REQUESTER_KINDS), "Who speaks: individual (a person for themself: “I request”), "
              "organization (“we write on behalf of …”), counsel (“I write on behalf of my client …”). Left out: individual "
              "when only `name` is given, else organization.", "individual"),
        Field("name", TEXT, "A person's own name: the individual requester, or the lawyer who is counsel.", "Jordan Lee"),
        Field("clients", LINES, "Counsel only: the clients the request is made for.", "[Maria Lopez]"),
        Field("organization", TEXT, "The requester's name as it heads the letter (counsel: the firm).", "Example Clinic"),
        Field("short_name", TEXT, "How the letter refers to it.", "EC"),
        Field("heading", TEXT, "Its name in its own dissemination subheading (if not its organization name).", "The Example Clinic"),
        Field("letterhead", BOOL, "Whether it appears in the letterhead.", "false", default="true"),
        Field("description", PARAGRAPHS, "Who it is and how it disseminates information (printed in the expedite argument).",
              "[The Clinic publishes reports …]"),
        Field("address", LINES, "Postal address, as lines.", '["40 W 39th Street", "New York, NY 10018"]'),
        Field("email", TEXT, "Email address.", "info@example.org"),
        Field("phone", TEXT, "Telephone number.", '"(212) 555-0100"'),
        Field("website", TEXT, "Web address.", "https://example.org"),
        Field("logo", TEXT, "A PNG or JPEG file (at most 2 MB; a path relative to this file) printed above the letterhead names.",
              "parts/logo.png"),
        *REQUESTER_FEE_FIELDS,
    ), "{organization: Example Clinic, short_name: EC, email: info@example.org}"),

    Shape("agency", "an agency", "A directory agency with changes, or an agency written out in full (name and department).", (
        Field("id", TEXT, "An agency id from the directory (`foiagen agencies`).", "ice"),
        Field("attention", ObjectOf("officer"), "The officer the letter is addressed to.",
              "{name: Dena Kozanas, title: Chief FOIA Officer}"),
        Field("name", TEXT, "The agency's name (an inline agency).", "Executive Office for Immigration Review"),
        Field("abbreviation", TEXT, "Its abbreviation.", "EOIR"),
        Field("department", TEXT, "Directory id of its department, which gives its FOIA regulation; `none` for an agency "
              "outside the directory, which the letter cites by the statute alone.", "doj"),
        Field("regulation", TEXT, "An inline agency's own FOIA regulation, by the C.F.R. part foiagen's registry has for it "
              "(`foiagen agencies` shows them); with neither this nor 'department' the letter cites the statute alone.",
              "32 C.F.R. Part 1900"),
        Field("office", LINES, "Office lines under the agency name.", "[FOIA Office]"),
        Field("address", LINES, "Postal address, as lines.", '["500 12th St SW", "Washington, DC 20536"]'),
        Field("email", TEXT, "FOIA email address.", "foia@example.gov"),
        Field("portal", TEXT, "FOIA portal address.", "https://www.dhs.gov/foia"),
        Field("article", choice("the", "none"), "Whether running text puts “the” before its name (the default follows usage).", "none"),
    ), "{id: dhs-privacy, attention: {name: Dena Kozanas}} or {name: …, department: doj}"),

    Shape("officer", "'attention'", "The officer a letter is addressed to.", (
        Field("name", TEXT, "The officer's name.", "Dena Kozanas"),
        Field("title", TEXT, "The officer's title.", "Chief FOIA Officer"),
    ), "{name: Dena Kozanas, title: Chief FOIA Officer}"),

    Shape("component", "a component", "An office to route the request to.", (
        Field("name", TEXT, "The office's name.", "Homeland Security Investigations", required=True),
        Field("abbreviation", TEXT, "Its abbreviation.", "HSI"),
    ), "{name: Homeland Security Investigations, abbreviation: HSI}"),

    Shape("definition", "a definition", "A term the request defines.", (
        Field("term", TEXT, "The term.", "facial recognition", required=True),
        Field("text", RICH, "What it means (printed after the quoted term).", "means the use of an automated process …",
              required=True),
    ), "{term: facial recognition, text: means …}"),

    Shape("records", "'records'", "The records requested.", (
        Field("intro", RICH, "The line before the list.", '"We request the following records:"'),
        Field("categories", ListOf(EitherOf((RICH, ObjectOf("category"))), 1), "The records, numbered 1., 2., …",
              "[All contracts since 2024.]", required=True),
        Field("date_range", ObjectOf("date_range"), "The default date range for every category.",
              "{from: 2017-09-01, to: 2020-10-19}"),
        Field("redaction", PARAGRAPHS, "What redactions you accept.", "[We accept copies redacted to protect names …]"),
        Field("format", PARAGRAPHS, "The form you want the records in (cites § 552(a)(3)(B)).",
              '["Please produce records in electronic, searchable form."]'),
        Field("keywords", LINES, "Search terms that apply to every category.", "[Clearview, facial recognition]",
              moved_from=("search_terms",)),
    ), "{intro: …, categories: [All contracts since 2024.], date_range: {from: 2024-01-01}}"),

    Shape("category", "a record category", "One category of records, with optional sub-items.", (
        Field("text", RICH, "The category.", "All manuals governing the use of Clearview AI.", required=True),
        Field("items", ListOf(RICH), "Lettered sub-items (a., b., …).", '["Procedures for using photos;", "Permitted uses."]'),
        Field("date_range", ObjectOf("date_range"), "The dates this category covers.", "{from: 2017-09-01}"),
        Field("search", PARAGRAPHS, "Search instructions (custodians, email domains, terms).",
              "[Please search all email to and from the “clearview.ai” domain.]"),
    ), '{text: All manuals …, items: ["First;", "Second."], date_range: {from: 2017-09-01}}'),

    Shape("date_range", "a date range", "Records created or operative between these dates (either may be left out).", (
        Field("from", DATE, "The first day.", "2017-09-01"),
        Field("to", EitherOf((DATE, choice("search", "present"))), "The last day, or `search` (“the date of the search”) "
              "or `present` (“the present”).", "search"),
    ), "{from: 2017-09-01, to: 2020-10-19}"),

    Shape("expedite", "'expedite'", "A request for expedited processing.", (
        Field("grounds", ObjectOf("grounds"), "Each ground asked, with its facts.", "{urgency_to_inform: [Facts.]}",
              required=True, moved_from=("ground", "reasons")),
        Field("dissemination", PARAGRAPHS, "Why the requesters are primarily engaged in disseminating information.",
              "[The Requesters publish …]"),
        Field("certification", EitherOf((BOOL, ObjectOf("certification"))),
              "That the request is true and correct (§ 552(a)(6)(E)(vi)): true, or {by: Full Name}.", "true",
              required=True, moved_from=("certify", "certified")),
    ), "{grounds: {urgency_to_inform: [Facts.]}, certification: true}"),

    Shape("grounds", "'expedite.grounds'", "The grounds for expedited processing, each with its facts.",
          tuple(Field(g, PARAGRAPHS, _GROUND_HELP[g], "[Facts that make it out.]") for g in m.EXPEDITE_GROUNDS),
          "{urgency_to_inform: [There is an urgent need to inform the public …]}"),

    Shape("certification", "'expedite.certification'", "A personal certification.", (
        Field("by", TEXT, "The natural person who certifies (default: the first signatory).", "Jordan Lee"),
        Field("declaration", choice("inside", "outside"), "Also declared under penalty of perjury under 28 U.S.C. § 1746, "
              "in its form for signing inside or outside the United States.", "inside"),
    ), "{by: Jordan Lee, declaration: inside}"),

    Shape("fees", "'fees'", "Fee category, fee waiver and what you agree to pay.", (
        Field("category", choice(*m.FEE_CATEGORIES), "The fee category of every requester that states no "
              "`fee_category` of its own.", "news_media"),
        Field("news_media", PARAGRAPHS, "Why the requesters are representatives of the news media (required for news_media).",
              "[The Requesters gather information …]"),
        Field("educational", PARAGRAPHS, "For category educational: the school, its program of scholarly research, "
              "and that the request is made under its auspices.", "[The Institute is a degree-granting school …]"),
        Field("scientific", PARAGRAPHS, "For category scientific: the noncommercial institution, operated solely for "
              "scientific research, under whose auspices the request is made.", "[The Lab is a nonprofit institute …]"),
        Field("waiver", ObjectOf("waiver"), "A fee waiver request, argued on its two showings.",
              "{public_interest: [Disclosure will contribute …], commercial_interest: [No commercial interest.]}",
              moved_from=("fee_waiver", "waiver_request", "fees_waiver")),
        Field("max_amount", AMOUNT, "Dollars the requesters agree to pay if no waiver is granted, or `none` "
              "(they do not agree to pay fees).", '"25"', moved_from=("max_fee", "fee_limit", "max_fees")),
        Field("notify_before_charges", BOOL, "Ask to be told of estimated fees before any are incurred (no amount agreed).",
              "true", default="false"),
    ), "{category: other, waiver: {public_interest: […], commercial_interest: […]}, max_amount: 25}"),

    Shape("waiver", "'fees.waiver'", "A fee waiver request: the public-interest and the commercial-interest showings.", (
        Field("public_interest", EitherOf((PARAGRAPHS, ObjectOf("public_interest_factors"))),
              "Why disclosure is in the public interest: paragraphs, or factor by factor.",
              "[Disclosure will contribute significantly …]", required=True),
        Field("commercial_interest", EitherOf((PARAGRAPHS, ObjectOf("commercial_factors"))),
              "Why disclosure is not primarily in the requesters' commercial interest: paragraphs, or factor by factor.",
              "[The Requesters have no commercial interest …]"),
    ), "{public_interest: [Disclosure will contribute …], commercial_interest: [The Requesters have no commercial interest.]}"),

    Shape("public_interest_factors", "'public_interest'", "The public-interest showing, factor by factor.",
          tuple(Field(f, PARAGRAPHS, _PUBLIC_INTEREST_HELP[f], "[…]") for f in m.PUBLIC_INTEREST_FACTORS),
          "{operations: […], informative: […], audience: […], significance: […]}"),

    Shape("commercial_factors", "'commercial_interest'", "The commercial-interest showing, factor by factor.",
          tuple(Field(f, PARAGRAPHS, _COMMERCIAL_HELP[f], "[…]") for f in m.COMMERCIAL_FACTORS),
          "{interest: […], primary: […]}"),

    Shape("closing", "'closing'", "The letter's end: closing paragraphs, contact details and the valediction.", (
        Field("paragraphs", PARAGRAPHS, "Closing paragraphs of your own.", "[Thank you for your attention.]"),
        Field("contact_phone", TEXT, "A telephone number for questions.", '"(415) 621-2493"'),
        Field("contact_email", TEXT, "An email address for questions.", "jlee@example.org"),
        Field("deliver_records_to", ObjectOf("delivery_address"), "Where to send the records.",
              "{email: jlee@example.org}"),
        Field("valediction", TEXT, "The word before the signatures.", '"Respectfully,"', default="Sincerely,"),
    ), '{contact_email: jlee@example.org, valediction: "Sincerely,"}'),

    Shape("delivery_address", "'deliver_records_to'", "Where the agency sends the records.", (
        Field("email", TEXT, "An email address.", "jlee@example.org"),
        Field("address", LINES, "A postal address, as lines.", '"39 Drumm St., San Francisco, CA 94111"'),
    ), '{email: jlee@example.org, address: ["39 Drumm St.", "San Francisco, CA 94111"]}'),

    Shape("signatory", "a signatory", "A person who signs the letter.", (
        Field("name", TEXT, "The signer's name.", "Jordan Lee", required=True),
        Field("title", TEXT, "Their title.", "Staff Attorney"),
        Field("organization", TEXT, "Their organization.", "Example Clinic"),
        Field("signature", choice("/s/", "blank"), "“/s/ Name”, or a blank line for a wet-ink signature.", "blank",
              default="/s/"),
    ), "{name: Jordan Lee, title: Staff Attorney, organization: Example Clinic}"),

    Shape("standard", "'standard'", "The built-in paragraphs, each left out (false) or replaced by your own words.",
          tuple(Field(k, EitherOf((BOOL, PARAGRAPHS)), h, "false") for k, h in (
              ("opening", "Who writes, to which agencies, under which law."),
              ("routing", "The components to search, or this office only."),
              ("format", "The statute's form-or-format sentence before `records.format`."),
              ("expedite_decision", "A determination on expedited processing is awaited within ten days."),
              ("segregability", "Withheld records identified, segregable portions released."),
              ("appeal", "The right to appeal is reserved."),
              ("contact", "How to reach the requesters (from `closing`)."),
              ("delivery", "Where to send the records (from `closing`)."),
              ("thanks", "Thank you for your attention to this request."),
              ("conclusion", "The Conclusion section: false drops its heading; your words replace all of its built-in paragraphs."))),
          "{segregability: false, thanks: [Thank you for your prompt attention.]}"),

    Shape("section", "a section", "A titled section of your own, or one of foiagen's stock sections.", (
        Field("title", TEXT, "Its heading (a stock section has its own).", "Processing Notes"),
        Field("text", PARAGRAPHS, "Its paragraphs (after a stock section's own).", "[Please process each item separately.]"),
        Field("after", choice(*m.SECTION_PLACES), "The part of the letter it follows.", "records", default="records"),
        Field("stock", choice(*m.STOCK_SECTIONS), "One of foiagen's sections, in its own words: preservation, processing, "
              "vaughn, rolling, not_privacy_act.", "rolling"),
    ), "{title: Processing Notes, text: [...], after: records}"),

    Shape("enclosure", "an enclosure", "Something sent with the letter.", (
        Field("text", TEXT, "How the enclosure list names it.", "Obituary of John Doe, 3 pp.", required=True),
        Field("file", TEXT, "A PDF (path relative to this file) that `render --attach` appends to the PDF.", "obituary.pdf"),
    ), "{text: Obituary of John Doe, 3 pp., file: obituary.pdf}"),

    Shape("subject_person", "'subject_person'", "The person the records are about: identity, identifiers, whose request it is.", (
        Field("name", TEXT, "The person's full name.", "Ana Example", required=True),
        Field("request_by", choice(*m.REQUEST_BY), "subject: their own request; representative: counsel or another acting for "
              "them with their consent; third_party: another's records (consent or proof of death). Left out: subject for an "
              "individual requester, representative for counsel, else third_party.", "representative"),
        Field("other_names", LINES, "Other names used (aliases, maiden names, spellings).", "[Ana E. Example]"),
        Field("date_of_birth", DATE, "Date of birth (YYYY-MM-DD).", "1980-01-01"),
        Field("place_of_birth", TEXT, "Place of birth.", "Springfield, Exampleland"),
        Field("address", LINES, "Current address, as lines.", '["1 Example Way", "Springfield, ZZ 00000"]'),
        Field("citizenship", TEXT, "Country of citizenship.", "Exampleland"),
        Field("a_number", TEXT, "Alien registration number: A and 7 to 9 digits (printed padded to 9).", "A000000001"),
        Field("receipt_numbers", LINES, "USCIS receipt numbers: three letters and ten digits.", "[EAC0000000001]"),
        Field("fbi_number", TEXT, "FBI number.", "000000AA0"),
        Field("i94_number", TEXT, "I-94 number.", '"00000000000"'),
        Field("passport_number", TEXT, "Passport number (and country).", "X0000000 (Exampleland)"),
        Field("ssn", TEXT, "Social Security number, only if you choose to give it (printed in the letter only).", '"000-00-0000"'),
        Field("entries", LINES, "Dates and places of entry to the United States, one a line.", '["2015-06-01, San Ysidro, CA"]'),
        Field("consent", BOOL, "The subject's signed consent to release to the requester goes with the request (a consent page "
              "is printed for signing).", "true", default="false"),
        Field("proof_of_death", TEXT, "For a deceased subject: the proof of death enclosed.", "Death certificate"),
        Field("public_records_only", BOOL, "Only records about the person that are already public are asked for.", "true",
              default="false"),
        Field("declaration", choice("inside", "outside"), "Where the subject signs the 28 U.S.C. § 1746 declaration: inside "
              "or outside the United States.", "outside", default="inside"),
    ), "{name: Ana Example, date_of_birth: 1980-01-01, place_of_birth: Springfield, a_number: A000000001}"),

    Shape("list_block", "a list", "A list inside any text: numbered, lettered, roman or bulleted.", (
        Field("list", ListOf(EitherOf((RICH, ObjectOf("list_block")))), "The items; an item that is itself a list nests under the item before it.",
              "[First;, Second.]", required=True),
        Field("style", choice("numbers", "letters", "roman", "bullets"), "The labels (default: from `start`, else numbers).", "letters"),
        Field("start", TEXT, "The first label: 3, c, iv, or 2.a for “2.a.”, “2.b.”, …", '"2.a"'),
    ), "{list: [First;, Second.], start: 2.a}"),

    Shape("run_in", "a run-in paragraph", "A paragraph opening with a run-in sub-heading.", (
        Field("heading", TEXT, "The run-in sub-heading (printed in italics).", "Search terms.", required=True),
        Field("text", RICH, "The paragraph.", "Please search for …", required=True),
    ), "{heading: Search terms., text: Please search for …}"),

    Shape("segment", "a text segment", "A piece of rich text: exactly one of i, b, link, fn, note, cite, rule.", (
        Field("i", TEXT, "Italic text.", "Gender Shades"),
        Field("b", TEXT, "Bold text.", "Note"),
        Field("link", TEXT, "A link target (http, https or mailto).", "https://example.org/report"),
        Field("text", TEXT, "A link's text (with `link` only; if left out, the link target).", "the report"),
        Field("fn", TEXT, "A footnote reference by label.", "study"),
        Field("note", TEXT, "The number of a footnote, for 'supra note N'.", "study"),
        Field("cite", TEXT, "Statute and agency-rule citations by meaning, from the registry.", "fees.waiver"),
        Field("rule", TEXT, "Agency-rule citations alone, by meaning.", "fees.waiver.factor.primary"),
    ), '["See ", {i: Gender Shades}, ", ", {link: "https://example.org", text: "here"}]'),
)}

# The keys of a segment that each stand for a kind of segment (`text` goes with `link`).
SEGMENT_KINDS = ("i", "b", "link", "fn", "note", "cite", "rule")


def shape(name: str) -> Shape:
    return SHAPES[name]


def field_paths() -> dict[str, tuple[str, ...]]:
    """Each shape's dotted paths from the top of a spec ("fees.waiver" for waiver)."""
    paths: dict[str, list[str]] = {"spec": [""]}
    order = ["spec"]
    for name in order:
        for f in SHAPES[name].fields:
            for target in _shapes_in(f.type):
                for base in paths[name]:
                    paths.setdefault(target, [])
                    path = f"{base}.{f.key}" if base else f.key
                    if path not in paths[target]:
                        paths[target].append(path)
                if target not in order:
                    order.append(target)
    return {k: tuple(v) for k, v in paths.items()}


def _shapes_in(t) -> list[str]:
    if isinstance(t, ObjectOf):
        return [t.shape]
    if isinstance(t, ListOf):
        return _shapes_in(t.item)
    if isinstance(t, EitherOf):
        return [s for o in t.options for s in _shapes_in(o)]
    if isinstance(t, LabelMap):
        return _shapes_in(t.value)
    return []


def _all_places() -> list[tuple[str, str, str]]:
    """(shape name, key, dotted path of the key) for every field of every shape reachable from a spec."""
    out = []
    for name, paths in field_paths().items():
        for f in SHAPES[name].fields:
            for base in paths:
                out.append((name, f.key, f"{base}.{f.key}" if base else f.key))
    return out


def misplaced(key: str, here: str) -> str:
    """Where an unknown key in shape `here` belongs, if it belongs elsewhere ("fees.waiver"), else ""."""
    places = [(name, k, path) for name, k, path in _all_places() if name != here]
    norm = key.lower().replace("-", "_")
    # a key that exists, spelled the same, in exactly one other place
    same = sorted({path for name, k, path in places if k == norm})
    if len(same) == 1:
        return same[0]
    # a key declared to be written elsewhere by mistake (fee_waiver → fees.waiver)
    for name, k, path in places:
        if norm in SHAPES[name].field(k).moved_from:
            return path
    # parent_key written as one key (fees_waiver, records_categories)
    joined = {path.replace(".", "_"): path for _, _, path in places}
    close = difflib.get_close_matches(norm, list(joined), n=1, cutoff=0.85)
    return joined[close[0]] if close else ""


def shape_of_path(path: str) -> Shape | None:
    for name, paths in field_paths().items():
        if path in paths:
            return SHAPES[name]
    return None
