"""The footnote-aware page breaker: a pure function from blocks (line heights, and for each line
the footnotes it references) and footnotes (piece heights) to pages.

Pages are filled line by line: a line goes on a page only if the page still has room for the
line **and** for the whole of every footnote the line references (footnotes sit in a band above
the bottom margin, under a short rule).  A long footnote (taller than `Frame.split_note_min`)
may instead be split: its first part ends the page and the rest continues at the top of the next
page's band, ahead of that page's own footnotes; a footnote longer than a page keeps continuing
over as many pages as it needs.  A paragraph is never split to leave one line alone (no widows,
no orphans); a block that keeps with the next moves to a new page with the start of what
follows; a block that keeps together is never split when a fresh page could hold it.

Nothing here knows reportlab: the writer measures, this module decides, the writer draws.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field, replace

FN_GAP = 4.0  # between footnotes
FN_PARA_GAP = 2.0  # between paragraphs of one footnote
SEP_ABOVE = 10.0  # text to separator rule
SEP_BELOW = 6.0  # separator rule to first footnote
SEP_H = SEP_ABOVE + SEP_BELOW
EPSILON = 1e-6


class PageBreakError(Exception):
    """The blocks cannot be laid out (a footnote too long for the page of its reference)."""


@dataclass(frozen=True)
class Frame:
    """Where text may go: y of the text area's top on page 1 and on later pages, and its bottom."""

    first_top: float
    later_top: float
    bottom: float
    split_note_min: float  # a footnote taller than this may be split across pages
    carry_text_min: float  # a continued footnote leaves at least this much room for text


@dataclass(frozen=True)
class Block:
    """A paragraph (its lines, each with the footnote idents referenced on it) or, with no
    lines, a box that is never split.  `key` is the caller's; `first_line` counts the lines of
    the caller's block placed on earlier pages."""

    height: float
    lines: tuple[tuple[int, ...], ...] = ()
    leading: float = 0.0
    space_before: float = 0.0
    space_after: float = 12.0
    keep_together: bool = False
    keep_with_next: bool = False
    key: object = None
    first_line: int = 0
    break_before: bool = False  # starts a new page (unless the page is still empty)

    @property
    def refs(self) -> list[int]:
        return [i for line in self.lines for i in line]

    def split(self, k: int) -> tuple["Block", "Block"]:
        """The first k lines, and the rest continuing on the next page."""
        head = replace(self, lines=self.lines[:k], height=k * self.leading)
        tail = replace(self, lines=self.lines[k:], height=(len(self.lines) - k) * self.leading,
                       space_before=0.0, first_line=self.first_line + k)
        return head, tail


@dataclass(frozen=True)
class Piece:
    """A paragraph of a footnote, or the part of one that goes on one page."""

    height: float
    lines: int
    leading: float
    key: object = None
    first_line: int = 0

    def split(self, k: int) -> tuple["Piece", "Piece"]:
        return (replace(self, height=k * self.leading, lines=k),
                replace(self, height=(self.lines - k) * self.leading, lines=self.lines - k, first_line=self.first_line + k))


@dataclass
class Note:
    ident: int  # the order of its reference in the document
    number: int  # the printed number
    pieces: list[Piece]

    @property
    def height(self) -> float:
        return pieces_height(self.pieces)


def pieces_height(pieces) -> float:
    return sum(p.height for p in pieces) + FN_PARA_GAP * (len(pieces) - 1)


@dataclass(frozen=True)
class Placed:
    block: Block
    y: float  # from the top of the page's text area


@dataclass
class Page:
    number: int
    top: float  # y of the top of the text area
    bottom: float
    used: float = 0.0
    last_after: float = 0.0
    placed: list[Placed] = field(default_factory=list)
    band: list[list[Piece]] = field(default_factory=list)  # one entry per footnote (part)
    band_h: float = 0.0
    refs: list[int] = field(default_factory=list)  # footnote idents whose reference is on this page
    carry_pending: bool = False  # a continued footnote goes on beyond this page

    @property
    def body_h(self) -> float:
        return self.top - self.bottom

    @property
    def empty(self) -> bool:
        return not self.placed

    def add_band(self, pieces) -> None:
        self.band_h += (SEP_H if not self.band else FN_GAP) + pieces_height(pieces)
        self.band.append(list(pieces))


