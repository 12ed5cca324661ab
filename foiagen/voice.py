"""Who speaks in a letter: the person and number every built-in sentence agrees with.

One individual writes "I request … to the best of my knowledge"; an organization is "we"
who write and "EPIC" (it) that requests; counsel writes "I" on behalf of "my client"; several
requesters together are "the Requesters" (they).  Templates ask the Voice, never guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import model as m

_IRREGULAR = {"be": ("am", "is", "are"), "have": ("have", "has", "have"), "do": ("do", "does", "do")}


@dataclass(frozen=True)
class Voice:
    kind: str  # individual | organization | counsel | several
    writer: str  # who writes: "I" or "we"
    subject: str  # who makes the request: "I", "EPIC", "my client", "the Requesters"
    possessive: str  # "my", "its", "my client's", "their"
    object: str  # "me", "EPIC", "my client", "the Requesters"
    plural: bool  # the subject takes a plural verb

    @property
    def first_person(self) -> bool:
        return self.subject == "I"

    @property
    def Subject(self) -> str:  # noqa: N802 (a template reads v.Subject at a sentence's start)
        return self.subject[:1].upper() + self.subject[1:]

    @property
    def Writer(self) -> str:  # noqa: N802
        return self.writer[:1].upper() + self.writer[1:]

    @property
    def owner(self) -> str:
        """The subject as a possessive before a noun: "my", "EPIC’s", "my client’s", "the Requesters’"."""
        if self.first_person:
            return "my"
        return self.subject + ("’" if self.subject.endswith("s") else "’s")

    @property
    def writer_object(self) -> str:
        return "me" if self.writer == "I" else "us"

    @property
    def writer_possessive(self) -> str:
        return "my" if self.writer == "I" else "our"

    def verb(self, base: str) -> str:
        """`base` agreeing with the subject: request → "I request", "EPIC requests", "they request"."""
        return conjugate(base, "first" if self.first_person else ("plural" if self.plural else "third"))

    def writer_verb(self, base: str) -> str:
        """`base` agreeing with the writer: "I look forward", "we look forward"."""
        return conjugate(base, "first" if self.writer == "I" else "plural")


def conjugate(base: str, person: str) -> str:
    """Present tense of `base` for person first (I), third (it) or plural (we, they)."""
    if base in _IRREGULAR:
        return _IRREGULAR[base][("first", "third", "plural").index(person)]
    if person != "third":
        return base
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return base[:-1] + "ies"
    if base.endswith(("s", "sh", "ch", "x", "z", "o")):
        return base + "es"
    return base + "s"


def voice_of(request: m.Request) -> Voice:
    qs = request.requesters
    if len(qs) > 1:
        return Voice("several", "we", "the Requesters", "their", "the Requesters", True)
    q = qs[0]
    if q.kind == "individual":
        return Voice("individual", "I", "I", "my", "me", False)
    if q.kind == "counsel":
        many = len(q.clients) > 1
        who = "my clients" if many else "my client"
        return Voice("counsel", "I", who, who + ("'" if many else "'s"), who, many)
    return Voice("organization", "we", q.name_for_text, "its", q.name_for_text, False)


@dataclass(frozen=True)
class FeeClaim:
    """A fee category the letter states, for one requester or for those sharing `fees.category`."""

    voice: Voice  # who holds it, as the sentence names them: "I", "my client", "Mijente", "the Clinic and Example Press"
    category: str  # one of model.FEE_CATEGORIES
    showing: m.Paragraphs = ()
    label: str = ""  # who holds it, for a subheading in a joint letter ("" for a single requester)


def fee_claims(request: m.Request) -> list[FeeClaim]:
    """The fee categories to state, in requester order: each requester's own category with its own showing;
    the requesters taking `fees.category` together (one showing for them all), where the first of them stands."""
    statuses = [s for s in request.fee_statuses() if s.category]
    if len(request.requesters) == 1:
        return [FeeClaim(voice_of(request), s.category, s.showing) for s in statuses]
    claims, shared = [], [s for s in statuses if not s.own]
    for s in statuses:
        if s.own:
            claims.append(FeeClaim(_one_of_several(s.requester), s.category, s.showing, s.requester.display_name))
        elif s is shared[0]:
            holders = [_one_of_several(x.requester) for x in shared]
            names = _join([v.subject for v in holders])
            voice = Voice("several", "we", names, "their", names, len(holders) > 1 or holders[0].plural)
            claims.append(FeeClaim(voice, s.category, s.showing, _join([x.requester.display_name for x in shared])))
    return claims


def _one_of_several(q: m.Requester) -> Voice:
    """One requester of a joint letter, named in the third person (counsel's clients hold counsel's category)."""
    if q.kind == "counsel":
        names = _join(list(q.clients))
        return Voice("counsel", "we", names, "their" if len(q.clients) > 1 else "its", names, len(q.clients) > 1)
    return Voice(q.kind, "we", q.name_for_text, "its", q.name_for_text, False)


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else (" and ".join(names) if len(names) == 2 else ", ".join(names[:-1]) + ", and " + names[-1])


def signature_contacts(request: m.Request) -> dict:
    """Where each requester's contact details print (an individual's go in the return address).

    {"by_signatory": {index: lines}, "loose": [(name, lines)]}: an organization's or counsel's
    postal address, phone, email and website go under the signature of the first signatory of
    that organization (or, for counsel, the lawyer's own); a requester no signatory belongs to
    gets its own block after the signatures.
    """
    by_signatory: dict = {}
    loose = []
    for q in request.requesters:
        if q.kind == "individual" or not q.contact_lines:
            continue
        for i, s in enumerate(request.signatories):
            if (q.organization and s.organization == q.organization) or (q.name and s.name == q.name):
                by_signatory.setdefault(i, [])
                by_signatory[i] += [line for line in q.contact_lines if line not in by_signatory[i]]
                break
        else:
            loose.append((q.display_name, q.contact_lines))
    return {"by_signatory": by_signatory, "loose": loose}
