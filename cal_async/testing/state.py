"""In-memory state of one fake instance. Nothing here is module-level: two fakes never share data."""

from __future__ import annotations

import itertools
import secrets
import string
from collections.abc import Iterator

import attrs

from .records import ApiKey, Booking, Delivery, EventType, Reservation, Schedule, User, Webhook

_ALPHABET = string.ascii_letters + string.digits


def short_uid(length: int = 22) -> str:
    """Booking uids look like ``cvaRt5SvAUZG9W8up7eKz1`` (short-uuid, base 57/62)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


@attrs.define
class State:
    users: dict[int, User] = attrs.field(factory=dict)
    api_keys: dict[str, ApiKey] = attrs.field(factory=dict)
    event_types: dict[int, EventType] = attrs.field(factory=dict)
    schedules: dict[int, Schedule] = attrs.field(factory=dict)
    bookings: dict[str, Booking] = attrs.field(factory=dict)  # by uid, insertion-ordered
    reservations: dict[str, Reservation] = attrs.field(factory=dict)
    webhooks: dict[str, Webhook] = attrs.field(factory=dict)
    deliveries: list[Delivery] = attrs.field(factory=list)
    # Ids start high enough to look like real ones and never collide between kinds in a test's eye.
    _user_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(1001))
    _event_type_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(2001))
    _schedule_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(3001))
    _booking_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(4001))

    def next_user_id(self) -> int:
        return next(self._user_ids)

    def next_event_type_id(self) -> int:
        return next(self._event_type_ids)

    def next_schedule_id(self) -> int:
        return next(self._schedule_ids)

    def next_booking_id(self) -> int:
        return next(self._booking_ids)

    def user_by_username(self, username: str) -> User | None:
        return next((u for u in self.users.values() if u.username == username), None)

    def event_types_of(self, user_id: int) -> list[EventType]:
        return [e for e in self.event_types.values() if e.owner_id == user_id]

    def schedules_of(self, user_id: int) -> list[Schedule]:
        return [s for s in self.schedules.values() if s.owner_id == user_id]

    def schedule_for(self, event_type: EventType) -> Schedule | None:
        """The event type's own schedule, else its owner's default one (as Cal.com falls back)."""
        if event_type.schedule_id is not None and event_type.schedule_id in self.schedules:
            return self.schedules[event_type.schedule_id]
        owner = self.users.get(event_type.owner_id)
        if owner and owner.default_schedule_id is not None:
            return self.schedules.get(owner.default_schedule_id)
        return None
