"""The HTTP library under the SDK: httpx, or httpx2 (its maintained continuation, by Pydantic).

The two have the same API but unrelated classes: a request, response, transport or exception of
one is never an instance of the other's, and a transport of one fails inside a client of the other.
This module is the one place that knows both:

- :func:`backend_named` / :func:`backend_of`: the library chosen by name, or the one an object (a
  caller's ``AsyncClient``, a transport) belongs to, as an :class:`HttpBackend` that builds that
  library's clients, transports and timeouts.
- :func:`transport_errors` and its siblings: exception classes of *every loaded* library. Catching
  and classifying through them never depends on telling which library sent a request, so no
  identification can switch retries or error mapping off. An exception of a library implies that
  the library is imported, hence in ``sys.modules``.

httpx2 is imported only when it is asked for by name; an object of it means it is already imported.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING, Any, Final, Literal, TypeAlias, get_args

if TYPE_CHECKING:
    import httpx
    import httpx2

__all__ = [
    "AnyAsyncClient",
    "AnyResponse",
    "AnyTimeout",
    "BackendName",
    "HttpBackend",
    "backend_named",
    "backend_of",
    "classes_named",
    "is_replayable",
    "maybe_sent_errors",
    "never_sent_errors",
    "timeout_errors",
    "timeout_types",
    "transport_errors",
]

BackendName: TypeAlias = Literal["httpx", "httpx2"]
NAMES: Final[tuple[str, ...]] = get_args(BackendName)

AnyAsyncClient: TypeAlias = "httpx.AsyncClient | httpx2.AsyncClient"
AnyTimeout: TypeAlias = "float | httpx.Timeout | httpx2.Timeout | None"
AnyResponse: TypeAlias = "httpx.Response | httpx2.Response"

_EXTRA: Final = {"httpx": "httpx", "httpx2": "cal-async[httpx2]"}


class HttpBackend:
    """One HTTP library: ``name`` is how the SDK calls it, ``module`` the imported module."""

    # A plain slotted class: an attrs class here would add about 1 ms to ``import cal_async``.
    __slots__ = ("module", "name")

    def __init__(self, name: str, module: ModuleType) -> None:
        self.name = name
        self.module = module

    def __repr__(self) -> str:
        return f"HttpBackend({self.name!r})"

    def timeout(self, value: object) -> Any:
        """``value`` (seconds, None, or either library's ``Timeout``) as this library's ``Timeout``."""
        cls = self.module.Timeout
        if isinstance(value, cls):
            return value
        as_dict: Callable[[], dict[str, Any]] | None = getattr(value, "as_dict", None)
        if callable(as_dict):  # the other library's Timeout: same four fields
            return cls(**as_dict())
        return cls(value)

    def async_client(self, **kwargs: Any) -> Any:
        """``AsyncClient(**kwargs)`` of this library."""
        return self.module.AsyncClient(**kwargs)

    def asgi_transport(self, app: Any) -> Any:
        """This library's in-process transport to the ASGI ``app`` (no network)."""
        return self.module.ASGITransport(app=app)


def backend_named(name: str) -> HttpBackend:
    """The library called ``name`` ("httpx" or "httpx2"), imported now if needed."""
    if name not in NAMES:
        raise ValueError(f"http_backend must be one of {', '.join(map(repr, NAMES))}, got {name!r}")
    try:
        module = importlib.import_module(name)
    except ImportError as exc:
        raise ImportError(
            f"http_backend={name!r} needs the {name} package: pip install '{_EXTRA[name]}'"
        ) from exc
    return HttpBackend(_name_of(module, name), module)


def backend_of(obj: object) -> HttpBackend:
    """The library ``obj`` (a client, transport, request...) belongs to; TypeError if neither."""
    for cls in type(obj).__mro__:
        root = cls.__module__.partition(".")[0]
        module = sys.modules.get(root)
        if root in NAMES and module is not None:
            return HttpBackend(_name_of(module, root), module)
    raise TypeError(
        f"expected an httpx or httpx2 object (e.g. httpx.AsyncClient or httpx2.AsyncClient), "
        f"got {type(obj).__module__}.{type(obj).__qualname__}"
    )


def _name_of(module: ModuleType, imported_as: str) -> str:
    # httpx2.alias_httpx() makes ``import httpx`` return httpx2: name the library, not the alias.
    return "httpx2" if module.__name__.partition(".")[0] == "httpx2" else imported_as


def _loaded() -> tuple[ModuleType, ...]:
    modules: list[ModuleType] = []
    for name in NAMES:
        module = sys.modules.get(name)
        if module is not None and all(module is not seen for seen in modules):
            modules.append(module)
    return tuple(modules)


def classes_named(*names: str) -> tuple[type[Exception], ...]:
    """The exception classes called ``names`` (e.g. "DecodingError") of every loaded library."""
    return tuple(getattr(module, name) for module in _loaded() for name in names)


def transport_errors() -> tuple[type[Exception], ...]:
    """Every loaded library's ``TransportError`` (a failed exchange, timeouts included)."""
    return classes_named("TransportError")


def timeout_errors() -> tuple[type[Exception], ...]:
    """Every loaded library's ``TimeoutException``."""
    return classes_named("TimeoutException")


def never_sent_errors() -> tuple[type[Exception], ...]:
    """Failures proving the request never left, so even a POST can be retried."""
    return classes_named("ConnectError", "ConnectTimeout", "PoolTimeout")


def maybe_sent_errors() -> tuple[type[Exception], ...]:
    """Failures after which the server may or may not have acted on the request (a body that could
    not be decoded included: the server answered, so it acted)."""
    return classes_named("TimeoutException", "NetworkError", "RemoteProtocolError", "DecodingError")


def timeout_types() -> tuple[type, ...]:
    """Every loaded library's ``Timeout`` class (a per-call ``timeout=`` may be either)."""
    return tuple(module.Timeout for module in _loaded())


def is_replayable(request: httpx.Request | httpx2.Request) -> bool:
    """Whether the request's body can be sent again: built from bytes/json/data, not streamed."""
    kind = type(request.stream)
    if kind.__name__ == "ByteStream" and kind.__module__.partition(".")[0] in NAMES:
        return True  # the usual case, decided without listing the loaded libraries
    streams = tuple(module.ByteStream for module in _loaded())
    return isinstance(request.stream, streams)
