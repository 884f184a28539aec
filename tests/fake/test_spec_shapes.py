"""Every operation the fake implements answers bodies that match the official spec's schema
(with the documented corrections of fake_spec.CORRECTIONS)."""

from __future__ import annotations

import httpx
from fake_spec import assert_spec
from fake_support import BOOKINGS, EVENT_TYPES, SCHEDULES, SLOTS, attendee, book

from cal_async.testing import FakeCal


async def test_me(http: httpx.AsyncClient, fake: FakeCal) -> None:
    body = assert_spec(await http.get("/v2/me"), "/v2/me")
    assert body["data"]["username"] == fake.user.username
    assert body["data"]["defaultScheduleId"] == fake.user.default_schedule_id
    body = assert_spec(await http.patch("/v2/me", json={"timeZone": "Asia/Tokyo"}), "/v2/me")
    assert body["data"]["timeZone"] == "Asia/Tokyo"


async def test_event_types_crud(http: httpx.AsyncClient) -> None:
    created = await http.post(
        "/v2/event-types",
        json={"title": "Intro call", "slug": "intro", "lengthInMinutes": 30, "slotInterval": 15},
        headers=EVENT_TYPES,
    )
    assert created.status_code == 201
    data = assert_spec(created, "/v2/event-types")["data"]
    assert (data["slug"], data["lengthInMinutes"], data["slotInterval"]) == ("intro", 30, 15)
    path = f"/v2/event-types/{data['id']}"
    assert_spec(await http.get(path, headers=EVENT_TYPES), "/v2/event-types/{eventTypeId}")
    listed = assert_spec(await http.get("/v2/event-types", headers=EVENT_TYPES), "/v2/event-types")
    assert [e["slug"] for e in listed["data"]] == ["intro"]
    patched = await http.patch(path, json={"title": "Intro", "lengthInMinutes": 45}, headers=EVENT_TYPES)
    assert assert_spec(patched, "/v2/event-types/{eventTypeId}")["data"]["lengthInMinutes"] == 45
    deleted = assert_spec(await http.delete(path, headers=EVENT_TYPES), "/v2/event-types/{eventTypeId}")
    assert deleted["data"] == {"id": data["id"], "lengthInMinutes": 45, "title": "Intro", "slug": "intro"}
    assert (await http.get(path, headers=EVENT_TYPES)).status_code == 404


async def test_schedules_crud(http: httpx.AsyncClient, fake: FakeCal) -> None:
    body = {
        "name": "Late shift",
        "timeZone": "America/New_York",
        "isDefault": True,
        "availability": [{"days": ["Monday", "Tuesday"], "startTime": "13:00", "endTime": "21:00"}],
        "overrides": [{"date": "2025-10-21", "startTime": "10:00", "endTime": "12:00"}],
    }
    created = await http.post("/v2/schedules", json=body, headers=SCHEDULES)
    assert created.status_code == 201
    data = assert_spec(created, "/v2/schedules")["data"]
    assert data["availability"] == body["availability"] and data["isDefault"] is True
    default = assert_spec(await http.get("/v2/schedules/default", headers=SCHEDULES), "/v2/schedules/default")
    assert default["data"]["id"] == data["id"] == fake.user.default_schedule_id
    listed = assert_spec(await http.get("/v2/schedules", headers=SCHEDULES), "/v2/schedules")
    assert [s["isDefault"] for s in listed["data"]] == [False, True]  # the seeded one lost the default
    path = f"/v2/schedules/{data['id']}"
    assert_spec(await http.get(path, headers=SCHEDULES), "/v2/schedules/{scheduleId}")
    patched = await http.patch(path, json={"name": "Evenings"}, headers=SCHEDULES)
    assert assert_spec(patched, "/v2/schedules/{scheduleId}")["data"]["name"] == "Evenings"
    assert assert_spec(await http.delete(path, headers=SCHEDULES), "/v2/schedules/{scheduleId}") == {
        "status": "success"
    }


async def test_schedule_without_availability_gets_working_hours(http: httpx.AsyncClient) -> None:
    created = await http.post(
        "/v2/schedules",
        json={"name": "Std", "timeZone": "Europe/Berlin", "isDefault": False},
        headers=SCHEDULES,
    )
    weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert created.json()["data"]["availability"] == [
        {"days": weekdays, "startTime": "09:00", "endTime": "17:00"}
    ]


