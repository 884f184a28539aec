"""``cal.bookings``: the generated operations, plus ``book`` with the guide's best practices.

- ``book`` checks the slot first (the guide's first best practice) and answers a taken slot with
  :class:`SlotUnavailableError` naming the nearest free ones, whether the check or the server
  found it taken; ``reserve=True`` holds the slot while booking so no one can take it in between.
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
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any, Unpack, cast

import attrs

from .._errors import BadRequestError, CalError, SlotUnavailableError
from .._generated.resources.bookings import BookingsResource
from .._models import ApiModel
from .._options import RequestOptions
from .._request_input import body_dict
from ._filters import BOOKING_STATUSES
from ._refs import EventTypeLike, EventTypeRef, event_type_ref
from ._result_value import ResultValue
from ._server_values import server_instant, server_mapping, server_str
from ._time import day_bounds, iso_utc, require_aware, zone, zone_name
from .slots import Reservation, Slot, nearest

if TYPE_CHECKING:
    from .._generated.models.cancel_booking_input import CancelBookingInput, CancelBookingInputDict
    from .._generated.models.cancel_seated_booking_input import (
        CancelSeatedBookingInput,
        CancelSeatedBookingInputDict,
    )
    from .._generated.models.create_booking_input import CreateBookingInputDict
    from .._generated.models.reschedule_booking_input import (
        RescheduleBookingInput,
        RescheduleBookingInputDict,
    )
    from .._generated.models.reschedule_seated_booking_input import (
        RescheduleSeatedBookingInput,
        RescheduleSeatedBookingInputDict,
    )
    from ._booking_unions import AnyBookingOrSeries, RescheduledBooking
    from .slots import SlotHelpers


__all__ = ["BOOKING_STATUSES", "Attendee", "BookingHelpers", "BookingResult"]

logger = logging.getLogger("cal_async")

# Server messages that mean "this time is not bookable" (BookingsService's translations).
_UNAVAILABLE_HINTS = ("already has booking at this time", "is not available", "can't be booked at")


@attrs.frozen(slots=True)
class Attendee:
    """Who books: a name, an IANA time zone, and an email or a phone number."""

    name: str
    time_zone: str
    email: str | None = None
    phone_number: str | None = None
    language: str | None = None

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError("attendee name must be a non-empty string")
        zone_name(self.time_zone, what="attendee time_zone")
        if not self.email and not self.phone_number:
            raise ValueError("an attendee needs an email or a phone_number")
        if self.email is not None and "@" not in self.email:
            raise ValueError(f"attendee email {self.email!r} is not an email address")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "timeZone": self.time_zone}
        for key, value in (("email", self.email), ("phoneNumber", self.phone_number)):
            if value is not None:
                out[key] = value
        if self.language is not None:
            out["language"] = self.language
        return out


def _attendee(value: Attendee | Mapping[str, Any]) -> Attendee:
    if isinstance(value, Attendee):
        return value
    if isinstance(value, Mapping):
        return Attendee(
            name=value.get("name", ""),
            time_zone=value.get("timeZone", value.get("time_zone", "")),
            email=value.get("email"),
            phone_number=value.get("phoneNumber", value.get("phone_number")),
            language=value.get("language"),
        )
    raise TypeError(f"attendee must be an Attendee or a mapping, got {type(value).__name__}")


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
    def from_created(cls, created: object, tz: tzinfo) -> BookingResult:
        items = list(created) if isinstance(created, list) else [created]
        models = tuple(i for i in items if isinstance(i, ApiModel))
        raw = [i.to_dict() if isinstance(i, ApiModel) else i for i in items]
        first = server_mapping(raw[0] if raw else None, "BookingOutput", "data")
        seat = first.get("seatUid")
        hosts = first.get("hosts")
        emails = tuple(
            h["email"]
            for h in (hosts if isinstance(hosts, list) else [])
            if isinstance(h, Mapping) and isinstance(h.get("email"), str) and h["email"]
        )
        status = first.get("status")
        return cls(
            uid=server_str(first.get("uid"), "BookingOutput", "uid"),
            start=server_instant(first.get("start"), "BookingOutput", "start", tz),
            end=server_instant(first.get("end"), "BookingOutput", "end", tz),
            status=status if isinstance(status, str) else "",
            seat_uid=seat if isinstance(seat, str) else None,
            host_emails=emails,
            bookings=models,
        )


def _is_unavailable(exc: BadRequestError) -> bool:
    text = exc.message.lower()
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
        attendee: Attendee | Mapping[str, Any],
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
        body: dict[str, Any] = {"start": iso_utc(when), "attendee": person.to_json(), **ref.fields()}
        if length_in_minutes is not None:
            body["lengthInMinutes"] = length_in_minutes
        if guests:
            body["guests"] = list(guests)
        if location is not None:
            body["location"] = location if isinstance(location, str) else dict(location)
        if metadata is not None:
            body["metadata"] = dict(metadata)
        if booking_fields is not None:
            body["bookingFieldsResponses"] = dict(booking_fields)
        hold: Reservation | None = None
        if reserve:
            assert ref.id is not None
            try:
                hold = await self._slots.hold(ref.id, when, duration=length_in_minutes, **options)
            except SlotUnavailableError as exc:
                raise await self._unavailable(ref, when, person.time_zone, options) from exc
        try:
            created = await self.create(body=cast("CreateBookingInputDict", body), **options)
        except BadRequestError as exc:
            if not _is_unavailable(exc):
                raise
            # Taken between the check and the booking (or never free): say which slots are.
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
        attendee: Attendee | Mapping[str, Any],
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
        payload = _seated_check("cancel", _body(body, fields), _SEATED_CANCEL_KEYS)
        return await super().cancel(booking_uid, body=cast("CancelBookingInputDict", payload), **options)

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
        when: str | None = None
        if start is not None:
            when = iso_utc(start.start if isinstance(start, Slot) else require_aware(start, "start"))
        elif body is None:
            raise ValueError("reschedule needs the new start (an aware datetime or a Slot)")
        fields = {
            "start": when,
            "reschedulingReason": reason,
            "rescheduledBy": rescheduled_by,
            "seatUid": seat_uid,
        }
        payload = _seated_check("reschedule", _body(body, fields), _SEATED_RESCHEDULE_KEYS)
        return await super().reschedule(
            booking_uid, body=cast("RescheduleBookingInputDict", payload), **options
        )


# The seated DTOs (CancelSeatedBookingInput_2024_08_13, RescheduleSeatedBookingInput_2024_08_13)
# are validated with whitelist + forbidNonWhitelisted: any other field is a 400.
_SEATED_CANCEL_KEYS = frozenset({"seatUid"})
_SEATED_RESCHEDULE_KEYS = frozenset({"seatUid", "start", "rescheduledBy"})
_PARAM_NAMES = {
    "cancellationReason": "reason",
    "cancelSubsequentBookings": "cancel_subsequent",
    "reschedulingReason": "reason",
}


def _seated_check(action: str, payload: dict[str, Any], allowed: frozenset[str]) -> dict[str, Any]:
    """Refuse, before sending, a seated body the server would answer with 400 (a body with
    ``seatUid`` is validated as the seated variant, which forbids the reason fields)."""
    if "seatUid" not in payload:
        return payload
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
    return payload


def _body(body: ApiModel | Mapping[str, Any] | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    # The generated methods' bodies are TypedDicts; this one was built from checked arguments.
    given = {k: v for k, v in fields.items() if v is not None}
    if body is None:
        return given
    if given:
        raise ValueError(f"pass either body= or {', '.join(sorted(given))}, not both")
    return body_dict(body)
