"""foiagen: FOIA request letters from YAML specs, checked, cited from a dated registry, written as DOCX, PDF and text."""

__version__ = "0.1.0"
