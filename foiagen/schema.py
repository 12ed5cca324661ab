"""The spec's JSON Schema, for editors (completion and hover help) and other tools.

`foiagen schema` prints it.  The readers in spec.py remain the authority; a test checks
that every key they accept is described here and that the shipped specs conform.
"""

from __future__ import annotations

import json

TEXT = {"type": "string"}
LINES = {"anyOf": [TEXT, {"type": "array", "items": TEXT}], "description": "One line, several lines, or a list of lines."}
DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "A date written YYYY-MM-DD."}
SEGMENT = {
    "anyOf": [
        TEXT,
        {"type": "object", "additionalProperties": False, "properties": {"i": TEXT}, "required": ["i"], "description": "Italic text."},
        {"type": "object", "additionalProperties": False, "properties": {"b": TEXT}, "required": ["b"], "description": "Bold text."},
        {"type": "object", "additionalProperties": False, "properties": {"link": TEXT, "text": TEXT}, "required": ["link"], "description": "A link (http, https or mailto)."},
        {"type": "object", "additionalProperties": False, "properties": {"fn": TEXT}, "required": ["fn"], "description": "A footnote reference by label."},
        {"type": "object", "additionalProperties": False, "properties": {"note": TEXT}, "required": ["note"], "description": "The number of a footnote (for 'supra note N')."},
        {"type": "object", "additionalProperties": False, "properties": {"cite": TEXT}, "required": ["cite"], "description": "Statute and agency-rule citations by meaning, from the registry."},
        {"type": "object", "additionalProperties": False, "properties": {"rule": TEXT}, "required": ["rule"], "description": "Agency-rule citations by meaning, from the registry."},
    ]
}
INCLUDE = {"type": "object", "additionalProperties": False, "properties": {"include": TEXT}, "required": ["include"],
           "description": "The content of another YAML file (a path relative to this one)."}
RICH = {"anyOf": [TEXT, {"type": "array", "items": SEGMENT}],
        "description": "Text ([^label] marks a footnote reference) or a list of segments."}
PARAGRAPHS = {"anyOf": [TEXT, {"type": "array", "items": {"anyOf": [TEXT, SEGMENT, {"type": "array", "items": SEGMENT}, INCLUDE]}}],
              "description": "One paragraph, or a list of paragraphs (each text or a list of segments)."}
DATE_RANGE = {"type": "object", "additionalProperties": False, "properties": {"from": DATE, "to": DATE},
              "description": "Records created or operative between these dates (either may be left out)."}


def _obj(properties: dict, required=(), description: str = "") -> dict:
    out = {"type": "object", "additionalProperties": False, "properties": properties}
    if required:
        out["required"] = list(required)
    if description:
        out["description"] = description
    return out


def _or_include(schema: dict) -> dict:
    return {"anyOf": [schema, INCLUDE]}


REQUESTER = _obj({
    "organization": {**TEXT, "description": "The requester's name as it heads the letter."},
    "short_name": {**TEXT, "description": "How the letter refers to it (\"IDP\")."},
    "heading": {**TEXT, "description": "Its name in its own dissemination subheading."},
    "letterhead": {"type": "string", "enum": ["true", "false"], "description": "Whether it appears in the letterhead."},
    "description": {**PARAGRAPHS, "description": "Who it is and how it disseminates information."},
    "address": LINES, "email": TEXT, "phone": TEXT, "website": TEXT,
    "logo": {**TEXT, "description": "A PNG or JPEG file (at most 2 MB; a path relative to this file) printed above the letterhead names."},
}, ["organization"], "A person or organization making the request.")

AGENCY = {"anyOf": [
    {**TEXT, "description": "An agency id from the directory (`foiagen agencies`)."},
    _obj({
        "id": {**TEXT, "description": "An agency id from the directory."},
        "attention": _obj({"name": TEXT, "title": TEXT}, description="The officer the letter is addressed to."),
        "name": TEXT, "abbreviation": TEXT,
        "department": {**TEXT, "description": "Directory id of its department (gives its FOIA regulation)."},
        "office": LINES, "address": LINES, "email": TEXT, "portal": TEXT,
    }, description="A directory agency with changes, or an agency written out in full (name and department)."),
]}

