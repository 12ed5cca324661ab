"""subject-agency-mismatch finds the offices a Re: line names with a dict of the directory's names
(rules/consistency.find_mentions) instead of one alternation of them all: the same matches as
that regular expression, on texts made of the names themselves and what stands around them."""

from __future__ import annotations

import random
import re

import pytest

from foiagen.registry import load_registry
from foiagen.rules.consistency import _mention_index, find_mentions

REGISTRY = load_registry()


def by_regex(index, text: str) -> list[tuple[int, str]]:
    """The alternation the dict replaced: every form, longest first, standing alone."""
    forms = sorted(index[1], key=len, reverse=True)
    pattern = re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(f) for f in forms)})(?![\w-])")
    return [(mt.start(), mt.group(0)) for mt in pattern.finditer(text)]


AROUND = [" ", "", "-", "_", "a", "Z", "9", ".", ",", "(", ")", "é", "\u00a0", "/", "'s ", " and ", "U.S. "]


def texts(count: int, seed: int):
    rng = random.Random(seed)
    forms = sorted(_mention_index(REGISTRY)[1])
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(1, 6)):
            form = rng.choice(forms)
            if rng.random() < 0.2:  # a piece of a name
                cut = rng.randint(0, len(form))
                form = form[:cut] if rng.random() < 0.5 else form[cut:]
            parts += [rng.choice(AROUND), form]
        yield "".join(parts) + rng.choice(AROUND)


@pytest.mark.parametrize("seed", range(4))
def test_the_dict_finds_what_the_alternation_found(seed):
    index = _mention_index(REGISTRY)
    for text in texts(250, seed):
        assert list(find_mentions(index, text)) == by_regex(index, text), text


@pytest.mark.parametrize("text,found", [
    ("FOIA request to U.S. Customs and Border Protection", ["U.S. Customs and Border Protection"]),
    ("FOIA request to Customs and Border Protection", ["Customs and Border Protection"]),
    ("Records of ICE and CBP", ["ICE", "CBP"]),
    ("Records of ICE-CBP and xICE or ICE_ or ICEs", []),
    ("", []),
])
def test_names_standing_alone_are_found(text, found):
    assert [form for _, form in find_mentions(_mention_index(REGISTRY), text)] == found
