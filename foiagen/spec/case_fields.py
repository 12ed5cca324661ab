"""The case log's field table: its keys, each kind of event and the keys it takes, with help and examples.

foiagen/caselog.py reads case logs against this table (known keys, required keys, the
allowed words), and `case_log_reference()` documents it; a test fails when they disagree.
"""

from __future__ import annotations

from .fields import DATE, TEXT, Field, ListOf, Shape, Type, choice

CHANNELS = ("email", "mail", "portal", "fax", "hand")
DETERMINATIONS = ("full", "partial", "denial", "no-records", "referral", "glomar")
DECISIONS = ("granted", "denied")
APPEAL_OUTCOMES = ("granted", "partial", "denied", "remanded")
TOLL_REASONS = ("information", "fees")
GROUNDS = ("no-determination", "improper-referral", "inadequate-search", "withholdings", "segregability",
           "no-records", "expedite-denied", "fee-waiver-denied", "fee-category-denied")

# every key an event may carry, declared once
EVENT_FIELDS = {f.key: f for f in (
    Field("date", DATE, "The day it happened.", "2020-10-20", required=True),
    Field("note", TEXT, "Anything worth keeping: where the fact comes from, what was said.", '"¶ 36 of the complaint"'),
    Field("channel", choice(*CHANNELS), "How it was sent.", "email"),
    Field("tracking", TEXT, "The tracking number the agency assigned.", "CBP-2021-008288"),
    Field("number", TEXT, "The appeal number the agency assigned.", "2021-HQAP-00039"),
    Field("received", DATE, "The date of receipt the agency states (the clock starts then).", "2020-10-19"),
    Field("until", DATE, "The day the clock resumed (the agency received the answer it asked for).", "2021-03-17"),
    Field("reason", choice(*TOLL_REASONS), "Why the agency tolled: one request for information, or fees.", "information"),
    Field("working_days", Type("text"), "The extension's length in working days.", "10", default="10"),
    Field("amount", TEXT, "The fee estimated.", '"$125.00"'),
    Field("decision", choice(*DECISIONS), "The agency's decision.", "denied"),
    Field("category", TEXT, "The fee category the agency decided on.", "news_media"),
    Field("outcome", choice(*DETERMINATIONS), "What the agency decided (appeal-decided: granted, partial, denied, remanded).", "referral"),
    Field("to", ListOf(TEXT), "Agency ids a referral went to.", "[ice, cbp]"),
    Field("pages", TEXT, "Pages produced or withheld.", '"212 released"'),
    Field("grounds", ListOf(choice(*GROUNDS)), "The appeal's grounds (the appeal letter argues each).", "[improper-referral, inadequate-search]"),
    Field("court", TEXT, "The court.", '"N.D. Cal."'),
    Field("case", TEXT, "The case number.", '"3:21-cv-02702"'),
)}

# event kind -> (help, keys it takes besides date/event/note, keys it needs)
EVENT_KINDS = {
    "sent": ("The request was sent.", ("channel",), ()),
    "received": ("The agency received the request (its clock starts).", (), ()),
    "acknowledged": ("The agency acknowledged the request.", ("tracking", "received"), ()),
    "extension": ("Written notice of unusual circumstances: up to 10 more working days (5 U.S.C. § 552(a)(6)(B)(i)).", ("working_days",), ()),
    "tolled": ("The agency stopped the clock to ask for information or about fees.", ("until", "reason"), ("until",)),
    "fee-estimate": ("The agency estimated fees.", ("amount",), ("amount",)),
    "expedite": ("The decision on expedited processing.", ("decision",), ("decision",)),
    "fee-waiver": ("The decision on the fee waiver.", ("decision",), ("decision",)),
    "fee-category": ("The decision on the fee category.", ("decision", "category"), ("decision",)),
    "determination": ("The agency's determination on the request.", ("outcome", "tracking", "to", "pages"), ("outcome",)),
    "production": ("Records produced.", ("pages",), ()),
    "status-inquiry": ("The requester asked the request's status (5 U.S.C. § 552(a)(7)(B)).", ("channel",), ()),
    "appeal": ("The requester's administrative appeal.", ("channel", "grounds", "received"), ()),
    "appeal-acknowledged": ("The agency acknowledged the appeal.", ("number", "received"), ()),
    "appeal-decided": ("The decision on the appeal.", ("outcome",), ("outcome",)),
    "mediation": ("The requester asked OGIS to mediate (5 U.S.C. § 552(h)(3)).", ("channel",), ()),
    "lawsuit": ("A lawsuit against this agency (or use the top-level `lawsuit:`).", ("court", "case"), ()),
}

CASE_LOG = Shape("case_log", "a case log", "What happened to a request after it was sent, beside its spec as <stem>.case.yaml.", (
    Field("request", TEXT, "The request spec, relative to the case log.", "2020-10-19-clearview-ice-cbp-dhs.yaml",
          default="<stem>.yaml beside <stem>.case.yaml"),
    Field("agencies", TEXT, "Agency id → its events, oldest first (each a mapping with `date:` and `event:`).",
          "{cbp: [{date: 2020-10-20, event: acknowledged, tracking: CBP-2021-008288}]}", required=True),
    Field("lawsuit", TEXT, "The lawsuit, if one was filed: `date`, `court`, `case`, `note`.", "{date: 2021-04-13, court: N.D. Cal.}"),
    Field("note", TEXT, "Anything worth keeping about the case.", '"from the complaint"'),
), "{request: r.yaml, agencies: {ice: [{date: 2026-03-02, event: sent, channel: portal}]}}")

LAWSUIT = Shape("case_lawsuit", "a lawsuit", "The lawsuit that followed.", (
    Field("date", DATE, "The day it was filed.", "2021-04-13", required=True),
    Field("court", TEXT, "The court.", '"N.D. Cal."'),
    Field("case", TEXT, "The case number.", '"3:21-cv-02702"'),
    Field("note", TEXT, "Anything worth keeping.", '"complaint ¶¶ 36-49"'),
), "{date: 2021-04-13, court: N.D. Cal.}")


def event_keys(kind: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(keys a `kind` event takes besides date, event and note; keys it needs)."""
    _, allowed, required = EVENT_KINDS[kind]
    return allowed, required


def case_log_reference() -> str:
    """The case log's reference, as Markdown."""
    out = ["## Case logs (`<stem>.case.yaml`)", "", CASE_LOG.help, "", "| key | what | example |", "|---|---|---|"]
    out += [f"| `{f.key}` | {f.help}{' (required)' if f.required else ''} | `{f.example}` |" for f in CASE_LOG.fields]
    out += ["", "### Events", "", "| event | what | keys |", "|---|---|---|"]
    for kind, (help_, allowed, required) in EVENT_KINDS.items():
        keys = ", ".join(f"`{k}`" + (" (required)" if k in required else "") for k in allowed) or "—"
        out.append(f"| `{kind}` | {help_} | {keys} |")
    out += ["", "| event key | type | what |", "|---|---|---|"]
    out += [f"| `{f.key}` | {f.type.label()} | {f.help} |" for f in EVENT_FIELDS.values()]
    return "\n".join(out) + "\n"
