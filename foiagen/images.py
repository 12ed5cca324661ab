"""Just enough of PNG and JPEG to know an image's kind and size, without decoding it.

Validation runs on every `foiagen validate`, so it must not import Pillow: the size comes
from the PNG IHDR chunk or the JPEG SOFn segment header.  The pixels themselves are only
decoded by a writer that needs them (the PDF writer, through reportlab).
"""

from __future__ import annotations

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# SOFn markers carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
_SOF_MARKERS = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}
# Markers that stand alone, without a length field: TEM, RST0-7, SOI.
_STANDALONE = frozenset([0x01, *range(0xD0, 0xD8), 0xD8])


class ImageError(ValueError):
    """The bytes are not a PNG or JPEG image whose size can be read."""


def image_info(data: bytes) -> tuple[str, int, int]:
    """(MIME type, width in pixels, height in pixels) of PNG or JPEG bytes; ImageError otherwise."""
    if data.startswith(PNG_SIGNATURE):
        return ("image/png", *_png_size(data))
    if data.startswith(b"\xff\xd8\xff"):
        return ("image/jpeg", *_jpeg_size(data))
    raise ImageError("it is not a PNG or JPEG image")


def _png_size(data: bytes) -> tuple[int, int]:
    # signature, then the first chunk must be IHDR: length (13), type, width, height
    if len(data) < 24 or data[12:16] != b"IHDR":
        raise ImageError("its PNG header (IHDR) is missing or cut short")
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if not width or not height:
        raise ImageError(f"its PNG header gives a size of {width}×{height} pixels")
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int]:
    pos, end = 2, len(data)
    while pos < end:
        if data[pos] != 0xFF:
            raise ImageError(f"its JPEG structure is broken at byte {pos}")
        while pos < end and data[pos] == 0xFF:  # fill bytes
            pos += 1
        if pos >= end:
            break
        marker = data[pos]
        pos += 1
        if marker in _STANDALONE:
            continue
        if marker in (0xD9, 0xDA):  # end of image, or image data before any frame header
            break
        if pos + 2 > end:
            break
        length = int.from_bytes(data[pos : pos + 2], "big")
        if length < 2:
            raise ImageError(f"its JPEG structure is broken at byte {pos}")
        if marker in _SOF_MARKERS:
            if length < 7 or pos + 7 > end:
                break
            height = int.from_bytes(data[pos + 3 : pos + 5], "big")
            width = int.from_bytes(data[pos + 5 : pos + 7], "big")
            if not width or not height:
                raise ImageError(f"its JPEG frame header gives a size of {width}×{height} pixels")
            return width, height
        pos += length
    raise ImageError("its JPEG frame header (SOF), which gives the size, is missing or cut short")


MAX_PIXELS = 12_000_000  # decoded, a logo of 12 megapixels takes ~48 MB; a decompression bomb far more


def check_image(data: bytes, mime: str, width: int, height: int) -> None:
    """ImageError where the image would cost too much to decode or cannot be decoded whole:
    more than MAX_PIXELS pixels; a PNG with a damaged chunk (CRC) or image data that ends
    early or runs on; a JPEG cut short (no end-of-image marker).  Uses zlib only (no Pillow)."""
    if width * height > MAX_PIXELS:
        raise ImageError(f"it is {width:,}×{height:,} pixels ({width * height:,}); logos are limited to {MAX_PIXELS:,} pixels")
    if mime == "image/png":
        _check_png(data, width, height)
    elif not data.rstrip(b"\x00").endswith(b"\xff\xd9"):
        raise ImageError("its JPEG data is cut short (no end-of-image marker)")


_PNG_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}  # colour type -> samples a pixel


def _check_png(data: bytes, width: int, height: int) -> None:
    import zlib

    pos, idat, header = 8, [], None
    while True:
        if pos + 12 > len(data):
            raise ImageError("its PNG data is cut short (no IEND chunk)")
        length = int.from_bytes(data[pos : pos + 4], "big")
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if pos + 12 + length > len(data):
            raise ImageError(f"its PNG data is cut short (in a {kind.decode('latin-1')} chunk)")
        if zlib.crc32(kind + body) != int.from_bytes(data[pos + 8 + length : pos + 12 + length], "big"):
            raise ImageError(f"its PNG {kind.decode('latin-1')} chunk is damaged (checksum mismatch)")
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat.append(body)
        elif kind == b"IEND":
            break
        pos += 12 + length
    depth, colour, interlace = header[8], header[9], header[12]
    row = 1 + (width * _PNG_CHANNELS.get(colour, 4) * depth + 7) // 8
    expected = row * height
    # Adam7 (interlaced) passes add filter bytes and rounding: at most ~15 bytes a row
    cap = expected + 1 if not interlace else expected + 15 * height + 64
    inflater, got = zlib.decompressobj(), 0
    try:
        for body in idat:
            chunk = inflater.decompress(body, cap - got)
            got += len(chunk)
            while inflater.unconsumed_tail and got < cap:
                chunk = inflater.decompress(inflater.unconsumed_tail, cap - got)
                got += len(chunk)
            if got >= cap or (got > expected and not interlace):
                raise ImageError("its PNG image data holds more than its size says")
    except zlib.error:
        raise ImageError("its PNG image data is damaged (it does not decompress)") from None
    if not inflater.eof or (not interlace and got != expected):
        raise ImageError("its PNG image data is cut short")
