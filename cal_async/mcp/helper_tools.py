"""The booking flow's helpers as tools: what an agent needs more than the raw operations.

- ``find_available_slots``: free slots of an event type in a time zone (``cal.slots.available``);
- ``book_slot``: book a start time, checked first, the nearest free slots named when it is taken
  (``cal.bookings.book``);
- ``book_first_available_slot``: book the earliest free slot of a range, moving on when another
  booker wins the race (``cal.bookings.book_first_available``);
- ``reschedule_booking`` and ``cancel_booking`` (``cal.bookings.reschedule``/``cancel``).

Their arguments use the API's JSON names, and their schemas come from the same document data as
the operation tools (the slot search's parameters, ``CreateBookingAttendee``, the cancel and
reschedule bodies); only the glue (a range of dates or times, a result limit) is written here.
Their OAuth scopes are those of the operations they run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from .._instants import parse_instant
from .._operation import Operation
from ..resources import EventTypeRef
from .schemas import JSON, RequestSchemas
from .tools import CalTool, Runner

if TYPE_CHECKING:
    from .._client import CalClient

__all__ = ["helper_tools"]

_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_REF_KEYS: Final = ("eventTypeId", "eventTypeSlug", "username", "teamSlug", "organizationSlug")
_BOOKING_EXTRAS: Final = ("lengthInMinutes", "guests", "location", "metadata", "bookingFieldsResponses")
# What the helpers' Python arguments are called in the tools' JSON, for their error messages.
_ARGUMENT_NAMES: Final = {
    "time_zone": "timeZone",
    "phone_number": "phoneNumber",
    "length_in_minutes": "lengthInMinutes",
    "booking_fields": "bookingFieldsResponses",
    "seat_uid": "seatUid",
    "cancel_subsequent": "cancelSubsequentBookings",
    "rescheduled_by": "rescheduledBy",
    "event_type_id": "eventTypeId",
}
_INSTANT_TEXT: Final = "An ISO 8601 date-time with an offset or Z, e.g. 2030-01-07T09:00:00Z."
_RANGE_TEXT: Final = (
    "An ISO 8601 date (a whole day in the time zone; an end date is included) or a date-time with "
    "an offset or Z, e.g. 2030-01-07 or 2030-01-07T09:00:00+01:00."
)
_REF_TEXT: Final = (
    "Name the event type by eventTypeId, or by eventTypeSlug with the owner's username or the "
    "team's teamSlug (and organizationSlug inside an organization)."
)


def _instant(arguments: Mapping[str, Any], key: str) -> datetime:
    text = arguments[key]
    try:
        value = parse_instant(text, bare_is_utc=False)  # the package's one ISO parser
    except ValueError:
        raise ValueError(
            f"{key} must be an ISO 8601 date-time such as 2030-01-07T09:00:00Z, got {text!r}"
        ) from None
    if value.tzinfo is None:
        raise ValueError(f"{key} {text!r} has no offset: add Z or +HH:MM (whose 09:00 would it be?)")
    return value


def _day_or_instant(arguments: Mapping[str, Any], key: str) -> date | datetime:
    text = arguments[key]
    if _DAY.fullmatch(text):
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise ValueError(f"{key} {text!r} is not a date") from None
    return _instant(arguments, key)


def _event_type(arguments: Mapping[str, Any]) -> EventTypeRef:
    given = {key: arguments[key] for key in _REF_KEYS if key in arguments}
    if "eventTypeId" in given:
        if len(given) > 1:
            raise ValueError(
                f"pass eventTypeId alone, without {', '.join(sorted(set(given) - {'eventTypeId'}))}"
            )
        return EventTypeRef.by_id(given["eventTypeId"])
    slug, username, team = given.get("eventTypeSlug"), given.get("username"), given.get("teamSlug")
    organization = given.get("organizationSlug")
    if slug is not None and username is not None and team is None:
        return EventTypeRef.user(username, slug, organization=organization)
    if slug is not None and team is not None and username is None:
        return EventTypeRef.team(team, slug, organization=organization)
    raise ValueError(_REF_TEXT)


def _booking_options(arguments: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "reserve": arguments.get("reserve", False),
        "length_in_minutes": arguments.get("lengthInMinutes"),
        "guests": arguments.get("guests", ()),
        "location": arguments.get("location"),
        "metadata": arguments.get("metadata"),
        "booking_fields": arguments.get("bookingFieldsResponses"),
    }


async def _find_slots(cal: CalClient, arguments: Mapping[str, Any]) -> object:
    slots = await cal.slots.available(
        _event_type(arguments),
        _day_or_instant(arguments, "start"),
        _day_or_instant(arguments, "end"),
        time_zone=arguments["timeZone"],
        duration=arguments.get("duration"),
    )
    limit: int = arguments.get("limit", 100)
    return {"timeZone": arguments["timeZone"], "count": len(slots), "slots": slots[:limit]}


async def _book_slot(cal: CalClient, arguments: Mapping[str, Any]) -> object:
    return await cal.bookings.book(
        _event_type(arguments),
        _instant(arguments, "start"),
        arguments["attendee"],
        **_booking_options(arguments),
    )


async def _book_first(cal: CalClient, arguments: Mapping[str, Any]) -> object:
    return await cal.bookings.book_first_available(
        _event_type(arguments),
        _day_or_instant(arguments, "start"),
        _day_or_instant(arguments, "end"),
        arguments["attendee"],
        **_booking_options(arguments),
    )


async def _reschedule(cal: CalClient, arguments: Mapping[str, Any]) -> object:
    return await cal.bookings.reschedule(
        arguments["bookingUid"],
        _instant(arguments, "start"),
        reason=arguments.get("reschedulingReason"),
        rescheduled_by=arguments.get("rescheduledBy"),
        seat_uid=arguments.get("seatUid"),
    )


async def _cancel(cal: CalClient, arguments: Mapping[str, Any]) -> object:
    return await cal.bookings.cancel(
        arguments["bookingUid"],
        reason=arguments.get("cancellationReason"),
        cancel_subsequent=arguments.get("cancelSubsequentBookings"),
        seat_uid=arguments.get("seatUid"),
    )


def _text(description: str) -> JSON:
    return {"type": "string", "description": description}


def _scopes(*operations: Operation[Any]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(scope for operation in operations for scope in operation.oauth_scopes))


def helper_tools(schemas: RequestSchemas, operations: Sequence[Operation[Any]]) -> Sequence[CalTool]:
    """The five helper tools; ``operations`` is the table their operations are found in."""
    by_name = {operation.name: operation for operation in operations}
    search, create = by_name["slots.get"], by_name["bookings.create"]
    reschedule, cancel = by_name["bookings.reschedule"], by_name["bookings.cancel"]
    ref = {key: schemas.parameter(search, key) for key in _REF_KEYS}
    time_zone = schemas.parameter(search, "timeZone")
    booking = {
        "attendee": {**schemas.component("CreateBookingAttendee"), "description": "Who books."},
        **schemas.component_properties("CreateBookingInput", _BOOKING_EXTRAS),
        "reserve": {
            "type": "boolean",
            "default": False,
            "description": "Hold the slot while booking, so no one takes it in between (needs eventTypeId).",
        },
    }
    uid = schemas.parameter(reschedule, "bookingUid")
    limit: JSON = {
        "type": "integer",
        "minimum": 1,
        "maximum": 1000,
        "default": 100,
        "description": "At most this many slots, earliest first (count says how many there are).",
    }
    return [
        _tool(
            schemas,
            "find_available_slots",
            "Free slots of an event type between two dates or times, as times in the given time zone. "
            + _REF_TEXT,
            {
                **ref,
                "start": _text(_RANGE_TEXT),
                "end": _text(_RANGE_TEXT),
                "timeZone": time_zone,
                "duration": schemas.parameter(search, "duration"),
                "limit": limit,
            },
            ["start", "end", "timeZone"],
            "slots",
            _find_slots,
            read_only=True,
            idempotent=True,
            scopes=_scopes(search),
        ),
        _tool(
            schemas,
            "book_slot",
            "Book an event type at a start time for an attendee. The slot is checked first: a taken "
            "or invalid time is an error naming the nearest free slots. " + _REF_TEXT,
            {**ref, "start": _text(_INSTANT_TEXT), **booking},
            ["start", "attendee"],
            "bookings",
            _book_slot,
            scopes=_scopes(search, create),
        ),
        _tool(
            schemas,
            "book_first_available_slot",
            "Book the earliest free slot of an event type between two dates or times; when another "
            "booker takes it first, the next slots are tried. " + _REF_TEXT,
            {**ref, "start": _text(_RANGE_TEXT), "end": _text(_RANGE_TEXT), **booking},
            ["start", "end", "attendee"],
            "bookings",
            _book_first,
            scopes=_scopes(search, create),
        ),
        _tool(
            schemas,
            "reschedule_booking",
            "Move a booking to a new start time. The result is the new booking (the server cancels "
            "the old uid). A host may give a reason; seatUid moves one seat of a seated booking.",
            {
                "bookingUid": uid,
                "start": _text(_INSTANT_TEXT),
                **schemas.component_properties(
                    "RescheduleBookingInput", ("reschedulingReason", "rescheduledBy")
                ),
                **schemas.component_properties("RescheduleSeatedBookingInput", ("seatUid",)),
            },
            ["bookingUid", "start"],
            "bookings",
            _reschedule,
            scopes=_scopes(reschedule),
        ),
        _tool(
            schemas,
            "cancel_booking",
            "Cancel a booking (a host must give cancellationReason); seatUid cancels one seat of a "
            "seated booking instead.",
            {
                "bookingUid": uid,
                **schemas.component_properties(
                    "CancelBookingInput", ("cancellationReason", "cancelSubsequentBookings")
                ),
                **schemas.component_properties("CancelSeatedBookingInput", ("seatUid",)),
            },
            ["bookingUid"],
            "bookings",
            _cancel,
            destructive=True,
            idempotent=True,
            scopes=_scopes(cancel),
        ),
    ]


def _tool(
    schemas: RequestSchemas,
    name: str,
    description: str,
    properties: Mapping[str, JSON],
    required: Sequence[str],
    resource: str,
    run: Runner,
    *,
    read_only: bool = False,
    destructive: bool = False,
    idempotent: bool = False,
    scopes: tuple[str, ...] = (),
) -> CalTool:
    return CalTool(
        name=name,
        description=description,
        input_schema=schemas.object_schema(properties, required),
        resource=resource,
        run=run,
        read_only=read_only,
        destructive=destructive,
        idempotent=idempotent,
        oauth_scopes=scopes,
        argument_names=_ARGUMENT_NAMES,
    )
