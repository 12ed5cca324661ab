"""The built-in templates compiled to Python at build time by tools/compile_templates.py (see foiagen.sandbox)."""
