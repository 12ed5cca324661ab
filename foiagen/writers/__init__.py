"""Writers: pure functions from a Document to the bytes of one output format.

Each is registered by name and imported only when asked for, so that `validate`
and `--help` never pay for reportlab or python-docx.  A writer that cannot render
something (a character no font can draw, say) raises WriterError naming it; it
never drops it silently.
"""

from __future__ import annotations

import importlib

# format name -> (module, function, file extension)
WRITERS = {
    "docx": ("foiagen.writers.docx", "write_docx", "docx"),
    "pdf": ("foiagen.writers.pdf", "write_pdf", "pdf"),
    "txt": ("foiagen.writers.txt", "write_txt", "txt"),
}


class WriterError(Exception):
    """A writer could not render part of the document."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def get_writer(name: str):
    module_name, func_name, _ = WRITERS[name]
    return getattr(importlib.import_module(module_name), func_name)
