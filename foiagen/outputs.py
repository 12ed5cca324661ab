"""Letter sets on disk: staged beside their targets, checked for collisions, then committed whole.

A worker writes each file of a letter set to a temporary file beside its target (never the
target itself).  Only when every job of a run has finished does the main process check that
no two jobs would write the same file, and then commit each set: every target is backed up,
every temporary file renamed into place, and if any rename fails the set is rolled back, so
a letter's formats are all new or all old.  A replaced letter keeps its file mode.
Temporary names carry the run's token, so a stopped run can remove what its workers left.
A folder made for a set that is not written is removed again (only while it is empty), on
every path out: a failure, a collision, SIGINT or SIGTERM, KeyboardInterrupt.
"""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from pathlib import Path

RUN_TOKEN = f"foiagen-{os.getpid()}-{secrets.token_hex(3)}"  # workers forked from this run share it


def make_folders(folders, made: list[str] | None = None) -> list[str]:
    """Make each folder (and its missing parents) that does not exist; each one made is added
    to `made` at once (so an interrupted call still says what it made), which is returned.
    A folder that cannot be made is left to fail where a file is written."""
    made = [] if made is None else made
    for folder in sorted({os.path.abspath(f) for f in folders}):
        missing = []
        path = folder
        while not os.path.lexists(path) and os.path.dirname(path) != path:
            missing.append(path)
            path = os.path.dirname(path)
        for path in reversed(missing):
            try:
                os.mkdir(path)
            except OSError:
                break
            made.append(path)
    return made


def remove_empty(folders) -> None:
    """Remove each of `folders` (made by make_folders) that is still empty, deepest first."""
    for folder in sorted(set(folders), key=len, reverse=True):
        try:
            os.rmdir(folder)  # only ever an empty folder
        except OSError:
            pass


def stage(files: dict[Path, bytes]) -> list[tuple[str, str]]:
    """Write each file's bytes to a temporary file beside its target: [(temporary, target)]."""
    staged: list[tuple[str, str]] = []
    made: list[str] = []
    try:
        for target, data in files.items():
            make_folders([target.parent], made)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.{RUN_TOKEN}.", suffix=".tmp", dir=target.parent)
            staged.append((tmp, str(target)))
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
    except BaseException:
        discard(staged)
        remove_empty(made)
        raise
    return staged


def discard(staged) -> None:
    """Remove staged temporary files (those already renamed are gone; that is fine)."""
    for tmp, _ in staged:
        _unlink(tmp)


def remove_leftovers(folders) -> int:
    """Remove this run's temporary and backup files from `folders` (a stopped run's workers
    may have been killed between writing and returning them); how many were removed."""
    count = 0
    for folder in set(folders):
        try:
            names = os.listdir(folder)
        except OSError:
            continue
        for name in names:
            if f".{RUN_TOKEN}." in name and name.startswith("."):
                count += _unlink(os.path.join(folder, name))
    return count


def collisions(sets: dict[str, list[tuple[str, str]]]) -> dict[str, list[str]]:
    """{target: [job, job, …]} for every target more than one job (or one job twice) would write."""
    owners: dict[str, list[str]] = {}
    for job, staged in sets.items():
        for _, target in staged:
            owners.setdefault(os.path.abspath(target), []).append(job)
    return {target: jobs for target, jobs in owners.items() if len(jobs) > 1}


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def kept_mode(path: Path) -> int:
    """The mode a letter written at `path` gets: the mode of the letter it replaces (a 0600
    letter stays private), else the usual mode for a new file (mkstemp's 0600 is not)."""
    import stat

    try:
        info = os.lstat(path)
    except OSError:
        return 0o666 & ~_umask()
    return stat.S_IMODE(info.st_mode) if stat.S_ISREG(info.st_mode) else 0o666 & ~_umask()


def commit(staged) -> None:
    """Rename a staged set into place, all or nothing: on any failure every target already
    replaced gets its old content back, the rest are untouched, and the OSError is raised."""
    replaced: list[tuple[str, str | None]] = []  # (target, backup or None where there was no file)
    pending = list(staged)
    try:
        while pending:
            tmp, target = pending[0]
            os.chmod(tmp, kept_mode(Path(target)))
            backup = _backup(target)
            try:
                os.replace(tmp, target)
            except OSError:
                if backup:
                    _unlink(backup)
                raise
            pending.pop(0)
            replaced.append((target, backup))
    except OSError:
        for target, backup in reversed(replaced):
            if backup:
                os.replace(backup, target)
            else:
                _unlink(target)
        discard(pending)
        raise
    for _, backup in replaced:
        if backup:
            _unlink(backup)


def _backup(target: str) -> str | None:
    """A second name for the file at `target` (a hard link, else a copy), or None if there is none."""
    if not os.path.lexists(target):
        return None
    folder, name = os.path.split(target)
    backup = os.path.join(folder, f".{name}.{RUN_TOKEN}.{secrets.token_hex(4)}.bak")
    if os.path.islink(target):
        os.symlink(os.readlink(target), backup)
        return backup
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:  # no hard links here (or an immutable file): a copy
        shutil.copy2(target, backup)
    return backup


def _unlink(path: str) -> int:
    try:
        os.unlink(path)
        return 1
    except OSError:
        return 0
