"""Slot reservations (``/v2/slots/reservations``): short holds that hide a slot from other bookers."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import attrs

from .clock import iso_ms, parse_instant, zone
from .errors import HttpError, field_error, not_found, validation_error
from .records import StoredEventType, StoredReservation
from .routing import Ctx, Response, ok, ok_no_data
from .slots import BUSY_STATUSES

DEFAULT_RESERVATION_MINUTES = 5
# SlotsService_2024_09_04.reserveSlot / checkSlotOverlap
# (apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots.service.ts).
CLASH = "This time slot is already reserved by another user. Please choose a different time."
ALREADY_BOOKED = "Can't reserve a slot if the event is already booked."
NEEDS_AUTH = (
    "reservationDuration can only be used for authenticated requests - use access token, api key or "
    "OAuth credentials"
)
NOT_ALLOWED = (
    "authenticated user is not owner of event type, does not have memberships in common with owner of "
    "the event type, nor does belong to event type's team or org."
)


def serialize(r: StoredReservation) -> dict[str, Any]:
    """What reserving and updating answer (SlotsOutputService_2024_09_04.getReservationSlotCreated,
    apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots-output.service.ts)."""
    return {**serialize_stored(r), "reservationDuration": r.reservation_minutes}


def serialize_stored(r: StoredReservation) -> dict[str, Any]:
    """What reading one answers (getReservationSlot): the stored row, which does not keep the
    reservation's duration, so there is no ``reservationDuration``."""
    return {
        "eventTypeId": r.event_type_id,
        "slotStart": iso_ms(r.start),
        "slotEnd": iso_ms(r.end),
        "slotDuration": int((r.end - r.start).total_seconds() // 60),
        "reservationUid": r.uid,
        "reservationUntil": iso_ms(r.until),
    }


def _read(ctx: Ctx, uid: str | None = None) -> StoredReservation:
    body = ctx.request.json()
    errors = []
    event_type_id = body.get("eventTypeId")
    if not isinstance(event_type_id, int) or isinstance(event_type_id, bool):
        errors.append(
            field_error("eventTypeId", event_type_id, "isInt", "eventTypeId must be an integer number")
        )
    raw_start = body.get("slotStart")
    utc = zone("UTC")
    assert utc is not None
    start = parse_instant(raw_start, utc) if isinstance(raw_start, str) else None
    if start is None:
        errors.append(
            field_error("slotStart", raw_start, "isISO8601", "slotStart must be a valid ISO 8601 date string")
        )
    for name in ("slotDuration", "reservationDuration"):
        value = body.get(name)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            errors.append(field_error(name, value, "isInt", f"{name} must be an integer number"))
    if errors:
        raise validation_error(errors)
    assert isinstance(event_type_id, int) and start is not None
    if body.get("reservationDuration") and ctx.user is None:
        raise HttpError(401, NEEDS_AUTH)
    event_type = ctx.state.event_types.get(event_type_id)
    if event_type is None:
        raise not_found(f"Event Type with ID={event_type_id} not found")
    if body.get("reservationDuration") and ctx.user is not None and not _may_hold_longer(ctx, event_type):
        raise HttpError(403, NOT_ALLOWED)
    slot_duration = body.get("slotDuration")
    if slot_duration:
        if not event_type.length_options:
            raise HttpError(
                400, "You passed 'slotDuration' but this event type is not a variable length event type."
            )
        if slot_duration not in event_type.length_options:
            raise HttpError(
                400,
                "Provided 'slotDuration' is not one of the possible lengths for the event type. The possible "
                "lengths for this variable length event type are: "
                + ", ".join(str(x) for x in event_type.length_options),
            )
    now = ctx.clock.now()
    minutes = body.get("reservationDuration") or DEFAULT_RESERVATION_MINUTES
    end = start + timedelta(minutes=slot_duration or event_type.length)
    booked = next(
        (
            b
            for b in ctx.state.bookings.values()
            if b.event_type_id == event_type.id
            and b.status in BUSY_STATUSES
            and b.start < end
            and start < b.end
        ),
        None,
    )
    if booked is not None and not event_type.seats_per_time_slot:
        raise HttpError(422, ALREADY_BOOKED)
    if booked is not None and len(booked.attendees) >= (event_type.seats_per_time_slot or 0):
        raise HttpError(422, f"Booking with id={event_type_id} at {raw_start} has no more seats left.")
    clash = any(
        r.uid != uid
        and r.event_type_id == event_type_id
        and r.until > now
        and start < r.end
        and r.start < end
        for r in ctx.state.reservations.values()
    )
    if clash:
        raise HttpError(422, CLASH)
    return StoredReservation(
        uid=uid or str(uuid.uuid4()),
        event_type_id=event_type_id,
        start=start,
        end=end,
        until=now + timedelta(minutes=minutes),
        reservation_minutes=minutes,
    )


def _may_hold_longer(ctx: Ctx, event_type: StoredEventType) -> bool:
    """canSpecifyCustomReservationDuration: the owner, someone sharing a team with the owner, or a
    member of the event type's team or of that team's organization."""
    assert ctx.user is not None
    state, user_id = ctx.state, ctx.user.id
    if event_type.team_id is not None:
        team = state.teams.get(event_type.team_id)
        groups = [event_type.team_id] + ([team.org_id] if team and team.org_id is not None else [])
        return any(state.membership(group, user_id) is not None for group in groups)
    if user_id == event_type.owner_id:
        return True
    mine = {m.team_id for m in state.memberships.values() if m.user_id == user_id}
    return any(m.team_id in mine for m in state.memberships.values() if m.user_id == event_type.owner_id)


# SlotsService_2024_09_04 (apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots.service.ts):
# reading an unknown uid answers 200 with data null (getReservedSlot returns null), updating one is a
# 404, and deleting one is a success (slots.repository.ts deleteSlot is a deleteMany).


def _live(ctx: Ctx) -> StoredReservation | None:
    found = ctx.state.reservations.get(ctx.params["uid"])
    if found is None or found.until <= ctx.clock.now():  # expired holds are deleted by the server
        return None
    return found


async def reserve(ctx: Ctx) -> Response:
    reservation = _read(ctx)
    ctx.state.reservations[reservation.uid] = reservation
    return ok(serialize(reservation), status=201)


async def get_reservation(ctx: Ctx) -> Response:
    current = _live(ctx)
    return ok(serialize_stored(current) if current is not None else None)


async def update_reservation(ctx: Ctx) -> Response:
    current = _live(ctx)
    if current is None:
        raise not_found(f"Slot with uid={ctx.params['uid']} not found")
    updated = _read(ctx, uid=current.uid)
    ctx.state.reservations[current.uid] = attrs.evolve(updated)
    return ok(serialize(updated))


async def delete_reservation(ctx: Ctx) -> Response:
    ctx.state.reservations.pop(ctx.params["uid"], None)
    return ok_no_data()
