"""reportlab's platypus, imported without its one slow pattern compile.

``reportlab.platypus.paragraph`` compiles ``uri_pat`` when it is imported: a case-insensitive
pattern over the range U+00A1-U+FFFF, whose character classes cost Python's ``re`` 35-45 ms
to build (measured with reportlab 5.1.0 on Python 3.11) -- more than the rest of the module.
The pattern is used only to break an over-long URL in a line (``uriWasteReduce``), so here it
is compiled the first time it is used instead, and then without re.IGNORECASE, its letters'
cases spelled out (CASE_SPELLED: the same characters matched, ~30 ms less).

Only that module's import is touched, and only patterns of that kind (``re.IGNORECASE`` over
the ``\\xa1-\\uffff`` range) are deferred.  A deferred pattern is the same pattern compiled a
little later, so behaviour cannot change; a reportlab whose pattern differs is simply
imported as before, compiling eagerly.
"""

from __future__ import annotations

import re
import sys
import threading

_WIDE = "\xa1-\uffff"
_MODULE = "reportlab.platypus.paragraph"


class LazyPattern:
    """A compiled pattern made on first use; forwards everything to it."""

    __slots__ = ("pattern", "flags", "_compiled", "_lock")

    def __init__(self, pattern: str, flags: int):
        self.pattern, self.flags = pattern, flags
        self._compiled = None
        self._lock = threading.Lock()

    def compiled(self) -> re.Pattern:
        if self._compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = _real_compile(*case_spelled(self.pattern, self.flags))
        return self._compiled

    def __getattr__(self, name):
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern[:40]!r}..., {self.flags})"


_real_compile = re.compile

# uri_pat with its case-insensitivity spelled out, so that it compiles without re.IGNORECASE: each
# piece that a letter's case could change, as the characters it matches under IGNORECASE (all
# 1,114,112 code points compared in tests/test_rl_import.py).  The wide classes are written as
# what they leave out: `[a-z\xa1-\uffff0-9]` compiled with IGNORECASE makes `re` fold the case of
# each of its 65,437 characters (~30 ms); the same set, negated, compiles in well under 1 ms.
_W = "\u0130\u0131\u017f\u212a"  # İ ı ſ K: letters outside a-z that IGNORECASE matches to a-z
_OUTSIDE = ":-@\\[-`{-\\xa0\\U00010000-\\U0010ffff"  # what the wide classes leave out, besides a few ASCII
CASE_SPELLED = (
    ("[a-z0-9\\.\\-\\+]", f"[a-zA-Z0-9\\.\\-\\+{_W}]"),
    ("[0-9a-f:\\.]", "[0-9a-fA-F:\\.]"),
    ("[a-z\xa1-\uffff0-9]", f"[^\\x00-/{_OUTSIDE}]"),
    ("[a-z\xa1-\uffff0-9-]", f"[^\\x00-,./{_OUTSIDE}]"),
    ("[a-z\xa1-\uffff-]", f"[^\\x00-,./0-9{_OUTSIDE}]"),
    ("xn--[a-z0-9]", f"[xX][nN]--[a-zA-Z0-9{_W}]"),
    ("localhost", "[lL][oO][cC][aA][lL][hH][oO][sS\u017f][tT]"),
)


def case_spelled(pattern: str, flags: int) -> tuple[str, int]:
    """(pattern, flags) to compile: reportlab 5.1.0's uri_pat without IGNORECASE, its cases spelled
    out (CASE_SPELLED); any other pattern as given."""
    if flags != re.IGNORECASE or not all(old in pattern for old, _ in CASE_SPELLED):
        return pattern, flags
    for old, new in CASE_SPELLED:
        pattern = pattern.replace(old, new)
    return pattern, 0
deferred: list[LazyPattern] = []  # what the last import deferred (for tests)


def _compile(pattern, flags=0):
    caller = sys._getframe(1).f_globals.get("__name__")
    if caller == _MODULE and isinstance(pattern, str) and flags & re.IGNORECASE and _WIDE in pattern:
        lazy = LazyPattern(pattern, flags)
        deferred.append(lazy)
        return lazy
    return _real_compile(pattern, flags)


def import_platypus():
    """``reportlab.platypus``, with ``paragraph.uri_pat`` compiled on first use."""
    if _MODULE not in sys.modules:
        re.compile = _compile
        try:
            import reportlab.platypus  # imports reportlab.platypus.paragraph
        finally:
            re.compile = _real_compile
    import reportlab.platypus

    return reportlab.platypus