def paginate(blocks, notes: list[Note], frame: Frame) -> list[Page]:
    """The pages the blocks fill, in order, each with its footnote band."""
    layout = _Layout(notes, frame)
    queue = deque(blocks)
    while queue:
        layout.place(queue.popleft(), queue)
    pages = layout.finish()
    while len(pages) > 1 and not pages[-1].placed and not pages[-1].band:
        pages.pop()  # a trailing empty page (possible after a forced break at the very end)
    return pages


def plan_split(pieces, space: float, min_lines: int = 2):
    """Where to split footnote pieces so the first part fits in `space`: (index of the piece
    split, lines of it kept; 0 = split between pieces), or None when no first part of at least
    `min_lines` lines fits (or everything fits)."""
    used = 0.0
    for idx, piece in enumerate(pieces):
        gap = FN_PARA_GAP if idx else 0.0
        if used + gap + piece.height <= space + EPSILON:
            used += gap + piece.height
            continue
        k = min(int((space - used - gap + EPSILON) // piece.leading), piece.lines - 1)
        if k >= min_lines or (k >= 1 and idx):
            return idx, k
        return (idx, 0) if idx else None
    return None


def split_pieces(pieces, plan):
    idx, k = plan
    if k == 0:
        return list(pieces[:idx]), list(pieces[idx:])
    head, tail = pieces[idx].split(k)
    return list(pieces[:idx]) + [head], [tail] + list(pieces[idx + 1 :])


class _Layout:
    def __init__(self, notes: list[Note], frame: Frame):
        self.notes, self.frame = notes, frame
        self.pages: list[Page] = []
        self.carry: list[Piece] = []  # pieces of a footnote continuing on the next page
        self.page = self.new_page()

    def new_page(self) -> Page:
        number = len(self.pages) + 1
        page = Page(number, self.frame.first_top if number == 1 else self.frame.later_top, self.frame.bottom)
        self.pages.append(page)
        self.page = page
        if self.carry:
            self._carry_onto(page)
        return page

    def _carry_onto(self, page: Page) -> None:
        room = page.body_h - self.frame.carry_text_min - SEP_H
        pieces = self.carry
        if pieces_height(pieces) <= room:
            first, rest = pieces, []
        else:
            plan = plan_split(pieces, room, min_lines=1)
            # no plan cannot happen with a page of room; keep going regardless
            first, rest = (pieces[:1], pieces[1:]) if plan is None else split_pieces(pieces, plan)
        page.add_band(first)
        self.carry = rest
        page.carry_pending = bool(rest)

    def finish(self) -> list[Page]:
        while self.carry:
            self.new_page()
        return self.pages

    # -- footnote arithmetic ------------------------------------------------------------
    def band_with(self, page: Page, idents) -> float:
        if not idents:
            return page.band_h
        h = page.band_h + sum(self.notes[i].height for i in idents) + FN_GAP * len(idents)
        return h + (SEP_H - FN_GAP if not page.band else 0.0)

    def evaluate(self, page: Page, text_h: float, idents: list[int], force: bool = False):
        """Can text_h more points of text with references `idents` go on the page?

        Returns (ok, split): split is None, or (ident, plan) when footnote `ident` must be split
        by `plan` (see plan_split) to fit; the page then ends after this text."""
        if idents and page.carry_pending:
            return False, None  # a continued footnote must end before new ones start
        room = page.body_h - page.used - text_h
        if room - self.band_with(page, idents) >= -EPSILON:
            return True, None
        if not idents:
            return False, None
        # Split the last footnote, so the continued part is the last of the page.  Only when
        # forced (a line that fits on no page otherwise) may an earlier, larger one be split
        # instead: it then continues on the next page after the later ones.
        candidates = [idents[-1]]
        if force:
            candidates += sorted(set(idents[:-1]), key=lambda i: -self.notes[i].height)
        for ident in candidates:
            note = self.notes[ident]
            if not force and note.height <= self.frame.split_note_min:
                return False, None
            others = list(idents)
            others.remove(ident)
            space = room - self.band_with(page, others) - (SEP_H if not page.band and not others else FN_GAP)
            plan = plan_split(note.pieces, space, min_lines=1 if force else 2)
            if plan is not None:
                return True, (ident, plan)
        return False, None

    # -- placing ------------------------------------------------------------------------
    def place(self, block: Block, rest: deque) -> None:
        page = self.page
        if block.break_before and not page.empty and block.first_line == 0:
            page = self.new_page()
        gap = 0.0 if page.empty else max(page.last_after, block.space_before)
        if block.keep_with_next and not page.empty and rest:
            if not self._group_fits(page, gap, block, rest) and self._group_fits(None, 0.0, block, rest):
                page, gap = self.new_page(), 0.0
        if not block.lines:  # a box: on this page if it fits, else on the next
            if not page.empty and page.used + gap + block.height > page.body_h - page.band_h:
                page, gap = self.new_page(), 0.0
            self._put(page, block, gap, [])
            return
        if block.keep_together and not page.empty and self._move_whole(page, gap, block, rest):
            return
        ok, split = self.evaluate(page, gap + block.height, block.refs)
        if ok:
            self._put(page, block, gap, block.refs, split)
            if split is not None:
                self.new_page()
            return
        self._place_part(page, gap, block, rest)

    def _move_whole(self, page: Page, gap: float, block: Block, rest: deque) -> bool:
        """Place a keep-together block here whole, or queue it for a fresh page that holds it."""
        ok, split = self.evaluate(page, gap + block.height, block.refs)
        if ok and split is None:
            self._put(page, block, gap, block.refs)
            return True
        fresh = Page(0, self.frame.later_top, self.frame.bottom)
        if block.height + self.band_with(fresh, block.refs) <= fresh.body_h:
            rest.appendleft(block)
            self.new_page()
            return True
        return False

    def _place_part(self, page: Page, gap: float, block: Block, rest: deque) -> None:
        """The block does not fit whole: as many lines as fit (no widow, no orphan), the rest next."""
        n, lead = len(block.lines), block.leading
        k, split = self._lines_that_fit(page, gap, block)
        if 0 < k < n and not page.empty:
            if n - k == 1:
                k -= 1
            if k == 1 and n > 1:
                k = 0
        if k == 0 and page.empty and not page.band:
            # not even one line (with its footnotes) fits on an empty page: force a split
            ok, split = self.evaluate(page, lead, list(block.lines[0]), force=True)
            if not ok:
                nums = ", ".join(str(self.notes[i].number) for i in block.lines[0])
                raise PageBreakError(f"footnote(s) {nums} are too long to fit on the page of their reference")
            k = 1
        elif k == 0:
            rest.appendleft(block)
            self.new_page()
            return
        head, tail = block.split(k) if k < n else (block, None)
        # re-evaluate for the chosen k (widow control may have shortened it)
        ok, split = self.evaluate(page, gap + k * lead, head.refs, force=page.empty and not page.band)
        if not ok:  # pragma: no cover - evaluate is monotone in k
            raise PageBreakError("internal error: page breaking failed")
        self._put(page, head, gap, head.refs, split)
        if tail is not None:
            rest.appendleft(tail)
            self.new_page()
        elif split is not None:
            self.new_page()

    def _lines_that_fit(self, page: Page, gap: float, block: Block):
        k, split, refs = 0, None, []
        for j, line in enumerate(block.lines):
            refs = refs + list(line)
            ok, split_j = self.evaluate(page, gap + (j + 1) * block.leading, refs)
            if not ok:
                break
            k, split = j + 1, split_j
            if split_j is not None:
                break  # the page ends with a split footnote
        return k, split

    def _put(self, page: Page, block: Block, gap: float, refs, split=None) -> None:
        page.placed.append(Placed(block, page.used + gap))
        page.used += gap + block.height
        page.last_after = block.space_after
        for ident in refs:
            page.refs.append(ident)
            if split is not None and ident == split[0]:
                first, self.carry = split_pieces(self.notes[ident].pieces, split[1])
                page.add_band(first)
            else:
                page.add_band(self.notes[ident].pieces)

    def _group_fits(self, page: Page | None, gap: float, block: Block, rest: deque) -> bool:
        """Do `block`, the keep-with-next blocks after it and the start of the next fit?"""
        if page is None:
            page = Page(0, self.frame.later_top, self.frame.bottom)
        chain = [block]
        for nxt in rest:
            chain.append(nxt)
            if not nxt.keep_with_next:
                break
        total, refs, last_after = gap, [], None
        for k, item in enumerate(chain):
            if last_after is not None:
                total += max(last_after, item.space_before)
            lines = item.lines
            if item.lines and k == len(chain) - 1 and k > 0 and not item.keep_together and len(lines) > 3:
                lines = lines[:2]  # what follows need only start here: its first two lines
                total += 2 * item.leading
            else:
                total += item.height
            refs.extend(i for line in lines for i in line)
            last_after = item.space_after
        return page.used + total + self.band_with(page, refs) <= page.body_h + EPSILON
