"""foiagen's public library verbs: load a spec, check specs and templates, render a letter.

`import foiagen` exposes them lazily (`foiagen.load`, `foiagen.check`, `foiagen.render`), so
importing the package costs nothing until one is called.  The CLI is a thin shell over them:
each command parses its arguments, makes one of these calls and formats what comes back.

    >>> loaded = foiagen.load("requests/2020-10-19-clearview-ice-cbp-dhs.yaml")
    >>> loaded.ok, [d.parsable() for d in loaded.diagnostics][:1]
    >>> files = foiagen.render(loaded.request, ["pdf", "txt"])      # {"pdf": b"%PDF…", "txt": b"…"}
    >>> result = foiagen.check(["requests/"], ignore=["category-without-date-limit"])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .diagnostics import Diagnostic
from .errors import UsageError  # noqa: F401  (foiagen.UsageError)


class SpecError(Exception):
    """A spec has errors, so nothing was rendered; `diagnostics` says where."""

    def __init__(self, diagnostics: list[Diagnostic]):
        super().__init__("; ".join(d.parsable() for d in diagnostics if d.level == "error"))
        self.diagnostics = diagnostics


@dataclass
class Checked:
    """What `check` found: every diagnostic kept by select/ignore (and the folders' configuration),
    how many files it read, and where a folder's configuration sets its own strictness."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0
    strict_in: dict = field(default_factory=dict)  # file -> True/False from its folder's foiagen.toml

    def failed(self, strict: bool = False) -> bool:
        """Whether `foiagen validate` exits 1: an error, or a warning where strictness applies
        (`strict`, unless the file's folder configuration says otherwise)."""
        return any(d.level == "error" or d.level == "warning" and self.strict_in.get(d.file, strict)
                   for d in self.diagnostics)


def load(path: str | Path, registry=None, **options):
    """Read, parse and validate one spec: a `Loaded` (request or None, and located diagnostics)."""
    from .pipeline import load_request

    return load_request(Path(path), registry, **options)


def rule_ids(ids: Iterable[str], option: str = "rule ids") -> set[str]:
    """Rule ids as given (stripped, blanks dropped), each one checked against the rule registry."""
    from .rules import rules_by_id

    chosen = {i.strip() for i in ids if i and i.strip()}
    unknown = sorted(chosen - set(rules_by_id()))
    if unknown:
        raise UsageError(f"{option}: unknown rule id {', '.join(unknown)} (see `foiagen rules`)")
    return chosen


def check(paths: Iterable[str | Path] = (".",), select: Iterable[str] = (), ignore: Iterable[str] = (),
          registry=None, **options) -> Checked:
    """Check spec files, letter templates and folders of them, as `foiagen validate` does.

    `select` keeps only those rule ids, `ignore` drops them; the nearest foiagen.toml (or
    pyproject.toml [tool.foiagen]) above each file adds its own choices (see foiagen/config.py).
    Unknown ids raise UsageError, as do a path that does not exist (a folder named with a
    trailing slash, such as templates/, may be absent) and paths holding nothing to check."""
    from .check import check_paths, collect
    from .config import ConfigError, config_for
    from .rules import report

    selected, ignored = rule_ids(select, "--select"), rule_ids(ignore, "--ignore")
    given = [str(p) for p in paths]
    absent = [p for p in given if not Path(p).exists() and p.endswith(("/", "\\"))]
    specs, templates, missing = collect([Path(p) for p in given if p not in absent])
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    try:
        files = [f for f in specs + templates if not config_for(f).excludes(f)]
        result, _ = check_paths(files, registry, **options) if files else (None, [])
        found = result.diagnostics if result else []
        configs = {d.file: config_for(Path(d.file)) for d in found}
    except ConfigError as exc:
        raise UsageError(str(exc)) from None
    if not files:
        raise UsageError("no spec (*.yaml, *.yml) or template (*.j2) files found")
    kept = [report("folder-not-found", (p.rstrip("/\\"), 0, 0), "no such folder: nothing to check in it") for p in absent]
    kept += [d for d in found if (not selected or d.rule in selected) and d.rule not in ignored
             and configs[d.file].reports(d.rule, Path(d.file))]
    strict_in = {f: c.strict for f, c in configs.items() if c.strict is not None}
    return Checked(kept, result.files, strict_in)


def render(spec, formats: Iterable[str] = ("docx", "pdf"), template: str | Path | None = None, registry=None) -> dict[str, bytes]:
    """The letter of a spec (a path, or a Request from `load`) in each format: {format: bytes}.

    A spec with errors raises SpecError (with its diagnostics); an unknown format UsageError."""
    from .pipeline import render_outputs
    from .writers import WRITERS

    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or repr(','.join(formats))}; choose from {', '.join(WRITERS)}")
    request = spec
    if isinstance(spec, (str, Path)):
        loaded = load(spec, registry)
        if not loaded.ok:
            raise SpecError(loaded.diagnostics)
        request = loaded.request
    return render_outputs(request, wanted, registry, Path(template) if template is not None else None)


def find_agencies(query: str | None = None, on=None, registry=None) -> list[dict]:
    """Directory entries matching `query` (all when None), each as JSON-ready data: its FOIA
    regulation, the channels in force on `on` (default today) and their history, its addresses,
    appeal authority, source and as-of date, and the citations a letter to it prints on that day
    (what `foiagen agencies --json` prints)."""
    import datetime as dt

    from .agencies_cli import row
    from .citing import agency_citations
    from .registry import load_registry

    registry = registry or load_registry()
    day = on or dt.date.today()
    return [{**row(registry, a, day), "citations": agency_citations(registry, a.id, day)}  # each with its source, dates and verification
            for a in registry.search_agencies(query)]


@dataclass
class Rendered:
    """What `render_files` did: each letter set's result, or the problems that stopped it."""

    results: list = field(default_factory=list)  # batch.JobResult per spec (per variations row)
    problems: list[Diagnostic] = field(default_factory=list)  # a variations file's

    @property
    def failed(self) -> int:
        return sum(not r.ok for r in self.results) + bool(self.problems)


def render_files(specs: Iterable[str | Path], output_dir: str | Path = ".", formats: Iterable[str] = ("docx", "pdf"),
                 per_agency: bool = False, variations: str | Path | None = None, jobs: int | None = None,
                 template: str | Path | None = None, roots: Iterable[str | Path] = (), options=None,
                 on_result=lambda result: None, on_start=lambda total: None, on_rendered=lambda result: None,
                 packet: bool = False) -> Rendered:
    """Render spec files, folders and globs into `output_dir` as `foiagen render` does: each letter
    set written atomically, a bad spec reported and skipped, `jobs` processes (default: the cores).
    `options` (writers.WriterOptions) dates the files; None: each letter's own date.  `packet`: also
    each agency's delivery packet (foiagen/packets.py), its next step in each result's `steps`."""
    import os

    from .batch import plan_jobs
    from .runner import run_jobs

    if jobs is not None and jobs < 1:
        raise UsageError("--jobs must be at least 1")
    specs = list(specs)
    if any(str(s) == "" for s in specs) or str(output_dir) == "":
        raise UsageError("an empty path (an unset variable?) names nothing; use '.' for the current folder")
    work, problems = plan_jobs([Path(s) for s in specs], Path(output_dir), list(formats), per_agency,
                               Path(variations) if variations is not None else None,
                               Path(template) if template is not None else None, tuple(Path(r) for r in roots), options, packet)
    if problems:
        return Rendered([], problems)
    return Rendered(run_jobs(work, jobs or os.cpu_count() or 1, on_result, on_start, on_rendered))
