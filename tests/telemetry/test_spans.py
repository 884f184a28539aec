"""OpenTelemetry spans, exported with the SDK's in-memory exporter (``pip install cal-async[otel]``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime

import httpx
import pytest
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from cal_async import CalClient, NotFoundError, OAuthScope, OAuthSession, RetryPolicy
from cal_async.testing import FakeCal, Fault
from tests.fresh_process import modules_loaded, run_python


@pytest.fixture
def exporter() -> InMemorySpanExporter:
    return InMemorySpanExporter()


@pytest.fixture
def provider(exporter: InMemorySpanExporter) -> TracerProvider:
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    return provider


@pytest.fixture
async def fake_cal(provider: TracerProvider) -> AsyncIterator[tuple[FakeCal, CalClient]]:
    fake = FakeCal()
    policy = RetryPolicy(backoff_base=0.0)
    async with fake.client(tracer_provider=provider, retry_policy=policy) as cal:
        yield fake, cal


def _only(exporter: InMemorySpanExporter) -> ReadableSpan:
    spans = [s for s in exporter.get_finished_spans() if s.name.startswith("cal")]
    assert len(spans) == 1, [s.name for s in spans]
    return spans[0]


async def test_one_client_span_per_call_named_after_the_operation(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter
) -> None:
    _, cal = fake_cal
    await cal.me.get()
    span = _only(exporter)
    assert span.name == "cal.me.get" and span.kind is SpanKind.CLIENT
    attributes = dict(span.attributes or {})
    assert attributes["http.request.method"] == "GET"
    assert attributes["url.template"] == "/v2/me"
    assert attributes["http.response.status_code"] == 200
    assert attributes["cal.retries"] == 0 and "http.request.resend_count" not in attributes
    assert attributes["server.address"] == "cal.test"
    # The fake sends Cal.com's rate-limit headers; the lowest remaining count is reported.
    assert isinstance(attributes["cal.rate_limit.remaining"], int)
    assert span.status.status_code is StatusCode.UNSET and "error.type" not in attributes


async def test_paginated_calls_and_route_templates(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter
) -> None:
    fake, cal = fake_cal
    booking = fake.add_booking(
        fake.add_event_type(slug="intro", length=30), start=datetime(2030, 1, 7, 10, tzinfo=UTC)
    )
    await cal.bookings.list()
    await cal.bookings.get(booking.uid)
    names = [(s.name, (s.attributes or {})["url.template"]) for s in exporter.get_finished_spans()]
    assert names == [("cal.bookings.list", "/v2/bookings"), ("cal.bookings.get", "/v2/bookings/{bookingUid}")]


async def test_retries_are_counted(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter
) -> None:
    fake, cal = fake_cal
    fake.faults.append(Fault(status=503, times=2, path_prefix="/v2/me"))
    await cal.me.get()
    attributes = dict(_only(exporter).attributes or {})
    assert attributes["cal.retries"] == 2 and attributes["http.request.resend_count"] == 2
    assert attributes["http.response.status_code"] == 200


async def test_errors_set_the_type_and_status(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter
) -> None:
    _, cal = fake_cal
    with pytest.raises(NotFoundError):
        await cal.bookings.get("no-such-booking")
    span = _only(exporter)
    attributes = dict(span.attributes or {})
    assert attributes["error.type"] == "NotFoundError"
    assert attributes["http.response.status_code"] == 404
    assert span.status.status_code is StatusCode.ERROR
    assert [event.name for event in span.events] == ["exception"]


async def test_spans_nest_under_the_callers_span(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter, provider: TracerProvider
) -> None:
    _, cal = fake_cal
    with provider.get_tracer("app").start_as_current_span("handle request") as parent:
        await cal.me.get()
    child = _only(exporter)
    assert child.parent is not None and child.parent.span_id == parent.get_span_context().span_id
    assert child.context is not None and child.context.trace_id == parent.get_span_context().trace_id


async def test_hand_written_helpers_are_named_by_their_operation(
    fake_cal: tuple[FakeCal, CalClient], exporter: InMemorySpanExporter
) -> None:
    # A helper runs the operation's description (here with its own parser): the span is the
    # operation's, with its route template.
    _, cal = fake_cal
    await cal.calendars.busy_times(date(2030, 1, 7), date(2030, 1, 8), time_zone="UTC")
    span = _only(exporter)
    assert span.name == "cal.calendars.get" and (span.attributes or {})["url.template"] == "/v2/calendars"


CALL = (
    "import anyio, sys\n"
    "from cal_async.testing import FakeCal\n"
    "async def main():\n"
    "    async with FakeCal().client() as cal:\n"
    "        await cal.me.get()\n"
    "anyio.run(main)\n"
)


def test_nothing_is_imported_when_the_app_does_not_trace() -> None:
    assert modules_loaded(CALL, "opentelemetry") == []


def test_calls_work_without_opentelemetry_installed() -> None:
    # None in sys.modules makes every ``import opentelemetry...`` fail, as if it were not installed.
    out = run_python("import sys; sys.modules['opentelemetry'] = None\n" + CALL + "print('ok')")
    assert out == "ok"


def test_reaching_calclient_loads_neither_telemetry_nor_oauth() -> None:
    # The import bench measures `import cal_async; cal_async.CalClient`: these come later, if at all.
    code = "import cal_async; cal_async.CalClient"
    assert modules_loaded(code, "cal_async._telemetry", "cal_async._oauth") == []


async def test_a_token_refresh_is_not_counted_as_a_retry(
    provider: TracerProvider, exporter: InMemorySpanExporter
) -> None:
    fake = FakeCal(now=datetime(2026, 12, 1, 12, tzinfo=UTC))
    client = fake.app.oauth.register_client("https://app.example/cb", [OAuthScope.PROFILE_READ])
    app = client.app("http://cal.test")
    transport = httpx.ASGITransport(app=fake.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://cal.test") as http:
        login = app.authorization_request([OAuthScope.PROFILE_READ])
        params = dict(httpx.URL((await http.get(login.url)).headers["location"]).params)
        code = app.code_from_callback(params, state=login.state)
        tokens = await app.exchange_code(
            code, code_verifier=login.code_verifier, http_client=http, wall_clock=fake.clock.timestamp
        )
        session = OAuthSession(app, tokens, wall_clock=fake.clock.timestamp)
        async with CalClient(oauth=session, http_client=http, tracer_provider=provider) as cal:
            fake.clock.advance(1790)  # within the refresh margin: refreshed before sending
            await cal.me.get()
    assert fake.app.oauth.token_requests == 2
    attributes = dict(_only(exporter).attributes or {})
    assert attributes["cal.retries"] == 0 and attributes["http.response.status_code"] == 200
