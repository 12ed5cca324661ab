"""Rules about the files validate reads and their YAML: raised by foiagen/source.py and the CLI's file walk."""

from __future__ import annotations

from ._base import Example, Rule, declare

RULES = declare(
    "files",
    Rule("file-not-found", "error", "A spec file named on the command line does not exist.", scope="file", hint='check the path; a folder is searched for *.yaml and *.yml specs'),
    Rule("folder-not-found", "info", "A folder named with a trailing slash (templates/) does not exist: there is nothing to check in it, "
         "so validate goes on (a path without the slash that does not exist is a usage error).", scope="file",
         hint="create the folder when you have files for it, or leave it off the command line"),
    Rule("not-a-file", "error", "A path given as a spec is a folder or special file.", scope="file", hint='name a spec file, or a folder to search'),
    Rule("file-too-large", "error", "A spec file is larger than 5 MB (no real request is).", scope="file", hint='move reusable parts into files named with `include:`, or remove pasted material'),
    Rule("file-unreadable", "error", "The file cannot be read (permissions, I/O error).", scope="file", hint="check the file's permissions"),
    Rule("binary-file", "error", "The file holds NUL bytes: it is not a text file.", scope="file", hint='name a YAML spec; save a word-processor document as plain text first'),
    Rule("not-utf8", "error", "The file is not UTF-8; the message gives the first bad byte's line and column.", scope="file", hint='save the file as UTF-8 (in most editors: Save As, encoding UTF-8)'),
    Rule("empty-file", "error", "The file is empty or holds no YAML document.", scope="file", hint='write a spec; examples/minimal.yaml is a start'),
    Rule("yaml-syntax", "error", "The YAML does not parse.",
       Example("agencies: [ice\n", "agencies: [ice]\n", (7, 8)), Example("agencies: [ice]\n", "agencies: [ice]\n"), hint="check indentation and brackets at the place shown; quote text that holds ': ' or starts with [ { * & ! % @"),
    Rule("yaml-alias", "error", "Anchors, aliases and merge keys are refused (they hide repetition and allow 'billion laughs').",
       Example("agencies: &a [ice]\n", "agencies: [ice]\n", (6, 11)), hint='write the value out, or move shared text into a file named with `include:`'),
    Rule("yaml-tag", "error", "Explicit tags (!!python/object, !!binary, …) are refused: every value is plain text.",
       Example("agencies: !!set [ice]\n", "agencies: [ice]\n", (6, 11)), hint='remove the tag (!!…) and write the value as plain text'),
    Rule("multiple-documents", "error", "A spec file holds one YAML document.", Example("---\nother: 1\n", "", (12, 1)), hint='remove the `---` line, or put each document in a file of its own'),
    Rule("bad-key", "error", "A mapping key is not plain text.", Example("[a, b]: 1\n", "", (12, 1)), hint='write keys as plain words (organization:), not lists or mappings'),
    Rule("read-outside-root", "error", "An `include:`, `logo:` or template include names a file outside the spec's or template's "
         "own folder tree (after symlinks); add a folder with --root to allow it.",
         Example("  - include: /etc/passwd\n", "  - organization: Example Clinic\n", (5, 14)), scope="file",
         hint="keep included files beside the spec, or allow their folder with --root"),
    Rule("nesting-too-deep", "error", "Lists and mappings nest more than 64 levels deep.",
         Example("background: " + "[" * 70 + "x" + "]" * 70 + "\n", "", (12, 76)),
         hint="flatten the structure; no spec needs that depth"),
    Rule("include-too-deep", "error", "Includes nest more than 32 files deep.", scope="file",
         hint="include the shared file directly rather than through a chain"),
    Rule("duplicate-key", "error", "A key appears twice in one mapping; YAML would silently keep the last.",
       Example("title: Short title\ntitle: Again\n", "title: Short title\n", (3, 1)), hint='keep one of the two; YAML would silently keep the last'),
)
