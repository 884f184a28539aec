"""In-memory state of one fake instance. Nothing here is module-level: two fakes never share data."""

from __future__ import annotations

import itertools
import secrets
import string
from collections.abc import Iterator
from typing import Any

import attrs

from .records import (
    StoredApiKey,
    StoredBooking,
    StoredCalendar,
    StoredDelivery,
    StoredEventType,
    StoredMembership,
    StoredOrganization,
    StoredReservation,
    StoredSchedule,
    StoredTeam,
    StoredUser,
    StoredWebhook,
)

_ALPHABET = string.ascii_letters + string.digits


def short_uid(length: int = 22) -> str:
    """Booking uids look like ``cvaRt5SvAUZG9W8up7eKz1`` (short-uuid, base 57/62)."""
    return "".join(secrets.choice(_ALPHABET) for _ in range(length))


@attrs.define
class State:
    users: dict[int, StoredUser] = attrs.field(factory=dict)
    api_keys: dict[str, StoredApiKey] = attrs.field(factory=dict)
    event_types: dict[int, StoredEventType] = attrs.field(factory=dict)
    schedules: dict[int, StoredSchedule] = attrs.field(factory=dict)
    bookings: dict[str, StoredBooking] = attrs.field(factory=dict)  # by uid, insertion-ordered
    reservations: dict[str, StoredReservation] = attrs.field(factory=dict)
    webhooks: dict[str, StoredWebhook] = attrs.field(factory=dict)
    deliveries: list[StoredDelivery] = attrs.field(factory=list)
    organizations: dict[int, StoredOrganization] = attrs.field(factory=dict)
    teams: dict[int, StoredTeam] = attrs.field(factory=dict)
    memberships: dict[int, StoredMembership] = attrs.field(factory=dict)
    calendars: list[StoredCalendar] = attrs.field(factory=list)
    # How many of the next booking creates lose a race to a rival booker (FakeCal.lose_booking_races).
    races_to_lose: int = 0
    # Ids start high enough to look like real ones and never collide between kinds in a test's eye.
    _user_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(1001))
    _event_type_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(2001))
    _schedule_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(3001))
    _booking_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(4001))
    # Organizations and teams share one id space, as they share one table on the server.
    _team_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(5001))
    _membership_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(6001))
    _credential_ids: Iterator[int] = attrs.field(factory=lambda: itertools.count(7001))

    def next_user_id(self) -> int:
        return next(self._user_ids)

    def new_event_type(self, **fields: Any) -> StoredEventType:
        """Store an event type with the next id; ``fields`` are its other attributes."""
        event_type = StoredEventType(id=next(self._event_type_ids), **fields)
        self.event_types[event_type.id] = event_type
        return event_type

    def next_schedule_id(self) -> int:
        return next(self._schedule_ids)

    def next_booking_id(self) -> int:
        return next(self._booking_ids)

    def next_team_id(self) -> int:
        return next(self._team_ids)

    def next_membership_id(self) -> int:
        return next(self._membership_ids)

    def next_credential_id(self) -> int:
        return next(self._credential_ids)

    def team_by_slug(self, slug: str, org_slug: str | None = None) -> StoredTeam | None:
        org = next((o for o in self.organizations.values() if o.slug == org_slug), None)
        return next(
            (
                t
                for t in self.teams.values()
                if t.slug == slug and (org_slug is None or (org is not None and t.org_id == org.id))
            ),
            None,
        )

    def membership(self, team_id: int, user_id: int) -> StoredMembership | None:
        return next(
            (m for m in self.memberships.values() if m.team_id == team_id and m.user_id == user_id), None
        )

    def user_by_username(self, username: str) -> StoredUser | None:
        return next((u for u in self.users.values() if u.username == username), None)

    def event_types_of(self, user_id: int) -> list[StoredEventType]:
        return [e for e in self.event_types.values() if e.owner_id == user_id and e.team_id is None]

    def schedules_of(self, user_id: int) -> list[StoredSchedule]:
        return [s for s in self.schedules.values() if s.owner_id == user_id]

    def schedule_for(self, event_type: StoredEventType, host_id: int | None = None) -> StoredSchedule | None:
        """The event type's own schedule, else the host's default one (as Cal.com falls back).

        A team event type's hosts each keep their own default schedule."""
        if event_type.schedule_id is not None and event_type.schedule_id in self.schedules:
            return self.schedules[event_type.schedule_id]
        owner = self.users.get(event_type.owner_id if host_id is None else host_id)
        if owner and owner.default_schedule_id is not None:
            return self.schedules.get(owner.default_schedule_id)
        return None
