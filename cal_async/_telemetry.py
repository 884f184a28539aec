"""OpenTelemetry: one CLIENT span per API call, at no cost when the application does not trace.

Nothing here imports OpenTelemetry up front. A call is traced only when the client was given a
``tracer_provider`` or the application has imported ``opentelemetry.trace`` (every application
that sets up tracing has); otherwise the check is one dictionary lookup and calls run exactly as
before. With ``pip install 'cal-async[otel]'`` (``opentelemetry-api``) the span:

- is named after the operation, ``cal.bookings.list``, and nests under the caller's current span;
- carries ``http.request.method``, ``url.template`` (the route with ``{placeholders}``, never the
  values), ``cal.operation`` (``bookings.list``), ``http.response.status_code``, ``cal.retries``
  (attempts after the first, also as the semantic convention's ``http.request.resend_count`` when
  non-zero), ``cal.rate_limit.remaining`` (the lowest ``X-RateLimit-Remaining-*`` of the final
  response), ``server.address`` and, on failure, ``error.type`` (the exception's class name) with
  the span status set to ERROR and one ``exception`` event.

The ``exception`` event holds ``exception.type`` (e.g. ``cal_async.NotFoundError``) and an
``exception.message`` made of the type and the HTTP status (``NotFoundError: HTTP 404``), never
the exception's text: the server's messages can quote what the caller sent (an attendee's email,
a name). ``CalClient(trace_error_messages=True)`` records the text and the stack trace too.

Telemetry never changes a call's outcome: an exception from the tracer provider, the tracer, the
span or a span processor (``on_start``, ``on_end``) is caught, logged once per client as a
warning (later ones at debug level), and the call goes on, untraced if the span could not start.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import httpx

from ._errors import APIStatusError
from ._ratelimit import parse_rate_limits
from ._version import __version__

__all__ = ["Telemetry", "TracerProviderLike"]

if TYPE_CHECKING:
    from contextvars import Token

    from opentelemetry.context import Context

    from ._operation import Operation
    from ._pipeline import Call


# Defined at run time (not only for checkers) so that ``cal_async.TracerProviderLike`` can be
# imported by code that annotates what it passes to ``CalClient``; this module loads with the
# first client, never at ``import cal_async``.
class TracerProviderLike(Protocol):
    """What ``CalClient(tracer_provider=...)`` needs: an OpenTelemetry ``TracerProvider``."""

    def get_tracer(
        self, instrumenting_module_name: str, instrumenting_library_version: str | None = None
    ) -> Any: ...


T = TypeVar("T")
R = TypeVar("R")

logger = logging.getLogger("cal_async")


class Telemetry:
    """The tracing state of one client (shared with its ``with_options`` copies)."""

    __slots__ = ("_failed", "_messages", "_provider")

    def __init__(self, provider: TracerProviderLike | None = None, *, error_messages: bool = False) -> None:
        self._provider = provider
        self._messages = error_messages
        self._failed = False  # a failure of the tracing machinery was logged

    def active(self) -> bool:
        return self._provider is not None or "opentelemetry.trace" in sys.modules

    async def traced(self, operation: Operation[Any], call: Call, run: Awaitable[T]) -> T:
        """``run`` (the whole of ``call``) in the operation's span; the span's attributes are read
        from what the call saw at its end (its attempts, host and final response)."""
        started = self._contained(self._start, operation)
        if started is None:  # the span could not start: the call runs untraced
            return await run
        span, attached = started
        try:
            result = await run
        except BaseException as exc:
            self._contained(self._record_failure, span, call, exc)
            raise
        else:
            self._contained(_finish, span, call, call.response)
            return result
        finally:
            self._contained(_detach, attached)
            self._contained(span.end)  # span processors' on_end run here

    def _start(self, operation: Operation[Any]) -> tuple[Any, Token[Context]]:
        """Start the call's span and make it the current one; returns it and the context token."""
        from opentelemetry import context, trace  # only reached when the application traces

        provider = self._provider if self._provider is not None else trace.get_tracer_provider()
        tracer = provider.get_tracer("cal_async", __version__)
        attributes: dict[str, str] = {
            "http.request.method": operation.http_method,
            "url.template": operation.path,
            "cal.operation": operation.name,
        }
        span = tracer.start_span(
            f"cal.{operation.name}",
            kind=trace.SpanKind.CLIENT,
            attributes=attributes,
            record_exception=False,
            set_status_on_exception=False,
        )
        try:
            return span, context.attach(trace.set_span_in_context(span))
        except BaseException:
            span.end()
            raise

    def _record_failure(self, span: Any, call: Call, exc: BaseException) -> None:
        from opentelemetry import trace

        response = exc.response if isinstance(exc, APIStatusError) else call.response
        _finish(span, call, response)
        name = type(exc).__qualname__
        span.set_attribute("error.type", name)
        if not isinstance(exc, Exception):  # cancelled: not an error of the call's own
            return
        status = f": HTTP {exc.status_code}" if isinstance(exc, APIStatusError) else ""
        event: dict[str, str] = {"exception.type": _type_name(type(exc)), "exception.message": name + status}
        if self._messages:
            event["exception.message"] = str(exc)
            event["exception.stacktrace"] = "".join(traceback.format_exception(exc))
        span.add_event("exception", event)
        span.set_status(trace.Status(trace.StatusCode.ERROR, name))

    def _contained(self, action: Callable[..., R], *args: Any) -> R | None:
        """``action(*args)``, or None when it raised: the tracing machinery must not break a call."""
        try:
            return action(*args)
        except Exception as exc:
            level = logging.DEBUG if self._failed else logging.WARNING
            self._failed = True
            logger.log(
                level,
                "telemetry failed in %s (%s); the call goes on",
                getattr(action, "__name__", "tracing").lstrip("_"),
                type(exc).__name__,
                exc_info=level == logging.WARNING,
            )
            return None


def _detach(token: Token[Context]) -> None:
    from opentelemetry import context

    context.detach(token)


def _type_name(cls: type[BaseException]) -> str:
    """``cal_async.NotFoundError`` for the SDK's public errors, else ``module.QualName``."""
    import cal_async

    if cls.__module__.startswith("cal_async.") and getattr(cal_async, cls.__qualname__, None) is cls:
        return f"cal_async.{cls.__qualname__}"
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def _finish(span: Any, call: Call, response: httpx.Response | None) -> None:
    retries = call.retries
    span.set_attribute("cal.retries", retries)
    if retries:
        span.set_attribute("http.request.resend_count", retries)
    if call.http_request is not None:
        span.set_attribute("server.address", call.http_request.url.host)
    if response is None:
        return
    span.set_attribute("http.response.status_code", response.status_code)
    remaining = [
        lim.remaining for lim in parse_rate_limits(response.headers).limits if lim.remaining is not None
    ]
    if remaining:
        span.set_attribute("cal.rate_limit.remaining", min(remaining))
