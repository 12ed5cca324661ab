"""Plain JSON of the frozen dataclasses (the model, the Document): what goldens and dumps print.

Each dataclass becomes an object whose first key "type" names its class, followed by the
fields that differ from their declared defaults; dates become ISO
strings, bytes their length and SHA-256 (a logo's pixels are not text to review), and the
source locations (`where`) are left out, so a golden changes with content, not with line
numbers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json

SKIPPED_FIELDS = frozenset({"where"})


def jsonable(value):
    """`value` as JSON-ready data (dicts, lists, strings, numbers, booleans, None)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"type": type(value).__name__}
        for f in dataclasses.fields(value):
            item = getattr(value, f.name)
            if f.name not in SKIPPED_FIELDS and not _is_default(f, item):
                out[f.name] = jsonable(item)
        return out
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return {"bytes": len(value), "sha256": hashlib.sha256(value).hexdigest()}
    return value


def _is_default(f: dataclasses.Field, item) -> bool:
    """Whether a field holds its declared default (left out: the dump shows what was chosen)."""
    if f.default is not dataclasses.MISSING:
        return item == f.default and type(item) is type(f.default)
    if f.default_factory is not dataclasses.MISSING:
        return item == f.default_factory()
    return False


def dumps(value) -> str:
    """Indented JSON of `value`, keys in declaration order, non-ASCII kept, newline-terminated."""
    return json.dumps(jsonable(value), indent=1, ensure_ascii=False) + "\n"
