"""cal-async: an async-first, fully typed Python SDK for the Cal.com API v2.

Names are loaded on first use so that ``import cal_async`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import CalClient
    from ._errors import CalError
    from ._models import ApiModel, OpenIntEnum, OpenStrEnum, ResponseValidationError
    from ._options import RequestOptions
    from .pagination import AsyncPaginator, Page

_EXPORTS: dict[str, str] = {
    "CalClient": "._client",
    "CalError": "._errors",
    "ApiModel": "._models",
    "OpenStrEnum": "._models",
    "OpenIntEnum": "._models",
    "ResponseValidationError": "._models",
    "RequestOptions": "._options",
    "AsyncPaginator": ".pagination",
    "Page": ".pagination",
}

__all__ = [
    "ApiModel",
    "AsyncPaginator",
    "CalClient",
    "CalError",
    "OpenIntEnum",
    "OpenStrEnum",
    "Page",
    "RequestOptions",
    "ResponseValidationError",
    "__version__",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cal_async' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
