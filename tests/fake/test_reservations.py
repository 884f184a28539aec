"""Slot reservations hide a slot from listings until they expire or are released."""

from __future__ import annotations

import httpx
import pytest
from fake_support import SLOTS, book, slot_starts

from cal_async.testing import FakeCal, StoredEventType

WINDOW = {"start": "2025-10-21T09:00:00Z", "end": "2025-10-21T10:00:00Z"}


@pytest.fixture
def chat(fake: FakeCal) -> StoredEventType:
    return fake.add_event_type(slug="chat", length=30)


async def reserve(http: httpx.AsyncClient, event_type_id: int, start: str, **extra: object) -> httpx.Response:
    return await http.post(
        "/v2/slots/reservations",
        json={"eventTypeId": event_type_id, "slotStart": start, **extra},
        headers=SLOTS,
    )


async def test_reservation_hides_the_slot_then_expires(
    anon: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType
) -> None:
    response = await reserve(anon, chat.id, "2025-10-21T09:30:00Z")
    assert response.status_code == 201
    data = response.json()["data"]
    assert data["slotEnd"] == "2025-10-21T10:00:00.000Z" and data["slotDuration"] == 30
    assert (data["reservationDuration"], data["reservationUntil"]) == (5, "2025-10-20T08:05:00.000Z")
    assert await slot_starts(anon, eventTypeId=chat.id, **WINDOW) == {
        "2025-10-21": ["2025-10-21T09:00:00.000Z", "2025-10-21T10:00:00.000Z"]
    }
    fake.advance(5 * 60)
    assert len((await slot_starts(anon, eventTypeId=chat.id, **WINDOW))["2025-10-21"]) == 3
    gone = await anon.get(f"/v2/slots/reservations/{data['reservationUid']}", headers=SLOTS)
    assert (gone.status_code, gone.json()) == (200, {"status": "success", "data": None})


async def test_clash_is_422(anon: httpx.AsyncClient, chat: StoredEventType) -> None:
    assert (await reserve(anon, chat.id, "2025-10-21T09:30:00Z")).status_code == 201
    clash = await reserve(anon, chat.id, "2025-10-21T09:45:00Z")
    assert clash.status_code == 422
    error = clash.json()["error"]
    assert error["code"] == "UnprocessableEntityException"
    # SlotsService_2024_09_04.checkSlotOverlap (apps/api/v2/src/modules/slots/slots-2024-09-04/
    # services/slots.service.ts).
    assert (
        error["message"]
        == "This time slot is already reserved by another user. Please choose a different time."
    )


async def test_custom_duration_update_and_delete(
    http: httpx.AsyncClient, anon: httpx.AsyncClient, chat: StoredEventType
) -> None:
    held = await reserve(http, chat.id, "2025-10-21T09:00:00Z", reservationDuration=10)  # the owner
    assert held.json()["data"]["reservationDuration"] == 10
    uid = held.json()["data"]["reservationUid"]
    path = f"/v2/slots/reservations/{uid}"
    moved = await anon.patch(
        path, json={"eventTypeId": chat.id, "slotStart": "2025-10-21T09:30:00Z"}, headers=SLOTS
    )
    assert moved.json()["data"]["slotStart"] == "2025-10-21T09:30:00.000Z"
    assert await slot_starts(anon, eventTypeId=chat.id, **WINDOW) == {
        "2025-10-21": ["2025-10-21T09:00:00.000Z", "2025-10-21T10:00:00.000Z"]
    }
    assert (await anon.delete(path, headers=SLOTS)).json() == {"status": "success"}
    assert len((await slot_starts(anon, eventTypeId=chat.id, **WINDOW))["2025-10-21"]) == 3
    # Deleting it again still succeeds: the repository's deleteMany finds nothing to delete.
    again = await anon.delete(path, headers=SLOTS)
    assert (again.status_code, again.json()) == (200, {"status": "success"})


