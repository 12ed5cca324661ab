"""`foiagen preview`: render a spec to a PDF in a temporary folder, open it in the system's viewer
(or say where it is), and with --watch render it again each time the spec is saved."""

from __future__ import annotations

import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Preview:
    """One render of the spec: whether it worked, and its diagnostics (parsable lines)."""

    ok: bool
    lines: list[str] = field(default_factory=list)


def preview_path(spec: Path, folder: Path | None = None) -> Path:
    """Where the preview PDF goes: `folder`, else a folder of foiagen's own in the temporary folder."""
    import tempfile

    from .batch import safe_stem

    folder = folder or Path(tempfile.gettempdir()) / f"foiagen-preview-{os.getuid() if hasattr(os, 'getuid') else 'user'}"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder / f"{safe_stem(spec.stem)}.preview.pdf"


def render_preview(spec: Path, target: Path, template: Path | None = None) -> Preview:
    """Validate and render `spec` to `target` (written atomically; left as it was on errors)."""
    from .api import load, render
    from .diagnostics import has_errors
    from .pipeline import write_atomically

    loaded = load(spec)
    lines = [d.parsable() for d in loaded.diagnostics]
    if loaded.request is None or has_errors(loaded.diagnostics):
        return Preview(False, lines)
    try:
        data = render(loaded.request, ["pdf"], template)["pdf"]
    except Exception as exc:  # a template or writer error: reported, the watch goes on
        message = getattr(exc, "message", "") or str(exc)
        return Preview(False, lines + [f"{spec}:1:1: error cannot render: {message} (cannot-render)"])
    write_atomically(target, data)
    return Preview(True, lines)


def opener() -> list[str] | None:
    """The command that opens a file in the user's viewer, or None where there is none."""
    if sys.platform == "darwin" and shutil.which("open"):
        return ["open"]
    if os.name == "nt":
        return None  # os.startfile exists there, but no test runs it: print the path instead
    found = shutil.which("xdg-open")
    return [found] if found else None


def open_file(path: Path) -> bool:
    """Hand `path` to the viewer, without waiting; False when there is no viewer to hand it to."""
    import subprocess

    command = opener()
    if command is None:
        return False
    try:
        subprocess.Popen([*command, str(path)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    return True


def mtime(path: Path) -> float | None:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return None


def watch(spec: Path, on_change, interval: float = 0.5, polls: int | None = None, sleep=None) -> int:
    """Call `on_change()` each time the spec's modification time changes, checking every
    `interval` seconds, `polls` times at most (None: until Ctrl-C).  The number of re-renders."""
    sleep = sleep or time.sleep
    seen, renders, count = mtime(spec), 0, 0
    while polls is None or count < polls:
        sleep(interval)
        count += 1
        now = mtime(spec)
        if now is not None and now != seen:
            seen = now
            on_change()
            renders += 1
    return renders
