"""The field table's building blocks: value types, a field, a shape (an object's keys).

foiagen/spec/fields.py declares the spec's shapes with them; sibling tables (fee_fields.py,
case_fields.py) use them too.  No I/O, no knowledge of any particular shape.
"""

from __future__ import annotations

from dataclasses import dataclass


# -- value types ------------------------------------------------------------------------
@dataclass(frozen=True)
class Type:
    """A value's type: its name in the README and its JSON Schema."""

    name: str  # text | lines | bool | date | amount | rich | paragraphs | choice
    choices: tuple[str, ...] = ()

    def label(self) -> str:
        if self.name == "choice":
            return "one of " + ", ".join(f"`{c}`" for c in self.choices)
        return {"bool": "true or false", "rich": "rich text"}.get(self.name, self.name)


@dataclass(frozen=True)
class ObjectOf:
    """A mapping read by a shape's reader."""

    shape: str

    def label(self) -> str:
        return f"[{self.shape}](#{self.shape.replace('_', '-')})"


@dataclass(frozen=True)
class ListOf:
    """A list of items; any item may be `{include: file}` (a file holding one item or a list)."""

    item: object
    min_items: int = 0

    def label(self) -> str:
        return f"list of {self.item.label()}"


@dataclass(frozen=True)
class EitherOf:
    """One of several types, told apart by the value's YAML kind (text, list or mapping)."""

    options: tuple

    def label(self) -> str:
        return " or ".join(o.label() for o in self.options)


@dataclass(frozen=True)
class LabelMap:
    """A mapping of labels (letters, digits, _ . : -) to values."""

    value: object

    def label(self) -> str:
        return f"label → {self.value.label()}"


TEXT, LINES, BOOL, DATE, AMOUNT = Type("text"), Type("lines"), Type("bool"), Type("date"), Type("amount")
RICH, PARAGRAPHS = Type("rich"), Type("paragraphs")


def choice(*values: str) -> Type:
    return Type("choice", tuple(values))


@dataclass(frozen=True)
class Field:
    key: str
    type: object
    help: str
    example: str = ""  # the value as one line of YAML
    required: bool = False
    default: str = ""  # what an absent key means, as the user would write it
    moved_from: tuple[str, ...] = ()  # keys people write at the top of a spec for this one (fee_waiver → fees.waiver)


@dataclass(frozen=True)
class Shape:
    name: str  # its id in the table and the README's anchor
    what: str  # how messages name it ("a requester")
    help: str
    fields: tuple[Field, ...]
    example: str  # one line of YAML flow style showing its common keys

    def field(self, key: str) -> Field:
        for f in self.fields:
            if f.key == key:
                return f
        raise KeyError(f"{self.name} has no field {key!r}")  # a reader asked for an undeclared key: a bug

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields if f.required)

    def expected(self) -> str:
        """'expected keys …' for a message: the keys, required ones marked, and the example."""
        keys = ", ".join(f"{k} (required)" if k in self.required else k for k in self.keys)
        return f"its keys are {keys}; e.g. {self.example}"
