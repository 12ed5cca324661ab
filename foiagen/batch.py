"""Batch rendering: many specs, globs, variations (one spec fanned out into many letters), and
processes working in parallel.  One bad spec never stops the others.

A variations file (CSV or YAML) holds one row per letter.  Each column is a path into the
spec (`agencies`, `requesters.0.organization`, `closing.contact_email`, …) and the row's value
replaces what the spec has there; a `name` column names the letter (`<spec>-<name>.<ext>`).
Where the spec has a list and the row gives text, `;` separates the list's entries
(`agencies: ice;cbp`).  Problems in a row's values are reported at that row and column.
"""

from __future__ import annotations

import csv
import glob
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic
from .rules import report
from .source import Node, load_file

_GLOB = re.compile(r"[*?\[]")


def expand_specs(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """Files, folders (every *.yaml/*.yml inside, parts and case logs skipped) and globs -> (specs, missing)."""
    from .check import collect

    specs, missing = [], []
    for path in paths:
        if not path.exists() and _GLOB.search(str(path)):
            matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True))
            if not matches:
                missing.append(path)
            specs.extend(m for m in matches if m.is_file())
        elif path.is_dir():
            specs.extend(collect([path])[0])
        elif path.exists():
            specs.append(path)
        else:
            missing.append(path)
    # case logs (<stem>.case.yaml, e.g. from a shell's requests/*.yaml) are not letter specs
    return list(dict.fromkeys(p for p in specs if not p.name.endswith((".case.yaml", ".case.yml")))), missing


@dataclass(frozen=True)
class Cell:
    path: tuple[str, ...]
    value: str
    file: str
    line: int
    column: int


@dataclass(frozen=True)
class Variation:
    """One row of a variations file: the letter's name and the values it changes."""

    name: str
    cells: tuple[Cell, ...] = field(default_factory=tuple)

    def apply(self, root: Node) -> tuple[Node, list[Diagnostic]]:
        problems: list[Diagnostic] = []
        for cell in self.cells:
            problem = _set(root, cell)
            if problem:
                problems.append(problem)
        return root, problems


def _scalar(cell: Cell, text: str) -> Node:
    return Node("str", text, cell.file, cell.line, cell.column)


def _set(root: Node, cell: Cell) -> Diagnostic | None:
    node = root
    for i, part in enumerate(cell.path):
        last = i == len(cell.path) - 1
        if node.kind == "map":
            child = node.value.get(part)
            if last:
                if child is not None and child.kind == "seq":
                    node.value[part] = Node("seq", [_scalar(cell, v.strip()) for v in cell.value.split(";") if v.strip()],
                                            cell.file, cell.line, cell.column)
                else:
                    node.value[part] = _scalar(cell, cell.value)
                node.key_positions.setdefault(part, (cell.line, cell.column))
                return None
            if child is None:
                child = Node("map", {}, cell.file, cell.line, cell.column)
                node.value[part] = child
                node.key_positions[part] = (cell.line, cell.column)
            node = child
        elif node.kind == "seq" and part.isdigit() and int(part) < len(node.value):
            if last:
                node.value[int(part)] = _scalar(cell, cell.value)
                return None
            node = node.value[int(part)]
        else:
            where = ".".join(cell.path[: i + 1])
            return report("bad-variation", (cell.file, cell.line, cell.column), f"column '{'.'.join(cell.path)}' names no place in the spec (at '{where}')")
    return None


def load_variations(path: Path, display: str) -> tuple[list[Variation], list[Diagnostic]]:
    """Rows from a CSV file (header = spec paths) or a YAML list of mappings."""
    if path.suffix.lower() == ".csv":
        return _csv_rows(path, display)
    root, problems = load_file(path, display)
    if root is None:
        return [], problems
    if root.kind != "seq":
        return [], [report("bad-variation", (display, root.line, root.column), "a variations file is a list of rows (mappings)")]
    rows = []
    for index, row in enumerate(root.value, 1):
        if row.kind != "map":
            problems.append(report("bad-variation", (display, row.line, row.column), "each row is a mapping of spec paths to values"))
            continue
        cells, name = [], str(index)
        for key, value in row.value.items():
            line, col = row.key_positions[key]
            if value.kind != "str":
                problems.append(report("bad-variation", (display, value.line, value.column), f"'{key}' must be text in a variations row"))
                continue
            if key == "name":
                name = value.value
            else:
                cells.append(Cell(tuple(key.split(".")), value.value, display, value.line, value.column))
        rows.append(Variation(_safe_name(name), tuple(cells)))
    return rows, problems + _duplicate_names(rows, display)