CATEGORY = {"anyOf": [RICH, _obj({
    "text": RICH,
    "items": {"type": "array", "items": {"anyOf": [RICH, INCLUDE]}, "description": "Lettered sub-items (a., b., …)."},
    "date_range": DATE_RANGE,
    "search": {**PARAGRAPHS, "description": "Search instructions (custodians, email domains, terms)."},
}, ["text"])]}

FACTORS = lambda names, what: {"anyOf": [PARAGRAPHS, _obj({n: PARAGRAPHS for n in names}, description=what)]}  # noqa: E731

SPEC = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "foiagen request spec",
    **_obj({
        "foiagen": {**TEXT, "description": "Spec format version (optional)."},
        "date": {**DATE, "description": "The letter's date: it decides which rules and channels apply."},
        "title": {**TEXT, "description": "Short title for the running header on pages after the first."},
        "subject": {**TEXT, "description": "The Re: line."},
        "delivery": {**TEXT, "description": "The 'Via …' line."},
        "salutation": TEXT,
        "template": {**TEXT, "description": "A letter template of your own (runs sandboxed)."},
        "requesters": {"type": "array", "items": _or_include(REQUESTER), "minItems": 1},
        "agencies": {"type": "array", "items": AGENCY, "minItems": 1},
        "components": {"type": "array", "items": {"anyOf": [TEXT, _obj({"name": TEXT, "abbreviation": TEXT}, ["name"])]},
                       "description": "Offices to route the request to."},
        "purpose": PARAGRAPHS,
        "definitions": {"type": "array", "items": _or_include(_obj({"term": TEXT, "text": RICH}, ["term", "text"]))},
        "background": PARAGRAPHS,
        "footnotes": {"type": "object", "additionalProperties": PARAGRAPHS, "description": "Footnote label → text."},
        "records": _obj({
            "intro": RICH,
            "categories": {"type": "array", "items": {"anyOf": [CATEGORY, INCLUDE]}, "minItems": 1},
            "date_range": DATE_RANGE,
            "redaction": PARAGRAPHS,
            "format": PARAGRAPHS,
        }, ["categories"]),
        "expedite": _obj({
            "grounds": _obj({g: PARAGRAPHS for g in ("imminent_threat", "urgency_to_inform", "due_process", "media_interest")},
                            description="Each ground asked, with its facts."),
            "dissemination": PARAGRAPHS,
            "certification": {"anyOf": [{"type": "string", "enum": ["true", "false"]}, _obj({"by": TEXT}, ["by"])]},
        }, ["grounds", "certification"]),
        "fees": _obj({
            "category": {"type": "string", "enum": ["commercial", "educational", "scientific", "news_media", "other"]},
            "news_media": PARAGRAPHS,
            "educational": {**PARAGRAPHS, "description": "For category educational: the school, its program of scholarly research, and that the request is made under its auspices."},
            "scientific": {**PARAGRAPHS, "description": "For category scientific: the noncommercial institution, operated solely for scientific research, under whose auspices the request is made."},
            "waiver": _obj({
                "public_interest": FACTORS(("operations", "informative", "audience", "significance"), "Factor by factor."),
                "commercial_interest": FACTORS(("interest", "primary"), "Factor by factor."),
            }, ["public_interest", "commercial_interest"]),
            "max_amount": {**TEXT, "description": "Dollars the requesters agree to pay (e.g. \"25\")."},
        }),
        "closing": _obj({
            "paragraphs": PARAGRAPHS, "contact_phone": TEXT, "contact_email": TEXT,
            "deliver_records_to": _obj({"email": TEXT, "address": LINES}),
            "valediction": TEXT,
        }),
        "signatories": {"type": "array", "minItems": 1, "items": _obj({
            "name": TEXT, "title": TEXT, "organization": TEXT,
            "signature": {"type": "string", "enum": ["/s/", "blank"]},
        }, ["name"])},
    }, ["date", "title", "subject", "requesters", "agencies", "records", "signatories"]),
}


def schema_json() -> str:
    return json.dumps(SPEC, indent=2, ensure_ascii=False)
