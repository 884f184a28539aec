"""``/v2/bookings`` (cal-api-version 2024-08-13): create with conflict detection, list with filters
and pagination, get, cancel and reschedule with the server's rules, and the webhook payloads."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from .clock import iso_ms, iso_seconds, parse_instant, zone
from .errors import HttpError, bare, field_error, flattened_error, not_found, validation_error, wrong
from .pagination import pagination, take_skip
from .records import StoredAttendee, StoredBooking, StoredEventType, StoredUser
from .routing import Ctx, Response, ok
from .slots import find_event_type, free_hosts, unavailability
from .state import State, short_uid

# How BookingsService_2024_08_13 turns handleNewBooking's internal codes into client messages.
UNAVAILABLE_MESSAGES = {
    "no_available_users_found_error": "User either already has booking at this time or is not available",
    "booking_time_out_of_bounds_error": (
        "The event type can't be booked at the \"start\" time provided. This could be because it's too soon "
        "(violating the minimum booking notice) or too far in the future (outside the event's scheduling "
        "window). Try fetching available slots first using the GET /v2/slots endpoint and then make a "
        'booking with "start" time equal to one of the available slots: https://cal.com/docs/api-reference/v2/slots'
    ),
    "Attempting to book a meeting in the past.": "Attempting to book a meeting in the past.",
}

TEAM_UNAVAILABLE = "One of the hosts either already has booking at this time or is not available"
SEATS_FULL = "No more seats left at this seated booking."

_CREATE_KEYS = frozenset(
    {
        "start",
        "attendee",
        "bookingFieldsResponses",
        "eventTypeId",
        "eventTypeSlug",
        "username",
        "teamSlug",
        "organizationSlug",
        "guests",
        "meetingUrl",
        "location",
        "metadata",
        "lengthInMinutes",
        "routing",
        "emailVerificationCode",
    }
)
# CancelBookingInput_2024_08_13 / CancelSeatedBookingInput_2024_08_13 and the reschedule pair
# (packages/platform/types/bookings/2024-08-13/inputs/cancel-booking.input.ts,
# reschedule-booking.input.ts): the seated variants take no reason.
_CANCEL_KEYS = frozenset({"cancellationReason", "cancelSubsequentBookings"})
_SEATED_CANCEL_KEYS = frozenset({"seatUid"})
_RESCHEDULE_KEYS = frozenset({"start", "rescheduledBy", "reschedulingReason", "emailVerificationCode"})
_SEATED_RESCHEDULE_KEYS = frozenset({"start", "rescheduledBy", "seatUid"})


# --- shapes ---------------------------------------------------------------------------------------


def serialize(b: StoredBooking, ctx: Ctx, *, seat_uid: str | None = None) -> dict[str, Any]:
    """BookingOutput_2024_08_13; a seated event type's bookings list seated attendees instead
    (no guests or booking-level responses), and a new seat adds its ``seatUid``."""
    event_type = ctx.state.event_types.get(b.event_type_id)
    seated = bool(event_type and event_type.seats_per_time_slot)
    hosts = [ctx.state.users[h] for h in b.hosts if h in ctx.state.users]
    out: dict[str, Any] = {
        "id": b.id,
        "uid": b.uid,
        "title": b.title,
        "description": b.description,
        "hosts": [
            {"id": host.id, "name": host.name, "email": host.email, "username": host.username,
             "timeZone": host.time_zone}
            for host in hosts
        ],
        "status": b.status,
        "start": iso_ms(b.start),
        "end": iso_ms(b.end),
        "duration": b.duration,
        "eventTypeId": b.event_type_id,
        "eventType": {"id": b.event_type_id, "slug": event_type.slug if event_type else ""},
        "location": b.location,
        "absentHost": False,
        "createdAt": iso_ms(b.created_at),
        "updatedAt": iso_ms(b.updated_at) if b.updated_at else None,
        "metadata": dict(b.metadata),
        "icsUid": f"{b.uid}@Cal.com",
        "attendees": [_attendee(a, b if seated else None) for a in b.attendees],
    }  # fmt: skip
    if seat_uid is not None:
        out["seatUid"] = seat_uid
    if not seated:
        out["guests"] = list(b.guests)
        out["bookingFieldsResponses"] = dict(b.responses)
    if b.location and b.location.startswith("http"):
        out["meetingUrl"] = b.location
    optional = {
        "cancellationReason": b.cancellation_reason,
        "cancelledByEmail": b.cancelled_by_email,
        "reschedulingReason": b.rescheduling_reason,
        "rescheduledByEmail": b.rescheduled_by_email,
        "rescheduledFromUid": b.rescheduled_from_uid,
        "rescheduledToUid": b.rescheduled_to_uid,
    }
    out.update({key: value for key, value in optional.items() if value is not None})
    return out


def _attendee(a: StoredAttendee, seated_in: StoredBooking | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": a.name,
        "email": a.email,
        "timeZone": a.time_zone,
        "language": a.language,
        "absent": False,
    }
    if a.phone_number:
        out["phoneNumber"] = a.phone_number
    if seated_in is not None:
        out["seatUid"] = a.seat_uid
        out["bookingFieldsResponses"] = {"name": a.name, "email": a.email}
    return out


def _utc_offset(tz_name: str, at: datetime) -> int:
    offset = at.astimezone(ZoneInfo(tz_name)).utcoffset()
    return int(offset.total_seconds() // 60) if offset else 0


def webhook_payload(b: StoredBooking, ctx: Ctx) -> dict[str, Any]:
    """The booking payload of BOOKING_* deliveries: legacy field names, UPPERCASE status."""
    host = ctx.state.users[b.owner_id]
    event_type = ctx.state.event_types.get(b.event_type_id)
    return {
        "type": event_type.slug if event_type else "",
        "title": b.title,
        "description": b.description or "",
        "additionalNotes": b.description or "",
        "customInputs": {},
        "startTime": iso_seconds(b.start),
        "endTime": iso_seconds(b.end),
        "organizer": {
            "id": host.id,
            "name": host.name,
            "email": host.email,
            "username": host.username,
            "timeZone": host.time_zone,
            "language": {"locale": "en"},
            "timeFormat": "h:mma" if host.time_format == 12 else "HH:mm",
            "utcOffset": _utc_offset(host.time_zone, b.start),
        },
        "responses": {
            "name": {"label": "your_name", "value": b.attendees[0].name},
            "email": {"label": "email_address", "value": b.attendees[0].email},
        },
        "userFieldsResponses": {},
        "attendees": [
            {
                "email": a.email,
                "name": a.name,
                "firstName": a.name.split(" ")[0],
                "lastName": " ".join(a.name.split(" ")[1:]),
                "timeZone": a.time_zone,
                "phoneNumber": a.phone_number,
                "language": {"locale": a.language},
                "utcOffset": _utc_offset(a.time_zone, b.start),
            }
            for a in b.attendees
        ],
        "location": b.location,
        "uid": b.uid,
        "iCalUID": f"{b.uid}@Cal.com",
        "bookingId": b.id,
        "eventTypeId": b.event_type_id,
        "length": b.duration,
        "requiresConfirmation": False,
        "metadata": {"videoCallUrl": b.location} if b.location and b.location.startswith("http") else {},
        "status": b.status.upper(),
    }


# --- handlers -------------------------------------------------------------------------------------


def _find(ctx: Ctx, message: str = "Booking with uid={uid} not found") -> StoredBooking:
    uid = ctx.params["bookingUid"]
    found = ctx.state.bookings.get(uid)
    if found is None:
        raise not_found(message.format(uid=uid))
    return found


def _check_keys(body: dict[str, Any], allowed: frozenset[str]) -> list[str]:
    return [wrong(key, f"property {key} should not exist") for key in body if key not in allowed]


def _parse_attendee(raw: Any, problems: list[str]) -> StoredAttendee | None:
    if not isinstance(raw, dict):
        problems.append("attendee property is wrong")
        return None
    wrong: list[str] = []
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        wrong.append("name must be a string")
    tz_name = raw.get("timeZone")
    if not isinstance(tz_name, str) or zone(tz_name) is None:
        wrong.append("timeZone property is wrong,timeZone must be a valid IANA time-zone ")
    email, phone = raw.get("email"), raw.get("phoneNumber")
    if email is not None and (not isinstance(email, str) or "@" not in email):
        wrong.append("email must be an email")
    if email is None and not isinstance(phone, str):
        wrong.append("email or phoneNumber must be provided")
    if wrong:
        problems.append("attendee property is wrong, " + ", ".join(wrong))
        return None
    return StoredAttendee(
        name=str(name),
        email=str(email) if email else "",
        time_zone=str(tz_name),
        language=str(raw.get("language") or "en"),
        phone_number=phone if isinstance(phone, str) else None,
    )


def _location(event_type: StoredEventType, requested: Any, uid: str) -> str | None:
    if isinstance(requested, dict):
        for key in ("address", "link", "phone", "location"):
            if isinstance(requested.get(key), str):
                return str(requested[key])
    if any(loc.get("integration") == "cal-video" for loc in event_type.locations):
        return f"https://app.cal.com/video/{uid}"
    first = event_type.locations[0] if event_type.locations else {}
    for key in ("address", "link", "phone"):
        if isinstance(first.get(key), str):
            return str(first[key])
    return None


def _check_bookable(
    ctx: Ctx,
    event_type: StoredEventType,
    start: datetime,
    duration: int,
    exclude: str | None,
    *,
    legacy: bool = False,
) -> None:
    reason = unavailability(
        ctx.state, event_type, start, ctx.clock.now(), duration=duration, exclude_uid=exclude
    )
    if reason is not None and legacy:
        # The 2024-04-15 controller's handleBookingErrors: an ErrorCode becomes HttpException(code, 400).
        raise HttpError(400, reason, code="HttpException")
    if reason is not None:
        team = event_type.team_id is not None and reason == "no_available_users_found_error"
        raise HttpError(400, TEAM_UNAVAILABLE if team else UNAVAILABLE_MESSAGES[reason])


async def create_booking(ctx: Ctx) -> Response:
    body = ctx.request.json()
    problems = _check_keys(body, _CREATE_KEYS)
    utc = ZoneInfo("UTC")
    start = parse_instant(body["start"], utc) if isinstance(body.get("start"), str) else None
    if start is None:
        problems.append(wrong("start", "start must be a valid ISO 8601 date string"))
    attendee = _parse_attendee(body.get("attendee"), problems)
    guests = body.get("guests") or []
    if not isinstance(guests, list) or not all(isinstance(g, str) and "@" in g for g in guests):
        problems.append(wrong("guests", "each value in guests must be an email"))
    if problems:
        raise flattened_error(problems)
    assert start is not None and attendee is not None
    slug, username, team_slug = body.get("eventTypeSlug"), body.get("username"), body.get("teamSlug")
    raw_id = body.get("eventTypeId")
    if raw_id is None and not (slug and (username or team_slug)):
        raise HttpError(
            400, "Either eventTypeId or eventTypeSlug + username or eventTypeSlug + teamSlug must be provided"
        )
    try:
        event_type = find_event_type(
            ctx.state,
            str(raw_id) if raw_id is not None else None,
            slug,
            username,
            team_slug,
            body.get("organizationSlug"),
        )
    except HttpError as exc:
        if raw_id is None:
            raise HttpError(404, exc.message) from None
        raise HttpError(404, f"Event type with id {raw_id} not found.") from None
    duration = body.get("lengthInMinutes") or event_type.length
    if body.get("lengthInMinutes") is not None and duration not in (
        event_type.length_options or (event_type.length,)
    ):
        raise HttpError(
            400,
            "Provided lengthInMinutes is not one of the possible lengths for the event type. The possible "
            f"lengths are: {', '.join(str(x) for x in event_type.length_options or (event_type.length,))}",
        )
    metadata = dict(body["metadata"]) if isinstance(body.get("metadata"), dict) else {}
    extra = body["bookingFieldsResponses"] if isinstance(body.get("bookingFieldsResponses"), dict) else {}
    booking, seat_uid = await place_booking(
        ctx, event_type, start, attendee, duration, guests, extra, metadata, body.get("location")
    )
    return ok(serialize(booking, ctx, seat_uid=seat_uid), status=201)


async def place_booking(
    ctx: Ctx,
    event_type: StoredEventType,
    start: datetime,
    attendee: StoredAttendee,
    duration: int,
    guests: list[str],
    extra_responses: dict[str, Any],
    metadata: dict[str, Any],
    location: Any,
    *,
    legacy: bool = False,
) -> tuple[StoredBooking, str | None]:
    """handleNewBooking: checks the time, takes a seat or assigns the hosts, stores the booking and
    delivers its webhook. Returns the booking and, for a seated event type, the new seat's uid."""
    held = _seated_booking_at(ctx, event_type, start) if event_type.seats_per_time_slot else None
    if held is not None and len(held.attendees) >= (event_type.seats_per_time_slot or 0):
        raise HttpError(409, SEATS_FULL)
    _check_bookable(ctx, event_type, start, duration, None, legacy=legacy)
    if event_type.seats_per_time_slot:
        attendee = attrs.evolve(attendee, seat_uid=str(uuid.uuid4()))
        if held is not None:
            return await _take_seat(ctx, held, attendee), attendee.seat_uid
    host_ids = _assign_hosts(ctx, event_type, start, duration)
    host = ctx.state.users[host_ids[0]]
    if ctx.state.races_to_lose > 0:
        ctx.state.races_to_lose -= 1
        await _lose_race(ctx, event_type, host, start, duration, host_ids)
    uid = short_uid()
    responses = {"name": attendee.name, "email": attendee.email, "guests": list(guests), **extra_responses}
    notes = responses.get("notes")
    now = ctx.clock.now()
    booking = store_booking(
        ctx.state,
        event_type,
        host,
        attendee,
        start,
        now,
        # Booking.updatedAt is `DateTime? @updatedAt` (packages/prisma/schema.prisma): Prisma Client
        # fills it on create as well as on every update (prisma/orm#12019 asks for it to start
        # null), so a booking made through the API has one from the start.
        updated_at=now,
        uid=uid,
        duration=duration,
        description=notes if isinstance(notes, str) else None,
        location=_location(event_type, location, uid),
        guests=tuple(guests),
        responses=responses,
        metadata=metadata,
        status="pending" if event_type.requires_confirmation else "accepted",
        host_ids=host_ids,
    )
    # A booking awaiting the host's confirmation is "requested"; confirming it later is "created".
    trigger = "BOOKING_REQUESTED" if booking.status == "pending" else "BOOKING_CREATED"
    await ctx.notify(trigger, host.id, webhook_payload(booking, ctx))
    return booking, attendee.seat_uid


