"""Telemetry never changes a call's outcome, and records no free server text (issue 19, item 7).

A span processor or tracer provider that raises once broke calls with an untyped RuntimeError
(after the request had succeeded, for ``on_end``); a server message quoting an attendee's email
was copied into the span's ``exception`` event. Run on httpx and httpx2.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import pytest
from opentelemetry.context import Context
from opentelemetry.sdk.trace import ReadableSpan, Span, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from cal_async import BadRequestError, NotFoundError, RetryPolicy
from cal_async.testing import FakeCal, Fault

LIBRARIES = ["httpx", "httpx2"]
EMAIL = "zoe.guest@example.org"


class Raising(SpanProcessor):
    """A span processor that raises in ``on_start`` or ``on_end``."""

    def __init__(self, where: str) -> None:
        self.where = where

    def on_start(self, span: Span, parent_context: Context | None = None) -> None:
        if self.where == "on_start":
            raise RuntimeError("exporter queue is full")

    def on_end(self, span: ReadableSpan) -> None:
        if self.where == "on_end":
            raise RuntimeError("exporter queue is full")


class RaisingProvider:
    """A tracer provider whose ``get_tracer`` raises (a misconfigured SDK)."""

    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("no tracer for you")


class RaisingSpans(TracerProvider):
    """A provider whose spans raise on every attribute and event."""

    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        tracer = super().get_tracer(*args, **kwargs)
        start_span = tracer.start_span

        def start(*a: Any, **kw: Any) -> Any:
            span = start_span(*a, **kw)

            def boom(*_: Any, **__: Any) -> None:
                raise ValueError("attribute rejected")

            span.set_attribute = boom  # type: ignore[method-assign]
            span.add_event = boom  # type: ignore[method-assign]
            span.set_status = boom  # type: ignore[method-assign]
            return span

        tracer.start_span = start  # type: ignore[method-assign]
        return tracer


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


def _provider(exporter: InMemorySpanExporter, *processors: SpanProcessor) -> TracerProvider:
    provider = TracerProvider()
    for processor in processors:
        provider.add_span_processor(processor)
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


@pytest.fixture
def warnings(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with caplog.at_level(logging.WARNING, logger="cal_async"):
        yield caplog


def _telemetry_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("telemetry failed")]


@pytest.mark.parametrize("library", LIBRARIES)
@pytest.mark.parametrize("where", ["on_start", "on_end"])
async def test_a_raising_span_processor_changes_no_outcome(
    library: str, where: str, exporter: InMemorySpanExporter, warnings: pytest.LogCaptureFixture
) -> None:
    fake = FakeCal()
    provider = _provider(exporter, Raising(where))
    async with fake.client(http_backend=library, tracer_provider=provider) as cal:
        me = await cal.me.get()  # succeeded on the wire: on_end must not turn it into an error
        assert me.username
        with pytest.raises(NotFoundError):  # the call's own error, not the processor's
            await cal.bookings.get("no-such-booking")
        await cal.me.get()
    [warning] = _telemetry_warnings(warnings)  # logged once, not per call
    assert "RuntimeError" in warning


@pytest.mark.parametrize("library", LIBRARIES)
@pytest.mark.parametrize("provider", [RaisingProvider(), RaisingSpans()], ids=["get_tracer", "span"])
async def test_a_raising_tracer_provider_or_span_changes_no_outcome(
    library: str, provider: Any, warnings: pytest.LogCaptureFixture
) -> None:
    fake = FakeCal()
    async with fake.client(http_backend=library, tracer_provider=provider) as cal:
        assert (await cal.me.get()).username
        with pytest.raises(NotFoundError):
            await cal.bookings.get("no-such-booking")
    assert len(_telemetry_warnings(warnings)) == 1


async def _failed_call_event(library: str, exporter: InMemorySpanExporter, **options: Any) -> dict[str, Any]:
    """The ``exception`` event of a call answered 400 with a message that quotes what the caller
    sent, as the server's validation messages do."""
    fake = FakeCal()
    fake.faults.append(Fault(status=400, message=f"{EMAIL} is already a guest of this booking"))
    policy = RetryPolicy(max_retries=0)
    tracer_provider = _provider(exporter)
    async with fake.client(
        http_backend=library, tracer_provider=tracer_provider, retry_policy=policy, **options
    ) as cal:
        with pytest.raises(BadRequestError, match=EMAIL):  # the caller still gets the whole text
            await cal.me.get()
    [span] = [s for s in exporter.get_finished_spans() if s.name.startswith("cal.")]
    assert span.status.status_code is StatusCode.ERROR
    [event] = span.events
    assert event.name == "exception"
    return dict(event.attributes or {})


@pytest.mark.parametrize("library", LIBRARIES)
async def test_the_exception_event_records_the_type_and_status_not_the_servers_text(
    library: str, exporter: InMemorySpanExporter
) -> None:
    event = await _failed_call_event(library, exporter)
    assert event == {
        "exception.type": "cal_async.BadRequestError",
        "exception.message": "BadRequestError: HTTP 400",
    }
    recorded = repr(exporter.get_finished_spans()[0].to_json())
    assert EMAIL not in recorded and "guest" not in recorded


@pytest.mark.parametrize("library", LIBRARIES)
async def test_error_text_is_recorded_when_the_user_opts_in(
    library: str, exporter: InMemorySpanExporter
) -> None:
    event = await _failed_call_event(library, exporter, trace_error_messages=True)
    assert EMAIL in event["exception.message"]
    assert "BadRequestError" in event["exception.stacktrace"]
