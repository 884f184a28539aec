"""Bookings: conflicts, validation, filters and pagination, cancel and reschedule rules."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fake_support import BOOKINGS, attendee, book

from cal_async.testing import FakeCal, StoredEventType

TAKEN = "User either already has booking at this time or is not available"


@pytest.fixture
def chat(fake: FakeCal) -> StoredEventType:
    return fake.add_event_type(title="Chat", slug="chat", length=30)


async def test_create_then_conflict(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, chat: StoredEventType
) -> None:
    first = await book(anon, chat.id, "2025-10-21T09:00:00Z")  # bookers need no credentials
    assert first.status_code == 201
    data = first.json()["data"]
    assert (data["start"], data["end"], data["duration"], data["status"]) == (
        "2025-10-21T09:00:00.000Z", "2025-10-21T09:30:00.000Z", 30, "accepted"
    )  # fmt: skip
    assert data["title"] == "Chat between Fake Host and Ada Lovelace"
    for start in ("2025-10-21T09:00:00Z", "2025-10-21T09:15:00Z", "2025-10-21T10:00:00+01:00"):
        clash = await book(http, chat.id, start, attendee=attendee("Bob", "bob@example.com"))
        assert clash.status_code == 400
        assert clash.json()["error"] == {
            "code": "BadRequestException",
            "message": TAKEN,
            "details": {"message": TAKEN, "error": "Bad Request", "statusCode": 400},
        }
    assert (await book(http, chat.id, "2025-10-21T09:30:00Z")).status_code == 201  # back to back is fine


async def test_outside_hours_past_and_notice(
    http: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType
) -> None:
    assert (await book(http, chat.id, "2025-10-21T17:00:00Z")).json()["error"]["message"] == TAKEN
    assert (await book(http, chat.id, "2025-10-25T10:00:00Z")).json()["error"]["message"] == TAKEN  # Saturday
    past = await book(http, chat.id, "2025-10-17T10:00:00Z")
    assert past.json()["error"]["message"] == "Attempting to book a meeting in the past."
    noticed = fake.add_event_type(slug="notice", length=30, minimum_booking_notice=240)
    soon = await book(http, noticed.id, "2025-10-20T10:00:00Z")
    assert soon.status_code == 400 and soon.json()["error"]["message"].startswith(
        "The event type can't be booked"
    )


async def test_by_slug_and_username_and_unknown_event_type(anon: httpx.AsyncClient, fake: FakeCal) -> None:
    fake.add_event_type(slug="chat", length=30)
    body = {
        "eventTypeSlug": "chat",
        "username": "fake-host",
        "start": "2025-10-21T09:00:00Z",
        "attendee": attendee(),
    }
    assert (await anon.post("/v2/bookings", json=body, headers=BOOKINGS)).status_code == 201
    missing = await anon.post("/v2/bookings", json={**body, "eventTypeSlug": "nope"}, headers=BOOKINGS)
    assert missing.status_code == 404
    assert (
        missing.json()["error"]["message"]
        == "Event type with slug nope belonging to user fake-host not found."
    )
    by_id = await book(anon, 999999, "2025-10-21T09:00:00Z")
    assert by_id.json()["error"]["message"] == "Event type with id 999999 not found."


async def test_validation_is_one_flattened_message(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    response = await book(
        http,
        chat.id,
        "2025-10-21T09:00:00Z",
        attendee={"name": "A", "email": "a@example.com", "timeZone": "Nowhere"},
        startTime="2025-10-21T09:00:00Z",
    )
    assert response.status_code == 400
    message = response.json()["error"]["message"]
    assert isinstance(message, str)
    assert "property startTime should not exist" in message
    assert (
        "attendee property is wrong, timeZone property is wrong,timeZone must be a valid IANA time-zone "
        in message
    )
    no_contact = await book(http, chat.id, "2025-10-21T09:00:00Z", attendee={"name": "A", "timeZone": "UTC"})
    assert no_contact.status_code == 400
    phone_only = await book(
        http,
        chat.id,
        "2025-10-21T09:00:00Z",
        attendee={"name": "A", "timeZone": "UTC", "phoneNumber": "+15551234"},
    )
    assert phone_only.status_code == 201


async def _seed_week(http: httpx.AsyncClient, chat: StoredEventType, count: int) -> list[str]:
    uids = []
    for i in range(count):
        start = datetime(2025, 10, 21, 9, tzinfo=UTC) + timedelta(minutes=30 * i)
        response = await book(
            http, chat.id, start.isoformat(), attendee=attendee(f"Guest {i}", f"g{i}@example.com")
        )
        assert response.status_code == 201, response.text
        uids.append(response.json()["data"]["uid"])
    return uids


async def test_pagination_over_several_pages(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    uids = await _seed_week(http, chat, 7)
    seen: list[str] = []
    pages = []
    for skip in (0, 3, 6):
        body = (await http.get("/v2/bookings", params={"take": 3, "skip": skip}, headers=BOOKINGS)).json()
        seen += [b["uid"] for b in body["data"]]
        pages.append(body["pagination"])
    assert seen == uids  # ascending by start by default
    assert pages[0] == {
        "totalItems": 7, "remainingItems": 4, "returnedItems": 3, "itemsPerPage": 3,
        "currentPage": 1, "totalPages": 3, "hasNextPage": True, "hasPreviousPage": False,
    }  # fmt: skip
    assert (pages[1]["currentPage"], pages[1]["remainingItems"], pages[1]["hasPreviousPage"]) == (2, 1, True)
    assert pages[2] == {
        "totalItems": 7, "remainingItems": 0, "returnedItems": 1, "itemsPerPage": 3,
        "currentPage": 3, "totalPages": 3, "hasNextPage": False, "hasPreviousPage": True,
    }  # fmt: skip
    beyond = (await http.get("/v2/bookings", params={"take": 3, "skip": 9}, headers=BOOKINGS)).json()
    assert beyond["data"] == [] and beyond["pagination"]["returnedItems"] == 0


async def test_empty_result_has_current_page_zero(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    await _seed_week(http, chat, 2)
    body = (await http.get("/v2/bookings", params={"attendeeEmail": "nobody@x.io"}, headers=BOOKINGS)).json()
    assert body == {
        "status": "success",
        "data": [],
        "pagination": {
            "totalItems": 0, "remainingItems": 0, "returnedItems": 0, "itemsPerPage": 100,
            "currentPage": 0, "totalPages": 0, "hasNextPage": False, "hasPreviousPage": False,
        },
    }  # fmt: skip


@pytest.mark.parametrize("take", ["0", "251", "ten"])
async def test_take_out_of_range_is_a_validation_error(http: httpx.AsyncClient, take: str) -> None:
    response = await http.get("/v2/bookings", params={"take": take}, headers=BOOKINGS)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["message"] == "Bad Request Exception"
    assert error["details"]["errors"][0]["property"] == "take"


async def test_filters_and_sort(http: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType) -> None:
    uids = await _seed_week(http, chat, 4)
    other = fake.add_event_type(slug="other", length=30)
    other_uid = (await book(http, other.id, "2025-10-22T09:00:00Z")).json()["data"]["uid"]
    past = fake.add_booking(chat, datetime(2025, 10, 13, 9, tzinfo=UTC), attendee_email="old@example.com")
    await http.post(f"/v2/bookings/{uids[3]}/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS)

    async def uids_for(**params: object) -> list[str]:
        body = (await http.get("/v2/bookings", params=params, headers=BOOKINGS)).json()
        return [b["uid"] for b in body["data"]]

    assert await uids_for(status="upcoming") == [*uids[:3], other_uid]
    assert await uids_for(status="past") == [past.uid]
    assert await uids_for(status="cancelled") == [uids[3]]
    assert await uids_for(status="past,cancelled") == [past.uid, uids[3]]
    assert await uids_for(status="unconfirmed") == []
    assert await uids_for(attendeeEmail="G1@example.com") == [uids[1]]
    assert await uids_for(eventTypeId=other.id) == [other_uid]
    assert await uids_for(afterStart="2025-10-21T09:30:00Z", beforeEnd="2025-10-21T10:30:00Z") == uids[1:3]
    assert await uids_for(sortStart="desc", status="upcoming") == [other_uid, *reversed(uids[:3])]
    bad = await http.get("/v2/bookings", params={"status": "done"}, headers=BOOKINGS)
    assert bad.status_code == 400


async def test_get_by_uid_and_unknown_uid(anon: httpx.AsyncClient, chat: StoredEventType) -> None:
    uid = (await book(anon, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    assert (await anon.get(f"/v2/bookings/{uid}", headers=BOOKINGS)).json()["data"]["uid"] == uid
    missing = await anon.get("/v2/bookings/nope", headers=BOOKINGS)
    assert missing.status_code == 404
    # BookingsService_2024_08_13.getBooking (apps/api/v2/src/ee/bookings/2024-08-13/services/
    # bookings.service.ts).
    assert missing.json()["error"]["message"] == "Booking with uid=nope was not found in the database"


async def test_cancel_rules(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType
) -> None:
    uid = (await book(http, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    # The host (the API key's user) must give a reason: a bare {statusCode, message} error.
    no_reason = await http.post(f"/v2/bookings/{uid}/cancel", json={}, headers=BOOKINGS)
    assert (no_reason.status_code, no_reason.json()) == (
        400, {"statusCode": 400, "message": "Cancellation reason is required when you are the host"}
    )  # fmt: skip
    ok = await http.post(f"/v2/bookings/{uid}/cancel", json={"cancellationReason": "Sick"}, headers=BOOKINGS)
    data = ok.json()["data"]
    assert (ok.status_code, data["status"], data["cancellationReason"]) == (200, "cancelled", "Sick")
    assert data["cancelledByEmail"] == fake.user.email
    again = await http.post(
        f"/v2/bookings/{uid}/cancel", json={"cancellationReason": "Sick"}, headers=BOOKINGS
    )
    assert again.json() == {"statusCode": 400, "message": "This booking has already been cancelled."}
    # An attendee (no credentials) may cancel without a reason.
    other = (await book(anon, chat.id, "2025-10-21T10:00:00Z")).json()["data"]["uid"]
    assert (await anon.post(f"/v2/bookings/{other}/cancel", json={}, headers=BOOKINGS)).status_code == 200
    ended = fake.add_booking(chat, datetime(2025, 10, 13, 9, tzinfo=UTC))
    late = await http.post(
        f"/v2/bookings/{ended.uid}/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS
    )
    assert late.json() == {"statusCode": 400, "message": "Cannot cancel a booking that has already ended"}
    unknown = await http.post("/v2/bookings/nope/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS)
    assert unknown.status_code == 404 and unknown.json()["status"] == "error"
    extra = await http.post(f"/v2/bookings/{other}/cancel", json={"reason": "x"}, headers=BOOKINGS)
    # CancelBookingInputPipe.formatErrors (packages/platform/types/bookings/2024-08-13/inputs/
    # cancel-booking-input.pipe.ts): "<property> property is wrong,<constraints> <children>".
    assert extra.json()["error"]["message"] == "reason property is wrong,property reason should not exist "


async def test_reschedule_links_old_and_new(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    old_uid = (await book(http, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    moved = await http.post(
        f"/v2/bookings/{old_uid}/reschedule",
        json={"start": "2025-10-21T09:15:00Z", "reschedulingReason": "Traffic"},  # overlaps only itself
        headers=BOOKINGS,
    )
    assert moved.status_code == 201
    new = moved.json()["data"]
    assert new["uid"] != old_uid and new["rescheduledFromUid"] == old_uid
    assert (new["start"], new["status"], new["reschedulingReason"]) == (
        "2025-10-21T09:15:00.000Z",
        "accepted",
        "Traffic",
    )
    old = (await http.get(f"/v2/bookings/{old_uid}", headers=BOOKINGS)).json()["data"]
    assert (old["status"], old["rescheduledToUid"]) == ("cancelled", new["uid"])
    # The new time is taken.
    assert (await book(http, chat.id, "2025-10-21T09:30:00Z")).json()["error"]["message"] == TAKEN
    assert (await book(http, chat.id, "2025-10-21T09:45:00Z")).status_code == 201
    again = await http.post(
        f"/v2/bookings/{old_uid}/reschedule", json={"start": "2025-10-21T11:00:00Z"}, headers=BOOKINGS
    )
    # BookingsService_2024_08_13.canRescheduleBooking (apps/api/v2/src/ee/bookings/2024-08-13/
    # services/bookings.service.ts): the envelope, naming the booking it was rescheduled to.
    assert again.status_code == 400
    error = again.json()["error"]
    assert error["code"] == "BadRequestException"
    assert error["message"] == (
        f"Can't reschedule booking with uid={old_uid} because it has been cancelled and rescheduled already "
        f"to booking with uid={new['uid']}. You probably want to reschedule {new['uid']} instead by passing "
        "it within the request URL."
    )
    cancelled = (await book(http, chat.id, "2025-10-21T12:00:00Z")).json()["data"]["uid"]
    await http.post(f"/v2/bookings/{cancelled}/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS)
    dead = await http.post(
        f"/v2/bookings/{cancelled}/reschedule", json={"start": "2025-10-21T13:00:00Z"}, headers=BOOKINGS
    )
    assert dead.status_code == 400 and dead.json()["error"]["message"] == (
        f"Can't reschedule booking with uid={cancelled} because it has been cancelled. Please provide uid of "
        "a booking that is not cancelled."
    )


async def test_reschedule_frees_the_old_time(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    old_uid = (await book(http, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    await http.post(
        f"/v2/bookings/{old_uid}/reschedule", json={"start": "2025-10-21T11:00:00Z"}, headers=BOOKINGS
    )
    assert (await book(http, chat.id, "2025-10-21T09:00:00Z")).status_code == 201
    assert (await book(http, chat.id, "2025-10-21T11:00:00Z")).json()["error"]["message"] == TAKEN


async def test_reschedule_conflict_and_unknown_uid(http: httpx.AsyncClient, chat: StoredEventType) -> None:
    first = (await book(http, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    await book(http, chat.id, "2025-10-21T10:00:00Z")
    clash = await http.post(
        f"/v2/bookings/{first}/reschedule", json={"start": "2025-10-21T10:00:00Z"}, headers=BOOKINGS
    )
    assert clash.status_code == 400 and clash.json()["error"]["message"] == TAKEN
    unknown = await http.post(
        "/v2/bookings/nope/reschedule", json={"start": "2025-10-21T11:00:00Z"}, headers=BOOKINGS
    )
    assert (unknown.status_code, unknown.json()) == (
        500,
        {"statusCode": 500, "message": "Internal server error"},
    )


async def test_length_options(http: httpx.AsyncClient, fake: FakeCal) -> None:
    varied = fake.add_event_type(slug="varied", length=30, length_options=(30, 60))
    long = await book(http, varied.id, "2025-10-21T09:00:00Z", lengthInMinutes=60)
    assert long.json()["data"]["duration"] == 60
    odd = await book(http, varied.id, "2025-10-21T11:00:00Z", lengthInMinutes=45)
    assert odd.status_code == 400


async def test_confirmation_policy_pending_confirm_decline(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, fake: FakeCal
) -> None:
    created = await http.post(
        "/v2/event-types",
        json={
            "title": "Vetted",
            "slug": "vetted",
            "lengthInMinutes": 30,
            "confirmationPolicy": {"type": "always", "blockUnconfirmedBookingsInBooker": True},
        },
        headers={"cal-api-version": "2024-06-14"},
    )
    et_id = created.json()["data"]["id"]
    assert created.json()["data"]["confirmationPolicy"]["type"] == "always"
    first = (await book(anon, et_id, "2025-10-21T09:00:00Z")).json()["data"]
    second = (await book(anon, et_id, "2025-10-21T10:00:00Z")).json()["data"]
    assert first["status"] == second["status"] == "pending"
    # A pending booking still holds its time.
    assert (await book(anon, et_id, "2025-10-21T09:00:00Z")).json()["error"]["message"] == TAKEN
    unconfirmed = (await http.get("/v2/bookings", params={"status": "unconfirmed"}, headers=BOOKINGS)).json()[
        "data"
    ]
    assert [b["uid"] for b in unconfirmed] == [first["uid"], second["uid"]]
    assert (await anon.post(f"/v2/bookings/{first['uid']}/confirm", headers=BOOKINGS)).status_code == 403
    confirmed = await http.post(f"/v2/bookings/{first['uid']}/confirm", headers=BOOKINGS)
    assert confirmed.json()["data"]["status"] == "accepted"
    declined = await http.post(
        f"/v2/bookings/{second['uid']}/decline", json={"reason": "Full"}, headers=BOOKINGS
    )
    assert declined.json()["data"]["status"] == "rejected"
    assert (await http.post(f"/v2/bookings/{second['uid']}/confirm", headers=BOOKINGS)).status_code == 400
    # A rejected booking frees its time and counts as cancelled in lists.
    cancelled = (await http.get("/v2/bookings", params={"status": "cancelled"}, headers=BOOKINGS)).json()[
        "data"
    ]
    assert [b["uid"] for b in cancelled] == [second["uid"]]
    assert (await book(anon, et_id, "2025-10-21T10:00:00Z")).status_code == 201