# A rival's booking saved first: the booking's idempotency key (event type, start, end, host) is
# unique, so the second insert fails with Prisma's P2002, which handleNewBooking answers with
# HttpError({statusCode: 409, message: ErrorCode.BookingConflict}) (calcom/cal.com
# packages/features/bookings/lib/handleNewBooking.ts; "booking_conflict_error" in
# packages/lib/errorCodes.ts, mapped to 409; cal.com PR #28151), sent bare by the API.
BOOKING_CONFLICT = "booking_conflict_error"
RIVAL = StoredAttendee("Rival Booker", "rival@example.com", "UTC")


async def _lose_race(
    ctx: Ctx,
    event_type: StoredEventType,
    host: StoredUser,
    start: datetime,
    duration: int,
    host_ids: tuple[int, ...],
) -> None:
    """Another booker's create for the same slot passed the same checks and was saved first:
    store theirs (with its webhook), and answer this one as the server does."""
    rival = store_booking(
        ctx.state,
        event_type,
        host,
        RIVAL,
        start,
        ctx.clock.now(),
        duration=duration,
        responses={"name": RIVAL.name, "email": RIVAL.email},
        status="pending" if event_type.requires_confirmation else "accepted",
        host_ids=host_ids,
    )
    trigger = "BOOKING_REQUESTED" if rival.status == "pending" else "BOOKING_CREATED"
    await ctx.notify(trigger, host.id, webhook_payload(rival, ctx))
    raise bare(409, BOOKING_CONFLICT)


