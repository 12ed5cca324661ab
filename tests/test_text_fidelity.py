"""User text is never read as markup, and every character reaches every format (or is refused, located)."""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foiagen.pipeline import load_request, render_outputs
from conftest import MINIMAL, docx_text, fold, normalize, pdf_text, write_spec

# Text that markup languages would eat; each must print exactly as written.
LITERALS = [
    "AT&T and Q&A; R&D",
    "<https://clearview.ai/privacy?a=1&b=2>",
    "*all* and _under_ and project_name_v2",
    "# not a heading",
    "1. not a list",
    "<b>not bold</b> <script>alert(1)</script>",
    "&amp; &copy; &#169; &nbsp;",
    "a < b and c > d; x<y; if a<b>c",
    "[link](http://x) `code` ~~strike~~ \\backslash",
    "{{ not jinja }} {% nor this %} {# nor this #}",
    "“curly” ‘quotes’ — dashes – § 552 ¶ … €",
    "Nguyễn Văn Ư, José Peña, Ελληνικά, Кириллица",
]


def spec_with(text: str, ascii_only: bool = False) -> str:
    # JSON strings are valid YAML double-quoted scalars: a safe way to embed any text
    # (with ascii_only, even lone surrogates, written as \ud800 escapes)
    return MINIMAL.replace("    - All contracts since 2024.", f"    - {json.dumps(text, ensure_ascii=ascii_only)}")


def texts(tmp_path, spec: str, formats=("txt", "docx", "pdf")) -> dict[str, str]:
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok, loaded.diagnostics
    out = render_outputs(loaded.request, list(formats))
    result = {}
    for fmt, data in out.items():
        if fmt == "pdf":
            result[fmt] = normalize(pdf_text(data, tmp_path))
        elif fmt == "docx":
            result[fmt] = normalize(docx_text(data))
        else:
            result[fmt] = normalize(data.decode())
    return result


@pytest.mark.parametrize("literal", LITERALS)
def test_literal_text_prints_as_written_in_every_format(tmp_path, literal):
    for fmt, text in texts(tmp_path, spec_with(literal)).items():
        assert fold(literal) in fold(text), fmt


# Printable text the letter's font can draw (no control characters): letters from several
# scripts and all ASCII punctuation.  Characters outside the font are refused (lint's
# unprintable-character; see test_any_text_renders_or_is_refused_with_a_location).
from foiagen.rules.characters import font_coverage  # noqa: E402

ALPHABET = st.characters(
    whitelist_categories=("Lu", "Ll", "Nd", "Po", "Ps", "Pe", "Pd", "Sm", "Sc", "Zs"),
    max_codepoint=0x04FF,
).filter(lambda ch: ch in font_coverage()) | st.sampled_from(list(string.punctuation) + list("ễưĐđ€§¶…“”‘’"))


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(ALPHABET, min_size=1, max_size=60).filter(lambda t: t.strip()))
def test_any_printable_text_round_trips_through_txt_and_docx(tmp_path, text):
    rendered = texts(tmp_path, spec_with("Item " + text), formats=("txt", "docx"))
    for fmt, out in rendered.items():
        assert fold("Item " + text) in fold(out), fmt


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=30))
def test_any_text_renders_or_is_refused_with_a_location(tmp_path, text):
    loaded = load_request(write_spec(tmp_path, spec_with("Item " + text, ascii_only=True)))
    if loaded.ok:
        render_outputs(loaded.request, ["txt", "docx"])
    else:
        assert all(d.line >= 1 and d.column >= 1 and d.rule for d in loaded.diagnostics)
