"""Free slots as typed values, and short holds on a slot (reservations).

``available`` runs ``GET /v2/slots`` with ``format=range`` (so every slot carries its end; the
default format only has starts) and turns the generated ``AvailableSlot`` models of each day into
:class:`Slot` objects, aware in the search's time zone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Unpack

import attrs

from .._errors import SlotUnavailableError, UnprocessableEntityError
from .._generated.resources.slots import SlotsResource
from .._options import RequestOptions
from .._sentinel import UNSET, or_none
from ._refs import EventTypeLike, EventTypeRef, event_type_ref
from ._result_value import ResultValue
from ._time import day_bounds, require_aware, zone, zone_name

if TYPE_CHECKING:
    from .._generated.models.available_slot import AvailableSlot
    from .._generated.models.reserve_slot_input import ReserveSlotInputDict
    from .._generated.models.reserve_slot_output import ReserveSlotOutput

__all__ = ["Reservation", "Slot", "SlotHelpers"]

# How far around a requested time to look for alternatives when it is not free.
_NEAREST_BEFORE = timedelta(days=1)
_NEAREST_AFTER = timedelta(days=7)


@attrs.frozen(slots=True)
class Slot(ResultValue):
    """One bookable slot; ``start``/``end`` are aware, in the time zone of the search.

    Seated event types add how many seats are taken, left and offered, and the booking that
    holds the seats (``None`` until someone books that slot).
    """

    start: datetime
    end: datetime
    seats_booked: int | None = None
    seats_remaining: int | None = None
    seats_total: int | None = None
    booking_uid: str | None = None

    @property
    def duration(self) -> timedelta:
        return self.end - self.start

    @property
    def attendees_count(self) -> int | None:
        """The former name of ``seats_booked``."""
        return self.seats_booked

    @classmethod
    def from_model(cls, slot: AvailableSlot, tz: tzinfo) -> Slot:
        """The server's slot, shown in ``tz``; a slot without an end (the default format) ends
        where it starts."""
        start = slot.start.astimezone(tz)
        end = slot.end.astimezone(tz) if slot.end else start
        return cls(
            start=start,
            end=end,
            seats_booked=or_none(slot.seats_booked),
            seats_remaining=or_none(slot.seats_remaining),
            seats_total=or_none(slot.seats_total),
            booking_uid=or_none(slot.booking_uid),
        )


@attrs.frozen(slots=True)
class Reservation(ResultValue):
    """A hold on a slot (``POST /v2/slots/reservations``): hidden from other bookers ``until``."""

    uid: str
    event_type_id: int
    start: datetime
    end: datetime
    until: datetime

    @classmethod
    def from_model(cls, hold: ReserveSlotOutput) -> Reservation:
        return cls(
            uid=hold.reservation_uid,
            event_type_id=hold.event_type_id,
            start=hold.slot_start.astimezone(UTC),
            end=hold.slot_end.astimezone(UTC),
            until=hold.reservation_until.astimezone(UTC),
        )


def nearest(slots: Sequence[Slot], to: datetime, count: int) -> list[Slot]:
    """The ``count`` slots starting closest to ``to``, in time order."""
    closest = sorted(slots, key=lambda s: (abs(s.start - to), s.start))[:count]
    return sorted(closest, key=lambda s: s.start)


class SlotHelpers(SlotsResource):
    """``cal.slots``' helpers: typed search (``available``, ``first_available``, ``check``) and
    holds (``hold``, ``release``)."""

    async def available(
        self,
        event_type: EventTypeLike,
        start: datetime | date,
        end: datetime | date,
        *,
        time_zone: str | tzinfo,
        duration: int | None = None,
        reschedule_uid: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> list[Slot]:
        """Free slots from ``start`` to ``end``, as aware datetimes in ``time_zone``.

        ``start``/``end`` are aware datetimes, or dates meaning whole days in ``time_zone`` (an
        ``end`` date is included). ``event_type`` is an id, an event type, or an
        :class:`EventTypeRef` (a user's or a team's event type by slug).
        """
        ref = event_type_ref(event_type)
        tz_name = zone_name(time_zone)
        tz = zone(tz_name)
        lower, upper = day_bounds(start, end, tz)
        if duration is not None and (isinstance(duration, bool) or duration < 1):
            raise ValueError(f"duration must be a positive number of minutes, got {duration!r}")
        return await self._search(ref, lower, upper, tz_name, duration, reschedule_uid, options)

    async def _search(
        self,
        ref: EventTypeRef,
        lower: datetime,
        upper: datetime,
        tz_name: str,
        duration: int | None,
        reschedule_uid: str | None,
        options: RequestOptions,
    ) -> list[Slot]:
        days = await self.get(
            start=lower,
            end=upper,
            format_="range",  # every slot with its end (the default format has starts only)
            time_zone=tz_name,
            duration=UNSET if duration is None else duration,
            booking_uid_to_reschedule=UNSET if reschedule_uid is None else reschedule_uid,
            **ref.query(),
            **options,
        )
        tz = zone(tz_name)
        slots = (Slot.from_model(slot, tz) for day in days.values() for slot in day)
        # The server widens date-only bounds to whole days; keep exactly what was asked for.
        return sorted((s for s in slots if lower <= s.start < upper), key=lambda s: s.start)

    async def first_available(
        self,
        event_type: EventTypeLike,
        after: datetime | date,
        before: datetime | date,
        *,
        time_zone: str | tzinfo,
        **options: Unpack[RequestOptions],
    ) -> Slot | None:
        """The earliest free slot in the range, or None."""
        slots = await self.available(event_type, after, before, time_zone=time_zone, **options)
        return slots[0] if slots else None

    async def check(
        self,
        event_type: EventTypeLike,
        start: datetime,
        *,
        time_zone: str | tzinfo = "UTC",
        duration: int | None = None,
        nearest_count: int = 3,
        **options: Unpack[RequestOptions],
    ) -> Slot:
        """The free slot starting at ``start``, or :class:`SlotUnavailableError` naming the
        ``nearest_count`` free slots closest to it (searched from a day before to a week after)."""
        require_aware(start, "start")
        ref = event_type_ref(event_type)
        tz_name = zone_name(time_zone)
        at = start.astimezone(UTC)
        slots = await self._search(
            ref, at - _NEAREST_BEFORE, at + _NEAREST_AFTER, tz_name, duration, None, options
        )
        for slot in slots:
            if slot.start == at:
                return slot
        raise SlotUnavailableError(start, nearest(slots, at, nearest_count))

    async def hold(
        self,
        event_type_id: int,
        start: datetime,
        *,
        duration: int | None = None,
        hold_minutes: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Reservation:
        """Reserve the slot at ``start`` so no one else can book it for ``hold_minutes`` (server
        default 5; a custom length needs credentials). A slot someone else holds raises
        :class:`SlotUnavailableError`."""
        if isinstance(event_type_id, bool) or not isinstance(event_type_id, int):
            raise ValueError(
                f"reserving a slot needs the event type's numeric id, got {event_type_id!r} "
                "(look a slug up with cal.event_types.by_slug first)"
            )
        body: ReserveSlotInputDict = {
            "eventTypeId": event_type_id,
            "slotStart": require_aware(start, "start"),
        }
        if duration is not None:
            body["slotDuration"] = _minutes(duration, "slotDuration")
        if hold_minutes is not None:
            body["reservationDuration"] = _minutes(hold_minutes, "reservationDuration")
        try:
            hold = await self.reserve(body=body, **options)
        except UnprocessableEntityError as exc:
            raise SlotUnavailableError(start, (), reason="held by another booker") from exc
        return Reservation.from_model(hold)

    async def release(self, reservation: Reservation | str, **options: Unpack[RequestOptions]) -> None:
        """Drop a hold (``DELETE /v2/slots/reservations/{uid}``)."""
        uid = reservation.uid if isinstance(reservation, Reservation) else reservation
        await self.delete_reserved(uid, **options)


def _minutes(value: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{what} must be a positive number of minutes, got {value!r}")
    return value