def store_booking(
    state: State,
    event_type: StoredEventType,
    host: StoredUser,
    attendee: StoredAttendee,
    start: datetime,
    created_at: datetime,
    *,
    uid: str | None = None,
    duration: int | None = None,
    **fields: Any,
) -> StoredBooking:
    """Store a new booking of ``event_type`` with ``host``, titled as the server titles it;
    ``fields`` are the other ``StoredBooking`` attributes."""
    uid = uid or short_uid()
    booking = StoredBooking(
        id=state.next_booking_id(),
        uid=uid,
        event_type_id=event_type.id,
        owner_id=host.id,
        title=f"{event_type.title} between {host.name} and {attendee.name}",
        start=start,
        end=start + timedelta(minutes=duration or event_type.length),
        attendees=(attendee,),
        created_at=created_at,
        **fields,
    )
    state.bookings[uid] = booking
    return booking


_PRIORITY_RANK = {"lowest": 0, "low": 1, "medium": 2, "high": 3, "highest": 4}


def _assign_hosts(ctx: Ctx, event_type: StoredEventType, start: datetime, duration: int) -> tuple[int, ...]:
    """Who the booking occupies: the owner; every host (COLLECTIVE); or one free host (ROUND_ROBIN:
    the highest priority, then the one with the fewest bookings of this event type), plus the
    mandatory hosts."""
    if event_type.scheduling_type == "COLLECTIVE":
        return event_type.host_ids
    if event_type.scheduling_type != "ROUND_ROBIN":
        return (event_type.owner_id,)
    free = free_hosts(ctx.state, event_type, start, ctx.clock.now(), duration=duration)
    mandatory = [h.user_id for h in event_type.hosts if h.mandatory]
    candidates = [h for h in event_type.hosts if h.user_id in free and not h.mandatory]

    def load(user_id: int) -> int:
        return sum(
            1 for b in ctx.state.bookings.values() if b.event_type_id == event_type.id and user_id in b.hosts
        )

    candidates.sort(key=lambda h: (-_PRIORITY_RANK.get(h.priority, 2), load(h.user_id)))
    chosen = [candidates[0].user_id] if candidates else []
    return tuple(chosen + mandatory) or (event_type.owner_id,)


