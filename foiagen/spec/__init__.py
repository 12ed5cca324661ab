"""Spec validation: a Node tree becomes a Request, and every problem is reported at its node.

The field table (fields.py) declares every key; reader.py reads mappings against it (Context,
ObjectReader, scalars); richtext.py reads text, segments and paragraphs; readers.py has one
reader per spec object; footnotes.py, assets.py and letter.py read the rest.
"""

from .reader import Context, ObjectReader, read_date, read_str
from .readers import read_agency, read_request
from .richtext import Reader, read_paragraphs, read_rich

__all__ = ["Context", "ObjectReader", "Reader", "read_agency", "read_date", "read_paragraphs", "read_request",
           "read_rich", "read_str"]
