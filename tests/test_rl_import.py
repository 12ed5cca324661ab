"""The PDF writer imports reportlab's platypus with `uri_pat` compiled on first use, its case-insensitivity spelled out (rl_import)."""

import re
import subprocess
import sys

from conftest import ROOT

PROBE = r"""
import re, sys
real = re.compile
import foiagen.writers.pdf
from foiagen.writers import rl_import
import reportlab.platypus.paragraph as paragraph
assert re.compile is real, "re.compile was not restored"
print(len(rl_import.deferred), type(paragraph.uri_pat).__name__, paragraph.uri_pat._compiled is None)
"""


def test_only_the_uri_pattern_is_deferred_and_re_compile_is_restored():
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    # reportlab 5.1.0 (pinned): one pattern deferred, and nothing in a letter's import compiled it
    assert proc.stdout.split() == ["1", "LazyPattern", "True"]


def test_the_deferred_pattern_matches_as_the_compiled_one():
    from foiagen.writers import rl_import
    import reportlab.platypus.paragraph as paragraph

    lazy = paragraph.uri_pat
    assert isinstance(lazy, rl_import.LazyPattern)
    real = re.compile(lazy.pattern, lazy.flags)
    samples = ["https://www.ice.gov/foia", "HTTP://Example.COM:8080/a/b?c=d#e", "ftp://user:pw@10.0.0.1/x",
               "https://dépôt.example.fr/chemin", "https://[::1]/", "not a url", "https://localhost", "mailto:a@b.c",
               "https://" + "a" * 70 + ".com/"]
    for s in samples:
        got, want = lazy.match(s), real.match(s)
        assert (got and got.groups()) == (want and want.groups()), s
    assert lazy.compiled() is lazy.compiled()  # compiled once


def test_other_patterns_compile_as_usual():
    from foiagen.writers import rl_import

    assert isinstance(rl_import._compile("[a-z\xa1-\uffff]", re.I), re.Pattern)  # not called from reportlab


ATOM = re.compile(r"\[(?:\\.|[^\]])*\]|\\.|.")  # a character class, an escape, or one character


def test_the_case_spelled_pieces_match_what_ignorecase_matched():
    """Each piece of uri_pat that IGNORECASE touches, against its spelled-out form, over every code point."""
    from foiagen.writers.rl_import import CASE_SPELLED

    everything = "".join(map(chr, range(0x110000)))
    for old, new in CASE_SPELLED:
        old_atoms, new_atoms = ATOM.findall(old), ATOM.findall(new)
        assert len(old_atoms) == len(new_atoms), (old, new)
        for a, b in zip(old_atoms, new_atoms):
            assert re.findall(a, everything, re.IGNORECASE) == re.findall(b, everything), (a, b)


def test_reportlabs_uri_pattern_is_compiled_case_spelled():
    from foiagen.writers import rl_import
    import reportlab.platypus.paragraph as paragraph

    lazy = paragraph.uri_pat
    pattern, flags = rl_import.case_spelled(lazy.pattern, lazy.flags)
    assert flags == 0 and pattern != lazy.pattern  # reportlab 5.1.0's pattern: every piece found
    assert lazy.compiled().flags & re.IGNORECASE == 0
    assert rl_import.case_spelled("[a-z]", re.IGNORECASE) == ("[a-z]", re.IGNORECASE)  # another pattern: as given
