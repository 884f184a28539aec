"""Immutable records of the fake's state. Updates replace a record (``attrs.evolve``), never mutate it,
so a record handed to a test stays a faithful snapshot of the moment it was returned."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen(slots=True)
class StoredUser:
    id: int
    username: str
    email: str
    name: str
    time_zone: str = "UTC"
    week_start: str = "Sunday"
    time_format: int = 12
    default_schedule_id: int | None = None


@attrs.frozen(slots=True)
class StoredApiKey:
    key: str
    user_id: int


@attrs.frozen(slots=True)
class StoredAvailability:
    """One weekly rule: these weekdays, from start to end, wall-clock in the schedule's zone."""

    days: tuple[str, ...]
    start_time: str  # "HH:MM"
    end_time: str  # "HH:MM"


@attrs.frozen(slots=True)
class StoredOverride:
    """A date whose hours replace the weekly rules for that day."""

    date: str  # "YYYY-MM-DD"
    start_time: str
    end_time: str


@attrs.frozen(slots=True)
class StoredSchedule:
    id: int
    owner_id: int
    name: str
    time_zone: str
    availability: tuple[StoredAvailability, ...]
    overrides: tuple[StoredOverride, ...] = ()


@attrs.frozen(slots=True)
class StoredEventType:
    id: int
    owner_id: int
    title: str
    slug: str
    length: int
    description: str = ""
    schedule_id: int | None = None
    slot_interval: int | None = None
    minimum_booking_notice: int = 0
    before_buffer: int = 0
    after_buffer: int = 0
    hidden: bool = False
    # confirmationPolicy: bookings start "pending" until the host confirms or declines them.
    requires_confirmation: bool = False
    length_options: tuple[int, ...] = ()
    locations: tuple[dict[str, Any], ...] = ({"type": "integration", "integration": "cal-video"},)
    metadata: dict[str, Any] = attrs.field(factory=dict)
    # Team event types: the team, "COLLECTIVE" or "ROUND_ROBIN", and the hosts (owner_id is then
    # the first host, as a booking's organizer). Seated event types: seats per time slot.
    team_id: int | None = None
    scheduling_type: str | None = None
    hosts: tuple[StoredTeamHost, ...] = ()
    seats_per_time_slot: int | None = None

    @property
    def host_ids(self) -> tuple[int, ...]:
        return tuple(h.user_id for h in self.hosts) if self.hosts else (self.owner_id,)


@attrs.frozen(slots=True)
class StoredTeamHost:
    """A host of a team event type; ROUND_ROBIN picks the available host of highest priority."""

    user_id: int
    mandatory: bool = False
    priority: str = "medium"


@attrs.frozen(slots=True)
class StoredOrganization:
    id: int
    name: str
    slug: str


@attrs.frozen(slots=True)
class StoredTeam:
    id: int
    name: str
    slug: str
    org_id: int | None = None


@attrs.frozen(slots=True)
class StoredMembership:
    """A user's membership of a team or an organization (``team_id`` is then the org's id)."""

    id: int
    team_id: int
    user_id: int
    role: str = "MEMBER"  # MEMBER, ADMIN, OWNER
    accepted: bool = True


@attrs.frozen(slots=True)
class StoredCalendar:
    """A connected external calendar: busy intervals on it block the owner's slots when selected."""

    user_id: int
    credential_id: int
    external_id: str
    name: str
    integration: str = "google_calendar"
    is_selected: bool = True
    primary: bool = False
    busy: tuple[tuple[datetime, datetime], ...] = ()


@attrs.frozen(slots=True)
class StoredAttendee:
    name: str
    email: str
    time_zone: str
    language: str = "en"
    phone_number: str | None = None
    seat_uid: str | None = None  # seated bookings: each attendee holds one seat


@attrs.frozen(slots=True)
class StoredBooking:
    id: int
    uid: str
    event_type_id: int
    owner_id: int
    title: str
    start: datetime
    end: datetime
    attendees: tuple[StoredAttendee, ...]
    created_at: datetime
    status: str = "accepted"  # lowercase as the API answers: accepted, cancelled, pending, ...
    description: str | None = None
    location: str | None = None
    guests: tuple[str, ...] = ()
    responses: dict[str, Any] = attrs.field(factory=dict)
    metadata: dict[str, Any] = attrs.field(factory=dict)
    updated_at: datetime | None = None
    cancellation_reason: str | None = None
    cancelled_by_email: str | None = None
    rescheduling_reason: str | None = None
    rescheduled_by_email: str | None = None
    rescheduled_from_uid: str | None = None
    rescheduled_to_uid: str | None = None
    # Everyone the booking occupies: the organizer, plus every host of a COLLECTIVE event type.
    host_ids: tuple[int, ...] = ()

    @property
    def hosts(self) -> tuple[int, ...]:
        return self.host_ids or (self.owner_id,)

    @property
    def duration(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@attrs.frozen(slots=True)
class StoredReservation:
    uid: str
    event_type_id: int
    start: datetime
    end: datetime
    until: datetime
    reservation_minutes: int


@attrs.frozen(slots=True)
class StoredWebhook:
    id: str
    user_id: int
    subscriber_url: str
    triggers: tuple[str, ...]
    active: bool = True
    payload_template: str | None = None
    secret: str | None = None


@attrs.frozen(slots=True)
class StoredDelivery:
    """One webhook POST as sent: the exact bytes and headers, and what the receiver answered."""

    webhook_id: str
    url: str
    trigger: str
    body: bytes
    headers: dict[str, str]
    status_code: int | None = None  # None: not sent (no transport, a dropped one) or the send failed
    error: str | None = None
    fault: str | None = None  # "dropped" or "duplicate" (FakeCal.inject_delivery_faults)

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def signature(self) -> str:
        return self.headers["X-Cal-Signature-256"]
