"""A fake with one host and event type, on a clock the tests move, and ways to change bookings."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cal_async import Attendee, CalClient
from cal_async.testing import FakeCal, StoredEventType

START = datetime(2030, 1, 1, 8, tzinfo=UTC)
#: Monday 2030-01-07, 09:00 UTC: inside the default user's working hours.
MONDAY = datetime(2030, 1, 7, 9, tzinfo=UTC)
ADA = Attendee("Ada Lovelace", "UTC", email="ada@example.com")


def new_fake() -> tuple[FakeCal, StoredEventType]:
    fake = FakeCal(rate_limit=None, now=START)
    return fake, fake.add_event_type(slug="intro", length=30)


def slot(index: int) -> datetime:
    """The index-th half hour of working time from Monday on (16 a weekday, 09:00 to 17:00)."""
    day, half_hour = divmod(index, 16)
    week, weekday = divmod(day, 5)
    return MONDAY + timedelta(days=7 * week + weekday, minutes=30 * half_hour)


async def book(cal: CalClient, fake: FakeCal, event_type: StoredEventType, index: int) -> str:
    """Book slot ``index`` one second after the last change (distinct updatedAt values)."""
    fake.advance(1)
    made = await cal.bookings.book(event_type.id, slot(index), ADA, check_slot=False)
    return made.uid


async def cancel(cal: CalClient, fake: FakeCal, uid: str) -> None:
    fake.advance(1)
    await cal.bookings.cancel(uid, reason="no longer needed")


async def reschedule(cal: CalClient, fake: FakeCal, uid: str, index: int) -> str:
    fake.advance(1)
    moved = await cal.bookings.reschedule(uid, slot(index), reason="moved")
    return moved.uid
