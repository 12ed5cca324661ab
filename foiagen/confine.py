"""Confined reads: every file foiagen opens on a spec's or template's say-so, checked first.

A spec's `include:` and `logo:` and a template's `{% include %}`/`{% import %}` may name
only regular files inside the allowed roots (the spec's or template's own folder tree, plus
any `--root` the user gives), after every symlink is resolved; never a device, FIFO or
folder; never more than a size limit.  A refusal says why without reading (or quoting) the
file, so a hostile pull request cannot print a secret into a CI log.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path


class RefusedRead(Exception):
    """A read foiagen will not do; `rule` is the diagnostic's rule id."""

    def __init__(self, message: str, rule: str):
        super().__init__(message)
        self.message, self.rule = message, rule


def inside(path: Path, roots) -> bool:
    """Whether the resolved `path` lies in one of the (resolved) `roots`."""
    return any(path == root or root in path.parents for root in roots)


def resolve_roots(roots) -> tuple[Path, ...]:
    return tuple(dict.fromkeys(Path(r).resolve() for r in roots))


def check_confined(path: Path, roots) -> Path:
    """`path` with every symlink resolved; RefusedRead where that leaves the allowed roots."""
    if "\x00" in str(path):  # no file system takes a NUL in a name (os calls raise ValueError)
        raise RefusedRead("has a NUL character in its name; no such file can exist", "file-unreadable")
    resolved = Path(os.path.realpath(path))
    if roots is not None and not inside(resolved, roots):
        allowed = ", ".join(str(r) for r in roots) or "nothing"
        via = " (through a symlink)" if inside(Path(os.path.abspath(path)), roots) else ""
        raise RefusedRead(f"refused to read a file outside the allowed folders{via}; allowed: {allowed} "
                          "(add a folder with --root)", "read-outside-root")
    return resolved


def read_limited(path: Path, limit: int, roots=None) -> bytes:
    """The bytes of a regular file of at most `limit` bytes, inside `roots` (None: anywhere).

    FileNotFoundError where there is no such file; RefusedRead for everything foiagen will
    not read.  The file is opened without blocking (a FIFO never hangs) and checked with
    fstat before a byte is read (a device never streams).
    """
    resolved = check_confined(path, roots)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(resolved, flags)
    except FileNotFoundError:
        raise FileNotFoundError(str(path)) from None
    except IsADirectoryError:
        raise RefusedRead("is a folder, not a file", "not-a-file") from None
    except OSError as exc:
        raise RefusedRead(f"cannot be read: {exc.strerror or exc}", "file-unreadable") from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise RefusedRead("is a folder, not a file", "not-a-file")
        if not stat.S_ISREG(info.st_mode):
            raise RefusedRead("is not a regular file (a device, FIFO or socket); refused", "not-a-file")
        if info.st_size > limit:
            raise RefusedRead(f"is {info.st_size:,} bytes; the limit is {limit:,}", "file-too-large")
        chunks, size = [], 0
        while size <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > limit:
            raise RefusedRead(f"is more than {limit:,} bytes, the limit", "file-too-large")
        return b"".join(chunks)
    except OSError as exc:
        raise RefusedRead(f"cannot be read: {exc.strerror or exc}", "file-unreadable") from None
    finally:
        os.close(fd)