def _seated_booking_at(ctx: Ctx, event_type: StoredEventType, start: datetime) -> StoredBooking | None:
    return next(
        (
            b
            for b in ctx.state.bookings.values()
            if b.event_type_id == event_type.id and b.start == start and b.status in ("accepted", "pending")
        ),
        None,
    )


async def _take_seat(ctx: Ctx, held: StoredBooking, seat: StoredAttendee) -> StoredBooking:
    """``seat`` joins the seated booking ``held``."""
    updated = attrs.evolve(held, attendees=(*held.attendees, seat), updated_at=ctx.clock.now())
    ctx.state.bookings[held.uid] = updated
    await ctx.notify("BOOKING_CREATED", updated.owner_id, webhook_payload(updated, ctx))
    return updated


def _matches_status(b: StoredBooking, statuses: list[str], now: datetime) -> bool:
    if not statuses:
        return True
    live = b.status not in ("cancelled", "rejected")
    checks = {
        "upcoming": live and b.end >= now,
        "recurring": False,  # the fake has no recurring event types
        "past": live and b.end <= now,
        "cancelled": not live,
        "unconfirmed": b.status == "pending" and b.end >= now,
    }
    return any(checks.get(status, False) for status in statuses)


async def list_bookings(ctx: Ctx) -> Response:
    user = ctx.require_user()
    return list_matching(ctx, lambda b: user.id in b.hosts)


