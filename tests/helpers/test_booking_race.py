"""A create that loses a race: Cal.com's 409 ``booking_conflict_error``, the fake answering it, and
the booking helpers turning it into ``SlotUnavailableError`` without ever retrying the POST.

The server: a unique booking idempotency key (event type, start, end, host) refuses the second of
two racing inserts with Prisma's P2002, which handleNewBooking answers with
``HttpError({statusCode: 409, message: ErrorCode.BookingConflict})`` (calcom/cal.com
packages/features/bookings/lib/handleNewBooking.ts; ``BookingConflict = "booking_conflict_error"``
mapped to 409 in packages/lib/errorCodes.ts; cal.com PR #28151), sent as a bare body.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async._errors import ConflictError
from cal_async.resources import SlotUnavailableError
from cal_async.testing import FakeCal
from tests.helpers.support import API, KEY
from tests.helpers.test_helper_bookings import ADA, NY, Recorder

RACE_LOST = {"statusCode": 409, "message": "booking_conflict_error"}
V_BOOKINGS = "2024-08-13"


def _create_body(event_type_id: int, start: datetime) -> dict[str, object]:
    return {
        "start": start.isoformat(),
        "eventTypeId": event_type_id,
        "attendee": {"name": "Bo", "email": "bo@example.com", "timeZone": "UTC"},
    }


async def test_the_fake_answers_a_lost_race_as_cal_com_does(fake: FakeCal) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 10, tzinfo=UTC)
    fake.lose_booking_races()
    async with fake.http_client() as http:
        headers = {"cal-api-version": V_BOOKINGS}
        lost = await http.post("/v2/bookings", json=_create_body(et.id, at), headers=headers)
        assert lost.status_code == 409 and lost.json() == RACE_LOST
        # The rival's create was saved first: the slot is theirs now, for the server as for the fake.
        rival = [b for b in fake.state.bookings.values() if b.start == at]
        assert [b.attendees[0].email for b in rival] == ["rival@example.com"]
        again = await http.post("/v2/bookings", json=_create_body(et.id, at), headers=headers)
        assert again.status_code == 400 and "already has booking" in again.json()["error"]["message"]
        later = await http.post(
            "/v2/bookings", json=_create_body(et.id, at + timedelta(hours=1)), headers=headers
        )
        assert later.status_code == 201  # only the next create lost a race
    await fake.aclose()


async def test_book_maps_a_lost_race_to_slot_unavailable_with_the_nearest_free_slots(fake: FakeCal) -> None:
    rec = Recorder(fake)
    et = fake.add_event_type(slug="intro", length=30)
    at = datetime(2030, 1, 7, 10, tzinfo=UTC).astimezone(NY)
    fake.lose_booking_races()
    http = httpx.AsyncClient(transport=rec)
    # The default retry policy is on: a POST 409 must still go out exactly once.
    async with http, CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as cal:
        with pytest.raises(SlotUnavailableError) as caught:
            await cal.bookings.book(et.id, at, ADA)
    await fake.aclose()
    assert rec.seen == ["GET /v2/slots", "POST /v2/bookings", "GET /v2/slots"]
    err = caught.value
    assert isinstance(err.__cause__, ConflictError) and err.__cause__.message == "booking_conflict_error"
    assert err.requested == at
    assert err.nearest and at not in [s.start for s in err.nearest]
    assert [s.start.astimezone(UTC).strftime("%H:%M") for s in err.nearest] == ["09:00", "09:30", "10:30"]
    assert [b.attendees[0].email for b in fake.state.bookings.values()] == ["rival@example.com"]


async def test_book_first_available_moves_on_after_losing_a_race(fake: FakeCal) -> None:
    rec = Recorder(fake)
    et = fake.add_event_type(slug="intro", length=30)
    first = datetime(2030, 1, 8, 9, tzinfo=UTC)
    fake.lose_booking_races()
    http = httpx.AsyncClient(transport=rec)
    async with http, CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as cal:
        result = await cal.bookings.book_first_available(et.id, first, first + timedelta(hours=3), ADA)
    await fake.aclose()
    assert result.start == first + timedelta(minutes=30)
    assert rec.seen.count("POST /v2/bookings") == 2  # the lost one (not retried), then the next slot
    owners = {b.start: b.attendees[0].email for b in fake.state.bookings.values()}
    assert owners == {first: "rival@example.com", first + timedelta(minutes=30): "ada@example.com"}


@respx.mock
async def test_a_409_booking_conflict_is_never_retried_and_other_409s_are_not_disguised() -> None:
    at = datetime(2030, 1, 7, 10, tzinfo=UTC)
    create = respx.post(f"{API}/v2/bookings").mock(return_value=httpx.Response(409, json=RACE_LOST))
    free = {"2030-01-07": [{"start": "2030-01-07T10:30:00.000Z"}]}
    respx.get(f"{API}/v2/slots").mock(
        return_value=httpx.Response(200, json={"status": "success", "data": free})
    )
    async with CalClient(KEY, base_url=API, max_retries=3) as cal:
        with pytest.raises(SlotUnavailableError) as caught:
            await cal.bookings.book(1, at, ADA, check_slot=False)
        assert create.call_count == 1
        assert [s.start.astimezone(UTC) for s in caught.value.nearest] == [at + timedelta(minutes=30)]
        seats_full = {"statusCode": 409, "message": "No more seats left at this seated booking."}
        create.mock(return_value=httpx.Response(409, json=seats_full))
        with pytest.raises(ConflictError, match="No more seats left"):
            await cal.bookings.book(1, at, ADA, check_slot=False)
        assert create.call_count == 2
        sent = json.loads(create.calls[0].request.content)
        assert sent["start"] == "2030-01-07T10:00:00.000Z" and sent["eventTypeId"] == 1
