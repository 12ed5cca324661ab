"""Per-folder configuration: `foiagen.toml`, or a `[tool.foiagen]` table in `pyproject.toml`.

The nearest such file at or above a spec's folder applies to it (a folder's own file wins over
its parent's; one file per folder, never merged), so strictness and rule choice can differ
between, say, requests/ and requests/first-party/.  Keys:

    select = ["…"]            only these rule ids are reported (default: all)
    ignore = ["…"]            these rule ids are never reported
    strict = true             warnings fail validate here even without --strict (false: never)
    exclude = ["drafts/*"]    files not checked (globs relative to the config's folder)
    [per-file-ignores]        glob → rule ids, e.g. "first-party/*.yaml" = ["privacy-act-for-foia"]
    [render]                  formats = ["docx", "pdf"], output-dir = "letters": render's defaults
"""

from __future__ import annotations

import difflib
import fnmatch
from dataclasses import dataclass
from pathlib import Path

PER_FILE, OUTPUT_DIR = "per-file-ignores", "output-dir"
KEYS = ("select", "ignore", "strict", "exclude", PER_FILE, "render")
RENDER_KEYS = ("formats", OUTPUT_DIR)


class ConfigError(ValueError):
    """A configuration file that cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    folder: Path | None = None  # where the file is (globs are relative to it); None: no file
    file: str = ""
    select: frozenset = frozenset()
    ignore: frozenset = frozenset()
    strict: bool | None = None
    exclude: tuple[str, ...] = ()
    per_file_ignores: tuple[tuple[str, frozenset], ...] = ()
    formats: tuple[str, ...] = ()
    output_dir: str = ""

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.folder).as_posix() if self.folder else path.as_posix()
        except ValueError:
            return path.as_posix()

    def excludes(self, path: Path) -> bool:
        rel = self._relative(path)
        return any(fnmatch.fnmatch(rel, g) for g in self.exclude)

    def reports(self, rule: str, path: Path) -> bool:
        """Whether a diagnostic of `rule` in the file `path` is shown."""
        if self.select and rule not in self.select or rule in self.ignore:
            return False
        rel = self._relative(path)
        return not any(rule in rules and fnmatch.fnmatch(rel, g) for g, rules in self.per_file_ignores)


def config_for(path: Path) -> Config:
    """The configuration that applies to a file or folder (the empty one when none is found)."""
    folder = path.resolve() if path.is_dir() else path.resolve().parent
    return _config_in(folder)


def _config_in(folder: Path) -> Config:
    for candidate in (folder, *folder.parents):
        own = candidate / "foiagen.toml"
        if own.is_file():
            return _parse(own, _load(own))
        project = candidate / "pyproject.toml"
        if project.is_file():
            table = _load(project).get("tool", {}).get("foiagen")
            if table is not None:
                return _parse(project, table)
    return Config()


def _load(path: Path) -> dict:
    import tomllib

    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _parse(path: Path, table: dict) -> Config:
    where = f"{path}" + (" [tool.foiagen]" if path.name == "pyproject.toml" else "")
    _known(where, table, KEYS)
    render = table.get("render", {})
    _known(f"{where} [render]", render, RENDER_KEYS)
    pfi = table.get(PER_FILE, {})
    if not isinstance(pfi, dict):
        raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [rule ids]")
    strict = table.get("strict")
    if strict is not None and not isinstance(strict, bool):
        raise ConfigError(f"{where}: 'strict' must be true or false")
    return Config(
        folder=path.parent.resolve(), file=where,
        select=_rule_ids(where, "select", table.get("select", [])),
        ignore=_rule_ids(where, "ignore", table.get("ignore", [])),
        strict=strict,
        exclude=tuple(_strings(where, "exclude", table.get("exclude", []))),
        per_file_ignores=tuple((glob, _rule_ids(where, f"per-file-ignores '{glob}'", ids)) for glob, ids in pfi.items()),
        formats=tuple(_strings(where, "render.formats", render.get("formats", []))),
        output_dir=str(render.get(OUTPUT_DIR, "")),
    )


def _known(where: str, table, keys) -> None:
    if not isinstance(table, dict):
        raise ConfigError(f"{where}: must be a table")
    for key in table:
        if key not in keys:
            close = difflib.get_close_matches(key, keys, n=1)
            raise ConfigError(f"{where}: unknown key '{key}'" + (f"; did you mean '{close[0]}'?" if close else f"; keys are {', '.join(keys)}"))


def _strings(where: str, key: str, value) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings")
    return value


def _rule_ids(where: str, key: str, value) -> frozenset:
    from .rules import rules_by_id

    ids = frozenset(_strings(where, key, value))
    unknown = sorted(ids - set(rules_by_id()))
    if unknown:
        raise ConfigError(f"{where}: '{key}' names unknown rule id {', '.join(unknown)} (see `foiagen rules`)")
    return ids

