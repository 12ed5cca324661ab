"""A spec and the files it includes are each read once: the rules locate words in the text the
spec was parsed from and follow `include:` to the trees its reader loaded (source.SourceFiles)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import foiagen.confine as confine
import foiagen.rules._locate as locate
from conftest import MINIMAL, ROOT, write_spec
from foiagen.pipeline import load_request


def reads_during(monkeypatch, path: Path) -> tuple[Counter, object]:
    """(how often each file was opened, the Loaded) for load_request(path)."""
    counted: Counter = Counter()
    real_limited, real_bytes = confine.read_limited, Path.read_bytes

    def read_limited(p, *args, **kw):
        counted[Path(p).resolve().name] += 1
        return real_limited(p, *args, **kw)

    def read_bytes(self):
        counted[self.resolve().name] += 1
        return real_bytes(self)

    monkeypatch.setattr(confine, "read_limited", read_limited)
    monkeypatch.setattr(locate.Path, "read_bytes", read_bytes)
    return counted, load_request(path)


def test_a_spec_with_includes_reads_each_file_once(monkeypatch):
    counted, loaded = reads_during(monkeypatch, ROOT / "examples" / "includes.yaml")
    assert loaded.ok
    yaml_reads = {name: n for name, n in counted.items() if name.endswith(".yaml")}
    assert yaml_reads == {"includes.yaml": 1, "clinic.part.yaml": 1, "definitions.part.yaml": 1}


def test_words_are_located_in_the_text_that_was_parsed(tmp_path, monkeypatch):
    """A warning at words of the spec: found at its line and column without reading the file again,
    and the file's later content (here: gone) changes nothing."""
    spec = write_spec(tmp_path, MINIMAL.replace("    - All contracts since 2024.", "    - Records of ICE under 5 USC 552."))
    counted, loaded = reads_during(monkeypatch, spec)
    found = [(d.rule, d.line, d.column) for d in loaded.diagnostics]
    assert counted[spec.name] == 1
    assert found and all(line >= 1 and column >= 1 for _, line, column in found)
    spec.unlink()
    from foiagen.rules import lint_request

    again = lint_request(loaded.request, None, None, texts={spec.name: MINIMAL})  # no root, no file: no read, no crash
    assert isinstance(again, list)
