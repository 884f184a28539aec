"""Decoding a webhook body into the event class for its trigger.

Only a body that is not a JSON object is an error. Everything after that is best effort: an
unknown trigger or an odd field yields a less specific event or a ``None`` field, never an
exception, because a receiver that fails here loses the delivery.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any, Final, TypedDict

from . import _coerce as c
from ._coerce import JsonObject
from ._errors import WebhookPayloadError
from ._events import (
    BookingEvent,
    BookingStatus,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowEvent,
    OutOfOfficeEvent,
    RecordingEvent,
    WebhookEvent,
)
from ._people import Attendee, NoShowAttendee, Organizer, OutOfOfficeUser
from ._triggers import WebhookTrigger as T

_BOOKING: Final = frozenset(
    {
        T.BOOKING_CREATED,
        T.BOOKING_REQUESTED,
        T.BOOKING_RESCHEDULED,
        T.BOOKING_CANCELLED,
        T.BOOKING_REJECTED,
        T.BOOKING_PAYMENT_INITIATED,
        T.BOOKING_PAID,
    }
)
_NO_SHOW: Final = frozenset(
    {T.BOOKING_NO_SHOW_UPDATED, T.AFTER_HOSTS_CAL_VIDEO_NO_SHOW, T.AFTER_GUESTS_CAL_VIDEO_NO_SHOW}
)
_MEETING: Final = frozenset({T.MEETING_STARTED, T.MEETING_ENDED, T.INSTANT_MEETING})
_RECORDING: Final = frozenset({T.RECORDING_READY, T.RECORDING_TRANSCRIPTION_GENERATED})
_FORM: Final = frozenset({T.FORM_SUBMITTED, T.FORM_SUBMITTED_NO_EVENT})

# Root keys of the standard envelope; a flat body (MEETING_*) is the rest of the object.
_ENVELOPE_KEYS: Final = frozenset({"triggerEvent", "createdAt", "payload"})


class _Envelope(TypedDict):
    trigger: T | None
    created_at: datetime | None
    payload: dict[str, Any]
    raw: dict[str, Any]


class _Booking(TypedDict):
    uid: str | None
    booking_id: int | None
    event_type_id: int | None
    title: str | None
    start_time: datetime | None
    end_time: datetime | None
    organizer: Organizer | None
    attendees: tuple[Attendee, ...]
    video_call_url: str | None


def parse_event(raw_body: bytes | bytearray | str | Mapping[str, Any]) -> WebhookEvent:
    """Decode a webhook delivery into a typed event.

    Accepts the raw body (bytes or str) or an already-decoded JSON object. Verify the signature on
    the raw bytes first (``verify_signature``); this function does not. Returns the family class
    for a known trigger (``BookingEvent``, ``NoShowEvent``, ...) and a plain ``WebhookEvent`` for an
    unknown trigger or a custom ``payloadTemplate`` body. Raises ``WebhookPayloadError`` only when
    the body is not a JSON object.
    """
    body = _decode(raw_body)
    trigger_value = body.get("triggerEvent")
    if not isinstance(trigger_value, str):
        # A custom payloadTemplate replaces the whole body; all we can offer is the data itself.
        return WebhookEvent(trigger=None, created_at=None, payload=body, raw=body)

    trigger = T(trigger_value)
    wrapped = body.get("payload")
    if isinstance(wrapped, dict):
        payload = wrapped  # no copy: event.raw["payload"] is event.payload
    elif isinstance(wrapped, Mapping):
        payload = dict(wrapped)
    else:
        payload = {k: v for k, v in body.items() if k not in _ENVELOPE_KEYS}
    envelope = _Envelope(trigger=trigger, created_at=c.instant(body, "createdAt"), payload=payload, raw=body)

    if trigger in _BOOKING:
        return _booking_event(envelope)
    if trigger in _NO_SHOW:
        return _no_show_event(envelope)
    if trigger in _MEETING:
        return _meeting_event(envelope)
    if trigger in _RECORDING:
        return _recording_event(envelope)
    if trigger in _FORM:
        return _form_event(envelope)
    if trigger is T.OOO_CREATED:
        return _ooo_event(envelope)
    return WebhookEvent(**envelope)


def _decode(raw_body: object) -> dict[str, Any]:
    if isinstance(raw_body, Mapping):
        return dict(raw_body)
    if not isinstance(raw_body, bytes | bytearray | memoryview | str):
        raise TypeError(
            f"parse_event takes the request body as bytes or str, or a decoded JSON object; "
            f"got {type(raw_body).__name__}"
        )
    text = bytes(raw_body) if isinstance(raw_body, memoryview) else raw_body
    try:
        decoded = json.loads(text)
    except (ValueError, RecursionError) as exc:
        # No excerpt of the body in the message: it may hold attendees' personal data.
        raise WebhookPayloadError(f"the webhook body is not valid JSON ({type(exc).__name__})") from None
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(
            f"the webhook body is JSON but not an object (got {type(decoded).__name__}); "
            "Cal.com always sends an object"
        )
    return decoded


def _booking_fields(p: JsonObject, *, organizer: Organizer | None) -> _Booking:
    metadata = c.obj(p, "metadata") or {}
    video = c.obj(p, "videoCallData") or {}
    return _Booking(
        uid=c.text(p, "uid"),
        # Booking payloads name it bookingId; flat booking objects (MEETING_*) name it id.
        booking_id=c.integer(p, "bookingId") if "bookingId" in p else c.integer(p, "id"),
        event_type_id=c.integer(p, "eventTypeId"),
        title=c.text(p, "title"),
        start_time=c.instant(p, "startTime"),
        end_time=c.instant(p, "endTime"),
        organizer=organizer,
        attendees=tuple(Attendee.from_json(a) for a in c.objects(p, "attendees")),
        video_call_url=c.text(metadata, "videoCallUrl") or c.text(video, "url"),
    )


def _organizer(p: JsonObject, key: str = "organizer") -> Organizer | None:
    data = c.obj(p, key)
    return Organizer.from_json(data) if data is not None else None


def _booking_event(env: _Envelope) -> BookingEvent:
    p = env["payload"]
    status = c.text(p, "status")
    return BookingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p)),
        status=BookingStatus(status) if status else None,
        location=c.text(p, "location"),
        reschedule_uid=c.text(p, "rescheduleUid"),
        reschedule_id=c.integer(p, "rescheduleId"),
        reschedule_start_time=c.instant(p, "rescheduleStartTime"),
        reschedule_end_time=c.instant(p, "rescheduleEndTime"),
        rescheduled_by=c.text(p, "rescheduledBy"),
        cancellation_reason=c.text(p, "cancellationReason"),
        cancelled_by=c.text(p, "cancelledBy"),
        rejection_reason=c.text(p, "rejectionReason"),
        price=c.integer(p, "price"),
        currency=c.text(p, "currency"),
        payment_id=c.integer(p, "paymentId"),
    )


def _meeting_event(env: _Envelope) -> MeetingEvent:
    p = env["payload"]
    return MeetingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p) or _organizer(p, "user")),
        connect_and_join_url=c.text(p, "connectAndJoinUrl"),
    )


def _recording_event(env: _Envelope) -> RecordingEvent:
    p = env["payload"]
    links = c.obj(p, "downloadLinks") or {}
    return RecordingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p)),
        download_link=c.text(p, "downloadLink"),
        recording_link=c.text(links, "recording"),
        transcription_links=c.strings(links, "transcription"),
    )


def _no_show_event(env: _Envelope) -> NoShowEvent:
    p = env["payload"]
    event_type = c.obj(p, "eventType") or {}
    return NoShowEvent(
        **env,
        booking_uid=c.text(p, "bookingUid") or c.text(p, "uid"),
        booking_id=c.integer(p, "bookingId"),
        event_type_id=c.integer(p, "eventTypeId") or c.integer(event_type, "id"),
        title=c.text(p, "title"),
        message=c.text(p, "message"),
        attendees=tuple(NoShowAttendee.from_json(a) for a in c.objects(p, "attendees")),
        no_show_host=c.boolean(p, "noShowHost"),
        host_email=c.text(p, "hostEmail"),
        start_time=c.instant(p, "startTime"),
        end_time=c.instant(p, "endTime"),
    )


def _ooo_event(env: _Envelope) -> OutOfOfficeEvent:
    # The entry sits under ``oooEntry``; accept it unwrapped too.
    entry = c.obj(env["payload"], "oooEntry") or env["payload"]
    reason = c.obj(entry, "reason") or {}
    user = c.obj(entry, "user")
    to_user = c.obj(entry, "toUser")
    return OutOfOfficeEvent(
        **env,
        entry_id=c.integer(entry, "id"),
        entry_uuid=c.text(entry, "uuid"),
        start=c.instant(entry, "start"),
        end=c.instant(entry, "end"),
        notes=c.text(entry, "notes"),
        reason=c.text(reason, "reason"),
        reason_emoji=c.text(reason, "emoji"),
        user=OutOfOfficeUser.from_json(user) if user is not None else None,
        to_user=OutOfOfficeUser.from_json(to_user) if to_user is not None else None,
    )


def _form_event(env: _Envelope) -> FormSubmittedEvent:
    p = env["payload"]
    answers = c.obj(p, "responses") or {}
    return FormSubmittedEvent(
        **env,
        form_id=c.text(p, "formId"),
        form_name=c.text(p, "formName"),
        team_id=c.integer(p, "teamId"),
        responses={
            key: value["value"] if isinstance(value, Mapping) and "value" in value else value
            for key, value in answers.items()
        },
    )
