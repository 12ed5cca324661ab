"""The text of a request as the lint rules read it: paragraphs with their Runs, sentences, dates."""

from __future__ import annotations

import bisect
import datetime as dt
import re

from .. import model as m


class Lazy:
    """A regular expression compiled on first use: validate's start-up pays only for the rules a spec needs."""

    __slots__ = ("args", "compiled")

    def __init__(self, *args):
        self.args = args
        self.compiled = None

    def __getattr__(self, name):
        if self.compiled is None:
            self.compiled = re.compile(*self.args)
        return getattr(self.compiled, name)



# -- text of the request --------------------------------------------------------------------
class Para:
    """One paragraph's visible text (links, marks and citations blanked) and where each Run sits in it."""

    __slots__ = ("text", "starts", "runs", "_sentences")

    def __init__(self, segments):
        pieces, self.starts, self.runs = [], [], []
        pos = 0
        for seg in segments:
            if isinstance(seg, m.Run):
                self.starts.append(pos)
                self.runs.append(seg)
                piece = seg.text
            elif isinstance(seg, m.LinkRun):
                piece = " "  # a URL: no citation, date or name to read in it
            elif isinstance(seg, m.CiteRef):
                piece = " "
            else:
                piece = ""
            pieces.append(piece)
            pos += len(piece)
        self.text = "".join(pieces)
        self._sentences = None

    def run_at(self, offset: int):
        """(run, offset in the run) of a paragraph offset; None in a blanked piece."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0:
            return None
        run, start = self.runs[i], self.starts[i]
        if offset >= start + len(run.text):
            return None
        return run, offset - start

    def sentence(self, offset: int) -> tuple[int, int]:
        if self._sentences is None:
            self._sentences = sentence_starts(self.text)
        i = bisect.bisect_right(self._sentences, offset) - 1
        start = self._sentences[i]
        end = self._sentences[i + 1] if i + 1 < len(self._sentences) else len(self.text)
        return start, end


_ABBREVIATIONS = {
    "v", "vs", "no", "nos", "fed", "reg", "supp", "cir", "dep't", "dept", "sec", "stat", "pub", "pt", "para", "inc",
    "al", "mr", "ms", "mrs", "dr", "st", "cf", "id", "ed", "rev", "art", "ch", "cl", "app", "ct", "corp", "co",
    "ltd", "jr", "sr", "vol", "op", "ann", "gov't", "ass'n", "int'l", "nat'l", "admin", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "amend", "subch", "cong", "sess",
}
_SENTENCE_END = Lazy(r"[.!?][\"'\u201d\u2019)\]]*\s+")


def sentence_starts(text: str) -> list[int]:
    """Sentence starts, not splitting after legal abbreviations (U.S.C., C.F.R., v., Dep't, Fed. Reg.)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, text.rfind(" ", 0, match.start()) + 1) : match.start()].lstrip("(\"'\u201c\u2018[")
        word = before.lower().replace("\u2019", "'")
        if "." in word or len(word) <= 1 or word in _ABBREVIATIONS:
            continue
        nxt = text[match.end() : match.end() + 1]
        if nxt and (nxt.islower() or nxt in "§("):
            continue
        starts.append(match.end())
    return starts



MONTH_NAMES = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12}
MONTH = (r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?|Aug(?:ust|\.)?"
          r"|Sep(?:t(?:ember)?)?\.?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
FULL_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = Lazy(
    rf"\b(?P<mon>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b"
    rf"|\b(?P<day2>\d{{1,2}})\s+(?P<mon2>{FULL_MONTH})\s+(?P<year2>(?:19|20)\d\d)\b"
    r"|(?<![\w-])(?P<iso>(?:19|20)\d\d-\d\d-\d\d)(?![\w-])")
YEAR = Lazy(r"(?:19|20)\d\d(?!\d)")  # starts with a character set: scans fast
MONTH_WORD = Lazy(rf"{FULL_MONTH}\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.")
DATE_PHRASE = Lazy(r"(?i)\b(?:on\s+or\s+(?:after|before)|since|prior\s+to)\b"
                     r"|\b(?:through|between|until|from|to)\s+(?:\S+\s+){0,4}?(?:the\s+)?(?:present|today|now|date|time\s+of)\b")


def long_date(date: dt.date) -> str:
    return f"{date:%B} {date.day}, {date.year}"



def whole_year(text: str, mt) -> bool:
    return not (mt.start() and text[mt.start() - 1].isdigit())


def has_date_words(text: str) -> bool:
    """A year, a month, or words that limit dates ("on or after", "since", "through the present")."""
    if any(whole_year(text, mt) for mt in YEAR.finditer(text)):
        return True
    for mt in MONTH_WORD.finditer(text):
        if mt.start() == 0 or not text[mt.start() - 1].isalpha():
            return True
    return DATE_PHRASE.search(text) is not None


def dates_in(text: str):
    """(match, date) of each date written out in text: "Aug. 14, 2020", "14 August 2020", "2020-08-14"."""
    seen = set()
    for year in YEAR.finditer(text):
        if not whole_year(text, year):
            continue
        # the regex for whole dates runs only around a year: it is slow to scan a long text with
        for mt in DATE.finditer(text, max(0, year.start() - 24), min(len(text), year.end() + 7)):
            if mt.start() not in seen:
                seen.add(mt.start())
                date = parse_date(mt)
                if date is not None:
                    yield mt, date


def parse_date(mt) -> dt.date | None:
    try:
        if mt.group("iso"):
            return dt.date.fromisoformat(mt.group("iso"))
        if mt.group("mon"):
            month, day, year = mt.group("mon"), mt.group("day"), mt.group("year")
        else:
            month, day, year = mt.group("mon2"), mt.group("day2"), mt.group("year2")
        return dt.date(int(year), MONTH_NAMES[month[:3].lower()], int(day))
    except ValueError:
        return None

