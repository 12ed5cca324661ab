"""Case citations in user text (foiagen/rules/cases.py): found with eyecite, checked offline, warnings only."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from foiagen.pipeline import load_request
from foiagen.rules.cases import volume_years
from conftest import MINIMAL, ROOT, write_spec

# (background text, expected [(column of the words, rule)]) -- the text starts at line 12, column 13
CASES = [
    # the October 2020 seed letter's slip: Rose is 1976, not 1992 -- at the citation
    ("See Dep't of Air Force v. Rose, 425 U.S. 352 (1992).", [(45, "case-year-mismatch")]),
    ("See Dep't of Air Force v. Rose, 425 U.S. 352 (1976).", []),
    # decades off in both directions; a year within a few of the volume's is believed
    ("See NLRB v. Robbins Tire & Rubber Co., 437 U.S. 214 (1948).", [(52, "case-year-mismatch")]),
    ("See NLRB v. Robbins Tire & Rubber Co., 437 U.S. 214 (1978).", []),
    ("See U.S. Dep't of Justice v. Reporters Comm. for Freedom of Press, 489 U.S. 749 (2019).", [(80, "case-year-mismatch")]),
    ("See U.S. Dep't of Justice v. Reporters Comm. for Freedom of Press, 489 U.S. 749 (1989).", []),
    # a pin cite before the first page, in U.S. Reports and in the Federal Reporter; at the pin cite
    ("See Dep't of Air Force v. Rose, 425 U.S. 352, 340 (1976).", [(59, "pin-cite-before-page")]),
    ("See Dep't of Air Force v. Rose, 425 U.S. 352, 361 (1976).", []),
    ("See ACLU v. CIA, 710 F.3d 422, 402 (D.C. Cir. 2013).", [(44, "pin-cite-before-page")]),
    # a volume before the first one read is not checked (nothing is known of its years here)
    ("See Marbury v. Madison, 5 U.S. 137 (1990).", []),
    # statutes and rules are no case citations
    ("See 5 U.S.C. § 552(a)(4)(A)(iii) and 6 C.F.R. § 5.11(k) (2016).", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_case_citations_are_checked_at_their_words(tmp_path, text, expected):
    loaded = load_request(write_spec(tmp_path, MINIMAL + f"background: {text}\n"))
    found = [(d.column, d.rule) for d in loaded.diagnostics if d.rule in ("case-year-mismatch", "pin-cite-before-page")]
    assert found == expected, [d.parsable() for d in loaded.diagnostics]
    assert all(d.line == 12 and d.level == "warning" for d in loaded.diagnostics if d.rule.startswith(("case-", "pin-")))


def test_volume_years_grow_with_the_volume_and_match_what_was_read():
    assert volume_years(409) == (1972, 1973) and volume_years(250) is None
    estimates = [volume_years(v) for v in range(251, 611)]
    assert all(e is not None for e in estimates) and volume_years(700) is None
    assert all(a[0] <= b[0] + 1e-9 for a, b in zip(estimates, estimates[1:]))
    low, high = volume_years(425)
    assert 1974 <= low <= high <= 1977  # Rose, 425 U.S. 352, was decided in 1976


def test_the_volume_table_agrees_with_its_sources_titles():
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "us_reports_volumes.py"), "--offline"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr


def test_validate_loads_eyecite_only_for_a_case_citation(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    probe = "import sys; from foiagen.pipeline import load_request; load_request(__import__('pathlib').Path(sys.argv[1])); print('eyecite' in sys.modules)"
    plain = write_spec(tmp_path, MINIMAL + "background: Under 5 U.S.C. § 552 (2016), see 6 C.F.R. Part 5.\n", "plain.yaml")
    case = write_spec(tmp_path, MINIMAL + "background: See Dep't of Air Force v. Rose, 425 U.S. 352 (1976).\n", "case.yaml")
    out = [subprocess.run([sys.executable, "-c", probe, str(p)], capture_output=True, text=True, env=env, cwd=ROOT).stdout.strip()
           for p in (plain, case)]
    assert out == ["False", "True"]


def test_render_leaves_the_case_warnings_to_validate(tmp_path):
    """render never loads eyecite (~0.3 s a process) and writes the letter; validate still warns at the words."""
    spec = write_spec(tmp_path, MINIMAL + "background: See Dep't of Air Force v. Rose, 425 U.S. 352 (1992).\n", "case.yaml")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    probe = ("import sys, pathlib; from foiagen.batch import Job; import foiagen.batch as b; "
             "from foiagen.pipeline import load_request; "
             "loaded = load_request(pathlib.Path(sys.argv[1]), deep=False); "
             "print('eyecite' in sys.modules, sorted({d.rule for d in loaded.diagnostics if d.rule.startswith('case-')}), loaded.ok)")
    out = subprocess.run([sys.executable, "-c", probe, str(spec)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert out.stdout.strip() == "False [] True", out.stderr
    rendered = subprocess.run([sys.executable, "-m", "foiagen", "render", str(spec), "-o", str(tmp_path / "out"), "-f", "txt"],
                              capture_output=True, text=True, env=env, cwd=ROOT)
    assert rendered.returncode == 0, rendered.stderr
    assert "case-year-mismatch" not in rendered.stdout + rendered.stderr
    letter = " ".join((tmp_path / "out" / "case.txt").read_text(encoding="utf-8").replace("\u00a0", " ").split())
    assert "425 U.S. 352 (1992)" in letter
    validated = subprocess.run([sys.executable, "-m", "foiagen", "validate", str(spec)], capture_output=True, text=True, env=env, cwd=ROOT)
    assert "case-year-mismatch" in validated.stdout
