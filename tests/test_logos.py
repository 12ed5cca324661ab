"""Letterhead logos: read and checked when the spec is validated, drawn by the PDF and DOCX writers."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image as PILImage

from foiagen.document import Image, Letterhead
from foiagen.images import ImageError, image_info
from foiagen.letterxml import LetterXMLError, parse_letter
from foiagen.model import Logo
from foiagen.pipeline import load_request, render_outputs
from foiagen.render import render_document
from foiagen.writers import LOGO_MAX_HEIGHT, LOGO_ROW_WIDTH, logo_row
from foiagen.writers.docx import write_docx
from foiagen.writers.pdf import write_pdf
from conftest import EXAMPLES, MINIMAL, ROOT, write_spec

EXAMPLE = ROOT / "examples" / "letterhead-logo.yaml"
ORG = "Example Clinic"
EMU = 12700  # per point


def image_bytes(fmt: str = "PNG", size=(300, 120), mode: str = "RGB", **save) -> bytes:
    """A small picture with some shapes on it (not one colour: encoders treat flat images specially)."""
    from PIL import ImageDraw

    im = PILImage.new("RGB", size, "white")
    draw = ImageDraw.Draw(im)
    w, h = size
    draw.ellipse((w // 10, h // 10, w // 2, h - h // 10), fill=(24, 52, 96))
    draw.rectangle((w // 2 + 4, h // 3, w - w // 10, h // 2), fill=(201, 150, 40))
    if mode == "RGBA":
        im = im.convert("RGBA")
        im.putalpha(PILImage.new("L", size, 0).point(lambda _: 0))
        ImageDraw.Draw(im).ellipse((w // 10, h // 10, w // 2, h - h // 10), fill=(24, 52, 96, 255))
    elif mode != "RGB":
        im = im.convert(mode)
    out = BytesIO()
    im.save(out, fmt, **save)
    return out.getvalue()


def spec_with_logo(value: str, requester_extra: str = "") -> str:
    return MINIMAL.replace("  - organization: Example Clinic\n",
                           f"  - organization: Example Clinic\n    logo: {value}\n{requester_extra}", 1)


LOGO_LINE, LOGO_COL = 6, 11  # where `logo:`'s value sits in spec_with_logo


# -- loading ---------------------------------------------------------------------------
VALID = [
    ("rgb.png", lambda: image_bytes("PNG"), "image/png", 300, 120),
    ("grey.png", lambda: image_bytes("PNG", (64, 200), "L"), "image/png", 64, 200),
    ("palette.png", lambda: image_bytes("PNG", (50, 20), "P", optimize=True), "image/png", 50, 20),
    ("alpha.png", lambda: image_bytes("PNG", (120, 80), "RGBA"), "image/png", 120, 80),
    ("interlaced.png", lambda: image_bytes("PNG", (33, 17), interlace=1), "image/png", 33, 17),
    ("logo.jpg", lambda: image_bytes("JPEG", (640, 480)), "image/jpeg", 640, 480),
    ("progressive.jpeg", lambda: image_bytes("JPEG", (101, 57), progressive=True), "image/jpeg", 101, 57),
    ("grey.jpg", lambda: image_bytes("JPEG", (20, 300), "L"), "image/jpeg", 20, 300),
    ("cmyk.jpg", lambda: image_bytes("JPEG", (90, 30), "CMYK"), "image/jpeg", 90, 30),
    ("exif.jpg", lambda: image_bytes("JPEG", (70, 40), exif=b"Exif\x00\x00" + b"MM\x00*\x00\x00\x00\x08" + b"\x00" * 64),
     "image/jpeg", 70, 40),
    ("named.PNG", lambda: image_bytes("PNG", (10, 10)), "image/png", 10, 10),  # the name does not decide the kind
    ("really-a-png.jpg", lambda: image_bytes("PNG", (12, 34)), "image/png", 12, 34),
]


@pytest.mark.parametrize("name, make, mime, width, height", VALID, ids=[v[0] for v in VALID])
def test_valid_logos_load_with_their_kind_and_size(tmp_path, name, make, mime, width, height):
    data = make()
    (tmp_path / name).write_bytes(data)
    loaded = load_request(write_spec(tmp_path, spec_with_logo(name)))
    assert [d.parsable() for d in loaded.diagnostics if d.level == "error"] == []
    logo = loaded.request.requesters[0].logo
    assert (logo.mime, logo.width_px, logo.height_px, logo.name) == (mime, width, height, name)
    assert logo.data == data


def _big_png_header(width: int, height: int) -> bytes:
    return b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\x0dIHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big") + b"\x08\x02\x00\x00\x00"


BAD = [
    # (case, file name written, its bytes or None for none, value in the spec, rule, words of the message)
    ("missing file", None, None, "nowhere.png", "logo-not-found", "not found"),
    ("missing folder", None, None, "art/logo.png", "logo-not-found", "not found"),
    ("text file", "logo.png", b"this is not a picture\n", "logo.png", "bad-logo", "not a PNG or JPEG"),
    ("GIF", "logo.gif", b"GIF89a\x01\x00\x01\x00\x00\x00\x00;", "logo.gif", "bad-logo", "not a PNG or JPEG"),
    ("SVG", "logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "logo.svg", "bad-logo", "not a PNG or JPEG"),
    ("empty file", "logo.png", b"", "logo.png", "bad-logo", "not a PNG or JPEG"),
    ("PNG cut after its signature", "logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "logo.png", "bad-logo", "IHDR"),
    ("PNG of zero width", "logo.png", _big_png_header(0, 10), "logo.png", "bad-logo", "0×10"),
    ("PNG too many pixels", "logo.png", _big_png_header(20_000, 100), "logo.png", "bad-logo", "10,000 pixels"),
    ("JPEG without a frame header", "logo.jpg", b"\xff\xd8\xff\xd9", "logo.jpg", "bad-logo", "SOF"),
    ("JPEG cut in a segment", "logo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "logo.jpg", "bad-logo", "SOF"),
    ("JPEG with garbage between segments", "logo.jpg", b"\xff\xd8\xff\xe0\x00\x04ab\x00\x00", "logo.jpg", "bad-logo",
     "broken"),
    ("larger than 2 MB", "logo.png", None, "logo.png", "bad-logo", "2 MB"),  # bytes made below
    ("a folder", "art", None, "art", "bad-logo", "a folder"),
]


@pytest.mark.parametrize("case, filename, data, value, rule, words", BAD, ids=[b[0] for b in BAD])
def test_bad_logos_are_reported_at_the_logo_value(tmp_path, case, filename, data, value, rule, words):
    if case == "larger than 2 MB":
        data = image_bytes("PNG", (40, 40)) + b"\x00" * (2 * 1024 * 1024)
    if case == "a folder":
        (tmp_path / filename).mkdir()
    elif filename is not None:
        (tmp_path / filename).write_bytes(data)
    loaded = load_request(write_spec(tmp_path, spec_with_logo(value)))
    hits = [d for d in loaded.diagnostics if d.rule == rule]
    assert len(hits) == 1, [d.parsable() for d in loaded.diagnostics]
    hit = hits[0]
    assert (hit.level, hit.line, hit.column, hit.file.endswith("spec.yaml")) == ("error", LOGO_LINE, LOGO_COL, True)
    assert words in hit.message and repr(value) in hit.message
    assert not loaded.ok


@pytest.mark.parametrize("value", ['""', "[a.png]", "{file: a.png}"])
def test_a_logo_must_be_a_path(tmp_path, value):
    loaded = load_request(write_spec(tmp_path, spec_with_logo(value)))
    assert [(d.rule, d.line, d.column) for d in loaded.diagnostics if d.level == "error"] == [("wrong-type", LOGO_LINE, LOGO_COL)]


def test_an_empty_logo_key_means_no_logo(tmp_path):
    loaded = load_request(write_spec(tmp_path, spec_with_logo("")))
    assert loaded.request.requesters[0].logo is None


def test_a_logo_in_an_included_profile_is_found_beside_that_file(tmp_path):
    (tmp_path / "parts").mkdir()
    (tmp_path / "parts" / "logo.png").write_bytes(image_bytes("PNG", (80, 40)))
    (tmp_path / "parts" / "clinic.part.yaml").write_text("organization: Example Clinic\nlogo: logo.png\n", encoding="utf-8")
    spec = MINIMAL.replace("  - organization: Example Clinic\n", "  - include: parts/clinic.part.yaml\n", 1)
    loaded = load_request(write_spec(tmp_path, spec))
    assert loaded.ok and loaded.request.requesters[0].logo.width_px == 80
    (tmp_path / "parts" / "clinic.part.yaml").write_text("organization: Example Clinic\nlogo: missing.png\n", encoding="utf-8")
    hit = [d for d in load_request(tmp_path / "spec.yaml").diagnostics if d.rule == "logo-not-found"][0]
    assert (hit.file.endswith("clinic.part.yaml"), hit.line, hit.column) == (True, 2, 7)


@pytest.mark.parametrize("data, expected", [
    (image_bytes("PNG", (7, 9)), ("image/png", 7, 9)),
    (image_bytes("JPEG", (9, 7)), ("image/jpeg", 9, 7)),
    # a baseline frame header after APP and DQT segments and fill bytes
    (b"\xff\xd8\xff\xe1\x00\x04ab\xff\xff\xdb\x00\x03x\xff\xc0\x00\x0b\x08\x00\x2a\x01\x00\x01\x01\x11\x00", ("image/jpeg", 256, 42)),
    # DHT (C4) is not a frame header even though it sits among the SOF markers
    (b"\xff\xd8\xff\xc4\x00\x07\x00\x05\x00\x07\x00\xff\xc2\x00\x0b\x08\x00\x05\x00\x06\x01\x01\x11\x00", ("image/jpeg", 6, 5)),
])
def test_image_info_reads_only_the_header(data, expected):
    assert image_info(data) == expected


@pytest.mark.parametrize("data", [b"", b"BM\x00\x00", b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"\xff\xd8\xff\xda\x00\x02"])
def test_image_info_refuses_what_it_cannot_size(data):
    with pytest.raises(ImageError):
        image_info(data)


def test_validation_does_not_import_pillow_or_the_writers():
    code = ("import sys; from pathlib import Path; from foiagen.pipeline import load_request; "
            f"assert load_request(Path({str(EXAMPLE)!r})).ok; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PIL', 'reportlab', 'docx', 'lxml')))")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert out.strip() == "[]"


def test_a_logo_keeps_its_bytes_out_of_its_repr():
    logo = Logo(b"\x89PNG" * 1000, "image/png", 4, 3, "logo.png")
    assert "PNG" not in repr(logo) and "logo.png" in repr(logo)
    assert "PNG" not in repr(Image(logo.data, logo.mime, 4, 3, "Org"))


# -- the layout shared by the writers ----------------------------------------------------
def _img(w, h):
    return Image(b"", "image/png", w, h)


def test_logos_are_at_most_three_quarters_of_an_inch_high_with_their_aspect_ratio():
    (w, h), = logo_row([_img(300, 120)])[0]
    assert (w, h) == (135.0, 54.0)
    (w, h), = logo_row([_img(32, 16)])[0]  # small logos keep their size (96 pixels an inch)
    assert (w, h) == (24.0, 12.0)


def test_a_row_of_logos_fits_the_text_width():
    logos = [_img(1200, 300), _img(800, 400), _img(600, 600), _img(2000, 200)]
    sizes, gap = logo_row(logos)
    assert sum(w for w, _ in sizes) + gap * (len(sizes) - 1) == pytest.approx(LOGO_ROW_WIDTH)
    for logo, (w, h) in zip(logos, sizes):
        assert h <= LOGO_MAX_HEIGHT and w / h == pytest.approx(logo.width_px / logo.height_px)
    sizes, gap = logo_row([_img(10, 10)] * 60)  # even many logos fit, gaps and all
    assert sum(w for w, _ in sizes) + gap * 59 == pytest.approx(LOGO_ROW_WIDTH) and gap > 0


# -- rendering ----------------------------------------------------------------------------
@pytest.fixture(scope="module")
def example():
    loaded = load_request(EXAMPLE)
    assert loaded.ok and loaded.diagnostics == []
    return loaded.request


@pytest.fixture(scope="module")
def outputs(example):
    return render_outputs(example, ["pdf", "docx", "txt"])


def test_the_example_is_shipped_with_a_small_logo(example):
    assert EXAMPLE in EXAMPLES
    logo = example.requesters[0].logo
    assert (logo.mime, logo.width_px, logo.height_px) == ("image/png", 300, 120)
    assert (ROOT / "examples" / "parts" / "logo.png").stat().st_size < 20_000


def test_the_letterhead_carries_the_logo_described_by_its_organization(example):
    head = render_document(example).blocks[0]
    assert isinstance(head, Letterhead) and head.names == ("Example Immigrant Legal Clinic",)
    (image,) = head.logos
    assert (image.data, image.mime, image.width_px, image.height_px, image.description) == (
        example.requesters[0].logo.data, "image/png", 300, 120, "Example Immigrant Legal Clinic")


def _spec_with_logos(tmp_path, files: dict[str, bytes], requesters: str) -> Path:
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return write_spec(tmp_path, MINIMAL.replace("requesters:\n  - organization: Example Clinic\n", "requesters:\n" + requesters, 1))


@pytest.fixture(scope="module")
def three_requesters(tmp_path_factory):
    """Two logos (one transparent PNG, one JPEG), a requester without one, one out of the letterhead."""
    tmp = tmp_path_factory.mktemp("three")
    path = _spec_with_logos(tmp, {"a.png": image_bytes("PNG", (400, 100), "RGBA"), "b.jpg": image_bytes("JPEG", (200, 200))}, (
        "  - {organization: Alpha Org, logo: a.png}\n"
        "  - {organization: Beta Org, logo: b.jpg}\n"
        "  - {organization: Gamma Org}\n"
        "  - {organization: Delta Org, logo: a.png, letterhead: \"false\"}\n"))
    loaded = load_request(path)
    assert loaded.ok, [d.parsable() for d in loaded.diagnostics]
    return loaded.request


def test_only_letterhead_requesters_with_a_logo_get_one_in_order(three_requesters):
    head = render_document(three_requesters).blocks[0]
    assert head.names == ("Alpha Org", "Beta Org", "Gamma Org")
    assert [(i.description, i.mime) for i in head.logos] == [("Alpha Org", "image/png"), ("Beta Org", "image/jpeg")]


def test_letter_xml_names_images_it_was_given():
    meta = '<meta title="t" author="a" subject="s"/>'
    image = Image(b"x", "image/png", 1, 1, "Org")
    doc = parse_letter(f'<letter>{meta}<letterhead><logo ref="a"/><name>Org</name></letterhead></letter>', images={"a": image})
    assert doc.blocks[0] == Letterhead(("Org",), (image,))
    with pytest.raises(LetterXMLError, match="names no image"):
        parse_letter(f'<letter>{meta}<letterhead><logo ref="b"/><name>Org</name></letterhead></letter>', images={"a": image})


def test_txt_prints_the_names_only(outputs):
    text = outputs["txt"].decode()
    assert "Example Immigrant Legal Clinic" in text.splitlines()[0] and "logo" not in text.lower()


# -- PDF --------------------------------------------------------------------------------
def _pdfimages(data: bytes, tmp_path: Path) -> list[dict]:
    if not shutil.which("pdfimages"):
        pytest.skip("pdfimages (poppler-utils) is not installed")
    pdf = tmp_path / "images.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(["pdfimages", "-list", str(pdf)], check=True, capture_output=True, text=True).stdout
    keys = out.splitlines()[0].split()
    return [dict(zip(keys, line.split())) for line in out.splitlines()[2:]]


def test_pdf_draws_the_logo_on_page_one(outputs, tmp_path):
    from pypdf import PdfReader

    reader = PdfReader(BytesIO(outputs["pdf"]))
    images = reader.pages[0].images
    assert len(images) == 1 and images[0].image.size == (300, 120)
    assert all(not page.images for page in reader.pages[1:])
    (row,) = _pdfimages(outputs["pdf"], tmp_path)
    # 300 pixels drawn 135 points (1.875 inch) wide, 120 pixels 54 points high: 160 ppi both ways
    assert (row["page"], row["width"], row["height"], row["x-ppi"], row["y-ppi"]) == ("1", "300", "120", "160", "160")


def test_pdf_logo_is_centred_at_the_top_above_the_names(outputs, tmp_path):
    from pypdf import PdfReader

    content = PdfReader(BytesIO(outputs["pdf"])).pages[0].get_contents().get_data().decode("latin-1")
    # the row is placed (translate), then the picture drawn scaled: "w 0 0 h x y cm /FormXob.… Do"
    m = re.search(r"1 0 0 1 ([\d.]+) ([\d.]+) cm\s+q\s+([\d.]+) 0 0 ([\d.]+) ([\d.]+) ([\d.]+) cm\s+/FormXob\.\w+ Do", content)
    row_x, row_y, w, h, x, y = map(float, m.groups())
    assert (w, h) == (135.0, 54.0)
    assert row_x + x + w / 2 == pytest.approx(306.0)  # centred on the page
    assert row_y + y + h == pytest.approx(792.0 - 72.0)  # at the top of the text area
    text = subprocess.run(["pdftotext", "-layout", "-f", "1", "-l", "1", "-", "-"], input=outputs["pdf"],
                          capture_output=True, check=True).stdout.decode() if shutil.which("pdftotext") else ""
    if text:
        assert text.lstrip().startswith("Example Immigrant Legal Clinic")  # the names come right after


def test_pdf_with_several_logos_keeps_transparency_and_the_jpeg(three_requesters, tmp_path):
    data = render_outputs(three_requesters, ["pdf"])["pdf"]
    rows = _pdfimages(data, tmp_path)
    kinds = sorted((r["type"], r["width"], r["height"], r["enc"]) for r in rows)
    assert kinds == [("image", "200", "200", "jpeg"), ("image", "400", "100", "image"), ("smask", "400", "100", "image")]
    assert all(r["page"] == "1" for r in rows)


def test_pdf_is_byte_identical_across_renders_and_processes(example, outputs):
    assert write_pdf(render_document(example)) == outputs["pdf"]
    code = ("import sys; from pathlib import Path; from foiagen.pipeline import load_request, render_outputs; "
            f"sys.stdout.buffer.write(render_outputs(load_request(Path({str(EXAMPLE)!r})).request, ['pdf'])['pdf'])")
    fresh = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True).stdout
    assert fresh == outputs["pdf"]


def test_a_logo_that_cannot_be_decoded_is_a_writer_error_not_a_broken_pdf():
    from foiagen.writers import WriterError

    broken = _big_png_header(30, 20) + b"\x00\x00\x00\x01IDATx" + b"\x00" * 8  # a valid header, then nonsense
    doc = parse_letter('<letter><meta title="t" author="a" subject="s"/><letterhead><logo ref="1"/><name>Org</name>'
                       '</letterhead></letter>', images={"1": Image(broken, "image/png", 30, 20, "Broken Org")})
    with pytest.raises(WriterError, match="logo of Broken Org cannot be decoded"):
        write_pdf(doc)


# -- DOCX -------------------------------------------------------------------------------
NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}


def _docx_parts(data: bytes):
    from lxml import etree

    with zipfile.ZipFile(BytesIO(data)) as zf:
        names = zf.namelist()
        xml = {n: etree.fromstring(zf.read(n)) for n in names if n.endswith((".xml", ".rels"))}
        media = {n: zf.read(n) for n in names if n.startswith("word/media/")}
    return names, xml, media


def test_docx_embeds_the_logo_as_an_inline_picture(example, outputs):
    names, xml, media = _docx_parts(outputs["docx"])
    assert media == {"word/media/image1.png": example.requesters[0].logo.data}
    rels = {r.get("Id"): r for r in xml["word/_rels/document.xml.rels"].findall("rel:Relationship", NS)}
    defaults = {d.get("Extension"): d.get("ContentType") for d in xml["[Content_Types].xml"].findall("ct:Default", NS)}
    assert defaults["png"] == "image/png" and "jpeg" not in defaults
    body = xml["word/document.xml"].find("w:body", NS)
    logo_p, names_p = body.findall("w:p", NS)[:2]
    assert logo_p.find("w:pPr/w:pStyle", NS).get(f"{{{NS['w']}}}val") == "FOIALetterheadLogos"
    assert names_p.find("w:pPr/w:pStyle", NS).get(f"{{{NS['w']}}}val") == "FOIALetterhead"
    (inline,) = logo_p.findall("w:r/w:drawing/wp:inline", NS)
    extent = inline.find("wp:extent", NS)
    assert (int(extent.get("cx")), int(extent.get("cy"))) == (135 * EMU, 54 * EMU)
    assert inline.find("wp:docPr", NS).get("descr") == "Example Immigrant Legal Clinic"
    rid = inline.find(".//a:blip", NS).get(f"{{{NS['r']}}}embed")
    assert rels[rid].get("Type").endswith("/image") and rels[rid].get("Target") == "media/image1.png"


def test_docx_without_logos_has_no_media_or_picture_content_types(tmp_path):
    loaded = load_request(write_spec(tmp_path, MINIMAL))
    names, xml, media = _docx_parts(render_outputs(loaded.request, ["docx"])["docx"])
    assert media == {} and b"image/" not in zipfile.ZipFile(BytesIO(render_outputs(loaded.request, ["docx"])["docx"])).read("[Content_Types].xml")


def test_docx_several_logos_share_one_part_per_picture(three_requesters):
    data = render_outputs(three_requesters, ["docx"])["docx"]
    names, xml, media = _docx_parts(data)
    assert sorted(media) == ["word/media/image1.png", "word/media/image2.jpeg"]
    defaults = {d.get("Extension"): d.get("ContentType") for d in xml["[Content_Types].xml"].findall("ct:Default", NS)}
    assert (defaults["png"], defaults["jpeg"]) == ("image/png", "image/jpeg")
    inlines = xml["word/document.xml"].findall(".//wp:inline", NS)
    assert [i.find("wp:docPr", NS).get("descr") for i in inlines] == ["Alpha Org", "Beta Org"]
    ids = [i.find("wp:docPr", NS).get("id") for i in inlines]
    assert len(set(ids)) == len(ids)
    # the same layout as the PDF: one row, 0.75 inch high at most, aspect ratios kept
    sizes, _ = logo_row([Image(b"", "image/png", 400, 100), Image(b"", "image/jpeg", 200, 200)])
    assert [(int(i.find("wp:extent", NS).get("cx")), int(i.find("wp:extent", NS).get("cy"))) for i in inlines] == \
        [(round(w * EMU), round(h * EMU)) for w, h in sizes]


def test_the_same_picture_twice_is_stored_once(tmp_path):
    path = _spec_with_logos(tmp_path, {"a.png": image_bytes("PNG", (90, 30))},
                            "  - {organization: One Org, logo: a.png}\n  - {organization: Two Org, logo: a.png}\n")
    names, xml, media = _docx_parts(render_outputs(load_request(path).request, ["docx"])["docx"])
    blips = [b.get(f"{{{NS['r']}}}embed") for b in xml["word/document.xml"].iter(f"{{{NS['a']}}}blip")]
    assert list(media) == ["word/media/image1.png"] and len(blips) == 2 and len(set(blips)) == 1


def test_docx_is_byte_identical_across_renders(example, outputs):
    assert write_docx(render_document(example)) == outputs["docx"]


def test_python_docx_reopens_the_docx_with_its_picture(outputs):
    import docx

    document = docx.Document(BytesIO(outputs["docx"]))
    (shape,) = document.inline_shapes
    assert (shape.width, shape.height) == (135 * EMU, 54 * EMU)
    rid = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
    assert document.part.related_parts[rid].blob[:8] == b"\x89PNG\r\n\x1a\n"
    assert document.paragraphs[1].text == "Example Immigrant Legal Clinic"


@pytest.mark.slow
def test_libreoffice_converts_the_docx_and_shows_the_logo(outputs, tmp_path):
    if not shutil.which("soffice"):
        pytest.skip("LibreOffice (soffice) is not installed")
    docx_path = tmp_path / "logo.docx"
    docx_path.write_bytes(outputs["docx"])
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
                   check=True, capture_output=True, timeout=180)
    rows = _pdfimages((tmp_path / "logo.pdf").read_bytes(), tmp_path)
    assert [(r["page"], r["width"], r["height"]) for r in rows if r["type"] == "image"] == [("1", "300", "120")]
    # drawn at the same size as in foiagen's own PDF: 160 pixels an inch
    assert {(r["x-ppi"], r["y-ppi"]) for r in rows} == {("160", "160")}
