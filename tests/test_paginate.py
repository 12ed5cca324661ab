"""The page breaker on synthetic numbers (no reportlab, milliseconds a test): lines of 10 points,
pages of 100 points of text, footnotes of a few lines each."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from foiagen.writers.pdf.paginate import (
    FN_GAP, FN_PARA_GAP, SEP_H, Block, Frame, Note, PageBreakError, Piece, paginate, plan_split, split_pieces,
)

LEAD = 10.0
FRAME = Frame(first_top=100.0, later_top=100.0, bottom=0.0, split_note_min=25.0, carry_text_min=20.0)


def para(lines: int, refs: dict[int, list[int]] | None = None, key=None, **options) -> Block:
    """A paragraph of `lines` lines; refs: line index -> footnote idents referenced on it."""
    refs = refs or {}
    return Block(lines * LEAD, tuple(tuple(refs.get(i, ())) for i in range(lines)), LEAD, space_after=0.0, key=key,
                 **options)


def note(ident: int, *lines: int) -> Note:
    return Note(ident, ident + 1, [Piece(n * LEAD, n, LEAD, (ident, k)) for k, n in enumerate(lines)])


def layout(pages):
    """Per page: (key, first line, lines) of each placed block, and (note key, first line, lines) in the band."""
    return [([(p.block.key, p.block.first_line, len(p.block.lines)) for p in page.placed],
             [[(pc.key, pc.first_line, pc.lines) for pc in entry] for entry in page.band]) for page in pages]


def test_blocks_that_fit_share_a_page():
    assert layout(paginate([para(3, key="a"), para(4, key="b")], [], FRAME)) == [([("a", 0, 3), ("b", 0, 4)], [])]


def test_a_long_paragraph_continues_on_the_next_page():
    pages = paginate([para(6, key="a"), para(7, key="b")], [], FRAME)
    assert layout(pages) == [([("a", 0, 6), ("b", 0, 4)], []), ([("b", 4, 3)], [])]


@pytest.mark.parametrize("first, lines, expected", [
    # 9 lines of room after `first`: a 10-line paragraph would leave one line (a widow): 8 + 2
    (1, 10, [8, 2]),
    # 1 line of room: never an orphan, the whole paragraph moves on
    (9, 5, [0, 5]),
    # 2 lines of room, 3 lines: 2 + 1 would be a widow, 1 + 2 an orphan: all move
    (8, 3, [0, 3]),
])
def test_no_widows_and_no_orphans(first, lines, expected):
    pages = paginate([para(first, key="x"), para(lines, key="p")], [], FRAME)
    counts = [sum(n for key, _, n in placed if key == "p") for placed, _ in layout(pages)]
    assert counts == expected


def test_a_footnote_goes_on_the_page_of_its_reference():
    # line 5 of the paragraph references a 2-line note: the note's band (16 + 20) needs the
    # room of lines 7..10, so lines 0..5 stay, with the note; the rest moves on
    pages = paginate([para(10, {5: [0]}, key="p")], [note(0, 2)], FRAME)
    assert layout(pages) == [([("p", 0, 6)], [[((0, 0), 0, 2)]]), ([("p", 6, 4)], [])]
    assert pages[0].refs == [0] and pages[0].band_h == SEP_H + 2 * LEAD


def test_the_band_holds_every_note_of_the_page_with_gaps():
    pages = paginate([para(2, {0: [0], 1: [1]}, key="p")], [note(0, 1), note(1, 1, 1)], FRAME)
    assert pages[0].band_h == SEP_H + LEAD + FN_GAP + 2 * LEAD + FN_PARA_GAP


def test_a_long_footnote_is_split_and_continues_atop_the_next_band():
    # a 7-line note (taller than split_note_min) referenced on line 4 of an 8-line paragraph:
    # lines 0-4 and 3 lines of the note fill page 1 (50 + 16 + 30); the note's other 4 lines
    # head page 2's band, under the paragraph's last 3 lines; what follows no longer fits
    pages = paginate([para(8, {4: [0]}, key="p"), para(2, key="q")], [note(0, 7)], FRAME)
    assert layout(pages) == [([("p", 0, 5)], [[((0, 0), 0, 3)]]),
                             ([("p", 5, 3)], [[((0, 0), 3, 4)]]),
                             ([("q", 0, 2)], [])]
    assert all(page.used + page.band_h <= FRAME.first_top for page in pages)


def test_a_short_footnote_is_never_split():
    pages = paginate([para(8, {6: [0]}, key="p")], [note(0, 2)], FRAME)
    for _, band in layout(pages):
        for entry in band:
            assert entry == [((0, 0), 0, 2)]


def test_keep_with_next_moves_a_heading_to_the_page_of_what_follows():
    blocks = [para(8, key="a"), para(1, key="h", keep_with_next=True), para(4, key="b")]
    assert layout(paginate(blocks, [], FRAME)) == [([("a", 0, 8)], []), ([("h", 0, 1), ("b", 0, 4)], [])]


def test_the_letters_ending_stays_together():
    """The last paragraph and the valediction keep with the next; the first signature keeps together."""
    for filler in range(1, 12):
        blocks = [para(filler, key="body"), para(2, key="last", keep_with_next=True),
                  para(1, key="valediction", keep_with_next=True), para(4, key="signature", keep_together=True)]
        pages = layout(paginate(blocks, [], FRAME))
        where = {key: i for i, (placed, _) in enumerate(pages) for key, _, _ in placed}
        assert where["last"] == where["valediction"] == where["signature"], (filler, pages)


def test_keep_together_moves_a_block_whole_when_a_fresh_page_holds_it():
    pages = paginate([para(7, key="a"), para(4, key="addr", keep_together=True)], [], FRAME)
    assert layout(pages) == [([("a", 0, 7)], []), ([("addr", 0, 4)], [])]


def test_a_box_is_never_split():
    box = Block(35.0, key="logo")
    assert layout(paginate([para(7, key="a"), box], [], FRAME)) == [([("a", 0, 7)], []), ([("logo", 0, 0)], [])]


def test_a_footnote_longer_than_a_page_continues_over_pages():
    pages = paginate([para(1, {0: [0]}, key="p")], [note(0, 30)], FRAME)
    bands = [band for _, band in layout(pages)]
    assert sum(entry[0][2] for band in bands for entry in band) == 30 and len(pages) >= 3
    firsts = [entry[0][1] for band in bands for entry in band]
    assert firsts == sorted(firsts) and firsts[0] == 0


def test_a_line_whose_notes_fit_no_page_is_refused():
    small = Frame(100.0, 100.0, 60.0, split_note_min=1000.0, carry_text_min=0.0)  # 40 points of text
    with pytest.raises(PageBreakError, match="footnote"):
        paginate([para(1, {0: [0, 1]}, key="p")], [note(0, 1), note(1, 1)], small)  # needs 10 + 40


@pytest.mark.parametrize("pieces, space, min_lines, plan", [
    ([5], 100.0, 2, None),       # everything fits: nothing to split
    ([5], 31.0, 2, (0, 3)),      # 3 lines of the only paragraph
    ([5], 11.0, 2, None),        # 1 line: too few
    ([5], 11.0, 1, (0, 1)),      # ... unless forced
    ([2, 5], 45.0, 2, (1, 2)),   # the first paragraph, and 2 lines of the second
    ([2, 5], 25.0, 2, (1, 0)),   # between paragraphs
])
def test_plan_split(pieces, space, min_lines, plan):
    made = [Piece(n * LEAD, n, LEAD, k) for k, n in enumerate(pieces)]
    assert plan_split(made, space, min_lines) == plan
    if plan is not None:
        head, tail = split_pieces(made, plan)
        assert sum(p.lines for p in head + tail) == sum(pieces)


def test_paginate_knows_nothing_of_reportlab():
    source = (Path(__file__).resolve().parent.parent / "foiagen" / "writers" / "pdf" / "paginate.py").read_text()
    imported = {a.name for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ImportFrom) and n.module}
    assert not any("reportlab" in m for m in imported) and imported <= {"__future__", "collections", "dataclasses"}
