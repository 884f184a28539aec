"""The hidden 2024-04-15 bookings controller, which answers ``/v2/bookings`` when ``cal-api-version``
is missing, unknown, ``2024-04-15``, ``2024-06-11`` or ``2024-06-14``
(apps/api/v2/src/ee/bookings/2024-04-15/controllers/bookings.controller.ts).

Its shapes are the database's: ``startTime``/``endTime``, UPPERCASE ``status``, ``user``,
``responses``; lists are ``{bookings, recurringInfo, totalCount, nextCursor}`` paged by ``limit``
(default 10) and ``cursor``; cancel answers ``{bookingId, bookingUid, onlyRemovedAttendee}``. It has no
reschedule, confirm or decline route. Booking errors come back as ``HttpException`` with
handleNewBooking's internal code as the message.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from .bookings import _matches_status, place_booking
from .clock import iso_ms, parse_instant, zone
from .errors import HttpError, field_error, not_found, validation_error
from .records import StoredAttendee, StoredBooking
from .routing import Ctx, Response, Route, ok

_STATUSES = ("upcoming", "recurring", "past", "cancelled", "unconfirmed")


def serialize(b: StoredBooking, ctx: Ctx) -> dict[str, Any]:
    host = ctx.state.users.get(b.owner_id)
    event_type = ctx.state.event_types.get(b.event_type_id)
    return {
        "id": b.id,
        "uid": b.uid,
        "userId": b.owner_id,
        "eventTypeId": b.event_type_id,
        "title": b.title,
        "description": b.description,
        "startTime": iso_ms(b.start),
        "endTime": iso_ms(b.end),
        "status": b.status.upper(),
        "location": b.location,
        "metadata": dict(b.metadata),
        "responses": dict(b.responses),
        "createdAt": iso_ms(b.created_at),
        "updatedAt": iso_ms(b.updated_at) if b.updated_at else None,
        "cancellationReason": b.cancellation_reason,
        "rescheduled": b.rescheduled_to_uid is not None,
        "fromReschedule": b.rescheduled_from_uid,
        "attendees": [
            {"name": a.name, "email": a.email, "timeZone": a.time_zone, "locale": a.language}
            for a in b.attendees
        ],
        "user": (
            {"id": host.id, "name": host.name, "email": host.email, "username": host.username,
             "timeZone": host.time_zone}
            if host else None
        ),
        "eventType": (
            {"id": event_type.id, "slug": event_type.slug, "title": event_type.title} if event_type else None
        ),
    }  # fmt: skip


def _find(ctx: Ctx) -> StoredBooking:
    uid = ctx.params["bookingUid"]
    found = ctx.state.bookings.get(uid)
    if found is None:
        raise not_found(f"Booking with UID={uid} does not exist.")
    return found


async def get_booking(ctx: Ctx) -> Response:
    return ok(serialize(_find(ctx), ctx))


async def list_bookings(ctx: Ctx) -> Response:
    user = ctx.require_user()
    status = ctx.request.arg("filters[status]") or "upcoming"
    raw_limit, raw_cursor = ctx.request.arg("limit") or "10", ctx.request.arg("cursor") or "0"
    errors = []
    if status not in _STATUSES:
        message = f"filters.status must be one of the following values: {', '.join(_STATUSES)}"
        errors.append(field_error("filters", {"status": status}, "isEnum", message))
    for name, raw in (("limit", raw_limit), ("cursor", raw_cursor)):
        if not raw.isdigit():
            errors.append(field_error(name, raw, "isNumber", f"{name} must be a number"))
    if errors:
        raise validation_error(errors)
    limit, cursor = int(raw_limit), int(raw_cursor)
    now = ctx.clock.now()
    found = sorted(
        (b for b in ctx.state.bookings.values() if user.id in b.hosts and _matches_status(b, [status], now)),
        key=lambda b: (b.start, b.id),
    )
    page = found[cursor : cursor + limit]
    next_cursor = cursor + limit if len(found) > cursor + limit else None
    return ok(
        {
            "bookings": [serialize(b, ctx) for b in page],
            "recurringInfo": [],
            "totalCount": len(found),
            "nextCursor": next_cursor,
        }
    )


async def create_booking(ctx: Ctx) -> Response:
    """CreateBookingInput_2024_04_15: ``start``, ``eventTypeId``, ``timeZone``, ``language``,
    ``metadata`` and ``responses`` (``name``, ``email``, ``guests``...)."""
    body = ctx.request.json()
    errors = []
    start = parse_instant(body["start"], ZoneInfo("UTC")) if isinstance(body.get("start"), str) else None
    if start is None:
        errors.append(
            field_error(
                "start", body.get("start"), "isDateString", "start must be a valid ISO 8601 date string"
            )
        )
    event_type_id = body.get("eventTypeId")
    if not isinstance(event_type_id, int) or isinstance(event_type_id, bool):
        message = "eventTypeId must be a number conforming to the specified constraints"
        errors.append(field_error("eventTypeId", event_type_id, "isNumber", message))
    tz_name = body.get("timeZone")
    if not isinstance(tz_name, str) or zone(tz_name) is None:
        errors.append(
            field_error("timeZone", tz_name, "isTimeZone", "timeZone must be a valid IANA time-zone")
        )
    responses = body.get("responses")
    if not isinstance(responses, dict) or not isinstance(responses.get("name"), str):
        errors.append(
            field_error("responses", responses, "isObject", "responses must include name and email")
        )
    if errors:
        raise validation_error(errors)
    assert isinstance(start, datetime) and isinstance(event_type_id, int) and isinstance(responses, dict)
    event_type = ctx.state.event_types.get(event_type_id)
    if event_type is None:
        raise HttpError(404, "event_type_not_found", code="HttpException")
    attendee = StoredAttendee(
        name=str(responses["name"]),
        email=str(responses.get("email") or ""),
        time_zone=str(tz_name),
        language=str(body.get("language") or "en"),
    )
    guests = [g for g in responses.get("guests") or [] if isinstance(g, str)]
    extra = {k: v for k, v in responses.items() if k not in ("name", "email", "guests")}
    metadata = dict(body["metadata"]) if isinstance(body.get("metadata"), dict) else {}
    booking, _ = await place_booking(
        ctx, event_type, start, attendee, event_type.length, guests, extra, metadata, None, legacy=True
    )
    return ok(serialize(booking, ctx), status=201)


async def cancel_booking(ctx: Ctx) -> Response:
    uid = ctx.params["bookingUid"]
    if uid.isdigit():
        raise HttpError(400, "Please provide booking uid instead of booking id.")
    booking = _find(ctx)
    if booking.status == "cancelled":
        raise HttpError(
            400,
            f"Can't cancel booking with uid={uid} because it has been cancelled already. Please provide uid "
            "of a booking that is not cancelled.",
        )
    body = ctx.request.json()
    reason = body.get("cancellationReason") if isinstance(body.get("cancellationReason"), str) else None
    if ctx.user is not None and ctx.user.id in booking.hosts and not (reason or "").strip():
        # handleCancelBooking's HttpError, re-thrown by handleBookingErrors as an HttpException.
        raise HttpError(400, "Cancellation reason is required when you are the host", code="HttpException")
    now = ctx.clock.now()
    ctx.state.bookings[uid] = attrs.evolve(
        booking, status="cancelled", cancellation_reason=reason, updated_at=now
    )
    return ok({"bookingId": booking.id, "bookingUid": uid, "onlyRemovedAttendee": False})


# Versions the 2024-04-15 controller is registered under (plus a missing or unknown header).
VERSIONS = frozenset({"2024-04-15", "2024-06-11", "2024-06-14"})

ROUTES = [
    Route("GET", "/v2/bookings", list_bookings, no_auth_status=403),
    Route("GET", "/v2/bookings/{bookingUid}", get_booking, auth="optional"),
    Route("POST", "/v2/bookings", create_booking, auth="optional"),
    Route("POST", "/v2/bookings/{bookingUid}/cancel", cancel_booking, auth="optional"),
]
