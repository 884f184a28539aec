"""Decoding a webhook body into the event class for its trigger.

Only a body that is neither a JSON object nor template text is an error. Everything after that is
best effort: an unknown trigger or an odd field yields a less specific event or a ``None`` field,
never an exception, because a receiver that fails here loses the delivery.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, Final, TypedDict

from .._errors import UnknownWebhookTriggerWarning
from . import _coerce as c
from . import _decode as d
from ._coerce import JsonObject
from ._details import TranscriptionLink, form_answers
from ._events import (
    BookingEvent,
    BookingStatus,
    DelegationCredentialErrorEvent,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowEvent,
    OutOfOfficeEvent,
    RecordingEvent,
    TemplateEvent,
    WebhookEvent,
    WrongAssignmentReportEvent,
)
from ._people import NoShowAttendee, Organizer, OutOfOfficeUser, WebhookAttendee
from ._triggers import WebhookTrigger as T


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
    attendees: tuple[WebhookAttendee, ...]
    video_call_url: str | None


def parse_event(
    raw_body: bytes | bytearray | str | Mapping[str, Any], content_type: str | None = None
) -> WebhookEvent:
    """Decode a webhook delivery into a typed event.

    Accepts the raw body (bytes or str) or an already-decoded JSON object. Verify the signature on
    the raw bytes first (``verify_signature``); this function does not. Pass the request's
    ``Content-Type`` as ``content_type`` when you have it; without it, a body that is not JSON and
    does not start like JSON is taken for a rendered non-JSON template, which Cal.com sends
    form-urlencoded.

    Returns the family class for a known trigger (``BookingEvent``, ``NoShowEvent``, ...), a
    ``TemplateEvent`` for a non-JSON custom template (or the literal ``false`` Cal.com sends when a
    JSON template renders to invalid JSON), and a plain ``WebhookEvent`` for a JSON custom template
    or a trigger this SDK does not know (with an ``UnknownWebhookTriggerWarning``).
    Raises ``WebhookPayloadError`` only for a body that is neither a JSON object nor template text.
    """
    if isinstance(raw_body, Mapping):
        body = dict(raw_body)
    else:
        text = d.as_text(raw_body)
        if d.body_kind(text, content_type) == "form":
            fields: dict[str, Any] = dict(d.form_fields(text))
            return TemplateEvent(trigger=None, created_at=None, payload=fields, raw=fields, text=text)
        if text.strip() == "false":
            # A JSON template whose rendering is not JSON: sendPayload.ts sends
            # JSON.stringify(jsonParse(compiled)), and jsonParse gives false.
            return TemplateEvent(trigger=None, created_at=None, text=text)
        body = d.json_object(text)

    trigger_value = body.get("triggerEvent")
    if not isinstance(trigger_value, str):
        # A custom payloadTemplate replaces the whole body; all we can offer is the data itself.
        return WebhookEvent(trigger=None, created_at=None, payload=body, raw=body)

    trigger = T(trigger_value)
    wrapped = body.get("payload")
    if isinstance(wrapped, Mapping):
        # No copy of a dict: event.raw["payload"] is event.payload.
        payload = wrapped if isinstance(wrapped, dict) else dict(wrapped)
        created_at = c.instant(body, "createdAt")
    else:
        # A flat body ({triggerEvent, ...booking}, scheduleTrigger.ts): its createdAt is the
        # booking's, so it stays in the payload and is not the delivery time.
        payload = {k: v for k, v in body.items() if k != "triggerEvent"}
        created_at = None
    envelope = _Envelope(trigger=trigger, created_at=created_at, payload=payload, raw=body)

    family = _FAMILIES.get(trigger.value)
    if family is not None:
        return family(envelope)
    warnings.warn(
        f"webhook trigger {trigger.value!r} is not one this SDK knows; it parses as a plain "
        "WebhookEvent (payload and raw hold the data)",
        UnknownWebhookTriggerWarning,
        stacklevel=2,
    )
    return WebhookEvent(**envelope)


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
        attendees=tuple(WebhookAttendee.from_json(a) for a in c.objects(p, "attendees")),
        video_call_url=c.text(metadata, "videoCallUrl") or c.text(video, "url"),
    )


def _organizer(p: JsonObject, key: str = "organizer") -> Organizer | None:
    data = c.obj(p, key)
    return Organizer.from_json(data) if data is not None else None


def _status(p: JsonObject) -> BookingStatus | None:
    status = c.text(p, "status")
    return BookingStatus(status) if status else None


def _booking_event(env: _Envelope) -> BookingEvent:
    p = env["payload"]
    return BookingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p)),
        status=_status(p),
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


def _is_flat(env: _Envelope) -> bool:
    return not isinstance(env["raw"].get("payload"), Mapping)


def _meeting_event(env: _Envelope) -> MeetingEvent:
    p = env["payload"]
    return MeetingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p) or _organizer(p, "user")),
        connect_and_join_url=c.text(p, "connectAndJoinUrl"),
        # Only a flat body (no delivery createdAt) carries the booking row's own createdAt.
        booking_created_at=c.instant(p, "createdAt") if _is_flat(env) else None,
        status=_status(p),
        location=c.text(p, "location"),
    )


def _recording_event(env: _Envelope) -> RecordingEvent:
    p = env["payload"]
    links = c.obj(p, "downloadLinks") or {}
    return RecordingEvent(
        **env,
        **_booking_fields(p, organizer=_organizer(p)),
        download_link=c.text(p, "downloadLink"),
        recording_link=c.text(links, "recording"),
        transcription_links=_transcription_links(links),
    )


def _transcription_links(links: JsonObject) -> tuple[TranscriptionLink, ...]:
    # [{format, link}] on the wire (TranscriptionGeneratedDTO in the server's dto/types.ts).
    items = links.get("transcription")
    found = (TranscriptionLink.from_json(item) for item in (items if isinstance(items, list) else [items]))
    return tuple(link for link in found if link is not None)


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
    answers = form_answers(c.obj(p, "responses") or {})
    redirect = c.obj(p, "redirect")
    return FormSubmittedEvent(
        **env,
        form_id=c.text(p, "formId"),
        form_name=c.text(p, "formName"),
        team_id=c.integer(p, "teamId"),
        responses={key: answer.value for key, answer in answers.items()},
        answers=answers,
        response_id=c.integer(p, "responseId"),
        redirect=dict(redirect) if redirect is not None else None,
    )


def _delegation_error_event(env: _Envelope) -> DelegationCredentialErrorEvent:
    # {error: {type, message}, credential: {id, type, appId, delegationCredentialId},
    #  user: {id, email, organizationId}} (DelegationCredentialErrorPayloadType, dto/types.ts).
    p = env["payload"]
    error = c.obj(p, "error") or {}
    credential = c.obj(p, "credential") or {}
    user = c.obj(p, "user") or {}
    return DelegationCredentialErrorEvent(
        **env,
        error_type=c.text(error, "type"),
        error_message=c.text(error, "message"),
        credential_id=c.integer(credential, "id"),
        credential_type=c.text(credential, "type"),
        app_id=c.text(credential, "appId"),
        delegation_credential_id=c.text(credential, "delegationCredentialId"),
        user_id=c.integer(user, "id"),
        user_email=c.text(user, "email"),
        organization_id=c.integer(user, "organizationId"),
    )


def _wrong_assignment_event(env: _Envelope) -> WrongAssignmentReportEvent:
    # {booking: {..., eventType}, report: {reportedBy, firstAssignmentReason, guest, host, ...}}
    # (BookingPayloadBuilder.ts buildWrongAssignmentPayload); the docs' example names the reason
    # routingReason, so both are read.
    p = env["payload"]
    booking = c.obj(p, "booking") or {}
    event_type = c.obj(booking, "eventType") or {}
    report = c.obj(p, "report") or {}
    reported_by = c.obj(report, "reportedBy") or {}
    host = c.obj(report, "host") or {}
    return WrongAssignmentReportEvent(
        **env,
        booking_uid=c.text(booking, "uid"),
        booking_id=c.integer(booking, "id"),
        title=c.text(booking, "title"),
        start_time=c.instant(booking, "startTime"),
        end_time=c.instant(booking, "endTime"),
        status=_status(booking),
        event_type_id=c.integer(event_type, "id"),
        event_type_slug=c.text(event_type, "slug"),
        team_id=c.integer(event_type, "teamId"),
        reported_by_id=c.integer(reported_by, "id"),
        reported_by_email=c.text(reported_by, "email"),
        routing_reason=c.text(report, "firstAssignmentReason") or c.text(report, "routingReason"),
        guest=c.text(report, "guest"),
        host_email=c.text(host, "email"),
        host_name=c.text(host, "name"),
        correct_assignee=c.text(report, "correctAssignee"),
        additional_notes=c.text(report, "additionalNotes"),
    )


_Family = Callable[[_Envelope], WebhookEvent]

_GROUPS: Final[tuple[tuple[_Family, tuple[str, ...]], ...]] = (
    (_booking_event, ("BOOKING_CREATED", "BOOKING_REQUESTED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED",
                      "BOOKING_REJECTED", "BOOKING_PAYMENT_INITIATED", "BOOKING_PAID")),
    (_no_show_event, ("BOOKING_NO_SHOW_UPDATED", "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
                      "AFTER_GUESTS_CAL_VIDEO_NO_SHOW")),
    (_meeting_event, ("MEETING_STARTED", "MEETING_ENDED", "INSTANT_MEETING")),
    (_recording_event, ("RECORDING_READY", "RECORDING_TRANSCRIPTION_GENERATED")),
    (_form_event, ("FORM_SUBMITTED", "FORM_SUBMITTED_NO_EVENT")),
    (_ooo_event, ("OOO_CREATED",)),
    # Newer than the 18 subscribable triggers this SDK lists, but with known shapes.
    (_delegation_error_event, ("DELEGATION_CREDENTIAL_ERROR",)),
    (_wrong_assignment_event, ("WRONG_ASSIGNMENT_REPORT",)),
)  # fmt: skip

_FAMILIES: Final[dict[str, _Family]] = {
    trigger: family for family, triggers in _GROUPS for trigger in triggers
}
