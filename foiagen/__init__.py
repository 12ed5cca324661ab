"""foiagen: FOIA request letters from YAML specs, checked, cited from a dated registry, written as DOCX, PDF and text.

The library's verbs are `foiagen.load(path)`, `foiagen.check(paths)` and `foiagen.render(spec,
formats)` (see foiagen/api.py); they are imported on first use, so `import foiagen` stays light.
"""

import sys
import types

__version__ = "0.1.0"
__all__ = ["load", "check", "render", "SpecError", "UsageError", "__version__"]
_VERBS = frozenset(__all__) - {"__version__"}


class _Package(types.ModuleType):
    """The package keeps `check` and `render` as the library's verbs: importing the submodules of
    the same names (foiagen/check.py, foiagen/render.py) would otherwise rebind them to modules.
    The submodules stay importable by name (`from foiagen.render import render_document`)."""

    def __setattr__(self, name, value):
        if name in _VERBS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


def __getattr__(name: str):
    if name in _VERBS:
        from . import api

        value = getattr(api, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'foiagen' has no attribute {name!r}")


sys.modules[__name__].__class__ = _Package
