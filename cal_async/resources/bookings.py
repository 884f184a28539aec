"""``cal.bookings``: the generated operations, plus ``book`` with the guide's best practices.

- ``book`` checks the slot first (the guide's first best practice) and answers a taken slot with
  :class:`SlotUnavailableError` naming the nearest free ones, whether the check or the server
  found it taken (its 400, or the 409 ``booking_conflict_error`` of a create that lost a race to
  another booker, which is never retried); ``reserve=True`` holds the slot while booking so no one
  can take it in between.
- ``book_first_available`` books the earliest free slot in a range, moving on to the next one when
  another booker wins the race.
- ``cancel`` and ``reschedule`` keep the generated results but also take keyword arguments
  (``reason=``, ``seat_uid=``...), validated before any request.

:class:`BookingHelpers` is ``cal.bookings``'s class (``overrides/resource_helpers.yaml``): a
subclass of the generated ``BookingsResource``, calling its typed methods; the ones named like a
generated method only widen what they accept (type checkers check the override), and their
results stay the generated models.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any, TypeAlias, Unpack

import attrs

from .._errors import (
    BadRequestError,
    CalError,
    ConflictError,
    ResponseValidationError,
    SlotUnavailableError,
)
from .._generated.models.create_booking_attendee import CreateBookingAttendee
from .._generated.models.create_booking_attendee_language import CreateBookingAttendeeLanguage
from .._generated.models.create_booking_input import CreateBookingInput
from .._generated.models.create_recurring_seated_booking_output import CreateRecurringSeatedBookingOutput
from .._generated.models.create_seated_booking_output import CreateSeatedBookingOutput
from .._generated.resources.bookings import BookingsResource
from .._models import ApiModel
from .._options import RequestOptions
from .._request_input import body_dict
from .._sentinel import UNSET
from ._filters import BOOKING_STATUSES
from ._refs import EventTypeLike, EventTypeRef, event_type_ref
from ._result_value import ResultValue
from ._time import day_bounds, require_aware, zone, zone_name
from .slots import Reservation, Slot, nearest

if TYPE_CHECKING:
    from .._generated.models.booking_output import BookingOutput
    from .._generated.models.cancel_booking_input import CancelBookingInput, CancelBookingInputDict
    from .._generated.models.cancel_seated_booking_input import (
        CancelSeatedBookingInput,
        CancelSeatedBookingInputDict,
    )
    from .._generated.models.create_booking_attendee import CreateBookingAttendeeDict
    from .._generated.models.create_booking_input import CreateBookingInputDict
    from .._generated.models.recurring_booking_output import RecurringBookingOutput
    from .._generated.models.reschedule_booking_input import (
        RescheduleBookingInput,
        RescheduleBookingInputDict,
    )
    from .._generated.models.reschedule_seated_booking_input import (
        RescheduleSeatedBookingInput,
        RescheduleSeatedBookingInputDict,
    )
    from ..sync._changes import BookingChanges
    from ..sync._checkpoint import ChangeCheckpoint
    from ._booking_unions import AnyBookingOrSeries, RescheduledBooking
    from .slots import SlotHelpers

    CreatedBooking: TypeAlias = (
        BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
    )

__all__ = ["BOOKING_STATUSES", "Attendee", "BookingHelpers", "BookingResult"]

logger = logging.getLogger("cal_async")

# Server messages that mean "this time is not bookable" (BookingsService's translations).
_UNAVAILABLE_HINTS = ("already has booking at this time", "is not available", "can't be booked at")
# A create that lost a race: another booking for the same slot was saved first and the unique
# idempotency key refused this one; the server answers 409 {"statusCode": 409, "message":
# "booking_conflict_error"} (calcom/cal.com packages/features/bookings/lib/handleNewBooking.ts,
# ErrorCode.BookingConflict in packages/lib/errorCodes.ts; cal.com PR #28151).
_RACE_LOST = "booking_conflict_error"


class Attendee(CreateBookingAttendee):
    """Who books: the API's ``CreateBookingAttendee`` (a name, an IANA time zone, and an email or a
    phone number), built positionally and checked when built::

        Attendee("Ada Lovelace", "America/New_York", email="ada@example.com")
    """

    __slots__ = ()

    def __init__(
        self,
        name: str,
        time_zone: str,
        *,
        email: str | None = None,
        phone_number: str | None = None,
        language: CreateBookingAttendeeLanguage | str | None = None,
    ) -> None:
        if not isinstance(name, str) or not name.strip():
            raise ValueError("attendee name must be a non-empty string")
        time_zone = zone_name(time_zone, what="attendee time_zone")
        if not email and not phone_number:
            raise ValueError("an attendee needs an email or a phone_number")
        if email and (not isinstance(email, str) or "@" not in email):
            raise ValueError(f"attendee email {email!r} is not an email address")
        super().__init__(
            name=name,
            time_zone=time_zone,
            email=email or UNSET,
            phone_number=phone_number or UNSET,
            language=UNSET if language is None else CreateBookingAttendeeLanguage(language),
        )


def _attendee(value: CreateBookingAttendee | CreateBookingAttendeeDict) -> Attendee:
    """The attendee, checked: an ``Attendee`` is already; the generated model or its dict is
    checked by the same rules (and its other keys dropped)."""
    if isinstance(value, Attendee):
        return value
    if not isinstance(value, CreateBookingAttendee | Mapping):
        raise TypeError(f"attendee must be an Attendee or a mapping, got {type(value).__name__}")
    data = body_dict(value)
    return Attendee(
        data.get("name", ""),
        data.get("timeZone", ""),
        email=data.get("email"),
        phone_number=data.get("phoneNumber"),
        language=data.get("language"),
    )


@attrs.frozen(slots=True)
class BookingResult(ResultValue):
    """A booking just made: its uid and times (aware, in the attendee's zone) and the raw models.

    ``bookings`` has one model per occurrence: recurring event types create several, sorted by
    start; ``uid``/``start``/``end`` are the first one's. ``seat_uid`` is set for seated events.
    ``host_emails`` shows who hosts it: every host of a COLLECTIVE event type, the one a
    ROUND_ROBIN event type assigned.
    """

    uid: str
    start: datetime
    end: datetime
    status: str
    seat_uid: str | None = None
    host_emails: tuple[str, ...] = ()
    bookings: tuple[ApiModel, ...] = attrs.field(default=(), repr=False)

    @classmethod
    def from_created(cls, created: CreatedBooking, tz: tzinfo) -> BookingResult:
        """From what ``POST /v2/bookings`` answered; ``status`` and ``hosts`` are informative, so a
        server that leaves them out still reports the booking it made."""
        items = created if isinstance(created, list) else [created]
        if not items:
            raise ResponseValidationError("BookingOutput", "data", "the server sent no booking")
        first = items[0]
        hosts = first.hosts if "hosts" in first else []
        return cls(
            uid=first.uid,
            start=first.start.astimezone(tz),
            end=first.end.astimezone(tz),
            status=str(first.status) if "status" in first else "",
            seat_uid=_seat_uid(first),
            host_emails=tuple(host.email for host in hosts if host.email),
            bookings=tuple(items),
        )


def _seat_uid(booking: ApiModel) -> str | None:
    """The seat a seated booking holds. Its JSON can also fit the unseated model, which ``oneOf``
    may have picked, so the seat is read through the seated model whenever it is there."""
    if isinstance(booking, CreateSeatedBookingOutput | CreateRecurringSeatedBookingOutput):
        return booking.seat_uid
    return CreateSeatedBookingOutput.from_dict(dict(booking)).seat_uid if "seatUid" in booking else None


def _booking_body(ref: EventTypeRef, start: datetime, attendee: Attendee) -> CreateBookingInputDict:
    """``POST /v2/bookings``'s body: the time, who books, and the event type as ``ref`` names it."""
    body: CreateBookingInputDict = {"start": start, "attendee": attendee}
    if ref.id is not None:
        body["eventTypeId"] = ref.id
    if ref.slug is not None:
        body["eventTypeSlug"] = ref.slug
    if ref.username is not None:
        body["username"] = ref.username
    if ref.team_slug is not None:
        body["teamSlug"] = ref.team_slug
    if ref.organization_slug is not None:
        body["organizationSlug"] = ref.organization_slug
    return body


def _with_location(
    body: CreateBookingInputDict, location: Mapping[str, Any] | str | None
) -> CreateBookingInput | CreateBookingInputDict:
    """The body with the caller's ``location`` as given: one of the API's location objects, or the
    bare string the server still takes from older clients."""
    return body if location is None else CreateBookingInput.from_dict({**body, "location": location})


def _is_unavailable(exc: BadRequestError | ConflictError) -> bool:
    text = exc.message.lower()
    if isinstance(exc, ConflictError):
        return _RACE_LOST in text  # other 409s (a full seated booking) stay what they are
    return any(hint in text for hint in _UNAVAILABLE_HINTS)


class BookingHelpers(BookingsResource):
    """``cal.bookings``: the generated operations, ``book`` and ``book_first_available``; ``cancel``
    and ``reschedule`` accepting more."""

    @property
    def _slots(self) -> SlotHelpers:
        return self._client.slots

    # -- booking -----------------------------------------------------------------------------

    async def book(
        self,
        event_type: EventTypeLike,
        start: datetime | Slot,
        attendee: CreateBookingAttendee | CreateBookingAttendeeDict,
        *,
        check_slot: bool = True,
        reserve: bool = False,
        length_in_minutes: int | None = None,
        guests: Sequence[str] = (),
        location: Mapping[str, Any] | str | None = None,
        metadata: Mapping[str, str] | None = None,
        booking_fields: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BookingResult:
        """Book ``event_type`` at ``start`` for ``attendee``.

        With ``check_slot`` (the default) the slot is looked up first and a taken or invalid time
        raises :class:`SlotUnavailableError` naming the nearest free slots, before anything is
        created. ``reserve=True`` holds the slot during the booking (needs a numeric event type id).
        """
        when = start.start if isinstance(start, Slot) else require_aware(start, "start")
        person = _attendee(attendee)
        ref = event_type_ref(event_type)
        tz = zone(person.time_zone)
        for guest in guests:
            if "@" not in guest:
                raise ValueError(f"guest {guest!r} is not an email address")
        if reserve and ref.id is None:
            raise ValueError("reserve=True needs the event type's numeric id (reservations take only ids)")
        if check_slot:
            await self._slots.check(
                ref, when, time_zone=person.time_zone, duration=length_in_minutes, **options
            )
        body = _booking_body(ref, when, person)
        if length_in_minutes is not None:
            body["lengthInMinutes"] = length_in_minutes
        if guests:
            body["guests"] = list(guests)
        if metadata is not None:
            body["metadata"] = metadata
        if booking_fields is not None:
            body["bookingFieldsResponses"] = booking_fields
        hold: Reservation | None = None
        if reserve:
            assert ref.id is not None
            try:
                hold = await self._slots.hold(ref.id, when, duration=length_in_minutes, **options)
            except SlotUnavailableError as exc:
                raise await self._unavailable(ref, when, person.time_zone, options) from exc
        try:
            created = await self.create(body=_with_location(body, location), **options)
        except (BadRequestError, ConflictError) as exc:
            if not _is_unavailable(exc):
                raise
            # Taken between the check and the booking (or never free, or lost to a racing create,
            # never retried): say which slots are.
            raise await self._unavailable(ref, when, person.time_zone, options) from exc
        finally:
            if hold is not None:
                # The booking now occupies the time (or failed): the hold has done its job.
                await self._release_quietly(hold, options)
        return BookingResult.from_created(created, tz)

    async def _release_quietly(self, hold: Reservation, options: RequestOptions) -> None:
        """Drop a hold without letting a failure hide the booking's own outcome: a booking that
        was made must be reported as made (a retry would book twice), and the server expires
        the hold within minutes anyway."""
        try:
            await self._slots.release(hold, **options)
        except CalError as exc:
            logger.warning("could not release slot hold %s (it expires on its own): %s", hold.uid, exc)

    async def _unavailable(
        self, ref: EventTypeRef, when: datetime, time_zone: str, options: RequestOptions
    ) -> SlotUnavailableError:
        try:
            await self._slots.check(ref, when, time_zone=time_zone, **options)
        except SlotUnavailableError as found:
            return found
        # The slot list still shows it (a stale cache on the server side): report it as taken.
        return SlotUnavailableError(when, ())

    async def book_first_available(
        self,
        event_type: EventTypeLike,
        after: datetime | date,
        before: datetime | date,
        attendee: CreateBookingAttendee | CreateBookingAttendeeDict,
        *,
        reserve: bool = False,
        attempts: int = 3,
        length_in_minutes: int | None = None,
        guests: Sequence[str] = (),
        location: Mapping[str, Any] | str | None = None,
        metadata: Mapping[str, str] | None = None,
        booking_fields: Mapping[str, Any] | None = None,
        **options: Unpack[RequestOptions],
    ) -> BookingResult:
        """Book the earliest free slot between ``after`` and ``before`` (dates: whole days in the
        attendee's time zone). If another booker takes it first, the next slot is tried, up to
        ``attempts`` slots. The other arguments are those of :meth:`book`."""
        if attempts < 1:
            raise ValueError(f"attempts must be 1 or more, got {attempts}")
        person = _attendee(attendee)
        ref = event_type_ref(event_type)
        if reserve and ref.id is None:
            raise ValueError("reserve=True needs the event type's numeric id (reservations take only ids)")
        lower, upper = day_bounds(after, before, zone(person.time_zone))
        slots = await self._slots.available(
            ref, lower, upper, time_zone=person.time_zone, duration=length_in_minutes, **options
        )
        if not slots:
            raise SlotUnavailableError(
                None, (), reason=f"no free slot between {lower.isoformat()} and {upper.isoformat()}"
            )
        last: SlotUnavailableError | None = None
        for slot in slots[:attempts]:
            try:
                # The slot list was just fetched: no second check, straight to the booking.
                return await self.book(
                    ref,
                    slot,
                    person,
                    check_slot=False,
                    reserve=reserve,
                    length_in_minutes=length_in_minutes,
                    guests=guests,
                    location=location,
                    metadata=metadata,
                    booking_fields=booking_fields,
                    **options,
                )
            except SlotUnavailableError as exc:
                last = exc
        assert last is not None
        tried = min(attempts, len(slots))
        reason = "taken" if tried == 1 else f"taken, as were the next {tried - 1} slot(s) tried"
        raise SlotUnavailableError(
            slots[0].start, nearest(slots[tried:], slots[0].start, 3), reason=reason
        ) from last

    # -- reconciliation ------------------------------------------------------------------------

    def changes(
        self,
        since: datetime | ChangeCheckpoint,
        *,
        overlap: timedelta | None = None,
        page_size: int = 100,
        **options: Unpack[RequestOptions],
    ) -> BookingChanges:
        """Every booking created, updated, cancelled or rescheduled since ``since``, one
        :class:`BookingChange` per change, oldest first::

            changes = cal.bookings.changes(checkpoint)   # or a datetime, the first time
            async for change in changes:
                await mirror(change.booking)
            save(changes.checkpoint)                     # where the next call starts

        ``since`` is an aware datetime (server time: every change at or after it), or the
        :class:`ChangeCheckpoint` a previous iteration left, from which reading starts ``overlap``
        earlier (default 5 minutes) to catch changes the server stamped late. Pages of
        ``page_size`` (1 to 250) are read by ``updatedAt``, then by ``createdAt`` for bookings the
        server never stamped; a booking that changes while they are read is yielded again in its
        new version. How and why: ``cal_async.sync``. For a service that runs this on an interval
        and agrees with webhooks, see :class:`cal_async.sync.Reconciler`.
        """
        from ..sync._changes import DEFAULT_OVERLAP, BookingChanges
        from ..sync._checkpoint import ChangeCheckpoint

        if isinstance(page_size, bool) or not isinstance(page_size, int) or not 1 <= page_size <= 250:
            raise ValueError(f"page_size must be an int from 1 to 250, got {page_size!r}")
        overlap = DEFAULT_OVERLAP if overlap is None else overlap
        if not isinstance(overlap, timedelta) or overlap < timedelta(0):
            raise ValueError(f"overlap must be a timedelta of 0 or more, got {overlap!r}")
        if isinstance(since, ChangeCheckpoint):
            start, updated_from, created_from = since, since.updated_at - overlap, since.created_at - overlap
        else:
            moment = require_aware(since, "since")
            start, updated_from, created_from = ChangeCheckpoint.starting_at(moment), moment, moment
        return BookingChanges(
            self.list,
            start,
            updated_from=updated_from,
            created_from=created_from,
            page_size=page_size,
            options=options,
        )

    # -- the generated operations, accepting more ----------------------------------------------

    async def cancel(
        self,
        booking_uid: str,
        *,
        body: CancelBookingInput
        | CancelBookingInputDict
        | CancelSeatedBookingInput
        | CancelSeatedBookingInputDict
        | None = None,
        reason: str | None = None,
        cancel_subsequent: bool | None = None,
        seat_uid: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AnyBookingOrSeries:
        """Cancel a booking: ``cancel(uid, reason="...")`` (a host must give a reason).

        ``seat_uid`` cancels one seat of a seated booking; the server's seated body is
        ``{"seatUid"}`` alone, so a reason or ``cancel_subsequent`` with it is refused here.
        """
        fields = {
            "cancellationReason": reason,
            "cancelSubsequentBookings": cancel_subsequent,
            "seatUid": seat_uid,
        }
        _seated_check("cancel", _sent(body, fields), _SEATED_CANCEL_KEYS)
        payload = body if body is not None else _cancel_body(reason, cancel_subsequent, seat_uid)
        return await super().cancel(booking_uid, body=payload, **options)

    async def reschedule(
        self,
        booking_uid: str,
        start: datetime | Slot | None = None,
        *,
        body: RescheduleBookingInput
        | RescheduleBookingInputDict
        | RescheduleSeatedBookingInput
        | RescheduleSeatedBookingInputDict
        | None = None,
        reason: str | None = None,
        rescheduled_by: str | None = None,
        seat_uid: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> RescheduledBooking:
        """Move a booking: ``reschedule(uid, new_start, reason="...")``. The result is the new
        booking (the old uid is cancelled by the server).

        ``seat_uid`` moves one seat of a seated booking; the server's seated body takes ``start``,
        ``rescheduledBy`` and ``seatUid`` only, so a reason with it is refused here.
        """
        when: datetime | None = None
        if start is not None:
            when = start.start if isinstance(start, Slot) else require_aware(start, "start")
        elif body is None:
            raise ValueError("reschedule needs the new start (an aware datetime or a Slot)")
        fields = {
            "start": when,
            "reschedulingReason": reason,
            "rescheduledBy": rescheduled_by,
            "seatUid": seat_uid,
        }
        _seated_check("reschedule", _sent(body, fields), _SEATED_RESCHEDULE_KEYS)
        payload = body
        if payload is None:
            assert when is not None
            payload = _reschedule_body(when, reason, rescheduled_by, seat_uid)
        return await super().reschedule(booking_uid, body=payload, **options)


# The seated DTOs (CancelSeatedBookingInput_2024_08_13, RescheduleSeatedBookingInput_2024_08_13)
# are validated with whitelist + forbidNonWhitelisted: any other field is a 400.
_SEATED_CANCEL_KEYS = frozenset({"seatUid"})
_SEATED_RESCHEDULE_KEYS = frozenset({"seatUid", "start", "rescheduledBy"})
_PARAM_NAMES = {
    "cancellationReason": "reason",
    "cancelSubsequentBookings": "cancel_subsequent",
    "reschedulingReason": "reason",
}


def _seated_check(action: str, payload: Mapping[str, Any], allowed: frozenset[str]) -> None:
    """Refuse, before sending, a seated body the server would answer with 400 (a body with
    ``seatUid`` is validated as the seated variant, which forbids the reason fields)."""
    if "seatUid" not in payload:
        return
    seat = payload["seatUid"]
    if not isinstance(seat, str) or not seat:
        raise ValueError(f"seat_uid must be a non-empty string, got {seat!r}")
    extra = sorted(_PARAM_NAMES.get(key, key) for key in payload if key not in allowed)
    if extra:
        raise ValueError(
            f"a seated {action} (seat_uid=...) cannot carry {', '.join(extra)}: Cal.com's seated "
            f"{action} body takes only {', '.join(sorted(allowed))}; drop {', '.join(extra)}, or "
            f"{action} the whole booking without seat_uid"
        )


def _sent(body: ApiModel | Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON fields about to be sent, to check: ``body=``'s, or the keyword arguments given."""
    given = {k: v for k, v in fields.items() if v is not None}
    if body is None:
        return given
    if given:
        raise ValueError(f"pass either body= or {', '.join(sorted(given))}, not both")
    return body_dict(body)


def _cancel_body(
    reason: str | None, cancel_subsequent: bool | None, seat_uid: str | None
) -> CancelBookingInputDict | CancelSeatedBookingInputDict:
    if seat_uid is not None:
        return {"seatUid": seat_uid}
    body: CancelBookingInputDict = {}
    if reason is not None:
        body["cancellationReason"] = reason
    if cancel_subsequent is not None:
        body["cancelSubsequentBookings"] = cancel_subsequent
    return body


def _reschedule_body(
    start: datetime, reason: str | None, rescheduled_by: str | None, seat_uid: str | None
) -> RescheduleBookingInputDict | RescheduleSeatedBookingInputDict:
    if seat_uid is not None:
        seated: RescheduleSeatedBookingInputDict = {"start": start, "seatUid": seat_uid}
        if rescheduled_by is not None:
            seated["rescheduledBy"] = rescheduled_by
        return seated
    body: RescheduleBookingInputDict = {"start": start}
    if reason is not None:
        body["reschedulingReason"] = reason
    if rescheduled_by is not None:
        body["rescheduledBy"] = rescheduled_by
    return body
