"""Typed slots and holds, against the fake and (for shapes the fake lacks) respx."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import attrs
import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async.resources import EventTypeRef, Reservation, Slot, SlotUnavailableError
from cal_async.testing import FakeCal
from tests.helpers.support import API

NY = ZoneInfo("America/New_York")


async def test_available_returns_typed_slots_in_the_requested_zone(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    slots = await cal.slots.available(et.id, date(2030, 1, 7), date(2030, 1, 7), time_zone="America/New_York")
    assert slots, "the host works 09:00-17:00 UTC on Mondays"
    assert all(isinstance(s, Slot) for s in slots)
    first = slots[0]
    assert first.start == datetime(2030, 1, 7, 9, 0, tzinfo=UTC)  # 09:00 UTC, the schedule's start
    assert first.start.tzinfo is not None and first.start.utcoffset() == timedelta(hours=-5)
    assert (first.start.hour, first.end - first.start) == (4, timedelta(minutes=30))
    assert first.duration == timedelta(minutes=30)
    assert [s.start for s in slots] == sorted(s.start for s in slots)
    # The range is the New York day: 05:00 UTC on the 7th to 05:00 UTC on the 8th.
    assert all(
        datetime(2030, 1, 7, 5, tzinfo=UTC) <= s.start < datetime(2030, 1, 8, 5, tzinfo=UTC) for s in slots
    )
    assert len(slots) == 16  # 8 hours of 30-minute slots
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        first.start = first.end  # type: ignore[misc]


async def test_available_by_username_and_slug(fake: FakeCal, cal: CalClient) -> None:
    fake.add_event_type(slug="intro", length=60)
    ref = EventTypeRef.user(fake.user.username, "intro")
    slots = await cal.slots.available(
        ref, datetime(2030, 1, 8, 9, tzinfo=UTC), datetime(2030, 1, 8, 12, tzinfo=UTC), time_zone="UTC"
    )
    assert [s.start.hour for s in slots] == [9, 10, 11]
    assert all(s.duration == timedelta(hours=1) for s in slots)


@respx.mock
async def test_the_request_and_seated_fields(rcal: CalClient) -> None:
    # Seated items as SlotsOutputService_2024_09_04.getAvailableRangeSlotSeated builds them
    # (apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots-output.service.ts):
    # seatsBooked, seatsRemaining = seatsPerTimeSlot - seatsBooked, seatsTotal, bookingUid.
    route = respx.get(f"{API}/v2/slots").mock(
        return_value=httpx.Response(
            200,
            json={
                "status": "success",
                "data": {
                    "2030-01-07": [
                        {
                            "start": "2030-01-07T10:00:00.000+01:00",
                            "end": "2030-01-07T11:00:00.000+01:00",
                            "seatsBooked": 2,
                            "seatsRemaining": 3,
                            "seatsTotal": 5,
                            "bookingUid": "seated-uid",
                        },
                        {"start": "2030-01-07T11:00:00.000+01:00", "end": "2030-01-07T12:00:00.000+01:00"},
                    ]
                },
            },
        )
    )
    ref = EventTypeRef.team("sales", "demo", organization="acme")
    slots = await rcal.slots.available(
        ref, date(2030, 1, 7), date(2030, 1, 7), time_zone="Europe/Paris", duration=60
    )
    params = route.calls.last.request.url.params
    assert dict(params) == {
        "start": "2030-01-06T23:00:00.000Z",
        "end": "2030-01-07T23:00:00.000Z",
        "eventTypeSlug": "demo",
        "teamSlug": "sales",
        "organizationSlug": "acme",
        "format": "range",
        "timeZone": "Europe/Paris",
        "duration": "60",
    }
    assert route.calls.last.request.headers["cal-api-version"] == "2024-09-04"
    assert slots[0] == Slot(
        start=datetime(2030, 1, 7, 9, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris")),
        end=datetime(2030, 1, 7, 10, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris")),
        seats_booked=2,
        seats_remaining=3,
        seats_total=5,
        booking_uid="seated-uid",
    )
    assert slots[0].attendees_count == 2  # the former name still reads the booked seats
    assert (slots[1].seats_booked, slots[1].seats_total, slots[1].booking_uid) == (None, None, None)


@respx.mock
async def test_default_format_items_without_end_still_parse(rcal: CalClient) -> None:
    respx.get(f"{API}/v2/slots").mock(
        return_value=httpx.Response(
            200, json={"status": "success", "data": {"2030-01-07": [{"start": "2030-01-07T09:00:00Z"}]}}
        )
    )
    (slot,) = await rcal.slots.available(1, date(2030, 1, 7), date(2030, 1, 7), time_zone="UTC")
    assert slot.start == slot.end == datetime(2030, 1, 7, 9, tzinfo=UTC)


async def test_first_available_and_check(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    first = await cal.slots.first_available(et.id, date(2030, 1, 7), date(2030, 1, 11), time_zone="UTC")
    assert first is not None and first.start == datetime(2030, 1, 7, 9, tzinfo=UTC)
    assert (
        await cal.slots.first_available(et.id, date(2030, 1, 12), date(2030, 1, 13), time_zone="UTC") is None
    )  # a weekend
    ok = await cal.slots.check(et.id, datetime(2030, 1, 7, 10, 30, tzinfo=UTC), time_zone="America/New_York")
    assert ok.start.tzinfo == NY and ok.start == datetime(2030, 1, 7, 10, 30, tzinfo=UTC)
    with pytest.raises(SlotUnavailableError) as caught:
        await cal.slots.check(et.id, datetime(2030, 1, 7, 10, 10, tzinfo=UTC))  # off the 30-minute grid
    assert [s.start.strftime("%H:%M") for s in caught.value.nearest] == ["09:30", "10:00", "10:30"]
    assert "nearest free slots: 2030-01-07T09:30:00+00:00" in str(caught.value)


async def test_hold_hides_the_slot_and_release_frees_it(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 11, tzinfo=UTC)
    hold = await cal.slots.hold(et.id, at.astimezone(NY), hold_minutes=10)
    assert isinstance(hold, Reservation)
    assert (hold.event_type_id, hold.start, hold.end) == (et.id, at, at + timedelta(minutes=30))
    assert hold.until == fake.clock.now() + timedelta(minutes=10)
    with pytest.raises(SlotUnavailableError, match="held by another booker"):
        await cal.slots.hold(et.id, at)
    with pytest.raises(SlotUnavailableError):
        await cal.slots.check(et.id, at)  # hidden from other bookers while held
    await cal.slots.release(hold)
    assert (await cal.slots.check(et.id, at)).start == at
    with pytest.raises(ValueError, match="numeric id"):
        await cal.slots.hold("intro", at)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="reservationDuration"):
        await cal.slots.hold(et.id, at, hold_minutes=0)


async def test_seat_counts_from_the_fake(fake: FakeCal, cal: CalClient) -> None:
    """The fake builds seated slots as slots-output.service.ts does; Slot reads them."""
    from cal_async.resources import Attendee

    et = fake.add_event_type(slug="class", length=60, seats_per_time_slot=3)
    at = datetime(2030, 1, 7, 9, tzinfo=UTC)
    first = await cal.bookings.book(et.id, at, Attendee("Ada", "UTC", email="ada@example.com"))
    slot = (await cal.slots.available(et.id, at, at + timedelta(minutes=30), time_zone="UTC"))[0]
    assert (slot.seats_booked, slot.seats_remaining, slot.seats_total) == (1, 2, 3)
    assert slot.booking_uid == first.uid and first.seat_uid is not None
    await cal.bookings.cancel(first.uid, seat_uid=first.seat_uid)  # the body the seated DTO accepts
    assert fake.booking(first.uid).status == "cancelled"  # its last seat went
