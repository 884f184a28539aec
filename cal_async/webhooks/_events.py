"""Typed webhook events, one class per payload family, declared as webhook models.

Each event views its delivery's ``payload`` object (for MEETING_STARTED/ENDED, the flat booking
body): its typed fields are read from there by the ``field`` declarations below, tolerantly (a
missing or ill-typed value is ``None``). Beside them it keeps ``payload`` and ``raw`` (the whole
JSON body), so fields this SDK does not model stay reachable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, Self

from .._models import OpenStrEnum
from ._details import FORM_ANSWER, FORM_VALUE, TRANSCRIPTION_LINK, FormAnswer, TranscriptionLink
from ._model import WebhookModel, delivered, field
from ._people import NoShowAttendee, Organizer, OutOfOfficeUser, WebhookAttendee
from ._tolerant import BOOLEAN, INSTANT, INTEGER, OBJECT, TEXT, Tolerant, at, items, mapping, view
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


def _status(raw: object) -> BookingStatus | None:
    return BookingStatus(raw) if type(raw) is str and raw else None


STATUS: Final = Tolerant(_status, "a booking status")


class WebhookEvent(WebhookModel):
    """Any webhook delivery; also the event for unknown triggers and custom payload templates.

    ``trigger`` is ``None`` when the body has no ``triggerEvent`` (a custom ``payloadTemplate``).
    ``created_at`` is when the server sent the delivery, ``None`` when the body does not say: custom
    templates, and MEETING_STARTED/MEETING_ENDED, which the server sends as a flat booking object
    whose root ``createdAt`` is the booking's (see ``MeetingEvent.booking_created_at``).
    """

    # The delivered attributes by name (not annotated: checkers would take it for a field).
    __slots__ = ("_delivery",)

    trigger: WebhookTrigger | None = delivered(default=None)
    created_at: datetime | None = delivered(default=None)
    # Kept out of reprs: payloads are large and full of attendees' personal data.
    payload: dict[str, Any] = delivered(factory=dict, repr=False)
    raw: dict[str, Any] = delivered(factory=dict, repr=False)

    def __init__(self, **values: Any) -> None:
        """An event from values: its typed fields are written into ``payload`` (a copy)."""
        delivery = {name: values.pop(name) for name in list(values) if name in self._delivered}
        payload = self._json(values, delivery.get("payload") or {})
        self._set(payload)
        object.__setattr__(self, "_delivery", {**delivery, "payload": payload})

    @classmethod
    def _received(cls, payload: dict[str, Any], **delivery: Any) -> Self:
        """The event viewing a delivery's ``payload`` (not copied: ``raw["payload"] is payload``)."""
        event = cls.from_dict(payload)
        object.__setattr__(event, "_delivery", {**delivery, "payload": payload})
        return event

    def __reduce__(self) -> tuple[Any, ...]:
        return (_restore, (type(self), object.__getattribute__(self, "_delivery")))


def _restore(cls: type[WebhookEvent], delivery: dict[str, Any]) -> WebhookEvent:
    return cls._received(**delivery)


class _BookingDetails(WebhookEvent):
    """Fields shared by payloads that describe a booking (bookings, meetings, recordings)."""

    __slots__ = ()

    uid: str | None = field("uid", TEXT, default=None)
    # Booking payloads name it bookingId; flat booking objects (MEETING_*) name it id.
    booking_id: int | None = field(
        "bookingId", INTEGER, default=None, fallback=field("id", INTEGER, default=None)
    )
    event_type_id: int | None = field("eventTypeId", INTEGER, default=None)
    title: str | None = field("title", TEXT, default=None)
    start_time: datetime | None = field("startTime", INSTANT, default=None)
    end_time: datetime | None = field("endTime", INSTANT, default=None)
    organizer: Organizer | None = field("organizer", view(Organizer), default=None)
    attendees: tuple[WebhookAttendee, ...] = field("attendees", items(view(WebhookAttendee)), default=())
    video_call_url: str | None = field(
        "metadata",
        at("videoCallUrl", TEXT),
        default=None,
        fallback=field("videoCallData", at("url", TEXT), default=None),
    )


