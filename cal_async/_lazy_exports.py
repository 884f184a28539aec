"""A package's public names, imported on first use (PEP 562 module ``__getattr__``/``__dir__``).

``import cal_async`` then costs almost nothing: each name's module is imported when the name is
first touched, and the value is cached in the package so later lookups never come back here. Type
checkers do not run this; each package lists the same names under ``if TYPE_CHECKING:``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_exports"]


def lazy_exports(
    namespace: dict[str, Any], exports: Mapping[str, str], *, rest: str | None = None
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """The ``__getattr__`` and ``__dir__`` of the package whose ``globals()`` is ``namespace``.

    - ``exports``: public name -> the module defining it (relative to the package, e.g. ``"._auth"``).
    - ``rest``: a module that provides every other public name (``cal_async.types`` forwards to the
      generated models this way); ``dir()`` then lists its ``__all__`` too.
    """
    name_of_module: str = namespace["__name__"]
    package: str = namespace["__package__"]  # what relative module names are relative to

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        # Dunder lookups (``__path__``...) must not be forwarded: ``rest`` could make the package
        # look like another one.
        if module is None and not name.startswith("__"):
            module = rest
        if module is None:
            raise AttributeError(f"module {name_of_module!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, package), name)  # the error names a missing one
        namespace[name] = value
        return value

    def __dir__() -> list[str]:
        names = set(namespace["__all__"])
        if rest is not None:
            names.update(importlib.import_module(rest, package).__all__)
        return sorted(names)

    return __getattr__, __dir__
