"""What a letter template may read, how long it may run and how much it may write.

User templates run in Jinja's sandbox with a loader confined to their folder tree (see
confine), a budget of loop iterations, a cap on built strings and lists, a cap on output
and a wall-clock limit.  The clock is checked by the template's own work (every loop
iteration, call, operator and piece of output), so it holds in any thread or process and
needs no timer thread; in the main thread a SIGALRM also stops a single long filter call.  The built-in templates load from modules compiled at build time
(tools/compile_templates.py), never from a cache on disk: nothing outside the package can
change the code that writes a letter.
"""

from __future__ import annotations

import contextvars
import hashlib
import re
import signal
import threading
import time
from pathlib import Path

import jinja2
from jinja2 import nodes
from jinja2.loaders import split_template_path
from jinja2.sandbox import SandboxedEnvironment

MAX_TEMPLATE_BYTES = 1024 * 1024
MAX_LOOP_ITERATIONS = 1_000_000
MAX_BUILT_LENGTH = 1_000_000  # characters of a string (or items of a list) a template builds with * or +
MAX_OUTPUT_CHARS = 8 * 1024 * 1024
TIME_LIMIT_SECONDS = 5
COMPILED_PACKAGE = "foiagen.compiled_templates"


class TemplateLimit(Exception):
    """A user template went past one of the limits above; the message says which."""


# -- reads -------------------------------------------------------------------------------
class ConfinedLoader(jinja2.BaseLoader):
    """Templates from `folder`, read through confine.read_limited: inside `roots`, after every
    symlink; regular files only; at most MAX_TEMPLATE_BYTES."""

    def __init__(self, folder: Path, roots):
        self.folder, self.roots = Path(folder), roots

    def get_source(self, environment, template):
        from .confine import RefusedRead, read_limited

        path = self.folder.joinpath(*split_template_path(template))
        try:
            data = read_limited(path, MAX_TEMPLATE_BYTES, self.roots)
        except FileNotFoundError:
            raise jinja2.TemplateNotFound(template) from None
        except RefusedRead as exc:
            raise TemplateLimit(f"template {template!r} {exc.message}".replace(" refused to", ": refused to")) from None
        try:
            source = data.decode("utf-8")
        except UnicodeDecodeError:
            raise TemplateLimit(f"template {template!r} is not UTF-8 text") from None
        return source, str(path), lambda: False


