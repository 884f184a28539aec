"""``book``, ``book_first_available``, the reserve-then-book flow, list filters, cancel, reschedule."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async._errors import BadRequestError
from cal_async.resources import Attendee, BookingResult, EventTypeRef, SlotUnavailableError
from cal_async.testing import FakeCal
from tests.helpers.support import API, NOW, client_over

NY = ZoneInfo("America/New_York")
ADA = Attendee("Ada Lovelace", "America/New_York", email="ada@example.com")


class Recorder(httpx.AsyncBaseTransport):
    """The fake's ASGI transport, recording each request and running ``after`` hooks."""

    def __init__(self, fake: FakeCal) -> None:
        self.inner = httpx.ASGITransport(app=fake.app)
        self.seen: list[str] = []
        self.after_slots: list[Any] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.seen.append(f"{request.method} {request.url.path}")
        if request.url.path == "/v2/slots" and self.after_slots:
            self.after_slots.pop(0)()
        return response


@pytest.fixture
async def rec_cal(fake: FakeCal) -> AsyncIterator[tuple[CalClient, Recorder]]:
    recorder = Recorder(fake)
    async with client_over(fake, recorder) as client:
        yield client, recorder


async def test_book_checks_the_slot_first_then_books(
    fake: FakeCal, rec_cal: tuple[CalClient, Recorder]
) -> None:
    cal, rec = rec_cal
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 10, 0, tzinfo=UTC).astimezone(NY)
    result = await cal.bookings.book(et.id, at, ADA, metadata={"source": "test"}, guests=["bo@example.com"])
    assert isinstance(result, BookingResult)
    assert rec.seen == ["GET /v2/slots", "POST /v2/bookings"]
    assert result.start == at and result.start.tzinfo == NY  # in the attendee's zone
    assert result.end - result.start == timedelta(minutes=30)
    assert result.status == "accepted" and result.host_emails == (fake.user.email,)
    stored = fake.booking(result.uid)
    assert (
        stored.start == datetime(2030, 1, 7, 10, tzinfo=UTC)
        and stored.attendees[0].email == "ada@example.com"
    )
    assert stored.metadata == {"source": "test"} and stored.guests == ("bo@example.com",)
    got = await cal.bookings.get(result.uid)
    assert got.uid == result.uid  # type: ignore[union-attr]


async def test_a_taken_slot_raises_naming_the_nearest_free_ones_without_booking(
    fake: FakeCal, rec_cal: tuple[CalClient, Recorder]
) -> None:
    cal, rec = rec_cal
    et = fake.add_event_type(slug="intro", length=30)
    taken = datetime(2030, 1, 7, 10, 0, tzinfo=UTC)
    fake.add_booking(et, taken)
    with pytest.raises(SlotUnavailableError) as caught:
        await cal.bookings.book(et.id, taken, ADA)
    assert rec.seen == ["GET /v2/slots"]  # nothing was created
    err = caught.value
    assert err.requested == taken
    # Closest first (09:30 and 10:30 tie; then 09:00 beats 11:00 by being earlier), shown in order.
    assert [s.start.astimezone(UTC).strftime("%H:%M") for s in err.nearest] == ["09:00", "09:30", "10:30"]
    assert all(s.start.tzinfo == NY for s in err.nearest)  # shown in the attendee's zone
    assert "is not available; nearest free slots:" in str(err)
    assert len(fake.state.bookings) == 1


async def test_a_slot_lost_between_check_and_booking_becomes_slot_unavailable(
    fake: FakeCal, cal: CalClient
) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 11, tzinfo=UTC)
    fake.add_booking(et, at)
    # Without the check the server refuses (400); the helper names the alternatives all the same.
    with pytest.raises(SlotUnavailableError) as caught:
        await cal.bookings.book(et.id, at, ADA, check_slot=False)
    assert isinstance(caught.value.__cause__, BadRequestError)
    assert caught.value.nearest and at not in [s.start for s in caught.value.nearest]


async def test_other_bad_requests_are_not_disguised(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    with pytest.raises(BadRequestError, match="lengthInMinutes"):
        await cal.bookings.book(
            et.id, datetime(2030, 1, 7, 11, tzinfo=UTC), ADA, check_slot=False, length_in_minutes=45
        )


async def test_reserve_then_book_holds_and_releases(
    fake: FakeCal, rec_cal: tuple[CalClient, Recorder]
) -> None:
    cal, rec = rec_cal
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 12, tzinfo=UTC)
    result = await cal.bookings.book(et.id, at, ADA, reserve=True)
    assert [s.split(" ")[0] + " " + s.split("/")[2] for s in rec.seen] == [
        "GET slots",
        "POST slots",
        "POST bookings",
        "DELETE slots",
    ]
    assert fake.state.reservations == {} and fake.booking(result.uid).start == at


