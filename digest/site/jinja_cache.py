"""Compiled templates kept between builds: Jinja's bytecode cache, one per kind of environment.

Every build compiles its templates again (MkDocs makes a new theme environment per build, the
plugin a new renderer): ~80 templates, a sixth of a 100-debate build and more of a ``serve``
rebuild. Jinja's :class:`~jinja2.FileSystemBytecodeCache` keeps the compiled code in the user's
private temp folder (``_jinja2-cache-<uid>``, mode 0700, as Jinja makes it) and recompiles a
template whenever its source changes (it compares a checksum of the source), so an edit to
``theme_overrides/`` is seen by the next build.

Jinja keys cached code by template name only, but the code depends on the environment's options
(delimiters, ``trim_blocks``, autoescape, the renderer's own code generator…): :func:`install`
adds those options to the key, so two environments never share code compiled for the other.
"""

from __future__ import annotations

import hashlib
import weakref

import jinja2
from jinja2 import Environment, FileSystemBytecodeCache

_COMPILE_OPTIONS = (
    *("block_start_string", "block_end_string", "variable_start_string", "variable_end_string"),
    *("comment_start_string", "comment_end_string", "line_statement_prefix"),
    *("line_comment_prefix", "trim_blocks", "lstrip_blocks", "newline_sequence"),
    *("keep_trailing_newline", "optimized", "autoescape", "finalize", "is_async"),
)


class _OptionsKeyedCache(FileSystemBytecodeCache):
    """Keys by the environment's options as they are when a template is loaded (a test may
    change its code generator after making it)."""

    def __init__(self, env: Environment) -> None:
        super().__init__()
        self._env = weakref.ref(env)

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        env = self._env()
        options = flavour(env) if env is not None else "?"
        key = f"{options}\n{name}\n{filename or ''}"
        return hashlib.sha1(key.encode("utf-8")).hexdigest()


def flavour(env: Environment) -> str:
    """Everything of ``env`` that changes the code Jinja compiles a template to."""
    options = [f"{name}={_described(getattr(env, name, None))}" for name in _COMPILE_OPTIONS]
    options.append(f"generator={_described(env.code_generator_class)}")
    # A generator whose code changed under the same name (digest.site.jinja_fast) says so.
    options.append(f"generator_version={getattr(env.code_generator_class, 'CODE_VERSION', 0)}")
    options.append(f"extensions={sorted(env.extensions)}")
    options.append(f"jinja={jinja2.__version__}")
    return ";".join(options)


def _described(value: object) -> str:
    """A function or class by its name (its repr has an address, new in every process)."""
    if callable(value):
        return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"
    return repr(value)


def install(env: Environment) -> bool:
    """Give ``env`` the bytecode cache of its kind; False if it has one already or none can be
    made (no private temp folder: Jinja refuses a shared one)."""
    if env.bytecode_cache is not None:
        return False
    try:
        env.bytecode_cache = _OptionsKeyedCache(env)
    except RuntimeError:  # Jinja could not make a private cache folder
        return False
    return True
