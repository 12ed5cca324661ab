"""The request model: small frozen types named as FOIA practitioners name things. No I/O."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union


# -- rich text: what a user writes in a text field --------------------------------
@dataclass(frozen=True)
class Run:
    text: str
    italic: bool = False
    bold: bool = False
    # file, line, column of the YAML value the text came from (for lint diagnostics)
    where: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class LinkRun:
    url: str
    text: str
    italic: bool = False
    where: tuple = field(default=(), compare=False, repr=False)


@dataclass(frozen=True)
class FootnoteMark:
    label: str  # the footnote whose reference mark stands here
    where: tuple = field(default=(), compare=False)  # (file, line, column) of the text holding it


@dataclass(frozen=True)
class NoteNumber:
    label: str  # prints the number of footnote `label` ("supra note 3")


@dataclass(frozen=True)
class CiteRef:
    """A citation by meaning inside user text, resolved from the registry for the letter."""

    meaning: str
    rule_only: bool = False  # only the agency rules' provisions, not the statute's
    where: tuple = ("", 0, 0)  # file, line, column of the segment, for diagnostics


Segment = Union[Run, LinkRun, FootnoteMark, NoteNumber, CiteRef]
RichText = tuple  # tuple[Segment, ...]
Paragraphs = tuple  # tuple[RichText | ListBlock | RunIn, ...]


@dataclass(frozen=True)
class ListBlock:
    """A list inside text: numbered, lettered, roman or bulleted, its labels worked out when read."""

    labels: tuple[str, ...]  # "2.a.", "2.b.", … or "•"
    items: tuple  # tuple[RichText | ListBlock, ...], one per label (a ListBlock nests under the item before it)


@dataclass(frozen=True)
class RunIn:
    """A paragraph that opens with a run-in sub-heading ("Search terms. Please search …")."""

    heading: str
    text: RichText


def flat(paragraphs) -> tuple:
    """The rich texts of paragraphs, lists and run-in paragraphs opened up (for checks that read text)."""
    out = []
    for p in paragraphs:
        if isinstance(p, ListBlock):
            out += flat(p.items)
        elif isinstance(p, RunIn):
            out.append(p.text)
        else:
            out.append(p)
    return tuple(out)


def rich_plain(text: RichText) -> str:
    """The visible characters of rich text, footnote marks left out."""
    out = []
    for seg in text:
        if isinstance(seg, Run):
            out.append(seg.text)
        elif isinstance(seg, LinkRun):
            out.append(seg.text)
    return "".join(out)


# -- parties ------------------------------------------------------------------------
@dataclass(frozen=True)
class Person:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Logo:
    """A letterhead logo, read when the spec was validated (writers never open files)."""

    data: bytes = field(repr=False)  # the file's bytes, PNG or JPEG
    mime: str  # "image/png" | "image/jpeg"
    width_px: int
    height_px: int
    name: str  # the file's name, without its folder


REQUESTER_KINDS = ("individual", "organization", "counsel")


REQUEST_BY = ("subject", "representative", "third_party")


@dataclass(frozen=True)
class SubjectPerson:
    """The person the records are about: who they are, their identifiers, and whose request it is.

    request_by: "subject" (their own request), "representative" (counsel or another acting for
    them, with their consent), "third_party" (someone else's records: consent or proof of death)."""

    name: str
    request_by: str = "subject"
    other_names: tuple[str, ...] = ()
    date_of_birth: dt.date | None = None
    place_of_birth: str = ""
    address: tuple[str, ...] = ()
    citizenship: str = ""
    a_number: str = ""  # as printed: "A" and nine digits
    receipt_numbers: tuple[str, ...] = ()
    fbi_number: str = ""
    i94_number: str = ""
    passport_number: str = ""
    ssn: str = ""
    entries: tuple[str, ...] = ()  # dates and places of entry, one a line
    consent: bool = False  # the subject's signed consent to release to the requester goes with the request
    proof_of_death: str = ""  # what proves the subject's death (enclosed)
    public_records_only: bool = False
    declaration: str = "inside"  # 28 U.S.C. § 1746 form: signed "inside" or "outside" the United States

    @property
    def first_party(self) -> bool:
        """The request is the subject's own (made by them or for them): the Privacy Act governs it."""
        return self.request_by in ("subject", "representative")


@dataclass(frozen=True)
class Requester:
    organization: str = ""  # an organization's name; counsel's firm; "" for an individual
    kind: str = "organization"  # individual | organization | counsel (see foiagen.voice)
    name: str = ""  # a person's own name: an individual requester, or the lawyer who is counsel
    clients: tuple[str, ...] = ()  # counsel: the clients on whose behalf the request is made
    short_name: str = ""
    heading: str = ""  # how its own subheading names it (default: organization)
    letterhead: bool = True
    description: Paragraphs = ()  # who they are and how they disseminate information
    address: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    website: str = ""
    logo: Logo | None = None  # printed above the names in the letterhead
    fee_category: str = ""  # its own fee category (one of FEE_CATEGORIES); "" = the letter's `fees.category`
    fee_showing: Paragraphs = ()  # why it holds that category

    @property
    def name_for_text(self) -> str:
        return self.short_name or self.display_name

    @property
    def display_name(self) -> str:
        """How the requester is named where a full name is wanted (a person's or an organization's)."""
        if self.kind == "organization":
            return self.organization
        return self.name or self.organization

    @property
    def contact_lines(self) -> tuple[str, ...]:
        """Postal address, phone, email and website, one a line, as a return address prints them."""
        lines = list(self.address)
        lines += [f"Tel. {self.phone}"] if self.phone else []
        lines += [x for x in (self.email, self.website) if x]
        return tuple(lines)


@dataclass(frozen=True)
class Officer:
    name: str = ""
    title: str = ""


@dataclass(frozen=True)
class Agency:
    id: str  # directory id, or a slug of the name for inline agencies
    name: str
    abbreviation: str = ""
    department: str = ""  # directory id of the parent department ("dhs")
    regulation: str = ""  # registry id of its FOIA regulation ("dhs-6cfr5")
    office: tuple[str, ...] = ()  # office lines under the agency name
    officer: Officer = Officer()
    address: tuple[str, ...] = ()
    email: str = ""
    portal: str = ""
    channels: tuple["Channel", ...] = ()  # channels known to be accepted, with dates
    portal_only_from: dt.date | None = None  # from this date a rule allows the portal alone
    also_regulations: tuple[str, ...] = ()  # registry ids of rules that apply alongside (FDA's 21 C.F.R. Part 20)
    article: str = "the"  # "the Federal Bureau of Investigation"; "" for "U.S. Immigration and Customs Enforcement"

    @property
    def name_for_text(self) -> str:
        return self.abbreviation or self.name

    @property
    def regulations(self) -> tuple[str, ...]:
        """Every registry id of a rule that governs requests to it: its FOIA regulation, then any applying alongside."""
        return tuple(r for r in (self.regulation, *self.also_regulations) if r)

    @property
    def the_name(self) -> str:
        """Its full name with its article, as running text needs it ("the Executive Office for Immigration Review")."""
        return f"{self.article} {self.name}" if self.article else self.name

    @property
    def the_short(self) -> str:
        """Its short name with the article usage gives it: "the FBI" and "the EPA", but "ICE", "DHS",
        "EOIR" (an abbreviation takes "the" only when it is one of ARTICLE_ABBREVIATIONS)."""
        if not self.abbreviation:
            return self.the_name
        return f"the {self.abbreviation}" if self.abbreviation in ARTICLE_ABBREVIATIONS else self.abbreviation

    def accepts(self, channel: str, on: dt.date) -> bool:
        """Whether the agency takes requests by `channel` on `on`; a channel nobody recorded is
        taken to be accepted (only a known rule or an ended channel says otherwise)."""
        if self.portal_only(on):
            return channel == "portal"
        known = [c for c in self.channels if c.channel == channel]
        return not known or any(c.in_force(on) for c in known)

    def portal_only(self, on: dt.date) -> bool:
        """Whether, on `on`, a rule has the agency take requests through its portal and no other way."""
        return self.portal_only_from is not None and on >= self.portal_only_from


# Abbreviations that running text writes with "the" (initialisms read letter by letter that
# usage pairs with an article); every other abbreviation ("ICE", "DHS", "USCIS") goes without.
ARTICLE_ABBREVIATIONS = frozenset({"FBI", "IRS", "EPA", "SEC", "FTC", "DEA", "ATF", "FDA", "CDC", "SSA", "VA", "NSA", "CIA",
                                   "FCC", "FEC", "NLRB", "EEOC", "GAO", "OPM", "BOP", "USPS"})


def default_article(name: str) -> str:
    """"the" before an agency's name, but not before a "U.S. …" name whose head is a mass noun or
    a plural name used as one ("U.S. Immigration and Customs Enforcement", "U.S. Citizenship and
    Immigration Services"), which the agencies themselves write without one."""
    words = name.split(" of ")[0].split()
    if name.startswith("U.S. ") and words and words[-1] in ("Enforcement", "Protection", "Services"):
        return ""
    return "the"


CHANNELS = ("portal", "email", "mail", "fax")


@dataclass(frozen=True)
class Channel:
    channel: str  # portal | email | mail | fax
    start: dt.date | None = None
    end: dt.date | None = None  # exclusive

    def in_force(self, on: dt.date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Component:
    name: str
    abbreviation: str = ""


@dataclass(frozen=True)
class Signatory:
    name: str
    title: str = ""
    organization: str = ""
    signature: str = "/s/"  # "/s/" or "blank" (a line for a wet-ink signature)


# -- the request --------------------------------------------------------------------
@dataclass(frozen=True)
class Definition:
    term: str
    text: RichText


DATE_RANGE_ENDS = {"search": "the date of the search", "present": "the present"}


@dataclass(frozen=True)
class DateRange:
    start: dt.date | None = None
    end: dt.date | None = None
    end_words: str = ""  # an open end said in words: "the date of the search", "the present"


@dataclass(frozen=True)
class Category:
    text: RichText
    items: tuple[RichText, ...] = ()
    date_range: DateRange | None = None
    search: Paragraphs = ()  # search instructions: custodians, email domains, terms


@dataclass(frozen=True)
class Records:
    categories: tuple[Category, ...]
    intro: RichText = ()
    date_range: DateRange | None = None  # default for every category
    redaction: Paragraphs = ()
    format: Paragraphs = ()
    keywords: tuple[str, ...] = ()  # search terms that apply to every category


EXPEDITE_GROUNDS = ("imminent_threat", "urgency_to_inform", "due_process", "media_interest")


@dataclass(frozen=True)
class Expedite:
    grounds: dict  # ground -> Paragraphs (the facts that make it out)
    dissemination: Paragraphs = ()  # why the requesters are primarily engaged in disseminating information
    certified_by: str = ""  # the natural person who certifies (the spec's `by`, else the first signatory)
    declaration: str = ""  # "" | "inside" | "outside": also declared under 28 U.S.C. § 1746, signed inside/outside the U.S.


FEE_CATEGORIES = ("commercial", "educational", "scientific", "news_media", "other")
PUBLIC_INTEREST_FACTORS = ("operations", "informative", "audience", "significance")
COMMERCIAL_FACTORS = ("interest", "primary")


@dataclass(frozen=True)
class FeeWaiver:
    public_interest: Paragraphs = ()
    public_interest_factors: dict = field(default_factory=dict)  # factor -> Paragraphs
    commercial_interest: Paragraphs = ()
    commercial_factors: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Fees:
    category: str = ""
    news_media: Paragraphs = ()
    waiver: FeeWaiver | None = None
    max_amount: str = ""  # what the requesters agree to pay if no waiver is granted ("" = not said)
    institution: Paragraphs = ()  # educational/scientific status: the showing (spec keys `educational`, `scientific`)
    pay: str = ""  # "" (max_amount says it) | "none" (they do not agree to pay fees)
    notify: bool = False  # ask to be told before any fees are incurred

    @property
    def stance(self) -> str:
        """How the requesters state what they will pay: up_to | notify | none | ''."""
        if self.pay == "none":
            return "none"
        if self.max_amount:
            return "up_to"
        return "notify" if self.notify else ""


@dataclass(frozen=True)
class FeeStatus:
    """One requester's fee category and its showing, as the letter states them."""

    requester: Requester
    category: str  # one of FEE_CATEGORIES, or "" (none stated)
    showing: Paragraphs = ()
    own: bool = False  # stated by the requester itself (not the letter's `fees.category`)


@dataclass(frozen=True)
class Closing:
    paragraphs: Paragraphs = ()
    contact_phone: str = ""
    contact_email: str = ""
    deliver_email: str = ""
    deliver_address: tuple[str, ...] = ()
    valediction: str = "Sincerely,"


BUILTIN_PARAGRAPHS = ("opening", "routing", "format", "expedite_decision", "segregability", "appeal", "contact",
                      "delivery", "thanks", "conclusion")
SECTION_PLACES = ("opening", "background", "records", "expedite", "fees", "conclusion")
STOCK_SECTIONS = ("preservation", "processing", "vaughn", "rolling", "not_privacy_act")


@dataclass(frozen=True)
class Section:
    """A titled section of the spec's own (or a stock one in foiagen's words), placed after a built-in part."""

    title: str
    text: Paragraphs = ()
    after: str = "records"  # one of SECTION_PLACES
    stock: str = ""  # one of STOCK_SECTIONS: foiagen's own paragraph(s) come before `text`


@dataclass(frozen=True)
class Enclosure:
    description: str  # "Obituary of John Doe, 3 pp."
    file: str = ""  # the name of a PDF to append with --attach
    data: bytes = field(default=b"", repr=False, compare=False)  # its bytes, read when the spec was read (writers never open files)


@dataclass(frozen=True)
class Request:
    date: dt.date
    title: str  # short title for the running header
    subject: str  # the Re: line
    requesters: tuple[Requester, ...]
    agencies: tuple[Agency, ...]
    records: Records
    signatories: tuple[Signatory, ...]
    delivery: str = ""
    salutation: str = "To Whom It May Concern:"
    components: tuple[Component, ...] = ()
    purpose: Paragraphs = ()
    definitions: tuple[Definition, ...] = ()
    background: Paragraphs = ()
    footnotes: dict = field(default_factory=dict)  # label -> Paragraphs
    expedite: Expedite | None = None
    fees: Fees | None = None
    closing: Closing = Closing()
    template: str = ""  # "" = the built-in letter
    scope: str = "all"  # "all": every component likely to hold records; "this_office": that office only, no referral
    builtin: dict = field(default_factory=dict)  # built-in paragraph id -> its replacement Paragraphs; () = left out
    sections: tuple[Section, ...] = ()
    enclosures: tuple[Enclosure, ...] = ()
    house_style: bytes = field(default=b"", repr=False, compare=False)  # a reference DOCX's bytes (spec `house_style:`)
    smart_quotes: bool = True  # straight quotes and apostrophes printed curly
    subject_person: SubjectPerson | None = None  # a request about a person (first-party, or a third party's)

    @property
    def fees_per_requester(self) -> bool:
        """Whether some requester states a fee category of its own: the letter then states each one's."""
        return any(q.fee_category for q in self.requesters)

    def fee_statuses(self) -> tuple[FeeStatus, ...]:
        """Each requester's fee category and showing: its own, else the letter's `fees.category` and its showing."""
        fees = self.fees or Fees()
        shared = fees.news_media if fees.category == "news_media" else fees.institution
        return tuple(FeeStatus(q, q.fee_category, q.fee_showing, True) if q.fee_category
                     else FeeStatus(q, fees.category, shared) for q in self.requesters)

    def body_texts(self) -> list:
        """Every user-written rich text the letter prints outside footnotes, as Paragraphs."""
        texts = [self.purpose, self.background, (self.records.intro,), self.records.redaction, self.records.format,
                 self.closing.paragraphs]
        texts += [(d.text,) for d in self.definitions]
        for c in self.records.categories:
            texts += [(c.text,), c.items, c.search]
        texts += [t for r in self.requesters for t in (r.description, r.fee_showing)]
        if self.expedite:
            texts += [*self.expedite.grounds.values(), self.expedite.dissemination]
        if self.fees:
            texts.append(self.fees.news_media)
            w = self.fees.waiver
            if w:
                texts += [w.public_interest, w.commercial_interest, *w.public_interest_factors.values(),
                          *w.commercial_factors.values()]
        texts += [s.text for s in self.sections] + [p for p in self.builtin.values() if p]
        return [flat(t) for t in texts]

    def paragraphs(self):
        """Every paragraph of user rich text, footnotes included."""
        for paragraphs in [*self.body_texts(), *self.footnotes.values()]:
            yield from flat(paragraphs)

    def segments(self):
        """Every rich-text segment the user wrote, wherever it sits."""
        for paragraph in self.paragraphs():
            yield from paragraph