async def test_reserve_loses_to_another_bookers_hold(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 12, tzinfo=UTC)
    other = await cal.slots.hold(et.id, at)
    with pytest.raises(SlotUnavailableError) as caught:
        await cal.bookings.book(et.id, at, ADA, reserve=True, check_slot=False)
    assert at not in [s.start for s in caught.value.nearest] and caught.value.nearest
    assert list(fake.state.reservations) == [other.uid] and fake.state.bookings == {}


async def test_book_first_available_books_the_earliest_slot(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    fake.add_booking(et, datetime(2030, 1, 8, 9, tzinfo=UTC))
    result = await cal.bookings.book_first_available(et, date(2030, 1, 8), date(2030, 1, 9), ADA)
    assert result.start == datetime(2030, 1, 8, 9, 30, tzinfo=UTC) and result.start.tzinfo == NY


async def test_book_first_available_moves_on_when_it_loses_a_race(
    fake: FakeCal, rec_cal: tuple[CalClient, Recorder]
) -> None:
    cal, rec = rec_cal
    et = fake.add_event_type(slug="intro", length=30)
    first = datetime(2030, 1, 8, 9, tzinfo=UTC)
    rec.after_slots.append(lambda: fake.add_booking(et, first))  # someone books it right after we look
    result = await cal.bookings.book_first_available(et.id, first, first + timedelta(hours=3), ADA)
    assert result.start == first + timedelta(minutes=30)
    assert rec.seen.count("POST /v2/bookings") == 2


async def test_book_first_available_gives_up_after_its_attempts(
    fake: FakeCal, rec_cal: tuple[CalClient, Recorder]
) -> None:
    cal, rec = rec_cal
    et = fake.add_event_type(slug="intro", length=30)
    first = datetime(2030, 1, 8, 9, tzinfo=UTC)
    # Someone takes the first two slots right after we look.
    rec.after_slots.append(
        lambda: [fake.add_booking(et, first + timedelta(minutes=30 * n)) for n in range(2)]
    )
    with pytest.raises(SlotUnavailableError, match="taken, as were the next 1 slot") as caught:
        await cal.bookings.book_first_available(et.id, first, first + timedelta(hours=3), ADA, attempts=2)
    assert caught.value.requested == first
    assert caught.value.nearest[0].start == first + timedelta(hours=1)  # the untried slots remain
    assert rec.seen.count("POST /v2/bookings") == 2 and len(fake.state.bookings) == 2


async def test_a_failed_release_does_not_hide_the_booking(
    fake: FakeCal, cal: CalClient, caplog: pytest.LogCaptureFixture
) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    fake.inject(503, path_prefix="/v2/slots/reservations/", method="DELETE", times=None)
    result = await cal.with_options(max_retries=0).bookings.book(
        et.id, datetime(2030, 1, 7, 15, tzinfo=UTC), ADA, reserve=True
    )
    assert fake.booking(result.uid).start == datetime(2030, 1, 7, 15, tzinfo=UTC)
    assert "could not release slot hold" in caplog.text
    fake.clear_faults()


async def test_book_first_available_with_nothing_free(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    with pytest.raises(SlotUnavailableError, match="no free slot between") as caught:
        await cal.bookings.book_first_available(et.id, date(2030, 1, 12), date(2030, 1, 13), ADA)  # weekend
    assert caught.value.nearest == () and caught.value.requested is None


async def test_cancel_and_reschedule(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    booked = await cal.bookings.book(et.id, datetime(2030, 1, 7, 13, tzinfo=UTC), ADA)
    new_start = datetime(2030, 1, 7, 14, tzinfo=UTC).astimezone(NY)
    moved = await cal.bookings.reschedule(booked.uid, new_start, reason="Later, please")
    assert moved.uid != booked.uid  # type: ignore[union-attr]
    assert fake.booking(moved.uid).start == new_start  # type: ignore[union-attr]
    assert fake.booking(moved.uid).rescheduling_reason == "Later, please"  # type: ignore[union-attr]
    cancelled = await cal.bookings.cancel(moved.uid, reason="Plans changed")  # type: ignore[union-attr]
    assert cancelled.status == "cancelled"  # type: ignore[union-attr]
    assert fake.booking(moved.uid).cancellation_reason == "Plans changed"  # type: ignore[union-attr]


async def test_list_with_filters_against_the_fake(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    other = fake.add_event_type(slug="other", length=30)
    fake.add_booking(et, datetime(2030, 1, 8, 9, tzinfo=UTC), attendee_email="ada@example.com")
    fake.add_booking(et, datetime(2030, 1, 9, 9, tzinfo=UTC), attendee_email="bo@example.com")
    fake.add_booking(other, datetime(2030, 1, 10, 9, tzinfo=UTC), attendee_email="ada@example.com")
    fake.add_booking(et, NOW - timedelta(days=2), attendee_email="ada@example.com")
    upcoming = [b async for b in cal.bookings.list(status="upcoming", attendee_email="ada@example.com")]
    assert len(upcoming) == 2
    of_type = [b async for b in cal.bookings.list(event_type_id=et.id, after_start=NOW)]
    assert {b.start for b in of_type} == {
        datetime(2030, 1, 8, 9, tzinfo=UTC),
        datetime(2030, 1, 9, 9, tzinfo=UTC),
    }
    early = [b async for b in cal.bookings.list(before_end=date(2030, 1, 9), after_start=NOW.astimezone(NY))]
    assert len(early) == 1
    past = await cal.bookings.list(status=["past"]).collect()
    assert len(past) == 1


@respx.mock
async def test_list_sends_the_api_forms(rcal: CalClient) -> None:
    route = respx.get(f"{API}/v2/bookings").mock(
        return_value=httpx.Response(
            200, json={"status": "success", "data": [], "pagination": {"hasNextPage": False}}
        )
    )
    await rcal.bookings.list(
        status=["upcoming", "unconfirmed"],
        attendee_email="ada@example.com",
        event_type_ids=[1, 2],
        team_id=5,
        after_start=datetime(2030, 1, 7, 9, tzinfo=ZoneInfo("Europe/Berlin")),
        before_end=date(2030, 1, 31),
        sort_start="desc",
        take=10,
    )
    params = route.calls.last.request.url.params
    assert params.get_list("status") == ["upcoming", "unconfirmed"]
    assert params["eventTypeIds"] == "1,2" and params["teamId"] == "5"
    assert params["afterStart"] == "2030-01-07T08:00:00.000Z"
    # A date goes as the bare ISO date, which the server reads as its UTC midnight:
    # endTime <= dayjs.utc(beforeEnd) (packages/trpc/server/routers/viewer/bookings/get.handler.ts).
    assert params["beforeEnd"] == "2030-01-31"
    assert params["sortStart"] == "desc" and params["take"] == "10"


@respx.mock
async def test_team_bookings_round_robin_and_collective(rcal: CalClient) -> None:
    start = "2030-01-07T09:00:00.000Z"
    respx.get(f"{API}/v2/slots").mock(
        return_value=httpx.Response(
            200,
            json={
                "status": "success",
                "data": {"2030-01-07": [{"start": start, "end": "2030-01-07T09:30:00.000Z"}]},
            },
        )
    )
    hosts = {
        "demo": [{"id": 1, "name": "Ann", "email": "ann@acme.com", "username": "ann", "timeZone": "UTC"}],
        "panel": [
            {"id": 1, "name": "Ann", "email": "ann@acme.com", "username": "ann", "timeZone": "UTC"},
            {"id": 2, "name": "Ben", "email": "ben@acme.com", "username": "ben", "timeZone": "UTC"},
        ],
    }

    def create(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        data = _full(f"uid-{body['eventTypeSlug']}", start, hosts=hosts[body["eventTypeSlug"]])
        return httpx.Response(201, json={"status": "success", "data": data})

    booking_route = respx.post(f"{API}/v2/bookings").mock(side_effect=create)
    at = datetime(2030, 1, 7, 9, tzinfo=UTC)
    rr = await rcal.bookings.book(EventTypeRef.team("sales", "demo", organization="acme"), at, ADA)
    assert rr.host_emails == ("ann@acme.com",)  # round robin: one host assigned
    sent = json.loads(booking_route.calls.last.request.content)
    assert {k: sent[k] for k in ("eventTypeSlug", "teamSlug", "organizationSlug", "start")} == {
        "eventTypeSlug": "demo",
        "teamSlug": "sales",
        "organizationSlug": "acme",
        "start": "2030-01-07T09:00:00.000Z",
    }
    assert "eventTypeId" not in sent
    collective = await rcal.bookings.book(EventTypeRef.team("sales", "panel"), at, ADA)
    assert collective.host_emails == ("ann@acme.com", "ben@acme.com")  # collective: every host


def _full(uid: str, start: str, **extra: Any) -> dict[str, Any]:
    """A booking object with every field the spec requires."""
    end = start.replace("T09:00", "T09:30")
    return {
        "id": 1, "uid": uid, "title": "t", "description": None, "hosts": [], "status": "accepted",
        "start": start, "end": end, "duration": 30, "eventTypeId": 1, "eventType": {"id": 1, "slug": "s"},
        "location": None, "absentHost": False, "createdAt": start, "updatedAt": None, "attendees": [],
        "bookingFieldsResponses": {}, **extra,
    }  # fmt: skip


@respx.mock
async def test_recurring_result_keeps_every_occurrence(rcal: CalClient) -> None:
    occurrences = [
        _full("r1", "2030-01-07T09:00:00.000Z", recurringBookingUid="rec"),
        _full("r2", "2030-01-14T09:00:00.000Z", recurringBookingUid="rec"),
    ]
    respx.post(f"{API}/v2/bookings").mock(
        return_value=httpx.Response(201, json={"status": "success", "data": occurrences})
    )
    result = await rcal.bookings.book(1, datetime(2030, 1, 7, 9, tzinfo=UTC), ADA, check_slot=False)
    assert result.uid == "r1" and result.start == datetime(2030, 1, 7, 9, tzinfo=UTC)
    assert [b["uid"] for b in result.bookings] == ["r1", "r2"]
    assert result.seat_uid is None


@respx.mock
async def test_seated_result_has_its_seat(rcal: CalClient) -> None:
    respx.post(f"{API}/v2/bookings").mock(
        return_value=httpx.Response(
            201, json={"status": "success", "data": _full("s1", "2030-01-07T09:00:00.000Z", seatUid="seat-1")}
        )
    )
    result = await rcal.bookings.book(1, datetime(2030, 1, 7, 9, tzinfo=UTC), ADA, check_slot=False)
    assert (result.uid, result.seat_uid, len(result.bookings)) == ("s1", "seat-1", 1)


# A body with seatUid is validated as the seated variant, whose DTO has no reason fields and is
# checked with whitelist + forbidNonWhitelisted (packages/platform/types/bookings/2024-08-13/inputs/
# cancel-booking.input.ts, reschedule-booking.input.ts and their *-input.pipe.ts, used by
# apps/api/v2/src/ee/bookings/2024-08-13/controllers/bookings.controller.ts).
@respx.mock
async def test_seated_cancel_sends_only_the_seat(rcal: CalClient) -> None:
    route = respx.post(f"{API}/v2/bookings/b1/cancel").mock(
        return_value=httpx.Response(
            200, json={"status": "success", "data": _full("b1", "2030-01-07T09:00:00.000Z")}
        )
    )
    await rcal.bookings.cancel("b1", seat_uid="seat-1")
    assert json.loads(route.calls.last.request.content) == {"seatUid": "seat-1"}
    for kwargs in ({"reason": "Plans changed"}, {"cancel_subsequent": True}):
        with pytest.raises(ValueError, match="seated cancel") as caught:
            await rcal.bookings.cancel("b1", seat_uid="seat-1", **kwargs)  # type: ignore[arg-type]
        assert next(iter(kwargs)) in str(caught.value)
    with pytest.raises(ValueError, match="reason"):
        await rcal.bookings.cancel("b1", body={"seatUid": "seat-1", "cancellationReason": "x"})
    assert route.call_count == 1  # refused before sending


@respx.mock
async def test_seated_reschedule_sends_start_and_seat(rcal: CalClient) -> None:
    route = respx.post(f"{API}/v2/bookings/b1/reschedule").mock(
        return_value=httpx.Response(
            201, json={"status": "success", "data": _full("b2", "2030-01-08T09:00:00.000Z")}
        )
    )
    at = datetime(2030, 1, 8, 9, tzinfo=UTC)
    await rcal.bookings.reschedule("b1", at, seat_uid="seat-1", rescheduled_by="host@example.com")
    assert json.loads(route.calls.last.request.content) == {
        "start": "2030-01-08T09:00:00.000Z",
        "seatUid": "seat-1",
        "rescheduledBy": "host@example.com",
    }
    with pytest.raises(ValueError, match=r"seated reschedule .* cannot carry reason"):
        await rcal.bookings.reschedule("b1", at, seat_uid="seat-1", reason="Later")
    with pytest.raises(ValueError, match="seat_uid must be a non-empty string"):
        await rcal.bookings.reschedule("b1", at, seat_uid="")
    assert route.call_count == 1
