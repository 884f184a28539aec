"""Slot reservations (``/v2/slots/reservations``): short holds that hide a slot from other bookers."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

import attrs

from .clock import iso_ms, parse_instant, zone
from .errors import HttpError, field_error, not_found, validation_error
from .records import Reservation
from .routing import Ctx, Response, ok, ok_no_data

DEFAULT_RESERVATION_MINUTES = 5
CLASH = "This time slot is already reserved by another user. Please choose a different time slot."


def serialize(r: Reservation) -> dict[str, Any]:
    return {
        "eventTypeId": r.event_type_id,
        "slotStart": iso_ms(r.start),
        "slotEnd": iso_ms(r.end),
        "slotDuration": int((r.end - r.start).total_seconds() // 60),
        "reservationUid": r.uid,
        "reservationDuration": r.reservation_minutes,
        "reservationUntil": iso_ms(r.until),
    }


def _read(ctx: Ctx, uid: str | None = None) -> Reservation:
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
    event_type = ctx.state.event_types.get(event_type_id)
    if event_type is None:
        raise not_found(f"Event Type with ID={event_type_id} not found")
    now = ctx.clock.now()
    minutes = body.get("reservationDuration") or DEFAULT_RESERVATION_MINUTES
    end = start + timedelta(minutes=body.get("slotDuration") or event_type.length)
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
    return Reservation(
        uid=uid or str(uuid.uuid4()),
        event_type_id=event_type_id,
        start=start,
        end=end,
        until=now + timedelta(minutes=minutes),
        reservation_minutes=minutes,
    )


def _live(ctx: Ctx) -> Reservation:
    uid = ctx.params["uid"]
    found = ctx.state.reservations.get(uid)
    if found is None or found.until <= ctx.clock.now():  # expired holds are deleted by the server
        raise not_found(f"Reserved slot with uid={uid} not found")
    return found


async def reserve(ctx: Ctx) -> Response:
    reservation = _read(ctx)
    ctx.state.reservations[reservation.uid] = reservation
    return ok(serialize(reservation), status=201)


async def get_reservation(ctx: Ctx) -> Response:
    return ok(serialize(_live(ctx)))


async def update_reservation(ctx: Ctx) -> Response:
    current = _live(ctx)
    updated = _read(ctx, uid=current.uid)
    ctx.state.reservations[current.uid] = attrs.evolve(updated)
    return ok(serialize(updated))


async def delete_reservation(ctx: Ctx) -> Response:
    current = _live(ctx)
    del ctx.state.reservations[current.uid]
    return ok_no_data()
