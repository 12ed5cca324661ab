"""Files a spec names that are read while it is validated (writers never open files): letterhead logos."""

from __future__ import annotations

from pathlib import Path

from .. import model as m
from ..source import Node, display_path
from .reader import Context, read_path


MAX_LOGO_BYTES = 2 * 1024 * 1024


MAX_LOGO_SIDE = 10_000  # pixels: no letterhead needs more, and a writer must decode it


def read_logo(ctx: Context, node: Node) -> m.Logo | None:
    """A PNG or JPEG file (a path relative to the file that names it), read now: writers do no I/O."""
    value = read_path(ctx, node, "'logo'")
    if value is None:
        return None
    if not value:
        if node.kind == "str":
            ctx.error(node, "'logo' must name an image file", "wrong-type")
        return None
    path = Path(node.file).parent / value
    display = display_path(path.resolve())
    hint = "a logo is a PNG or JPEG file of at most 2 MB"
    from ..confine import RefusedRead, read_limited

    try:
        data = read_limited(path, MAX_LOGO_BYTES, ctx.allowed_roots(node))
    except FileNotFoundError:
        ctx.error(node, f"logo file {value!r} not found (looked for {display})", "logo-not-found",
                  hint="the path is relative to the spec file that names it")
        return None
    except RefusedRead as exc:
        if exc.rule == "file-too-large":
            ctx.error(node, f"logo {value!r} {exc.message} (2 MB)", "bad-logo", hint="save a smaller version of the image")
        elif exc.rule == "read-outside-root":
            ctx.error(node, f"logo {value!r}: {exc.message}", exc.rule)
        else:
            ctx.error(node, f"logo {value!r} {exc.message} (looked at {display})", "bad-logo", hint=hint)
        return None
    from ..images import ImageError, image_info

    try:
        mime, width, height = image_info(data)
    except ImageError as exc:
        ctx.error(node, f"logo {value!r} cannot be used: {exc}", "bad-logo", hint=hint)
        return None
    if max(width, height) > MAX_LOGO_SIDE:
        ctx.error(node, f"logo {value!r} is {width:,}×{height:,} pixels; logos are limited to {MAX_LOGO_SIDE:,} pixels a side",
                  "bad-logo", hint="save a smaller version of the image")
        return None
    from ..images import check_image

    try:
        check_image(data, mime, width, height)  # a damaged image or a decompression bomb, refused here, not in a writer
    except ImageError as exc:
        ctx.error(node, f"logo {value!r} cannot be used: {exc}", "bad-logo", hint="save the image again, smaller")
        return None
    return m.Logo(data, mime, width, height, path.name)
