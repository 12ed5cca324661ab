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
    line: int = 1  # where the row starts in its file

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
        rows.append(Variation(_safe_name(name), tuple(cells), row.line))
    return rows, problems + _duplicate_names(rows, display)


def _csv_rows(path: Path, display: str) -> tuple[list[Variation], list[Diagnostic]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [report("bad-variation", (display, 1, 1), f"cannot read variations file: {exc}")]
    lines = text.splitlines()
    reader = csv.reader(io.StringIO(text))
    rows_in, start = [], 1
    for values in reader:  # each record with the line it starts on (a quoted cell may hold a newline)
        rows_in.append((start, values))
        start = reader.line_num + 1
    if not rows_in:
        return [], [report("bad-variation", (display, 1, 1), "the variations file is empty")]
    header, rows, problems = rows_in[0][1], [], []
    for number, (line, values) in enumerate(rows_in[1:], 1):
        if not any(v.strip() for v in values):
            continue
        if len(values) != len(header):
            problems.append(report("bad-variation", (display, line, 1), f"row has {len(values)} cells; the header has {len(header)}"))
            continue
        cells, name = [], str(number)
        columns = _cell_columns(lines[line - 1] if line <= len(lines) else "")
        for index, (key, value) in enumerate(zip(header, values)):
            key = key.strip()
            if key == "name":
                name = value.strip() or name
            elif value.strip():
                column = columns[index] if index < len(columns) else 1
                cells.append(Cell(tuple(key.split(".")), value.strip(), display, line, column))
        rows.append(Variation(_safe_name(name), tuple(cells), line))
    return rows, problems + _duplicate_names(rows, display)


def _cell_columns(line: str) -> list[int]:
    """The 1-based column where each cell of a CSV line starts (quotes and doubled quotes honoured)."""
    starts, quoted, i = [1], False, 0
    while i < len(line):
        ch = line[i]
        if ch == '"':
            if quoted and line[i + 1 : i + 2] == '"':
                i += 1
            else:
                quoted = not quoted
        elif ch == "," and not quoted:
            starts.append(i + 2)
        i += 1
    return starts


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
            out.append(report("bad-variation", (display, row.line, 1), f"two rows are both named '{row.name}': their letters would overwrite each other"))
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
    packet: bool = False  # also each agency's delivery packet (foiagen/packets.py)


@dataclass
class JobResult:
    spec: str
    ok: bool
    lines: list[str]  # diagnostics and messages, already formatted
    written: list[str]  # display paths, once committed
    staged: list[tuple[str, str]] = field(default_factory=list)  # (temporary file, target), not yet committed
    steps: list[str] = field(default_factory=list)  # with --packet: per agency, what to do next


def run_job(job: Job) -> JobResult:
    """Validate, render and write one letter set (all its files or none); never raises for bad input."""
    from .outputs import commit

    result = render_job(job)
    if result.ok:
        try:
            commit(result.staged)
        except OSError as exc:
            return JobResult(result.spec, False, result.lines + [unwritable(exc)], [])
        result.written = [display_path_of(target) for _, target in result.staged]
    return result


def unwritable(exc: OSError) -> str:
    return (f"foiagen: error: cannot write {exc.filename or 'the letter'}: {exc.strerror or exc}; "
            "the letter set is left as it was")


def display_path_of(target: str) -> str:
    from .pipeline import display_path

    return display_path(Path(target))


def render_job(job: Job) -> JobResult:
    """Validate and render one letter set into staged temporary files (see outputs); never raises
    for bad input, and an unexpected failure is reported at the spec, not raised."""
    from .pipeline import display_path

    where = display_path(job.spec)
    try:
        return _render_job(job, where)
    except Exception as exc:  # MemoryError, RecursionError, a bug: this job fails, the batch goes on
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        line = report("render-failed", (where, 1, 1), f"rendering this letter set failed: {type(exc).__name__}"
                      f"{': ' + detail if detail else ''}").parsable()
        return JobResult(where, False, [line], [])


def _render_job(job: Job, where: str) -> JobResult:
    from .attach import AttachError
    from .diagnostics import has_errors
    from .letterxml import LetterXMLError
    from .outputs import stage
    from .pipeline import load_request
    from .render import RenderError
    from .writers import WriterError

    loaded = load_request(job.spec, variation=job.variation, roots=job.roots, deep=False)
    if "pdf" not in job.formats:  # what only the PDF's font cannot draw is no error for DOCX or TXT (W5)
        loaded.diagnostics = [d for d in loaded.diagnostics if d.rule != "unprintable-character"]
    lines = [d.parsable() for d in loaded.diagnostics]
    if loaded.request is None or has_errors(loaded.diagnostics):
        return JobResult(where, False, lines, [])
    try:
        steps: list[str] = []
        files = _render_files(job, loaded.request, where, lines, steps)
    except AttachError as exc:
        lines.append(report("cannot-render", (where, 1, 1), exc.message).parsable())
        return JobResult(where, False, lines, [])
    except WriterError as exc:
        line, col = locate_character(job.spec, exc.message)
        lines.append(report("cannot-render", (where, line, col), exc.message).parsable())
        return JobResult(where, False, lines, [])
    except (RenderError, LetterXMLError) as exc:
        tpl = getattr(exc, "file", "") or (str(job.template or loaded.request.template or "built-in template"))
        lines.append(report("template-error", (tpl, getattr(exc, "line", 0) or 1, 1), exc.message).parsable())
        return JobResult(where, False, lines, [])
    if files is None:
        return JobResult(where, False, lines, [])
    try:
        staged = stage(files)
    except OSError as exc:
        lines.append(unwritable(exc))
        return JobResult(where, False, lines, [])
    return JobResult(where, True, lines, [], staged, steps)


def _render_files(job: Job, request, where: str, lines: list[str], steps: list[str]) -> dict[Path, bytes] | None:
    """Every file of the set, {target: bytes}; None (with an error in `lines`) where two of
    its letters would share a name.  With --packet, each agency's packet too, its next step in `steps`."""
    from .facts import portal_field_limit
    from .pipeline import house_options, letters_of, write_formats
    from .portal import portal_agencies, portal_fields, portal_text
    from .attach import append_pdfs
    from .render import render_document
    from .writers import WRITERS

    files: dict[Path, bytes] = {}

    def add(target: Path, data: bytes) -> None:
        if target in files:
            raise _SameName(target)
        files[target] = data

    template = job.template or (Path(request.template) if request.template else None)  # --template wins
    try:
        for suffix, letter in letters_of(request, job.per_agency):
            document = render_document(letter, template_path=template, roots=job.roots)
            for fmt, data in write_formats(document, list(job.formats), house_options(letter, job.options)).items():
                if fmt == "pdf" and getattr(job.options, "attach", False):
                    data = append_pdfs(data, [(e.file, e.data) for e in letter.enclosures if e.data])
                add(job.output_dir / f"{job.stem}{suffix}.{WRITERS[fmt][2]}", data)
            if portal_agencies(letter):
                fields = portal_fields(document)
                for f in fields:
                    if f.too_long:
                        lines.append(report("portal-field-too-long", (where, 1, 1), f"portal field '{f.label}' would hold {len(f.text):,} characters, more than the portal's {portal_field_limit():,}; attach the letter and summarize that part in the field").parsable())
                add(job.output_dir / f"{job.stem}{suffix}.portal.txt", portal_text(letter, document, fields).encode("utf-8"))
            if job.packet:
                steps += _packet_files(add, files, lines, where, job.output_dir, f"{job.stem}{suffix}", letter, document)
    except _SameName as exc:
        lines.append(report("output-collision", (where, 1, 1), f"two letters of this spec would both be written as {exc.args[0].name}").parsable())
        return None
    return files


class _SameName(Exception):
    pass


def _packet_files(add, files: dict, lines: list, where: str, folder: Path, stem: str, request, document) -> list[str]:
    """Add (through `add`, which refuses a name taken) each agency's delivery packet for the letter
    `stem`, whose PDF is in `files`; a portal field over its limit is reported in `lines`.  The
    next steps, one per agency."""
    from .facts import portal_field_limit
    from .packets import build_packets
    from .writers.txt import write_txt

    steps = []
    for packet in build_packets(request, document, stem, files[folder / f"{stem}.pdf"], write_txt(document)):
        for name, data in packet.files.items():
            add(folder / name, data)
        for key, length in packet.problems:
            lines.append(report("portal-field-too-long", (where, 1, 1), f"{packet.agency.id}: portal field '{key}' would hold {length:,} characters, more than the portal's {portal_field_limit():,}; attach the letter and summarize that part in the field").parsable())
        steps.append(f"{packet.agency.id}: {packet.step}")
    return steps


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
              roots: tuple[Path, ...] = (), options=None, packet: bool = False) -> tuple[list[Job], list[Diagnostic]]:
    """One job per spec (per variations row): (jobs, problems of the variations file).

    A wrong call (unknown format, missing spec, template or variations file, two letters that
    would share a name) raises errors.UsageError."""
    from .errors import UsageError
    from .source import display_path
    from .writers import WRITERS

    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in WRITERS]
    if unknown or not wanted:
        raise UsageError(f"unknown format {', '.join(unknown) or repr(','.join(formats))}; choose from {', '.join(WRITERS)}")
    if packet and "pdf" not in wanted:
        wanted.append("pdf")  # every packet attaches or names the letter's PDF
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
    check_output_dir(output_dir)
    work, names = [], {}
    for file in files:
        for row in rows:
            stem = safe_stem(file.stem) if row is None else f"{safe_stem(file.stem)}-{row.name}"
            # every name the set can take before --per-agency suffixes (those are checked once known)
            for name in [f"{stem}.{WRITERS[f][2]}" for f in wanted] + [f"{stem}.portal.txt"]:
                if name in names and names[name] != (file, row):
                    raise UsageError(f"{file} and {names[name][0]} would both write {name}")
                names[name] = (file, row)
            work.append(Job(file, stem, tuple(wanted), output_dir, per_agency, template, row, tuple(roots), options, packet))
    return work, []


def check_output_dir(folder: Path) -> None:
    """The output folder is a folder that can be written, or can be made (it is made only when a
    letter is written); else errors.UsageError, before any work."""
    import os

    from .errors import UsageError

    if str(folder) == "":
        raise UsageError("-o: an empty path (an unset variable?); name a folder ('.' for the current one)")
    absolute = folder.absolute()
    existing = next(p for p in (absolute, *absolute.parents) if os.path.lexists(p))
    if not existing.is_dir():
        raise UsageError(f"-o {folder}: {'is' if existing == absolute else f'{existing} is'} a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"-o {folder}: cannot write in {existing} (permission denied)")

