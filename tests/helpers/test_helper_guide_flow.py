"""The README's "the guide's flows" section, run against the fake: the snippet must keep working.

Kept in step with the README by hand; each block below is the README's block, with ``cal`` the
extended client wired to the fake, and ``now``/``today`` read from the fake's frozen clock where
the README uses ``datetime.now(UTC)``.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from cal_async import CalClient
from cal_async.resources import Attendee, Availability, SlotUnavailableError
from cal_async.testing import FakeCal


async def test_the_guide_end_to_end(fake: FakeCal, cal: CalClient) -> None:
    # 1. Who am I, and my working hours.
    me = await cal.me.get()
    schedule = await cal.schedules.create(
        name="Working hours",
        time_zone="Europe/London",
        is_default=True,
        availability=[Availability(["mon", "tue", "wed", "thu", "fri"], "09:00", "17:00")],
    )

    # 2. An event type, then the hot path: look it up by slug (cached for 5 minutes per client).
    await cal.event_types.create(
        title="Intro call", slug="intro", length_in_minutes=30, schedule_id=schedule.id
    )
    intro = await cal.event_types.by_slug("intro", username=me.username)

    # 3. Signed webhooks for the booking lifecycle.
    await cal.webhooks.create(
        subscriber_url="https://example.com/webhooks/cal",
        triggers=["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"],
        secret="whsec-from-your-vault",
    )

    # 4. Free slots next week, in the attendee's time zone (aware datetimes).
    ada = Attendee("Ada Lovelace", "America/New_York", email="ada@example.com")
    now = fake.clock.now()
    today = now.date()
    slots = await cal.slots.available(
        intro, today + timedelta(days=7), today + timedelta(days=11), time_zone=ada.time_zone
    )
    assert slots and slots[0].start.tzinfo is not None

    # 5. Book: the slot is checked first; a taken one names the nearest free slots.
    booking = await cal.bookings.book(intro, slots[0], ada)
    try:
        await cal.bookings.book(intro, slots[0].start, ada)
    except SlotUnavailableError as exc:
        alternatives = [s.start for s in exc.nearest]
    assert alternatives and slots[0].start not in alternatives

    # 6. Or just the first free slot in a range, holding it while booking.
    second = await cal.bookings.book_first_available(
        intro, today + timedelta(days=7), today + timedelta(days=8), ada, reserve=True
    )
    assert second.start == slots[1].start

    # 7. Upcoming bookings with this attendee, page after page (next page prefetched).
    async with cal.bookings.list(
        status="upcoming",
        attendee_email=ada.email,
        after_start=now,
    ).prefetching() as upcoming:
        uids = [b.uid async for b in upcoming]
    assert uids == [booking.uid, second.uid]

    # 8. Reschedule to a later slot, then cancel.
    moved = await cal.bookings.reschedule(booking.uid, slots[5], reason="Attendee asked for later")
    await cal.bookings.cancel(moved.uid, reason="Plans changed")  # type: ignore[union-attr]
    assert fake.booking(moved.uid).status == "cancelled"  # type: ignore[union-attr]
    assert [d.trigger for d in fake.deliveries] == [
        "BOOKING_CREATED",
        "BOOKING_CREATED",
        "BOOKING_RESCHEDULED",
        "BOOKING_CANCELLED",
    ]


def test_blocks_raise_before_sending_on_bad_input() -> None:
    with pytest.raises(ValueError, match="start time 17:00 must be before end time 09:00"):
        Availability(["mon"], "17:00", "09:00")
