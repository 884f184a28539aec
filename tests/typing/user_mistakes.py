"""Deliberate mistakes a user's type checker must report, one per statement marked as an error.

tests/typing/test_typing.py checks that mypy --strict and pyright report an error on exactly the
marked lines of this file, and nowhere else. Never imported by pytest.
"""

from __future__ import annotations

from datetime import UTC, datetime

from cal_async import CalClient
from cal_async.resources import TeamHost
from cal_async.types import BookingOutput, CreateBookingInputDict, CreateEventTypeInput
from cal_async.webhooks import BookingEvent, Organizer, TranscriptionLink


async def mistakes(cal: CalClient, booking: BookingOutput) -> None:
    print(booking.no_such_field)  # error: unknown attribute
    await cal.event_types.get("42")  # error: ids are ints
    await cal.bookings.get(42)  # error: booking uids are strings
    start: str = booking.start  # error: start is a datetime, not a str
    booking.start = datetime.now(UTC)  # error: models are immutable
    typo: CreateBookingInputDict = {"strat": datetime.now(UTC)}  # error: misspelt body key
    when: CreateBookingInputDict = {  # error: a str where the body wants a datetime
        "start": "2030-01-07T09:00:00Z",
        "eventTypeId": 1,
        "attendee": {"name": "Ada", "timeZone": "UTC"},
    }
    CreateEventTypeInput(title="Intro", slug="intro", length_in_minutes="30")  # error: minutes are ints
    await cal.bookings.list(take=50, sort_start="up")  # error: not an allowed sort value
    TeamHost(101, priority="urgent")  # error: not a round-robin priority
    team, org_team = cal.teams.event_types.create_with_hosts, cal.orgs.teams.event_types.create_with_hosts
    await team(1, 2, scheduling="COLLECTIVE", title="t", slug="t", length_in_minutes=9)  # error: one id
    await org_team("1", 2, scheduling="COLLECTIVE", title="t", slug="t", length_in_minutes=9)  # error: ints
    await org_team(1, 2, scheduling="collective", title="t", slug="t", length_in_minutes=9)  # error: a kind
    await cal.webhooks.list(skip="10")  # error: paging offsets are ints
    await cal.bookings.book(1, datetime.now(UTC), {"name": "Ada", "timezone": "UTC"})  # error: key
    event = BookingEvent(uid="bk_1")
    event.uid = "bk_2"  # error: webhook events are immutable
    BookingEvent(booking_id="1042")  # error: booking ids are ints
    Organizer(utc_offset=60)  # error: an offset is a timedelta
    TranscriptionLink(format="vtt")  # error: a link needs its URL
    cal.bookings.changes("2025-01-01")  # error: since is a datetime or a checkpoint
    print(start, typo, when)
