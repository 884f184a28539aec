"""The people inside webhook payloads: organizers, attendees, out-of-office users."""

from __future__ import annotations

from datetime import timedelta

from ._model import WebhookModel, field
from ._tolerant import BOOLEAN, INTEGER, LOCALE, MINUTES, TEXT


class Organizer(WebhookModel):
    """The booking's organizer. ``utc_offset`` is their zone's offset at the booking's time."""

    __slots__ = ()

    id: int | None = field("id", INTEGER, default=None)
    name: str | None = field("name", TEXT, default=None)
    email: str | None = field("email", TEXT, default=None)
    username: str | None = field("username", TEXT, default=None)
    time_zone: str | None = field("timeZone", TEXT, default=None)
    locale: str | None = field("language", LOCALE, default=None)
    utc_offset: timedelta | None = field("utcOffset", MINUTES, default=None)


class WebhookAttendee(WebhookModel):
    """A booking attendee. ``utc_offset`` is their zone's offset at the booking's time."""

    __slots__ = ()

    name: str | None = field("name", TEXT, default=None)
    email: str | None = field("email", TEXT, default=None)
    first_name: str | None = field("firstName", TEXT, default=None)
    last_name: str | None = field("lastName", TEXT, default=None)
    time_zone: str | None = field("timeZone", TEXT, default=None)
    # Attendee rows from the database (flat MEETING_* bodies) carry ``locale`` instead of ``language``.
    locale: str | None = field("language", LOCALE, default=None, fallback=field("locale", TEXT, default=None))
    utc_offset: timedelta | None = field("utcOffset", MINUTES, default=None)
    phone_number: str | None = field("phoneNumber", TEXT, default=None)


class NoShowAttendee(WebhookModel):
    """An attendee in a no-show update; ``no_show`` is ``None`` when the payload does not say."""

    __slots__ = ()

    email: str | None = field("email", TEXT, default=None)
    name: str | None = field("name", TEXT, default=None)
    no_show: bool | None = field("noShow", BOOLEAN, default=None)


class OutOfOfficeUser(WebhookModel):
    """The user who is away, or the one their bookings are redirected to."""

    __slots__ = ()

    id: int | None = field("id", INTEGER, default=None)
    name: str | None = field("name", TEXT, default=None)
    username: str | None = field("username", TEXT, default=None)
    email: str | None = field("email", TEXT, default=None)
    time_zone: str | None = field("timeZone", TEXT, default=None)
