"""Hand-written helpers over the generated resources: typed slots, booking with the guide's best
practices, cached event type lookups, validated schedules and webhooks, busy times, team event
types. ``CalClient`` serves them through ``cal_async._extended.ExtendedResources``.

Names load on first use, so importing one helper module does not import them all.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .._errors import EventTypeNotFoundError, SlotUnavailableError
    from ._cache import TTLCache
    from ._refs import EventTypeRef
    from .bookings import Attendee, BookingResult, Bookings
    from .calendars import BusyTime, CalendarRef, Calendars
    from .event_types import EventTypes
    from .schedules import Availability, DateOverride, Schedules
    from .slots import Reservation, Slot, Slots
    from .teams import Host, Orgs, OrgTeamBookings, OrgTeamEventTypes, OrgTeams
    from .webhooks import Webhooks

_EXPORTS: dict[str, str] = {
    "TTLCache": "._cache",
    "EventTypeRef": "._refs",
    "Attendee": ".bookings",
    "BookingResult": ".bookings",
    "Bookings": ".bookings",
    "BusyTime": ".calendars",
    "CalendarRef": ".calendars",
    "Calendars": ".calendars",
    "EventTypeNotFoundError": ".._errors",
    "SlotUnavailableError": ".._errors",
    "EventTypes": ".event_types",
    "Availability": ".schedules",
    "DateOverride": ".schedules",
    "Schedules": ".schedules",
    "Reservation": ".slots",
    "Slot": ".slots",
    "Slots": ".slots",
    "Host": ".teams",
    "OrgTeamBookings": ".teams",
    "OrgTeamEventTypes": ".teams",
    "OrgTeams": ".teams",
    "Orgs": ".teams",
    "Webhooks": ".webhooks",
}

__all__ = [
    "Attendee",
    "Availability",
    "BookingResult",
    "Bookings",
    "BusyTime",
    "CalendarRef",
    "Calendars",
    "DateOverride",
    "EventTypeNotFoundError",
    "EventTypeRef",
    "EventTypes",
    "Host",
    "OrgTeamBookings",
    "OrgTeamEventTypes",
    "OrgTeams",
    "Orgs",
    "Reservation",
    "Schedules",
    "Slot",
    "SlotUnavailableError",
    "Slots",
    "TTLCache",
    "Webhooks",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'cal_async.resources' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