class BookingEvent(_BookingDetails):
    """BOOKING_CREATED, _REQUESTED, _RESCHEDULED, _CANCELLED, _REJECTED, _PAYMENT_INITIATED, _PAID.

    On BOOKING_RESCHEDULED, ``uid``/``booking_id`` are the new booking and the ``reschedule_*``
    fields describe the booking it replaced. ``price`` is in the currency's minor unit.
    """

    __slots__ = ()

    status: BookingStatus | None = field("status", STATUS, default=None)
    location: str | None = field("location", TEXT, default=None)
    reschedule_uid: str | None = field("rescheduleUid", TEXT, default=None)
    reschedule_id: int | None = field("rescheduleId", INTEGER, default=None)
    reschedule_start_time: datetime | None = field("rescheduleStartTime", INSTANT, default=None)
    reschedule_end_time: datetime | None = field("rescheduleEndTime", INSTANT, default=None)
    rescheduled_by: str | None = field("rescheduledBy", TEXT, default=None)
    cancellation_reason: str | None = field("cancellationReason", TEXT, default=None)
    cancelled_by: str | None = field("cancelledBy", TEXT, default=None)
    rejection_reason: str | None = field("rejectionReason", TEXT, default=None)
    price: int | None = field("price", INTEGER, default=None)
    currency: str | None = field("currency", TEXT, default=None)
    payment_id: int | None = field("paymentId", INTEGER, default=None)


class MeetingEvent(_BookingDetails):
    """MEETING_STARTED, MEETING_ENDED and INSTANT_MEETING.

    MEETING_STARTED/ENDED arrive as a flat booking object, ``{"triggerEvent", ...booking}`` (the
    server's ``scheduleTrigger.ts``), so ``payload`` holds that booking (its ``createdAt`` included)
    and ``organizer`` is read from its ``user``; ``booking_created_at`` is the booking's creation
    time and ``created_at`` stays ``None``. INSTANT_MEETING carries ``connect_and_join_url`` for the
    host to join.
    """

    __slots__ = ()

    organizer: Organizer | None = field(
        "organizer", view(Organizer), default=None, fallback=field("user", view(Organizer), default=None)
    )
    connect_and_join_url: str | None = field("connectAndJoinUrl", TEXT, default=None)
    booking_created_at: datetime | None = field("createdAt", INSTANT, default=None)
    status: BookingStatus | None = field("status", STATUS, default=None)
    location: str | None = field("location", TEXT, default=None)


class RecordingEvent(_BookingDetails):
    """RECORDING_READY (``download_link``) and RECORDING_TRANSCRIPTION_GENERATED (the ``*_links``).

    ``transcription_links`` has one entry per transcript file, each with its ``format``
    (``[{format, link}]`` on the wire: TranscriptionGeneratedDTO in the server's ``dto/types.ts``).
    """

    __slots__ = ()

    download_link: str | None = field("downloadLink", TEXT, default=None)
    recording_link: str | None = field("downloadLinks", at("recording", TEXT), default=None)
    transcription_links: tuple[TranscriptionLink, ...] = field(
        "downloadLinks", at("transcription", items(TRANSCRIPTION_LINK, single=True)), default=()
    )


class NoShowEvent(WebhookEvent):
    """BOOKING_NO_SHOW_UPDATED, AFTER_HOSTS_CAL_VIDEO_NO_SHOW and AFTER_GUESTS_CAL_VIDEO_NO_SHOW.

    A manual update lists the attendees whose flag changed (``no_show``) or sets ``no_show_host``;
    the Cal Video triggers fire when nobody joined in time and carry the booking's times.
    """

    __slots__ = ()

    booking_uid: str | None = field(
        "bookingUid", TEXT, default=None, fallback=field("uid", TEXT, default=None)
    )
    booking_id: int | None = field("bookingId", INTEGER, default=None)
    event_type_id: int | None = field(
        "eventTypeId", INTEGER, default=None, fallback=field("eventType", at("id", INTEGER), default=None)
    )
    title: str | None = field("title", TEXT, default=None)
    message: str | None = field("message", TEXT, default=None)
    attendees: tuple[NoShowAttendee, ...] = field("attendees", items(view(NoShowAttendee)), default=())
    no_show_host: bool | None = field("noShowHost", BOOLEAN, default=None)
    host_email: str | None = field("hostEmail", TEXT, default=None)
    start_time: datetime | None = field("startTime", INSTANT, default=None)
    end_time: datetime | None = field("endTime", INSTANT, default=None)


class OutOfOfficeEvent(WebhookEvent):
    """OOO_CREATED: an out-of-office entry, optionally redirecting bookings to ``to_user``.

    The entry is the payload's ``oooEntry`` (``OOOPayloadBuilder.ts``: ``payload: {oooEntry}``).
    """

    __slots__ = ()

    entry_id: int | None = field("oooEntry", at("id", INTEGER), default=None)
    entry_uuid: str | None = field("oooEntry", at("uuid", TEXT), default=None)
    start: datetime | None = field("oooEntry", at("start", INSTANT), default=None)
    end: datetime | None = field("oooEntry", at("end", INSTANT), default=None)
    notes: str | None = field("oooEntry", at("notes", TEXT), default=None)
    reason: str | None = field("oooEntry", at("reason", "reason", TEXT), default=None)
    reason_emoji: str | None = field("oooEntry", at("reason", "emoji", TEXT), default=None)
    user: OutOfOfficeUser | None = field("oooEntry", at("user", view(OutOfOfficeUser)), default=None)
    to_user: OutOfOfficeUser | None = field("oooEntry", at("toUser", view(OutOfOfficeUser)), default=None)