def list_matching(ctx: Ctx, belongs: Callable[[StoredBooking], bool]) -> Response:
    """A page of the bookings ``belongs`` selects, filtered and sorted by the query string."""
    req = ctx.request
    statuses = req.args("status")
    bad = [s for s in statuses if s not in ("upcoming", "recurring", "past", "cancelled", "unconfirmed")]
    if bad:
        raise validation_error(
            [
                # GetBookingsInput_2024_08_13.status: @IsEnum(Status, {each: true, message: ...})
                field_error(
                    "status",
                    statuses,
                    "isEnum",
                    "Invalid status. Allowed are upcoming, recurring, past, cancelled, unconfirmed",
                )
            ]
        )
    take, skip = take_skip(ctx, default_take=100)
    _check_windows_and_sorts(ctx)
    now = ctx.clock.now()
    # A bare date is that day's UTC midnight, for every bound: the server compares
    # ``dayjs.utc(filters.beforeEndDate)`` (packages/trpc/server/routers/viewer/bookings/get.handler.ts).
    after_start, before_end = _instant_arg(ctx, "afterStart"), _instant_arg(ctx, "beforeEnd")
    email = (req.arg("attendeeEmail") or "").lower()
    name = (req.arg("attendeeName") or "").lower()
    # eventTypeIds=1,2 or repeated: the server splits on commas (get-bookings.input.ts).
    given = [x for arg in req.args("eventTypeIds") + req.args("eventTypeId") for x in arg.split(",")]
    type_ids = {int(x) for x in given if x.strip().isdigit()}
    selected = [
        b
        for b in ctx.state.bookings.values()
        if belongs(b)
        and _matches_status(b, statuses, now)
        and (not email or any(a.email.lower() == email for a in b.attendees))
        and (not name or any(name in a.name.lower() for a in b.attendees))
        and (not type_ids or b.event_type_id in type_ids)
        and (after_start is None or b.start >= after_start)
        and (before_end is None or b.end <= before_end)
        and (req.arg("bookingUid") is None or b.uid == req.arg("bookingUid"))
    ]
    found = [b for b in selected if _in_time_windows(ctx, b)]
    key, descending = _order(ctx, statuses)
    found.sort(key=lambda b: (_sort_value(b, key, descending), b.id), reverse=descending)
    page = found[skip : skip + take]
    # The count runs over the union before the created/updated filters are applied (get.handler.ts
    # at the 2025 commits: `totalCount` selects from `queryUnion`, the page from the filtered
    # `union_subquery`), so with those filters hasNextPage can stay true past the last item.
    return ok([serialize(b, ctx) for b in page], pagination=pagination(len(selected), take, skip, len(page)))


# GetBookingsInput_2024_08_13 (packages/platform/types/bookings/2024-08-13/inputs/get-bookings.input.ts):
# each date is @IsISO8601({strict: true}) with a message copied from the older fromDate/toDate
# fields, and each sort @IsEnum(SortOrder) (sortUpdatedAt's message names SortCreated, as sent).
_DATE_MESSAGES = {
    "afterStart": "fromDate",
    "beforeEnd": "toDate",
    "afterCreatedAt": "fromDate",
    "beforeCreatedAt": "toDate",
    "afterUpdatedAt": "fromDate",
    "beforeUpdatedAt": "toDate",
}
_SORT_MESSAGES = {
    "sortStart": "SortStart",
    "sortEnd": "SortEnd",
    "sortCreated": "SortCreated",
    "sortUpdatedAt": "SortCreated",
}


