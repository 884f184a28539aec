"""Typed webhook events, one class per payload family.

Every event is a frozen, slotted attrs object. Beside the typed fields it keeps ``payload`` (the
delivery's ``payload`` object) and ``raw`` (the whole JSON body), so fields this SDK does not model
stay reachable. Typed fields are ``None`` when the delivery lacks them or sends an unexpected type.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from .._models import OpenStrEnum
from ._details import FormAnswer, TranscriptionLink
from ._people import NoShowAttendee, Organizer, OutOfOfficeUser, WebhookAttendee
from ._triggers import WebhookTrigger


class BookingStatus(OpenStrEnum):
    """A booking's status as webhook payloads write it (UPPERCASE, unlike the REST API).

    Open: a status the server adds later parses as a pseudo-member with ``is_known == False``.
    """

    ACCEPTED = "ACCEPTED"
    PENDING = "PENDING"
    CANCELLED = "CANCELLED"
    REJECTED = "REJECTED"
    AWAITING_HOST = "AWAITING_HOST"


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """Any webhook delivery; also the event for unknown triggers and custom payload templates.

    ``trigger`` is ``None`` when the body has no ``triggerEvent`` (a custom ``payloadTemplate``).
    ``created_at`` is when the server sent the delivery, ``None`` when the body does not say: custom
    templates, and MEETING_STARTED/MEETING_ENDED, which the server sends as a flat booking object
    whose root ``createdAt`` is the booking's (see ``MeetingEvent.booking_created_at``).
    """

    trigger: WebhookTrigger | None
    created_at: datetime | None = None
    # Kept out of reprs: payloads are large and full of attendees' personal data.
    payload: dict[str, Any] = attrs.field(factory=dict, repr=False)
    raw: dict[str, Any] = attrs.field(factory=dict, repr=False)


@attrs.frozen(kw_only=True)
class _BookingDetails(WebhookEvent):
    """Fields shared by payloads that describe a booking (bookings, meetings, recordings)."""

    uid: str | None = None
    booking_id: int | None = None
    event_type_id: int | None = None
    title: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    organizer: Organizer | None = None
    attendees: tuple[WebhookAttendee, ...] = ()
    video_call_url: str | None = None


@attrs.frozen(kw_only=True)
class BookingEvent(_BookingDetails):
    """BOOKING_CREATED, _REQUESTED, _RESCHEDULED, _CANCELLED, _REJECTED, _PAYMENT_INITIATED, _PAID.

    On BOOKING_RESCHEDULED, ``uid``/``booking_id`` are the new booking and the ``reschedule_*``
    fields describe the booking it replaced. ``price`` is in the currency's minor unit.
    """

    status: BookingStatus | None = None
    location: str | None = None
    reschedule_uid: str | None = None
    reschedule_id: int | None = None
    reschedule_start_time: datetime | None = None
    reschedule_end_time: datetime | None = None
    rescheduled_by: str | None = None
    cancellation_reason: str | None = None
    cancelled_by: str | None = None
    rejection_reason: str | None = None
    price: int | None = None
    currency: str | None = None
    payment_id: int | None = None


@attrs.frozen(kw_only=True)
class MeetingEvent(_BookingDetails):
    """MEETING_STARTED, MEETING_ENDED and INSTANT_MEETING.

    MEETING_STARTED/ENDED arrive as a flat booking object, ``{"triggerEvent", ...booking}`` (the
    server's ``scheduleTrigger.ts``), so ``payload`` holds that booking (its ``createdAt`` included)
    and ``organizer`` is read from its ``user``; ``booking_created_at`` is the booking's creation
    time and ``created_at`` stays ``None``. INSTANT_MEETING carries ``connect_and_join_url`` for the
    host to join.
    """

    connect_and_join_url: str | None = None
    booking_created_at: datetime | None = None
    status: BookingStatus | None = None
    location: str | None = None


@attrs.frozen(kw_only=True)
class RecordingEvent(_BookingDetails):
    """RECORDING_READY (``download_link``) and RECORDING_TRANSCRIPTION_GENERATED (the ``*_links``).

    ``transcription_links`` has one entry per transcript file, each with its ``format``.
    """

    download_link: str | None = None
    recording_link: str | None = None
    transcription_links: tuple[TranscriptionLink, ...] = ()


@attrs.frozen(kw_only=True)
class NoShowEvent(WebhookEvent):
    """BOOKING_NO_SHOW_UPDATED, AFTER_HOSTS_CAL_VIDEO_NO_SHOW and AFTER_GUESTS_CAL_VIDEO_NO_SHOW.

    A manual update lists the attendees whose flag changed (``no_show``) or sets ``no_show_host``;
    the Cal Video triggers fire when nobody joined in time and carry the booking's times.
    """

    booking_uid: str | None = None
    booking_id: int | None = None
    event_type_id: int | None = None
    title: str | None = None
    message: str | None = None
    attendees: tuple[NoShowAttendee, ...] = ()
    no_show_host: bool | None = None
    host_email: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None


@attrs.frozen(kw_only=True)
class OutOfOfficeEvent(WebhookEvent):
    """OOO_CREATED: an out-of-office entry, optionally redirecting bookings to ``to_user``."""

    entry_id: int | None = None
    entry_uuid: str | None = None
    start: datetime | None = None
    end: datetime | None = None
    notes: str | None = None
    reason: str | None = None
    reason_emoji: str | None = None
    user: OutOfOfficeUser | None = None
    to_user: OutOfOfficeUser | None = None


@attrs.frozen(kw_only=True)
class FormSubmittedEvent(WebhookEvent):
    """FORM_SUBMITTED and FORM_SUBMITTED_NO_EVENT (submitted, then no booking followed).

    ``answers`` maps each field's identifier to its ``FormAnswer``: the deprecated ``value`` and
    its replacement ``response`` (for select fields, options with stable ids). ``responses`` is
    the older view, each field's ``value`` alone. ``response_id`` and ``redirect`` come with
    FORM_SUBMITTED_NO_EVENT.
    """

    form_id: str | None = None
    form_name: str | None = None
    team_id: int | None = None
    responses: dict[str, Any] = attrs.field(factory=dict)
    answers: dict[str, FormAnswer] = attrs.field(factory=dict)
    response_id: int | None = None
    redirect: dict[str, Any] | None = None


@attrs.frozen(kw_only=True)
class TemplateEvent(WebhookEvent):
    """A delivery rendered from a custom ``payloadTemplate`` that is not JSON.

    Cal.com sends it as ``application/x-www-form-urlencoded`` (signed like any other body).
    ``text`` is the body as sent; ``payload`` (and ``raw``) are its ``key=value`` pairs, a list
    for a repeated key. ``trigger`` is ``None``: the template decides what the body says. The
    server does not URL-encode the values it fills in (it HTML-escapes them), so a ``+`` in a value
    (``...+00:00`` times) reads as a space in ``payload``; ``text`` has them as sent.

    Also the event for the body ``false``, which Cal.com sends (as JSON) when a JSON template
    renders to invalid JSON, e.g. a value containing a double quote; ``payload`` is then empty.
    """

    text: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True)
class DelegationCredentialErrorEvent(WebhookEvent):
    """DELEGATION_CREDENTIAL_ERROR (newer than the 18 subscribable triggers this SDK lists).

    An organization's delegated calendar credential failed for ``user_email``.
    """

    error_type: str | None = None
    error_message: str | None = None
    credential_id: int | None = None
    credential_type: str | None = None
    app_id: str | None = None
    delegation_credential_id: str | None = None
    user_id: int | None = None
    user_email: str | None = None
    organization_id: int | None = None


@attrs.frozen(kw_only=True)
class WrongAssignmentReportEvent(WebhookEvent):
    """WRONG_ASSIGNMENT_REPORT (newer than the 18 subscribable triggers this SDK lists).

    A team member reported that a routed booking went to the wrong host. ``routing_reason`` is
    the reason the booking was first assigned.
    """

    booking_uid: str | None = None
    booking_id: int | None = None
    title: str | None = None
    start_time: datetime | None = None
    end_time: datetime | None = None
    status: BookingStatus | None = None
    event_type_id: int | None = None
    event_type_slug: str | None = None
    team_id: int | None = None
    reported_by_id: int | None = None
    reported_by_email: str | None = None
    routing_reason: str | None = None
    guest: str | None = None
    host_email: str | None = None
    host_name: str | None = None
    correct_assignee: str | None = None
    additional_notes: str | None = None
