"""Rules about the files validate reads and their YAML: raised by foiagen/source.py and the CLI's file walk."""

from __future__ import annotations

from ._base import Example, Rule, declare

RULES = declare(
    "files",
    Rule("file-not-found", "error", "A spec file named on the command line does not exist.", scope="file"),
    Rule("not-a-file", "error", "A path given as a spec is a folder or special file.", scope="file"),
    Rule("file-too-large", "error", "A spec file is larger than 5 MB (no real request is).", scope="file"),
    Rule("file-unreadable", "error", "The file cannot be read (permissions, I/O error).", scope="file"),
    Rule("binary-file", "error", "The file holds NUL bytes: it is not a text file.", scope="file"),
    Rule("not-utf8", "error", "The file is not UTF-8; the message gives the first bad byte's line and column.", scope="file"),
    Rule("empty-file", "error", "The file is empty or holds no YAML document.", scope="file"),
    Rule("yaml-syntax", "error", "The YAML does not parse.",
       Example("agencies: [ice\n", "agencies: [ice]\n", (7, 8)), Example("agencies: [ice]\n", "agencies: [ice]\n")),
    Rule("yaml-alias", "error", "Anchors, aliases and merge keys are refused (they hide repetition and allow 'billion laughs').",
       Example("agencies: &a [ice]\n", "agencies: [ice]\n", (6, 11))),
    Rule("yaml-tag", "error", "Explicit tags (!!python/object, !!binary, …) are refused: every value is plain text.",
       Example("agencies: !!set [ice]\n", "agencies: [ice]\n", (6, 11))),
    Rule("multiple-documents", "error", "A spec file holds one YAML document.", Example("---\nother: 1\n", "", (12, 1))),
    Rule("bad-key", "error", "A mapping key is not plain text.", Example("[a, b]: 1\n", "", (12, 1))),
    Rule("duplicate-key", "error", "A key appears twice in one mapping; YAML would silently keep the last.",
       Example("title: Short title\ntitle: Again\n", "title: Short title\n", (3, 1))),
)