def _check_windows_and_sorts(ctx: Ctx) -> None:
    errors = []
    for param, label in _DATE_MESSAGES.items():
        raw = ctx.request.arg(param)
        if raw is not None and _instant_arg(ctx, param) is None:
            errors.append(field_error(param, raw, "isIso8601", f"{label} must be a valid ISO 8601 date."))
    for param, label in _SORT_MESSAGES.items():
        raw = ctx.request.arg(param)
        if raw is not None and raw not in ("asc", "desc"):
            errors.append(field_error(param, raw, "isEnum", f'{label} must be either "asc" or "desc".'))
    if errors:
        raise validation_error(errors)


def _instant_arg(ctx: Ctx, name: str) -> datetime | None:
    raw = ctx.request.arg(name)
    return parse_instant(raw, ZoneInfo("UTC")) if raw else None


def _stored_ms(moment: datetime) -> datetime:
    """An instant as Postgres keeps it: Prisma's ``DateTime`` is ``timestamp(3)``, milliseconds."""
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


# GetBookingsInput_2024_08_13's afterCreatedAt/beforeCreatedAt/afterUpdatedAt/beforeUpdatedAt,
# mapped to afterCreatedDate/... (InputBookingsService_2024_08_13.transformGetBookingsFilters) and
# applied by get.handler.ts as ``createdAt >= x``, ``createdAt <= x``, ``updatedAt >= x``,
# ``updatedAt <= x``: inclusive bounds, and a NULL updatedAt matches neither (SQL comparison).
_TIME_WINDOWS = (
    ("afterCreatedAt", "created_at", False),
    ("beforeCreatedAt", "created_at", True),
    ("afterUpdatedAt", "updated_at", False),
    ("beforeUpdatedAt", "updated_at", True),
)


def _in_time_windows(ctx: Ctx, b: StoredBooking) -> bool:
    for param, attribute, upper in _TIME_WINDOWS:
        bound = _instant_arg(ctx, param)
        if bound is None:
            continue
        value: datetime | None = getattr(b, attribute)
        if value is None or (_stored_ms(value) > bound if upper else _stored_ms(value) < bound):
            return False
    return True


# get.handler.ts getOrderBy: the first sort given of sortStart, sortEnd, sortCreated, sortUpdatedAt
# (InputBookingsService_2024_08_13.transformGetBookingsSort renames the last to sortUpdated); with
# none and exactly one status, that status's order; else startTime ascending. One column, no tie
# breaker (the fake breaks ties by id, as a stable database plan would).
_SORTS = (
    ("sortStart", "start"),
    ("sortEnd", "end"),
    ("sortCreated", "created_at"),
    ("sortUpdatedAt", "updated_at"),
)
_STATUS_ORDER = {"upcoming": False, "recurring": False, "past": True, "cancelled": True, "unconfirmed": False}


def _order(ctx: Ctx, statuses: list[str]) -> tuple[str, bool]:
    for param, attribute in _SORTS:
        direction = ctx.request.arg(param)
        if direction in ("asc", "desc"):
            return attribute, direction == "desc"
    if len(statuses) == 1:
        return "start", _STATUS_ORDER[statuses[0]]
    return "start", False


def _sort_value(b: StoredBooking, attribute: str, descending: bool) -> tuple[bool, datetime]:
    """Postgres puts NULLs last ascending and first descending: (is null, value) sorts them so in
    both directions once reversed."""
    value: datetime | None = getattr(b, attribute)
    if value is None:
        return (True, datetime.min.replace(tzinfo=ZoneInfo("UTC")))
    return (False, _stored_ms(value))


async def get_booking(ctx: Ctx) -> Response:
    # BookingsService_2024_08_13.getBooking's text (cancel's input service says "... not found").
    return ok(serialize(_find(ctx, "Booking with uid={uid} was not found in the database"), ctx))


def _validate(body: dict[str, Any], allowed: frozenset[str], strings: tuple[str, ...]) -> None:
    """One DTO's whitelist check, flattened as the booking pipes format class-validator errors."""
    problems = _check_keys(body, allowed)
    for name in strings:
        if name in body and not isinstance(body[name], str):
            problems.append(wrong(name, f"{name} must be a string"))
    if problems:
        raise flattened_error(problems)


def _seat(booking: StoredBooking, seat_uid: str) -> StoredAttendee | None:
    return next((a for a in booking.attendees if a.seat_uid == seat_uid), None)


