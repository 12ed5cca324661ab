"""foiagen's cache folder: things worth keeping between runs, each checked against its source.

The folder is $FOIAGEN_CACHE_DIR, else $XDG_CACHE_HOME/foiagen, else ~/.cache/foiagen; an
empty FOIAGEN_CACHE_DIR turns every cache off.  Where no folder can be made or written (a
read-only home, a locked-down CI runner) foiagen simply works without one.  A cache is never
trusted over its source: each entry is keyed by a hash of what it was made from, so an edited
template or data file is read afresh, and a damaged or missing entry is rebuilt.
"""

from __future__ import annotations

import os
import stat
import tempfile


def cache_dir(name: str) -> str | None:
    """The writable folder `name` inside foiagen's cache folder, made if need be; None for no cache."""
    base = os.environ.get("FOIAGEN_CACHE_DIR")
    if base == "":
        return None
    if base is None:
        home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        base = os.path.join(home, "foiagen")
    folder = os.path.join(base, name)
    try:
        os.makedirs(folder, mode=0o700, exist_ok=True)
        info = os.lstat(folder)
    except OSError:
        return None
    # a folder someone else owns or can write to could hold planted entries: no cache then
    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.geteuid() or info.st_mode & 0o022:
        return None
    return folder if os.access(folder, os.W_OK) else None


def write_entry(path: str, data: bytes) -> None:
    """Write a cache entry whole or not at all (a temporary file renamed into place); never raises."""
    tmp = None
    try:
        # mkstemp: a fresh, unpredictable name opened with O_EXCL, so a planted symlink is never followed
        fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + ".", suffix=".tmp", dir=os.path.dirname(path))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except OSError:
        try:
            if tmp:
                os.unlink(tmp)
        except OSError:
            pass