# -- work ----------------------------------------------------------------------------------
class _Clock:
    """The wall-clock budget of one render_limited call."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise TemplateLimit(f"template ran for more than {self.seconds:g} seconds")

    def loop(self, iterable):
        for item in iterable:
            self.check()
            yield item


_CLOCK: contextvars.ContextVar = contextvars.ContextVar("foiagen_template_clock", default=None)


def _check_clock() -> None:
    clock = _CLOCK.get()
    if clock is not None:
        clock.check()


class LimitedSandbox(SandboxedEnvironment):
    """Jinja's sandbox, with `*` and `+` refusing to build huge strings or lists, and every
    loop, call and operator checking the clock of the render under way (see render_limited)."""

    intercepted_binops = frozenset(["*", "+", "**"])

    def _parse(self, source, name, filename):
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):  # `for x in y` becomes `for x in environment.timed_loop(y)`
            timed = nodes.Call(nodes.EnvironmentAttribute("timed_loop"), [loop.iter], [], None, None, lineno=loop.iter.lineno)
            loop.iter = timed.set_environment(self)
        return tree

    def timed_loop(self, iterable):
        clock = _CLOCK.get()
        return iterable if clock is None else clock.loop(iterable)

    def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805 (Jinja's own signature)
        _check_clock()
        return super().call(__context, __obj, *args, **kwargs)

    def call_binop(self, context, operator, left, right):
        _check_clock()
        if operator == "**" and isinstance(right, int) and abs(right) > 64:
            raise TemplateLimit(f"template raises a number to the power {right}; the limit is 64")
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(times, int) and len(seq) * times > MAX_BUILT_LENGTH:
                    raise TemplateLimit(f"template builds a value of {len(seq) * times:,} items; the limit is {MAX_BUILT_LENGTH:,}")
        if operator == "+" and isinstance(left, (str, list, tuple)) and isinstance(right, type(left)):
            if len(left) + len(right) > MAX_BUILT_LENGTH:
                raise TemplateLimit(f"template builds a value of {len(left) + len(right):,} items; the limit is {MAX_BUILT_LENGTH:,}")
        return super().call_binop(context, operator, left, right)


def limited_range(budget: list):
    """`range` for a template: each iteration spends from a budget shared by the whole render."""

    def _range(*args):
        for i in range(*args):
            budget[0] -= 1
            if budget[0] < 0:
                raise TemplateLimit(f"template loops ran more than {MAX_LOOP_ITERATIONS:,} times")
            yield i

    return _range


def render_limited(template: jinja2.Template, context: dict) -> str:
    """Render a user template within the loop budget, the output cap and the time limit (in
    any thread: see _Clock; nothing is left running when it returns or raises)."""
    context = dict(context, range=limited_range([MAX_LOOP_ITERATIONS]))
    clock = _Clock(TIME_LIMIT_SECONDS)
    token = _CLOCK.set(clock)
    try:
        with _time_limit(TIME_LIMIT_SECONDS):
            out, size = [], 0
            for chunk in template.generate(context):
                clock.check()
                size += len(chunk)
                if size > MAX_OUTPUT_CHARS:
                    raise TemplateLimit(f"template wrote more than {MAX_OUTPUT_CHARS:,} characters")
                out.append(chunk)
    finally:
        _CLOCK.reset(token)
    return "".join(out)


class _time_limit:
    """SIGALRM after `seconds`, where this is the main thread: it also stops one long filter
    call, which the clock checks between steps cannot (elsewhere the clock alone holds)."""

    def __init__(self, seconds: int):
        self.seconds = seconds
        self.armed = threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer")

    def __enter__(self):
        if self.armed:
            self.previous = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)

    def _expire(self, signum, frame):
        raise TemplateLimit(f"template ran for more than {self.seconds:g} seconds")

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


# -- the built-in templates, compiled at build time ---------------------------------------------
def compiled_module_name(name: str) -> str:
    return "tmpl_" + re.sub(r"[^A-Za-z0-9]", "_", name)


def source_digest(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class BuiltinLoader(jinja2.FileSystemLoader):
    """The shipped templates: each from its module in foiagen.compiled_templates when that module
    was compiled from exactly this source by this Jinja version; else compiled in memory."""

    def load(self, environment, name, globals=None):
        source, filename, _ = self.get_source(environment, name)
        namespace = _compiled_namespace(name)
        if (namespace is None or namespace.get("SOURCE_SHA256") != source_digest(source)
                or namespace.get("JINJA_VERSION") != jinja2.__version__):
            code = environment.compile(source, name, filename)
            return environment.template_class.from_code(environment, code, globals or {}, None)
        namespace["__file__"] = filename  # tracebacks name the template, not the module
        return environment.template_class.from_module_dict(environment, namespace, globals or {})


def _compiled_namespace(name: str) -> dict | None:
    """A fresh namespace from the compiled module's code (Python's own .pyc cache, as for any module)."""
    import importlib.util

    module = f"{COMPILED_PACKAGE}.{compiled_module_name(name)}"
    try:
        spec = importlib.util.find_spec(module)
    except ImportError:
        return None
    if spec is None or spec.loader is None:
        return None
    namespace = {"__name__": module}
    exec(spec.loader.get_code(module), namespace)
    return namespace


def compiled_source(environment, name: str, source: str) -> str:
    """The module tools/compile_templates.py writes for one template (constants last: the
    compiled code's line numbers map to template lines)."""
    code = environment.compile(source, name, None, raw=True, defer_init=True)
    return (f"{code}\n\n# Compiled from templates/{name} by tools/compile_templates.py; do not edit.\n"
            f"SOURCE_SHA256 = {source_digest(source)!r}\nJINJA_VERSION = {jinja2.__version__!r}\n")
