"""Red-team findings K1–K5 (cosmetic), each rebuilt from its reproduction."""

from __future__ import annotations

from hostile import edit, foiagen, spec


def _txt(tmp_path, text: str, name: str = "k.yaml") -> str:
    spec(tmp_path, text, name)
    proc = foiagen("render", name, "-o", "out", "-f", "txt", cwd=tmp_path)
    assert proc.returncode == 0, proc.out
    return (tmp_path / "out" / name.replace(".yaml", ".txt")).read_text(encoding="utf-8")


def test_K1_a_bare_mailto_is_printed_once_in_the_txt(tmp_path):
    text = _txt(tmp_path, edit("", 'background:\n  - "write mailto:a@b.c now"\n'))
    assert "write mailto:a@b.c now" in text and "<mailto:" not in text


def test_K2_an_escaped_mark_in_plain_fields_loses_its_backslash(tmp_path):
    text = _txt(tmp_path, edit("subject: Records about detention contracts", "subject: Note \\[^x] here"))
    assert "Re: Note [^x] here" in text and "\\[^" not in text


def test_K3_invisible_characters_the_pdf_drops_are_warned_where_they_stand(tmp_path):
    spec(tmp_path, edit("title: Short title", 'title: "Short\\u2060title\\ufeff"'), "k3.yaml")
    proc = foiagen("validate", "k3.yaml", cwd=tmp_path)
    assert proc.returncode == 0  # a warning, not an error
    assert proc.stdout.startswith("k3.yaml:2:8: warning invisible character U+2060 (WORD JOINER) at position 6")
    # a soft hyphen and a zero-width space are wanted on purpose: no warning
    spec(tmp_path, edit("title: Short title", 'title: "Short\\u00adti\\u200btle"'), "ok.yaml")
    assert foiagen("validate", "ok.yaml", cwd=tmp_path).stdout == ""


def test_K4_characters_and_links_are_named_rightly(tmp_path):
    spec(tmp_path, edit("", 'background:\n  - "a\\ue000b"\n'), "pua.yaml")
    assert "U+E000 (private-use character)" in foiagen("validate", "pua.yaml", cwd=tmp_path).stdout
    text = _txt(tmp_path, edit("", 'background:\n  - ["see ", {link: "HTTPS://EXAMPLE.ORG", text: "the site"}]\n'), "up.yaml")
    assert "the site <https://EXAMPLE.ORG>" in text
    spec(tmp_path, edit("", 'background:\n  - ["see ", {link: "http://"}, " or ", {link: "mailto:"}]\n'), "empty.yaml")
    out = foiagen("validate", "empty.yaml", cwd=tmp_path).stdout
    assert "link 'http://' names no address (bad-link)" in out and "link 'mailto:' names no address (bad-link)" in out


def test_K5_pdf_link_targets_are_percent_encoded(tmp_path):
    from io import BytesIO

    from pypdf import PdfReader

    spec(tmp_path, edit("", 'background:\n  - ["see ", {link: "https://example.org/a b/é", text: "here"}]\n'), "k5.yaml")
    assert foiagen("render", "k5.yaml", "-o", "out", "-f", "pdf", cwd=tmp_path).returncode == 0
    reader = PdfReader(BytesIO((tmp_path / "out" / "k5.pdf").read_bytes()))
    uris = [a.get_object()["/A"]["/URI"] for page in reader.pages for a in page.get("/Annots") or []]
    assert "https://example.org/a%20b/%C3%A9" in uris
