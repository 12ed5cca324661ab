"""Checking paths for `foiagen validate`: request specs (*.yaml, *.yml), case logs (*.case.yaml) and letter templates (*.j2).

A template is checked twice: its Jinja syntax (errors at their template line), then a real
render, in Jinja's sandbox with undefined values as errors, against the shipped sample spec
and every spec checked in the same run, through to valid letter XML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .diagnostics import Diagnostic, sort_diagnostics
from .rules import report
from .pipeline import display_path, load_request

SPEC_SUFFIXES = (".yaml", ".yml")
TEMPLATE_SUFFIXES = (".j2", ".jinja", ".jinja2")
PART_SUFFIXES = (".part.yaml", ".part.yml", ".private.yaml", ".private.yml")  # included by specs, not specs


@dataclass
class CheckResult:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    files: int = 0


def collect(paths: list[Path]) -> tuple[list[Path], list[Path], list[Path]]:
    """(specs, templates, missing) under the given files and folders, in a stable order.

    A folder scan passes over hidden files and folders (.github/, .pre-commit-config.yaml,
    .venv/): they hold a repository's own YAML, never requests.  Files named are always taken."""
    specs, templates, missing = [], [], []
    for path in paths:
        if path.is_dir():
            for p in sorted(path.rglob("*")):
                inside = p.relative_to(path).parts
                if not p.is_file() or "__pycache__" in inside or any(part.startswith(".") for part in inside):
                    continue
                if p.name.endswith(TEMPLATE_SUFFIXES):
                    templates.append(p)
                elif p.suffix in SPEC_SUFFIXES and not p.name.endswith(PART_SUFFIXES):
                    specs.append(p)
        elif path.exists():
            (templates if path.name.endswith(TEMPLATE_SUFFIXES) else specs).append(path)
        else:
            missing.append(path)
    return specs, templates, missing


def sample_requests():
    from importlib import resources

    sample = Path(str(resources.files("foiagen.data").joinpath("sample.yaml")))
    loaded = load_request(sample)
    return [loaded.request] if loaded.ok else []


def check_template(path: Path, requests, roots=()) -> list[Diagnostic]:
    import jinja2

    from .confine import RefusedRead, read_limited
    from .letterxml import LetterXMLError, parse_letter
    from .render import RenderError, letter_images, render_letter_xml, user_environment
    from .sandbox import MAX_TEMPLATE_BYTES

    where = display_path(path)
    try:
        source = read_limited(path, MAX_TEMPLATE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [report("template-error", (where, 1, 1), f"cannot read template: {getattr(exc, 'strerror', '') or type(exc).__name__}")]
    except RefusedRead as exc:
        return [report(exc.rule, (where, 1, 1), f"template {exc.message}")]
    try:
        user_environment(path.parent, roots).parse(source, path.name, str(path))
    except jinja2.TemplateSyntaxError as exc:
        return [report("template-error", (where, exc.lineno or 1, 1), f"Jinja syntax error: {exc.message}")]
    kind = path.name[: -len(".xml.j2")] if path.name.endswith(".xml.j2") else ""
    from .followup import KINDS

    if kind in KINDS:  # a follow-up letter's template: checked with the sample case
        return _check_followup_template(path, where, kind, roots)
    out = []
    for request in requests:
        try:
            parse_letter(render_letter_xml(request, template_path=path, roots=roots), images=letter_images(request))
        except RenderError as exc:
            out.append(report("template-error", (where, exc.line or 1, 1), f"{exc.message} (rendering the spec titled {request.title!r})"))
        except LetterXMLError as exc:
            out.append(report("template-error", (where, 1, 1), f"the template produced invalid letter XML at line {exc.line} of its output: {exc.message}"))
        if out:
            break
    return out


def _check_followup_template(path: Path, where: str, kind: str, roots=()) -> list[Diagnostic]:
    from .followup import SAMPLE_AGENCY, FollowUpError, followup_document, sample_case
    from .letterxml import LetterXMLError
    from .render import RenderError

    case = sample_case()
    if case is None:
        return []
    try:
        followup_document(case, kind, SAMPLE_AGENCY[kind], template_path=path, roots=roots)
    except RenderError as exc:
        return [report("template-error", (where, exc.line or 1, 1), f"{exc.message} (rendering the {kind} letter of the sample case)")]
    except (LetterXMLError, FollowUpError) as exc:
        return [report("template-error", (where, 1, 1), f"the {kind} template failed on the sample case: {exc}")]
    return []


def check_paths(paths: list[Path], registry=None, roots=()) -> tuple[CheckResult, list[Path]]:
    from .caselog import is_case_log

    specs, templates, missing = collect(paths)
    case_logs = [p for p in specs if is_case_log(p)]
    result = CheckResult()
    good_requests, loaded_specs = [], {}
    for spec in specs:
        if is_case_log(spec):
            continue
        loaded = load_request(spec, registry, roots=roots)
        result.diagnostics += loaded.diagnostics
        result.files += 1
        if loaded.ok:
            good_requests.append(loaded.request)
            loaded_specs[spec.resolve()] = loaded.request
    if case_logs:
        from .case import load_case
        from .caselog import default_request_path

        for log in case_logs:  # a case log's own spec, when checked in this run, is not read twice
            request = loaded_specs.get(default_request_path(log).resolve())
            result.diagnostics += load_case(log, registry, request).diagnostics
            result.files += 1
    if templates:
        samples = sample_requests() + good_requests
        for template in templates:
            result.diagnostics += check_template(template, samples, roots)
            result.files += 1
    result.diagnostics = sort_diagnostics(result.diagnostics)
    return result, missing
