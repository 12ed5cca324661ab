"""The field table's fee keys that belong to one requester: its own fee category and its showing.

Fee status is decided requester by requester (5 U.S.C. § 552(a)(4)(A)(ii)); a joint letter may
state each requester's category with the showing for it.  fields.py adds these keys to the
requester's shape; `fees.category` stays the category of every requester that states none.
"""

from __future__ import annotations

from .. import model as m
from .field_types import PARAGRAPHS, Field, choice

REQUESTER_FEE_FIELDS = (
    Field("fee_category", choice(*m.FEE_CATEGORIES),
          "This requester's own fee category: news_media, educational (a school's program of scholarly research), "
          "scientific (a noncommercial institution operated solely for scientific research), other, or commercial. "
          "Left out: `fees.category`. Status is decided for each requester, so a joint letter states each one's.",
          "news_media", moved_from=("fee_status", "requester_category")),
    Field("fee_showing", PARAGRAPHS,
          "Why this requester holds its `fee_category` (required for news_media, educational and scientific): how it "
          "gathers news, turns it into distinct works and distributes them; or the institution, its research and that "
          "the request is made under its auspices.", "[The Ledger gathers news …]"),
)
