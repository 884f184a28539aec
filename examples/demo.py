"""The whole scheduling flow with cal-async, end to end (``make demo``).

Against the in-process fake Cal.com (no account, no network) unless ``CAL_API_KEY`` is set, in
which case it runs against the real API (``CAL_API_URL`` to point elsewhere) and skips the webhook
receipt, which needs a public URL. It creates a working-hours schedule and an event type,
subscribes a webhook, finds slots in the attendee's time zone, books the first free one, pages
through upcoming bookings, reschedules, cancels, and verifies every webhook delivery.
"""

from __future__ import annotations

import asyncio
import os
import secrets
import sys
import time
from datetime import UTC, datetime, timedelta

import httpx

from cal_async import CalClient
from cal_async.resources import Attendee, Availability
from cal_async.webhooks import SIGNATURE_HEADER, BookingEvent, parse_event, verify_signature

ATTENDEE_TZ = "America/New_York"
HOST_TZ = "Europe/London"
WEBHOOK_URL = "https://hooks.demo.invalid/cal"


def step(title: str) -> None:
    print(f"\n== {title}")


class Progress:
    """A one-line progress indicator for the slower steps."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.started = time.perf_counter()

    def __enter__(self) -> Progress:
        print(f"   {self.label} ...", end="", flush=True)
        return self

    def tick(self) -> None:
        print(".", end="", flush=True)

    def __exit__(self, *exc: object) -> None:
        print(f" done in {time.perf_counter() - self.started:.2f}s")


class WebhookReceiver:
    """Stands in for the user's endpoint: verifies each delivery's signature, then parses it."""

    def __init__(self, secret: str) -> None:
        self.secret = secret
        self.events: list[BookingEvent] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        raw = request.content
        verify_signature(raw, request.headers.get(SIGNATURE_HEADER), self.secret)
        event = parse_event(raw)
        if isinstance(event, BookingEvent):
            self.events.append(event)
        return httpx.Response(204)


def _uid(booking: object) -> str:
    """The uid of a booking model (reschedule/cancel return the API's booking variants)."""
    return str(booking["uid"])  # type: ignore[index]


async def run(cal: CalClient, receiver: WebhookReceiver | None) -> None:
    step("Who am I")
    me = await cal.me.get()
    print(f"   {me.username} <{me.email}> ({me.time_zone})")

    step("A working-hours schedule (Mon-Fri 09:00-17:00, host's time zone)")
    schedule = await cal.schedules.create(
        name="Working hours",
        time_zone=HOST_TZ,
        is_default=True,
        availability=[Availability(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00")],
    )
    print(f"   schedule #{schedule.id} {schedule.name!r} in {schedule.time_zone}")

    step("An event type")
    event_type = await cal.event_types.create(
        title="Intro call",
        slug=f"intro-{secrets.token_hex(3)}",
        length_in_minutes=30,
        schedule_id=schedule.id,
    )
    print(f"   event type #{event_type.id} /{event_type.slug} ({event_type.length_in_minutes} min)")

    if receiver is not None:
        step("A webhook for booking events")
        hook = await cal.webhooks.create(
            subscriber_url=WEBHOOK_URL,
            triggers=["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"],
            secret=receiver.secret,
        )
        print(f"   webhook {hook.id} -> {hook.subscriber_url}")

    step(f"Free slots next week, in the attendee's time zone ({ATTENDEE_TZ})")
    first_day = datetime.now(UTC).date() + timedelta(days=7)
    with Progress("searching 5 days of availability"):
        slots = await cal.slots.available(
            event_type, first_day, first_day + timedelta(days=4), time_zone=ATTENDEE_TZ
        )
    if len(slots) < 2:
        raise SystemExit("no free slots found: check the schedule")
    print(f"   {len(slots)} free slots; first: {', '.join(s.start.isoformat() for s in slots[:3])}")

    step("Book the first free slot (checked first, as the guide advises)")
    ada = Attendee("Ada Lovelace", ATTENDEE_TZ, email="ada@example.com")
    booking = await cal.bookings.book(event_type, slots[0], ada)
    print(f"   booked {booking.uid}: {booking.start} -> {booking.end} ({booking.status})")

    step("Page through upcoming bookings (2 per page)")
    with Progress("paging") as progress:
        seen = []
        async for page in cal.bookings.list(status="upcoming", take=2).pages():
            progress.tick()
            seen.extend(_uid(b) for b in page.items)
    print(f"   {len(seen)} upcoming booking(s): {', '.join(seen)}")

    step("Reschedule to the next free slot")
    moved = await cal.bookings.reschedule(booking.uid, slots[1], reason="Attendee asked for a later time")
    print(f"   new booking {_uid(moved)} (from {booking.uid})")

    step("Cancel it")
    cancelled = await cal.bookings.cancel(_uid(moved), reason="Plans changed")
    print(f"   {_uid(cancelled)}: {cancelled['status']}")  # type: ignore[index]

    if receiver is not None:
        step("Webhook deliveries (signature verified, typed)")
        for event in receiver.events:
            print(f"   {event.trigger}: booking {event.uid} at {event.start_time}")
        triggers = [str(e.trigger) for e in receiver.events]
        expected = ["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"]
        if not all(t in triggers for t in expected):
            raise SystemExit(f"expected deliveries {expected}, got {triggers}")
    print("\nDone: the whole flow ran through cal-async.")


async def main() -> int:
    if os.environ.get("CAL_API_KEY"):
        print(f"Running against the real API at {os.environ.get('CAL_API_URL', 'https://api.cal.com')}")
        async with CalClient() as cal:
            await run(cal, None)
        return 0
    from cal_async.testing import FakeCal

    receiver = WebhookReceiver(secret=secrets.token_hex(16))
    fake = FakeCal(webhook_transport=httpx.MockTransport(receiver), time_zone=HOST_TZ)
    print("Running against the in-process fake Cal.com (set CAL_API_KEY to use the real API)")
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test")
    async with http, CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as cal:
        await run(cal, receiver)
    return 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
