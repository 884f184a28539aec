"""OpenTelemetry: one CLIENT span per API call, at no cost when the application does not trace.

Nothing here imports OpenTelemetry up front. A call is traced only when the client was given a
``tracer_provider`` or the application has imported ``opentelemetry.trace`` (every application
that sets up tracing has); otherwise the check is one dictionary lookup and calls run exactly as
before. With ``pip install 'cal-async[otel]'`` (``opentelemetry-api``) the span:

- is named after the operation, ``cal.bookings.list``, and nests under the caller's current span;
- carries ``http.request.method``, ``url.template`` (the route with ``{placeholders}``),
  ``http.response.status_code``, ``cal.retries`` (attempts after the first, also as the semantic
  convention's ``http.request.resend_count`` when non-zero), ``cal.rate_limit.remaining`` (the
  lowest ``X-RateLimit-Remaining-*`` of the final response), ``server.address`` and, on failure,
  ``error.type`` (the exception's class name) with the span status set to ERROR.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable, Mapping
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from ._errors import APIStatusError
from ._ratelimit import parse_rate_limits
from ._version import __version__

__all__ = ["Telemetry", "TracerProviderLike"]

if TYPE_CHECKING:
    from ._operation import Operation


# Defined at run time (not only for checkers) so that ``cal_async.TracerProviderLike`` can be
# imported by code that annotates what it passes to ``CalClient``; this module loads with the
# first client, never at ``import cal_async``.
class TracerProviderLike(Protocol):
    """What ``CalClient(tracer_provider=...)`` needs: an OpenTelemetry ``TracerProvider``."""

    def get_tracer(
        self, instrumenting_module_name: str, instrumenting_library_version: str | None = None
    ) -> Any: ...


T = TypeVar("T")


class _Call:
    """What one traced call saw on the wire (attempts for its own path, the final response)."""

    __slots__ = ("attempts", "host", "path", "response")

    def __init__(self, path: str) -> None:
        self.path = path
        self.attempts = 0
        self.host: str | None = None
        self.response: httpx.Response | None = None


class Telemetry:
    """The tracing state of one client (shared with its ``with_options`` copies)."""

    __slots__ = ("_call", "_provider")

    def __init__(self, provider: TracerProviderLike | None = None) -> None:
        self._provider = provider
        self._call: ContextVar[_Call | None] = ContextVar("cal_async_traced_call", default=None)

    def active(self) -> bool:
        return self._provider is not None or "opentelemetry.trace" in sys.modules

    def attempt(self, request: httpx.Request) -> None:
        """Called before every HTTP attempt; a token refresh made meanwhile is not counted."""
        call = self._call.get()
        if call is not None and request.url.path.endswith(call.path):
            call.attempts += 1
            call.host = request.url.host

    def received(self, response: httpx.Response) -> None:
        """Called with the call's final response."""
        call = self._call.get()
        if call is not None:
            call.response = response

    async def traced(
        self, operation: Operation[Any], request: Mapping[str, Any], run: Callable[[], Awaitable[T]]
    ) -> T:
        from opentelemetry import trace  # only reached when the application traces

        provider = self._provider if self._provider is not None else trace.get_tracer_provider()
        tracer = provider.get_tracer("cal_async", __version__)
        method = operation.http_method
        attributes: dict[str, str] = {
            "http.request.method": method,
            "url.template": operation.path,
            "cal.operation": operation.name,
        }
        call = _Call(str(request["url"]))
        token = self._call.set(call)
        try:
            with tracer.start_as_current_span(
                f"cal.{operation.name}",
                kind=trace.SpanKind.CLIENT,
                attributes=attributes,
                record_exception=False,
                set_status_on_exception=False,
            ) as span:
                try:
                    result = await run()
                except BaseException as exc:
                    response = exc.response if isinstance(exc, APIStatusError) else call.response
                    _finish(span, call, response)
                    span.set_attribute("error.type", type(exc).__qualname__)
                    if isinstance(exc, Exception):
                        span.record_exception(exc)
                        span.set_status(trace.Status(trace.StatusCode.ERROR, type(exc).__qualname__))
                    raise
                _finish(span, call, call.response)
                return result
        finally:
            self._call.reset(token)


def _finish(span: Any, call: _Call, response: httpx.Response | None) -> None:
    retries = max(call.attempts - 1, 0)
    span.set_attribute("cal.retries", retries)
    if retries:
        span.set_attribute("http.request.resend_count", retries)
    if call.host is not None:
        span.set_attribute("server.address", call.host)
    if response is None:
        return
    span.set_attribute("http.response.status_code", response.status_code)
    remaining = [
        lim.remaining for lim in parse_rate_limits(response.headers).limits if lim.remaining is not None
    ]
    if remaining:
        span.set_attribute("cal.rate_limit.remaining", min(remaining))