def _csv_rows(path: Path, display: str) -> tuple[list[Variation], list[Diagnostic]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [report("bad-variation", (display, 1, 1), f"cannot read variations file: {exc}")]
    reader = csv.reader(io.StringIO(text))
    rows_in = list(reader)
    if not rows_in:
        return [], [report("bad-variation", (display, 1, 1), "the variations file is empty")]
    header, rows, problems = rows_in[0], [], []
    for number, values in enumerate(rows_in[1:], 2):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(report("bad-variation", (display, number, 1), f"row has {len(values)} cells; the header has {len(header)}"))
            continue
        cells, name, column = [], str(number - 1), 1
        for key, value in zip(header, values):
            key = key.strip()
            if key == "name":
                name = value.strip() or name
            elif value.strip():
                cells.append(Cell(tuple(key.split(".")), value.strip(), display, number, column))
            column += len(value) + 1
        rows.append(Variation(_safe_name(name), tuple(cells)))
    return rows, problems + _duplicate_names(rows, display)


def _safe_name(name: str) -> str:
    """A row name usable in a file name: never a path, never empty."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip(".-")
    return cleaned or "row"


def safe_stem(stem: str) -> str:
    """A spec file's stem as an output name: no control, bidi or other invisible character (a
    name that displays as `txt.exe.pdf`), no line break, no leading dash, dot or space."""
    import unicodedata

    cleaned = "".join("-" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn")
                      or (ch.isspace() and ch != " ") else ch for ch in stem)
    cleaned = re.sub(r"-{2,}", "-", cleaned).strip().lstrip("-. ")
    return cleaned or "letter"


def _duplicate_names(rows: list[Variation], display: str) -> list[Diagnostic]:
    seen, out = set(), []
    for row in rows:
        if row.name in seen:
            out.append(report("bad-variation", (display, 1, 1), f"two rows are both named '{row.name}': their letters would overwrite each other"))
        seen.add(row.name)
    return out


# -- one job: one spec (or one spec x one variation), rendered in a worker -----------------
@dataclass(frozen=True)
class Job:
    spec: Path
    stem: str  # output file stem
    formats: tuple[str, ...]
    output_dir: Path
    per_agency: bool = False
    template: Path | None = None
    variation: Variation | None = None
    roots: tuple[Path, ...] = ()  # folders beyond the spec's and template's own that reads may use
    options: object = None  # writers.WriterOptions: what dates the files (None: the letter's date)


@dataclass
class JobResult:
    spec: str
    ok: bool
    lines: list[str]  # diagnostics and messages, already formatted
    written: list[str]


def run_job(job: Job) -> JobResult:
    """Validate, render and write one letter set; never raises for bad input."""
    from .diagnostics import has_errors
    from .letterxml import LetterXMLError
    from .pipeline import display_path, letters_of, load_request, write_atomically, write_formats
    from .facts import portal_field_limit
    from .portal import portal_agencies, portal_fields, portal_text
    from .render import RenderError, render_document
    from .attach import AttachError, append_pdfs
    from .writers import WRITERS, WriterError

    where = display_path(job.spec)
    loaded = load_request(job.spec, variation=job.variation, roots=job.roots)
    lines = [d.parsable() for d in loaded.diagnostics]
    if loaded.request is None or has_errors(loaded.diagnostics):
        return JobResult(where, False, lines, [])
    files: dict[Path, bytes] = {}
    try:
        for suffix, request in letters_of(loaded.request, job.per_agency):
            document = render_document(request, template_path=job.template, roots=job.roots)
            for fmt, data in write_formats(document, list(job.formats), job.options).items():
                if fmt == "pdf" and getattr(job.options, "attach", False):
                    data = append_pdfs(data, [(e.file, e.data) for e in request.enclosures if e.data])
                files[job.output_dir / f"{job.stem}{suffix}.{WRITERS[fmt][2]}"] = data
            if portal_agencies(request):
                fields = portal_fields(document)
                for f in fields:
                    if f.too_long:
                        lines.append(report("portal-field-too-long", (where, 1, 1), f"portal field '{f.label}' would hold {len(f.text):,} characters, more than the portal's {portal_field_limit():,}; attach the letter and summarize that part in the field").parsable())
                files[job.output_dir / f"{job.stem}{suffix}.portal.txt"] = portal_text(request, document, fields).encode("utf-8")
    except AttachError as exc:
        lines.append(report("cannot-render", (where, 1, 1), exc.message).parsable())
        return JobResult(where, False, lines, [])
    except WriterError as exc:
        line, col = locate_character(job.spec, exc.message)
        lines.append(report("cannot-render", (where, line, col), exc.message).parsable())
        return JobResult(where, False, lines, [])
    except (RenderError, LetterXMLError) as exc:
        tpl = getattr(exc, "file", "") or (str(job.template) if job.template else "built-in template")
        lines.append(report("template-error", (tpl, getattr(exc, "line", 0), 0), exc.message).parsable())
        return JobResult(where, False, lines, [])
    written = []
    for target, data in files.items():
        write_atomically(target, data)
        written.append(display_path(target))
    return JobResult(where, True, lines, written)


def locate_character(file: Path, message: str) -> tuple[int, int]:
    """Point at the first occurrence in the spec of a character a writer named (U+XXXX)."""
    match = re.search(r"U\+([0-9A-F]{4,6})", message)
    if not match:
        return 0, 0
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return 0, 0
    index = text.find(chr(int(match.group(1), 16)))
    if index < 0:
        return 0, 0
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


# -- a whole batch: the jobs `foiagen render` makes, and running them ---------------------
def plan_jobs(specs: list[Path], output_dir: Path, formats: list[str], per_agency: bool = False,
              variations: Path | None = None, template: Path | None = None,
              roots: tuple[Path, ...] = (), options=None) -> tuple[list[Job], list[Diagnostic]]:
    """One job per spec (per variations row): (jobs, problems of the variations file).

    A wrong call (unknown format, missing spec, template or variations file, two letters that
    would share a name) raises api.UsageError."""
    from .api import UsageError
    from .source import display_path
    from .writers import WRITERS

    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or repr(','.join(formats))}; choose from {', '.join(WRITERS)}")
    if template is not None and not template.is_file():
        raise UsageError(f"no such template file: {template}")
    files, missing = expand_specs(specs)
    if missing:
        raise UsageError(f"no such file or folder: {missing[0]}")
    if not files:
        raise UsageError("no *.yaml or *.yml spec files found")
    rows: list = [None]
    if variations is not None:
        if not variations.is_file():
            raise UsageError(f"no such variations file: {variations}")
        display = display_path(variations)
        rows, problems = load_variations(variations, display)
        if not rows and not problems:
            problems = [report("bad-variation", (display, 1, 1), "the variations file holds no rows")]
        if problems:
            return [], problems
    work, stems = [], {}
    for file in files:
        for row in rows:
            stem = safe_stem(file.stem) if row is None else f"{safe_stem(file.stem)}-{row.name}"
            if stem in stems:
                raise UsageError(f"{file} and {stems[stem]} would both be written as {stem}.*")
            stems[stem] = file
            work.append(Job(file, stem, tuple(wanted), output_dir, per_agency, template, row, tuple(roots), options))
    return work, []


def run_jobs(work: list[Job], processes: int, on_result=lambda result: None, on_start=lambda total: None) -> list[JobResult]:
    """Run jobs in order (in this process for one, else a pool of `processes`), handing each result
    to `on_result` as it is ready.  `on_start(len(work))` runs once the workers exist (a progress display
    started before the fork could hand a worker a lock its thread held)."""
    results = []

    def done(result):
        on_result(result)
        results.append(result)

    if processes == 1 or len(work) == 1:
        on_start(len(work))
        for job in work:
            done(run_job(job))
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork") if "fork" in multiprocessing.get_all_start_methods() else None
    with ProcessPoolExecutor(max_workers=min(processes, len(work)), mp_context=context) as pool:
        # map submits every job at once, which starts the workers, before it returns
        ready = pool.map(run_job, work, chunksize=max(1, len(work) // (processes * 8)))
        on_start(len(work))
        for result in ready:
            done(result)
    return results
