"""The people inside webhook payloads: organizers, attendees, out-of-office users."""

from __future__ import annotations

from datetime import timedelta

import attrs

from . import _coerce as c
from ._coerce import JsonObject


@attrs.frozen(kw_only=True)
class Organizer:
    """The booking's organizer. ``utc_offset`` is their zone's offset at the booking's time."""

    id: int | None = None
    name: str | None = None
    email: str | None = None
    username: str | None = None
    time_zone: str | None = None
    locale: str | None = None
    utc_offset: timedelta | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> Organizer:
        return cls(
            id=c.integer(data, "id"),
            name=c.text(data, "name"),
            email=c.text(data, "email"),
            username=c.text(data, "username"),
            time_zone=c.text(data, "timeZone"),
            locale=c.locale(data),
            utc_offset=c.minutes(data, "utcOffset"),
        )


@attrs.frozen(kw_only=True)
class WebhookAttendee:
    """A booking attendee. ``utc_offset`` is their zone's offset at the booking's time."""

    name: str | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    time_zone: str | None = None
    locale: str | None = None
    utc_offset: timedelta | None = None
    phone_number: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> WebhookAttendee:
        return cls(
            name=c.text(data, "name"),
            email=c.text(data, "email"),
            first_name=c.text(data, "firstName"),
            last_name=c.text(data, "lastName"),
            time_zone=c.text(data, "timeZone"),
            # Attendee records from the database carry ``locale`` directly instead of ``language``.
            locale=c.locale(data) or c.text(data, "locale"),
            utc_offset=c.minutes(data, "utcOffset"),
            phone_number=c.text(data, "phoneNumber"),
        )


@attrs.frozen(kw_only=True)
class NoShowAttendee:
    """An attendee in a no-show update; ``no_show`` is ``None`` when the payload does not say."""

    email: str | None = None
    name: str | None = None
    no_show: bool | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> NoShowAttendee:
        return cls(email=c.text(data, "email"), name=c.text(data, "name"), no_show=c.boolean(data, "noShow"))


@attrs.frozen(kw_only=True)
class OutOfOfficeUser:
    """The user who is away, or the one their bookings are redirected to."""

    id: int | None = None
    name: str | None = None
    username: str | None = None
    email: str | None = None
    time_zone: str | None = None

    @classmethod
    def from_json(cls, data: JsonObject) -> OutOfOfficeUser:
        return cls(
            id=c.integer(data, "id"),
            name=c.text(data, "name"),
            username=c.text(data, "username"),
            email=c.text(data, "email"),
            time_zone=c.text(data, "timeZone"),
        )