async def cancel_booking(ctx: Ctx) -> Response:
    body = ctx.request.json()
    if "seatUid" in body:  # CancelBookingInputPipe: a body with seatUid is the seated DTO
        _validate(body, _SEATED_CANCEL_KEYS, ("seatUid",))
        return await _cancel_seat(ctx, str(body["seatUid"]))
    _validate(body, _CANCEL_KEYS, ("cancellationReason",))
    reason = body.get("cancellationReason")
    booking = _find(ctx)
    # handleCancelBooking's checks, in its order, with its bare {statusCode, message} errors.
    if booking.status == "cancelled":
        raise bare(400, "This booking has already been cancelled.")
    is_host = ctx.user is not None and ctx.user.id in booking.hosts
    if is_host and not (reason or "").strip():
        raise bare(400, "Cancellation reason is required when you are the host")
    now = ctx.clock.now()
    if booking.end < now:
        raise bare(400, "Cannot cancel a booking that has already ended")
    cancelled = attrs.evolve(
        booking,
        status="cancelled",
        cancellation_reason=reason or None,
        cancelled_by_email=ctx.user.email if ctx.user else booking.attendees[0].email,
        updated_at=now,
    )
    ctx.state.bookings[booking.uid] = cancelled
    payload = webhook_payload(cancelled, ctx)
    payload["cancellationReason"] = reason
    payload["cancelledBy"] = cancelled.cancelled_by_email
    await ctx.notify("BOOKING_CANCELLED", booking.owner_id, payload)
    return ok(serialize(cancelled, ctx))


async def _cancel_seat(ctx: Ctx, seat_uid: str) -> Response:
    """BookingsService_2024_08_13.cancelBooking for one seat: the seat must exist and belong to the
    booking (envelope 400s); the attendee leaves, and the booking ends with its last seat."""
    uid = ctx.params["bookingUid"]
    holder = next((b for b in ctx.state.bookings.values() if _seat(b, seat_uid) is not None), None)
    if holder is None or holder.status == "cancelled":
        raise HttpError(400, "Invalid seatUid: this seat does not exist or has already been cancelled.")
    if holder.uid != uid:
        raise HttpError(400, "Invalid seatUid: this seat does not belong to this booking.")
    left = tuple(a for a in holder.attendees if a.seat_uid != seat_uid)
    now = ctx.clock.now()
    updated = attrs.evolve(
        holder,
        attendees=left or holder.attendees,
        status=holder.status if left else "cancelled",
        updated_at=now,
    )
    ctx.state.bookings[uid] = updated
    return ok(serialize(updated, ctx))


async def reschedule_booking(ctx: Ctx) -> Response:
    body = ctx.request.json()
    seated = "seatUid" in body  # RescheduleBookingInputPipe: then the seated DTO
    problems = _check_keys(body, _SEATED_RESCHEDULE_KEYS if seated else _RESCHEDULE_KEYS)
    start = parse_instant(body["start"], ZoneInfo("UTC")) if isinstance(body.get("start"), str) else None
    if start is None:
        problems.append(wrong("start", "start must be a valid ISO 8601 date string"))
    if seated and not isinstance(body.get("seatUid"), str):
        problems.append(wrong("seatUid", "seatUid must be a string"))
    if problems:
        raise flattened_error(problems)
    assert start is not None
    original = ctx.state.bookings.get(ctx.params["bookingUid"])
    if original is None:
        # The reschedule path looks the booking up without a guard: an unknown uid is a plain 500.
        raise bare(500, "Internal server error")
    _check_reschedulable(original)
    event_type = ctx.state.event_types.get(original.event_type_id)
    if event_type is None:
        raise not_found(f"Event type with id {original.event_type_id} not found.")
    if seated:
        return await _reschedule_seat(ctx, original, event_type, str(body["seatUid"]), start)
    _check_bookable(ctx, event_type, start, original.duration, original.uid)
    now = ctx.clock.now()
    reason = body.get("reschedulingReason") if isinstance(body.get("reschedulingReason"), str) else None
    by = body.get("rescheduledBy") if isinstance(body.get("rescheduledBy"), str) else None
    by = by or (ctx.user.email if ctx.user else None)
    fresh = _successor(
        ctx, original, start, rescheduling_reason=reason, rescheduled_by_email=by, rescheduled_to_uid=None
    )
    new_uid = fresh.uid
    # The old booking is kept, cancelled, and points at its successor.
    ctx.state.bookings[original.uid] = attrs.evolve(
        original, status="cancelled", rescheduled_to_uid=new_uid, rescheduling_reason=reason, updated_at=now
    )
    ctx.state.bookings[new_uid] = fresh
    payload = webhook_payload(fresh, ctx)
    payload.update(
        {
            "rescheduleId": original.id,
            "rescheduleUid": original.uid,
            "rescheduleStartTime": iso_seconds(original.start),
            "rescheduleEndTime": iso_seconds(original.end),
            "rescheduledBy": by,
        }
    )
    await ctx.notify("BOOKING_RESCHEDULED", original.owner_id, payload)
    return ok(serialize(fresh, ctx), status=201)