# SlotsService_2024_09_04 (apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots.service.ts)
# and SlotsOutputService_2024_09_04.getReservationSlot (.../services/slots-output.service.ts): an
# unknown uid reads as 200 with data null, updating it is a 404 "Slot with uid=... not found",
# deleting it a success (slots.repository.ts deleteSlot: deleteMany); a stored reservation reads
# back without reservationDuration, which the SelectedSlots row does not keep.
async def test_unknown_and_stored_reservations_read_as_the_server_sends_them(
    anon: httpx.AsyncClient, chat: StoredEventType
) -> None:
    path = "/v2/slots/reservations/00000000-0000-4000-8000-000000000000"
    unknown = await anon.get(path, headers=SLOTS)
    assert (unknown.status_code, unknown.json()) == (200, {"status": "success", "data": None})
    update = await anon.patch(
        path, json={"eventTypeId": chat.id, "slotStart": "2025-10-21T09:00:00Z"}, headers=SLOTS
    )
    assert update.status_code == 404
    assert update.json()["error"]["message"] == (
        "Slot with uid=00000000-0000-4000-8000-000000000000 not found"
    )
    deleted = await anon.delete(path, headers=SLOTS)
    assert (deleted.status_code, deleted.json()) == (200, {"status": "success"})

    held = (await reserve(anon, chat.id, "2025-10-21T09:00:00Z")).json()["data"]
    assert held["reservationDuration"] == 5  # reserving answers it (getReservationSlotCreated)
    stored = (await anon.get(f"/v2/slots/reservations/{held['reservationUid']}", headers=SLOTS)).json()
    assert "reservationDuration" not in stored["data"]
    assert stored["data"]["reservationUntil"] == held["reservationUntil"]


async def test_reservation_of_one_event_type_does_not_hide_another(
    anon: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType
) -> None:
    other = fake.add_event_type(slug="other", length=30)
    await reserve(anon, chat.id, "2025-10-21T09:00:00Z")
    assert len((await slot_starts(anon, eventTypeId=other.id, **WINDOW))["2025-10-21"]) == 3


async def test_reservation_does_not_block_a_booking(anon: httpx.AsyncClient, chat: StoredEventType) -> None:
    """Reserve-then-book is the guide's flow, so booking a reserved slot must succeed: the fake only
    hides reservations from slot listings (it does not track who holds one)."""
    await reserve(anon, chat.id, "2025-10-21T09:00:00Z")
    assert (await book(anon, chat.id, "2025-10-21T09:00:00Z")).status_code == 201


async def test_validation_and_unknown_event_type(anon: httpx.AsyncClient) -> None:
    bad = await anon.post("/v2/slots/reservations", json={"slotStart": "soon"}, headers=SLOTS)
    assert bad.status_code == 400
    assert {e["property"] for e in bad.json()["error"]["details"]["errors"]} == {"eventTypeId", "slotStart"}
    assert (await reserve(anon, 424242, "2025-10-21T09:00:00Z")).status_code == 404


# SlotsService_2024_09_04.reserveSlot (apps/api/v2/src/modules/slots/slots-2024-09-04/services/
# slots.service.ts): a custom reservationDuration needs credentials (401, checked before the event
# type is looked up), and then the owner, someone sharing a team with the owner, or a member of the
# event type's team or organization (403 otherwise).
async def test_custom_duration_needs_auth_and_a_relation_to_the_owner(
    anon: httpx.AsyncClient, fake: FakeCal, chat: StoredEventType
) -> None:
    no_auth = await reserve(anon, 424242, "2025-10-21T09:00:00Z", reservationDuration=10)
    assert no_auth.status_code == 401
    assert no_auth.json()["error"]["message"] == (
        "reservationDuration can only be used for authenticated requests - use access token, api key or "
        "OAuth credentials"
    )
    stranger = fake.add_user("stranger")
    async with fake.http_client(api_key=fake.add_api_key(stranger).key) as as_stranger:
        denied = await reserve(as_stranger, chat.id, "2025-10-21T09:00:00Z", reservationDuration=10)
        assert denied.status_code == 403
        assert denied.json()["error"]["message"].startswith("authenticated user is not owner of event type")
        assert (await reserve(as_stranger, chat.id, "2025-10-21T09:00:00Z")).status_code == 201  # default 5
        org = fake.add_org("acme")
        fake.add_team(org, "sales", members=[stranger, fake.user])  # now they share a team
        shared = await reserve(as_stranger, chat.id, "2025-10-21T10:00:00Z", reservationDuration=10)
        assert shared.status_code == 201, shared.text


async def test_a_booked_slot_cannot_be_reserved(anon: httpx.AsyncClient, chat: StoredEventType) -> None:
    assert (await book(anon, chat.id, "2025-10-21T09:00:00Z")).status_code == 201
    taken = await reserve(anon, chat.id, "2025-10-21T09:00:00Z")
    assert taken.status_code == 422
    assert taken.json()["error"]["message"] == "Can't reserve a slot if the event is already booked."