class FormSubmittedEvent(WebhookEvent):
    """FORM_SUBMITTED and FORM_SUBMITTED_NO_EVENT (submitted, then no booking followed).

    ``answers`` maps each field's identifier to its ``FormAnswer``: the deprecated ``value`` and
    its replacement ``response`` (for select fields, options with stable ids). ``responses`` is
    the older view, each field's ``value`` alone. ``response_id`` and ``redirect`` come with
    FORM_SUBMITTED_NO_EVENT.
    """

    __slots__ = ()

    form_id: str | None = field("formId", TEXT, default=None)
    form_name: str | None = field("formName", TEXT, default=None)
    team_id: int | None = field("teamId", INTEGER, default=None)
    responses: dict[str, Any] = field("responses", mapping(FORM_VALUE), factory=dict, init=False)
    answers: dict[str, FormAnswer] = field("responses", mapping(FORM_ANSWER), factory=dict)
    response_id: int | None = field("responseId", INTEGER, default=None)
    redirect: dict[str, Any] | None = field("redirect", OBJECT, default=None)


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

    __slots__ = ()

    text: str = delivered(default="", repr=False)


class DelegationCredentialErrorEvent(WebhookEvent):
    """DELEGATION_CREDENTIAL_ERROR (newer than the 18 subscribable triggers this SDK lists).

    An organization's delegated calendar credential failed for ``user_email``: ``{error: {type,
    message}, credential: {id, type, appId, delegationCredentialId}, user: {id, email,
    organizationId}}`` (DelegationCredentialErrorPayloadType, the server's ``dto/types.ts``).
    """

    __slots__ = ()

    error_type: str | None = field("error", at("type", TEXT), default=None)
    error_message: str | None = field("error", at("message", TEXT), default=None)
    credential_id: int | None = field("credential", at("id", INTEGER), default=None)
    credential_type: str | None = field("credential", at("type", TEXT), default=None)
    app_id: str | None = field("credential", at("appId", TEXT), default=None)
    delegation_credential_id: str | None = field(
        "credential", at("delegationCredentialId", TEXT), default=None
    )
    user_id: int | None = field("user", at("id", INTEGER), default=None)
    user_email: str | None = field("user", at("email", TEXT), default=None)
    organization_id: int | None = field("user", at("organizationId", INTEGER), default=None)


class WrongAssignmentReportEvent(WebhookEvent):
    """WRONG_ASSIGNMENT_REPORT (newer than the 18 subscribable triggers this SDK lists).

    A team member reported that a routed booking went to the wrong host: ``{booking: {...,
    eventType}, report: {reportedBy, firstAssignmentReason, guest, host, ...}}``
    (``BookingPayloadBuilder.ts`` buildWrongAssignmentPayload). ``routing_reason`` is the reason
    the booking was first assigned; the docs' example names it ``routingReason``, so both are read.
    """

    __slots__ = ()

    booking_uid: str | None = field("booking", at("uid", TEXT), default=None)
    booking_id: int | None = field("booking", at("id", INTEGER), default=None)
    title: str | None = field("booking", at("title", TEXT), default=None)
    start_time: datetime | None = field("booking", at("startTime", INSTANT), default=None)
    end_time: datetime | None = field("booking", at("endTime", INSTANT), default=None)
    status: BookingStatus | None = field("booking", at("status", STATUS), default=None)
    event_type_id: int | None = field("booking", at("eventType", "id", INTEGER), default=None)
    event_type_slug: str | None = field("booking", at("eventType", "slug", TEXT), default=None)
    team_id: int | None = field("booking", at("eventType", "teamId", INTEGER), default=None)
    reported_by_id: int | None = field("report", at("reportedBy", "id", INTEGER), default=None)
    reported_by_email: str | None = field("report", at("reportedBy", "email", TEXT), default=None)
    routing_reason: str | None = field(
        "report",
        at("firstAssignmentReason", TEXT),
        default=None,
        fallback=field("report", at("routingReason", TEXT), default=None),
    )
    guest: str | None = field("report", at("guest", TEXT), default=None)
    host_email: str | None = field("report", at("host", "email", TEXT), default=None)
    host_name: str | None = field("report", at("host", "name", TEXT), default=None)
    correct_assignee: str | None = field("report", at("correctAssignee", TEXT), default=None)
    additional_notes: str | None = field("report", at("additionalNotes", TEXT), default=None)