def _successor(ctx: Ctx, original: StoredBooking, start: datetime, **changes: Any) -> StoredBooking:
    """The booking a reschedule creates: a new id and uid at ``start``, pointing back at ``original``
    (a Cal Video link follows the new uid)."""
    uid = short_uid()
    video = (original.location or "").startswith("https://app.cal.com/video/")
    now = ctx.clock.now()
    return attrs.evolve(
        original,
        id=ctx.state.next_booking_id(),
        uid=uid,
        start=start,
        end=start + timedelta(minutes=original.duration),
        created_at=now,
        updated_at=now,  # created through Prisma: @updatedAt is set (see place_booking)
        location=f"https://app.cal.com/video/{uid}" if video else original.location,
        rescheduled_from_uid=original.uid,
        **changes,
    )


def _check_reschedulable(booking: StoredBooking) -> None:
    """BookingsService_2024_08_13.canRescheduleBooking: a cancelled booking is an envelope 400,
    pointing at its successor when it was cancelled by a reschedule."""
    if booking.status != "cancelled":
        return
    if booking.rescheduled_to_uid is None:
        raise HttpError(
            400,
            f"Can't reschedule booking with uid={booking.uid} because it has been cancelled. Please provide "
            "uid of a booking that is not cancelled.",
        )
    successor = booking.rescheduled_to_uid
    raise HttpError(
        400,
        f"Can't reschedule booking with uid={booking.uid} because it has been cancelled and rescheduled "
        f"already to booking with uid={successor}. You probably want to reschedule {successor} instead by "
        "passing it within the request URL.",
    )


async def _reschedule_seat(
    ctx: Ctx, original: StoredBooking, event_type: StoredEventType, seat_uid: str, start: datetime
) -> Response:
    """One attendee moves to ``start``: into the seated booking there, or a new one; the seat keeps
    its uid (transformInputRescheduleSeatedBooking: an unknown seat is a 404)."""
    seat = _seat(original, seat_uid)
    if seat is None:
        raise not_found(f"Seat with uid={seat_uid} does not exist.")
    _check_bookable(ctx, event_type, start, original.duration, None)
    now = ctx.clock.now()
    left = tuple(a for a in original.attendees if a.seat_uid != seat_uid)
    ctx.state.bookings[original.uid] = attrs.evolve(
        original,
        attendees=left or original.attendees,
        status=original.status if left else "cancelled",
        updated_at=now,
    )
    target = _seated_booking_at(ctx, event_type, start)
    if target is not None:
        moved = attrs.evolve(target, attendees=(*target.attendees, seat), updated_at=now)
    else:
        moved = _successor(ctx, original, start, attendees=(seat,))
    ctx.state.bookings[moved.uid] = moved
    return ok(serialize(moved, ctx, seat_uid=seat_uid), status=201)


def _hosts_pending(ctx: Ctx) -> StoredBooking:
    booking = _find(ctx)
    user = ctx.require_user()
    if booking.owner_id != user.id:
        raise HttpError(403, f"User with id={user.id} is not the host of booking with uid={booking.uid}")
    if booking.status != "pending":
        raise HttpError(400, f"Booking with uid={booking.uid} is not pending")
    return booking


async def confirm_booking(ctx: Ctx) -> Response:
    booking = _hosts_pending(ctx)
    confirmed = attrs.evolve(booking, status="accepted", updated_at=ctx.clock.now())
    ctx.state.bookings[booking.uid] = confirmed
    await ctx.notify("BOOKING_CREATED", booking.owner_id, webhook_payload(confirmed, ctx))
    return ok(serialize(confirmed, ctx))


async def decline_booking(ctx: Ctx) -> Response:
    booking = _hosts_pending(ctx)
    body = ctx.request.json()
    reason = body.get("reason") if isinstance(body.get("reason"), str) else None
    declined = attrs.evolve(
        booking, status="rejected", cancellation_reason=reason, updated_at=ctx.clock.now()
    )
    ctx.state.bookings[booking.uid] = declined
    payload = webhook_payload(declined, ctx)
    payload["rejectionReason"] = reason
    await ctx.notify("BOOKING_REJECTED", booking.owner_id, payload)
    return ok(serialize(declined, ctx))
