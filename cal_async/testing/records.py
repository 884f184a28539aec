"""Immutable records of the fake's state. Updates replace a record (``attrs.evolve``), never mutate it,
so a record handed to a test stays a faithful snapshot of the moment it was returned."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import attrs

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen(slots=True)
class User:
    id: int
    username: str
    email: str
    name: str
    time_zone: str = "UTC"
    week_start: str = "Sunday"
    time_format: int = 12
    default_schedule_id: int | None = None


@attrs.frozen(slots=True)
class ApiKey:
    key: str
    user_id: int


@attrs.frozen(slots=True)
class Availability:
    """One weekly rule: these weekdays, from start to end, wall-clock in the schedule's zone."""

    days: tuple[str, ...]
    start_time: str  # "HH:MM"
    end_time: str  # "HH:MM"


@attrs.frozen(slots=True)
class Override:
    """A date whose hours replace the weekly rules for that day."""

    date: str  # "YYYY-MM-DD"
    start_time: str
    end_time: str


@attrs.frozen(slots=True)
class Schedule:
    id: int
    owner_id: int
    name: str
    time_zone: str
    availability: tuple[Availability, ...]
    overrides: tuple[Override, ...] = ()


@attrs.frozen(slots=True)
class EventType:
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


@attrs.frozen(slots=True)
class Attendee:
    name: str
    email: str
    time_zone: str
    language: str = "en"
    phone_number: str | None = None


@attrs.frozen(slots=True)
class Booking:
    id: int
    uid: str
    event_type_id: int
    owner_id: int
    title: str
    start: datetime
    end: datetime
    attendees: tuple[Attendee, ...]
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

    @property
    def duration(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)


@attrs.frozen(slots=True)
class Reservation:
    uid: str
    event_type_id: int
    start: datetime
    end: datetime
    until: datetime
    reservation_minutes: int


@attrs.frozen(slots=True)
class Webhook:
    id: str
    user_id: int
    subscriber_url: str
    triggers: tuple[str, ...]
    active: bool = True
    payload_template: str | None = None
    secret: str | None = None


@attrs.frozen(slots=True)
class Delivery:
    """One webhook POST as sent: the exact bytes and headers, and what the receiver answered."""

    webhook_id: str
    url: str
    trigger: str
    body: bytes
    headers: dict[str, str]
    status_code: int | None = None  # None: not sent (no transport) or the send failed
    error: str | None = None

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def signature(self) -> str:
        return self.headers["X-Cal-Signature-256"]
