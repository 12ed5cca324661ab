"""What every lint check reads (the request, its spec tree, the registry, its paragraphs) and how it reports."""

from __future__ import annotations

import re

from .. import model as m
from ._base import report
from ._locate import Locator, no_includes
from ._text import Para


def part_of(part: str) -> tuple[str, str]:
    """("6", "5") of "6 C.F.R. Part 5"."""
    mt = re.match(r"\s*(\d+)\s*C\.F\.R\.\s*Part\s*(\d+)", part)
    return (mt.group(1), mt.group(2)) if mt else ("", "")


class LintContext:
    """One request being linted: its text located, the C.F.R. parts it may cite, the diagnostics found."""

    def __init__(self, request: m.Request, root, registry, load_include=no_includes, texts=None):
        self.request = request
        self.root = root
        self.registry = registry
        self.load_include = load_include
        self.out: list = []
        self.loc = Locator(root.where() if root is not None else ("", 1, 1), texts)
        self.paras: list[Para] = []
        for paragraph in request.paragraphs():
            self._add(paragraph)
        # the Re: line is free text too (a plain scalar): its slips are found at its words
        self.subject = None
        subject = root.value.get("subject") if root is not None and root.kind == "map" else None
        if subject is not None and subject.kind == "str" and request.subject:
            self.subject = self._add((m.Run(request.subject, where=subject.where()),))
        # the records sought, apart from the description around them (background, purpose, …)
        record_runs = {id(seg) for c in request.records.categories for text in (c.text, *c.items) for seg in text}
        self.record_paras = [p for p in self.paras if p.runs and id(p.runs[0]) in record_runs]
        regs = [registry.authorities.get(a.regulation) if registry is not None else None for a in request.agencies]
        also = [registry.authorities.get(r) for a in request.agencies for r in a.also_regulations] if registry is not None else []
        self.addressed_parts = {part_of(r.part) for r in regs + also if r is not None and r.part}
        self.all_regs_known = all(r is not None and r.part for r in regs)
        self.foia_parts = {}
        if registry is not None:
            for auth in registry.authorities.values():
                if auth.kind == "regulation" and auth.part:
                    self.foia_parts.setdefault(part_of(auth.part), auth)

    def _add(self, paragraph) -> Para:
        for seg in paragraph:
            if isinstance(seg, (m.Run, m.LinkRun)):
                self.loc.add(seg)
        para = Para(paragraph)
        self.paras.append(para)
        return para

    def statute_cite(self, meaning: str) -> str:
        """The statute's citation for `meaning` on the letter's date, from the registry ("the statute" without one)."""
        citation = self.registry.lookup("foia", meaning, self.request.date) if self.registry is not None else None
        return citation.cite if citation is not None else "the statute"

    def report(self, rule_id: str, where: tuple, message: str, hint: str | None = None) -> None:
        self.out.append(report(rule_id, where, message, hint))

    def at(self, para: Para, start: int, end: int) -> tuple:
        """Location of para.text[start:end] (words up to the end of the Run it starts in)."""
        hit = para.run_at(start)
        if hit is None:
            return self.loc.fallback
        run, offset = hit
        return self.loc.words(run, offset, min(len(run.text), offset + end - start))
