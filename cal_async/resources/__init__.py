"""Hand-written helpers over the generated resources: typed slots, booking with the guide's best
practices, cached event type lookups, validated schedules and webhooks, busy times, team event
types. Each ``*Helpers`` class subclasses a node's generated class and serves that node
(``overrides/resource_helpers.yaml``: ``cal.bookings`` is a ``BookingHelpers``).

Names load on first use, so importing one helper module does not import them all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .._errors import EventTypeNotFoundError, SlotUnavailableError
    from ._booking_unions import AnyBooking, AnyBookingOrSeries, RescheduledBooking
    from ._cache import TTLCache
    from ._refs import EventTypeRef
    from .bookings import Attendee, BookingHelpers, BookingResult
    from .calendars import BusyTime, CalendarHelpers, CalendarRef
    from .event_types import EventTypeHelpers
    from .schedules import Availability, DateOverride, ScheduleHelpers
    from .slots import Reservation, Slot, SlotHelpers
    from .teams import (
        OrgTeamEventTypeHelpers,
        OrgTeamHelpers,
        Priority,
        SchedulingType,
        TeamEventTypeHelpers,
        TeamHost,
        WithHosts,
    )
    from .webhooks import WebhookHelpers

_EXPORTS: dict[str, str] = {
    "TTLCache": "._cache",
    "AnyBooking": "._booking_unions",
    "AnyBookingOrSeries": "._booking_unions",
    "RescheduledBooking": "._booking_unions",
    "EventTypeRef": "._refs",
    "Attendee": ".bookings",
    "BookingHelpers": ".bookings",
    "BookingResult": ".bookings",
    "BusyTime": ".calendars",
    "CalendarHelpers": ".calendars",
    "CalendarRef": ".calendars",
    "EventTypeNotFoundError": ".._errors",
    "SlotUnavailableError": ".._errors",
    "EventTypeHelpers": ".event_types",
    "Availability": ".schedules",
    "DateOverride": ".schedules",
    "ScheduleHelpers": ".schedules",
    "Reservation": ".slots",
    "Slot": ".slots",
    "SlotHelpers": ".slots",
    "TeamHost": ".teams",
    "OrgTeamEventTypeHelpers": ".teams",
    "OrgTeamHelpers": ".teams",
    "Priority": ".teams",
    "SchedulingType": ".teams",
    "TeamEventTypeHelpers": ".teams",
    "WithHosts": ".teams",
    "WebhookHelpers": ".webhooks",
}

__all__ = [
    "AnyBooking",
    "AnyBookingOrSeries",
    "Attendee",
    "Availability",
    "BookingHelpers",
    "BookingResult",
    "BusyTime",
    "CalendarHelpers",
    "CalendarRef",
    "DateOverride",
    "EventTypeHelpers",
    "EventTypeNotFoundError",
    "EventTypeRef",
    "TeamHost",
    "OrgTeamEventTypeHelpers",
    "OrgTeamHelpers",
    "Priority",
    "RescheduledBooking",
    "Reservation",
    "ScheduleHelpers",
    "SchedulingType",
    "Slot",
    "SlotHelpers",
    "SlotUnavailableError",
    "TTLCache",
    "TeamEventTypeHelpers",
    "WebhookHelpers",
    "WithHosts",
]

__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
