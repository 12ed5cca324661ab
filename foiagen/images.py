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
