"""End to end: the project's fake Cal.com delivers real webhooks to the example app.

The fake signs and shapes deliveries as the server does (API-FACTS), so this checks the receiver
against an independent implementation rather than against bodies built by these tests.
"""

from __future__ import annotations

import contextlib
import importlib.util
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
from fastapi import FastAPI

from cal_async.testing import FakeCal
from cal_async.webhooks import BookingEvent, BookingStatus, WebhookEvent, WebhookTrigger

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 10, 20, 8, 0, tzinfo=UTC)  # a Monday, inside the fake's default schedule week
START = datetime(2025, 10, 21, 10, 0, tzinfo=UTC)
BOOKINGS = {"cal-api-version": "2024-08-13"}
HOOK_URL = "http://receiver.test/webhooks/cal"


def example_app(secret: str | None) -> FastAPI:
    spec = importlib.util.spec_from_file_location(
        "fastapi_webhooks_e2e", ROOT / "examples/fastapi_webhooks/app.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    app: FastAPI = module.create_app(secret)
    return app


async def subscribe(http: httpx.AsyncClient, **fields: Any) -> None:
    body = {"subscriberUrl": HOOK_URL, "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED"], "active": True}
    response = await http.post("/v2/webhooks", json={**body, **fields})
    assert response.status_code == 201, response.text


@contextlib.asynccontextmanager
async def delivering_to(app: FastAPI) -> AsyncIterator[tuple[FakeCal, httpx.AsyncClient]]:
    """A fake that delivers webhooks to ``app``, and its default user's client. Every delivery has
    been made once the block is left (the fake is closed then)."""
    fake = FakeCal(webhook_transport=httpx.ASGITransport(app=app), now=NOW)
    try:
        async with fake.http_client() as http:
            yield fake, http
    finally:
        await fake.aclose()


async def book(fake: FakeCal, http: httpx.AsyncClient) -> str:
    event_type = fake.add_event_type(title="Intro call", length=30)
    attendee = {"name": "Zoë Guest", "email": "zoe@example.org", "timeZone": "America/New_York"}
    body = {"eventTypeId": event_type.id, "start": START.isoformat(), "attendee": attendee}
    response = await http.post("/v2/bookings", json=body, headers=BOOKINGS)
    assert response.status_code == 201, response.text
    uid: str = response.json()["data"]["uid"]
    return uid


async def test_signed_booking_deliveries_arrive_as_typed_events() -> None:
    app = example_app("fake-secret-1")
    async with delivering_to(app) as (fake, http):
        await subscribe(http, secret="fake-secret-1")
        uid = await book(fake, http)
        cancelled = await http.post(
            f"/v2/bookings/{uid}/cancel", json={"cancellationReason": "Clash"}, headers=BOOKINGS
        )
        assert cancelled.status_code == 200, cancelled.text

    assert [d.status_code for d in fake.deliveries] == [204, 204]
    created, cancel = app.state.received
    assert isinstance(created, BookingEvent) and isinstance(cancel, BookingEvent)
    assert created.trigger is WebhookTrigger.BOOKING_CREATED
    assert cancel.trigger is WebhookTrigger.BOOKING_CANCELLED
    assert created.uid == cancel.uid == uid
    assert created.start_time == START
    assert created.end_time == START + timedelta(minutes=30)
    assert created.status is BookingStatus.ACCEPTED
    assert cancel.status is BookingStatus.CANCELLED
    assert created.created_at is not None and created.created_at.tzinfo is not None
    assert created.organizer is not None and created.organizer.id == fake.user.id
    [zoe] = created.attendees
    assert (zoe.email, zoe.time_zone) == ("zoe@example.org", "America/New_York")
    assert zoe.utc_offset == timedelta(hours=-4)  # New York is on EDT on 2025-10-21


async def test_a_receiver_with_the_wrong_secret_answers_401_to_the_fake() -> None:
    app = example_app("not-the-webhooks-secret")
    async with delivering_to(app) as (fake, http):
        await subscribe(http, secret="fake-secret-1")
        await book(fake, http)

    assert [d.status_code for d in fake.deliveries] == [401]
    assert app.state.received == []


async def test_a_custom_payload_template_arrives_as_a_generic_event() -> None:
    app = example_app("fake-secret-2")
    template = '{"kind": "{{triggerEvent}}", "booking": "{{uid}}", "start": "{{startTime}}"}'
    async with delivering_to(app) as (fake, http):
        await subscribe(http, secret="fake-secret-2", payloadTemplate=template)
        uid = await book(fake, http)

    [event] = app.state.received
    assert type(event) is WebhookEvent
    assert event.trigger is None
    assert event.payload == {"kind": "BOOKING_CREATED", "booking": uid, "start": "2025-10-21T10:00:00Z"}