async def test_slots_and_reservations(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="chat", length=30)
    for fmt in ({}, {"format": "range"}):
        params = {"eventTypeId": et.id, "start": "2025-10-21", "end": "2025-10-21", **fmt}
        assert_spec(await http.get("/v2/slots", params=params, headers=SLOTS), "/v2/slots")
    reserved = await http.post(
        "/v2/slots/reservations",
        json={"eventTypeId": et.id, "slotStart": "2025-10-21T09:00:00Z"},
        headers=SLOTS,
    )
    assert reserved.status_code == 201
    data = assert_spec(reserved, "/v2/slots/reservations")["data"]
    path = f"/v2/slots/reservations/{data['reservationUid']}"
    got = assert_spec(await http.get(path, headers=SLOTS), "/v2/slots/reservations/{uid}")
    # Read back from the stored row, which does not keep the duration (slots-output.service.ts).
    assert got["data"] == {name: value for name, value in data.items() if name != "reservationDuration"}
    moved = await http.patch(
        path, json={"eventTypeId": et.id, "slotStart": "2025-10-21T10:00:00Z"}, headers=SLOTS
    )
    assert (
        assert_spec(moved, "/v2/slots/reservations/{uid}")["data"]["slotStart"] == "2025-10-21T10:00:00.000Z"
    )
    assert (await http.delete(path, headers=SLOTS)).json() == {"status": "success"}


async def test_bookings_lifecycle(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="chat", length=30)
    created = await book(http, et.id, "2025-10-21T09:00:00Z")
    assert created.status_code == 201
    booking = assert_spec(created, "/v2/bookings")["data"]
    uid = booking["uid"]
    assert_spec(await http.get(f"/v2/bookings/{uid}", headers=BOOKINGS), "/v2/bookings/{bookingUid}")
    assert_spec(await http.get("/v2/bookings", headers=BOOKINGS), "/v2/bookings")
    moved = await http.post(
        f"/v2/bookings/{uid}/reschedule",
        json={"start": "2025-10-21T10:00:00Z", "reschedulingReason": "clash"},
        headers=BOOKINGS,
    )
    assert moved.status_code == 201
    new_uid = assert_spec(moved, "/v2/bookings/{bookingUid}/reschedule")["data"]["uid"]
    old = assert_spec(await http.get(f"/v2/bookings/{uid}", headers=BOOKINGS), "/v2/bookings/{bookingUid}")
    assert old["data"]["rescheduledToUid"] == new_uid
    cancelled = await http.post(
        f"/v2/bookings/{new_uid}/cancel", json={"cancellationReason": "ill"}, headers=BOOKINGS
    )
    assert assert_spec(cancelled, "/v2/bookings/{bookingUid}/cancel")["data"]["status"] == "cancelled"
    listed = assert_spec(
        await http.get("/v2/bookings", params={"status": "cancelled"}, headers=BOOKINGS), "/v2/bookings"
    )
    assert len(listed["data"]) == 2


async def test_empty_booking_list_matches_corrected_pagination(http: httpx.AsyncClient) -> None:
    body = assert_spec(await http.get("/v2/bookings", headers=BOOKINGS), "/v2/bookings")
    assert body["pagination"]["currentPage"] == 0


async def test_webhooks_crud(http: httpx.AsyncClient) -> None:
    created = await http.post(
        "/v2/webhooks",
        json={"subscriberUrl": "https://hooks.example/cal", "triggers": ["BOOKING_CREATED"], "active": True},
    )
    assert created.status_code == 201
    data = assert_spec(created, "/v2/webhooks")["data"]
    path = f"/v2/webhooks/{data['id']}"
    assert_spec(await http.get(path), "/v2/webhooks/{webhookId}")
    assert_spec(await http.get("/v2/webhooks"), "/v2/webhooks")
    patched = await http.patch(path, json={"active": False, "secret": "s3cret"})
    assert assert_spec(patched, "/v2/webhooks/{webhookId}")["data"]["active"] is False
    assert_spec(await http.delete(path), "/v2/webhooks/{webhookId}")
    assert (await http.get(path)).status_code == 404


async def test_booking_with_phone_and_guests(http: httpx.AsyncClient, fake: FakeCal) -> None:
    et = fake.add_event_type(slug="chat", length=30)
    response = await book(
        http,
        et.id,
        "2025-10-21T11:00:00Z",
        attendee={**attendee(), "phoneNumber": "+442071234567"},
        guests=["bob@example.com"],
        bookingFieldsResponses={"notes": "bring slides"},
    )
    data = assert_spec(response, "/v2/bookings")["data"]
    assert data["guests"] == ["bob@example.com"] and data["description"] == "bring slides"
    assert data["attendees"][0]["phoneNumber"] == "+442071234567"


async def test_the_validator_really_rejects_a_wrong_shape(http: httpx.AsyncClient, fake: FakeCal) -> None:
    """Guards the guard: a body with a wrong type or a missing field must fail validation."""
    import json

    import pytest

    good = await http.get("/v2/me")
    for broken in (
        {**good.json()["data"], "id": "1001"},
        {k: v for k, v in good.json()["data"].items() if k != "email"},
    ):
        bad = httpx.Response(
            200, content=json.dumps({"status": "success", "data": broken}), request=good.request
        )
        with pytest.raises(AssertionError):
            assert_spec(bad, "/v2/me")
