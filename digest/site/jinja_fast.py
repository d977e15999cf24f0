"""Two Jinja internals made cheaper for the page templates, with what they output unchanged.

Rendering a digest's pages calls Jinja's runtime hundreds of thousands of times; three of those
calls do work the renderer's environment never needs:

- every ``{{ value }}`` is ``escape(finalize(value))``: the renderer's ``finalize`` already
  returns ``Markup`` (escaped text, or HTML on purpose) or ``""``, on which ``escape`` is the
  identity, so :class:`CodeGenerator` leaves it out (when autoescape is on and not volatile;
  elsewhere Jinja's own code is kept);
- every call from a template goes through ``Context.call``, which looks for ``pass_context``
  and its kin on the callable and on its ``__call__``: :class:`Context` calls a plain function,
  bound method or builtin carrying no such mark directly (dropping the loop variables Jinja hands
  only to ``pass_context`` callables), and leaves every other callable to Jinja;
- every ``{{ a.b }}`` is ``environment.getattr(a, "b")``, a Python call that tries ``getattr``
  then ``a["b"]``: :class:`CodeGenerator` writes Python's own ``getattr(a, "b", missing)`` and
  calls Jinja's only when that finds nothing (``a`` evaluated once; a dict key, an undefined
  value and every error are then Jinja's, as before). Not for async or sandboxed environments.
"""

from __future__ import annotations

import types
from typing import Any

from jinja2 import compiler, runtime

# Names for visit_Getattr's temporaries: Jinja's own locals are l_…, t_…, resolve, undefined….
_OBJECT, _VALUE = "_jf_getattr_object", "_jf_getattr_value"

_PLAIN_CALLABLES = (
    types.FunctionType,
    types.MethodType,
    types.BuiltinFunctionType,
    types.BuiltinMethodType,
)


class CodeGenerator(compiler.CodeGenerator):
    """Jinja's code generator, minus ``escape(…)`` around a finalized value, with a shorter
    ``getattr`` (see module)."""

    CODE_VERSION = 2  # part of the bytecode cache's key (jinja_cache): raise it on every change

    def _output_child_pre(self, node: Any, frame: Any, finalize: Any) -> None:
        if finalize.src is not None and frame.eval_ctx.autoescape and not frame.eval_ctx.volatile:
            self.write("(" + finalize.src)  # _output_child_post closes both
            return
        super()._output_child_pre(node, frame, finalize)

    def visit_Getattr(self, node: Any, frame: Any) -> None:
        if self.environment.is_async or self.environment.sandboxed:
            super().visit_Getattr(node, frame)
            return
        # (v if (v := getattr((o := OBJ), name, missing)) is not missing else env.getattr(o, name))
        # A nested a.b.c reassigns o and v inside OBJ, before this level's own assignments.
        self.write(f"({_VALUE} if ({_VALUE} := getattr(({_OBJECT} := ")
        self.visit(node.node, frame)
        self.write(f"), {node.attr!r}, missing)) is not missing else ")
        self.write(f"environment.getattr({_OBJECT}, {node.attr!r}))")


class Context(runtime.Context):
    """Jinja's context, with the common case of ``call`` short (see module)."""

    def call(__self, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 (Jinja's names)
        if type(__obj) not in _PLAIN_CALLABLES or hasattr(__obj, "jinja_pass_arg"):
            return runtime.Context.call(__self, __obj, *args, **kwargs)
        kwargs.pop("_loop_vars", None)
        kwargs.pop("_block_vars", None)
        try:
            return __obj(*args, **kwargs)
        except StopIteration:
            return __self.environment.undefined("value was undefined because a callable raised a"
                                                " StopIteration exception")
