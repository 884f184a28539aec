"""Decoding a webhook body into the event class for its trigger.

Only a body that is neither a JSON object nor template text is an error. Everything after that is
best effort: an unknown trigger or an odd field yields a less specific event or a ``None`` field,
never an exception, because a receiver that fails here loses the delivery.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any, Final

from .._errors import UnknownWebhookTriggerWarning
from . import _decode as d
from ._events import (
    BookingEvent,
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
from ._tolerant import INSTANT
from ._triggers import WebhookTrigger


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
            return TemplateEvent._received(fields, raw=fields, text=text)
        if text.strip() == "false":
            # A JSON template whose rendering is not JSON: sendPayload.ts sends
            # JSON.stringify(jsonParse(compiled)), and jsonParse gives false.
            return TemplateEvent._received({}, text=text)
        body = d.json_object(text)

    trigger_value = body.get("triggerEvent")
    if not isinstance(trigger_value, str):
        # A custom payloadTemplate replaces the whole body; all we can offer is the data itself.
        return WebhookEvent._received(body, raw=body)

    trigger = WebhookTrigger(trigger_value)
    wrapped = body.get("payload")
    if isinstance(wrapped, Mapping):
        # No copy of a dict: event.raw["payload"] is event.payload.
        payload = wrapped if isinstance(wrapped, dict) else dict(wrapped)
        created_at = INSTANT(body.get("createdAt"))
    else:
        # A flat body ({triggerEvent, ...booking}, scheduleTrigger.ts): its createdAt is the
        # booking's, so it stays in the payload and is not the delivery time.
        payload = {k: v for k, v in body.items() if k != "triggerEvent"}
        created_at = None

    family = _FAMILIES.get(trigger.value)
    if family is None:
        warnings.warn(
            f"webhook trigger {trigger.value!r} is not one this SDK knows; it parses as a plain "
            "WebhookEvent (payload and raw hold the data)",
            UnknownWebhookTriggerWarning,
            stacklevel=2,
        )
        family = WebhookEvent
    return family._received(payload, trigger=trigger, created_at=created_at, raw=body)


_GROUPS: Final[tuple[tuple[type[WebhookEvent], tuple[str, ...]], ...]] = (
    (BookingEvent, ("BOOKING_CREATED", "BOOKING_REQUESTED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED",
                    "BOOKING_REJECTED", "BOOKING_PAYMENT_INITIATED", "BOOKING_PAID")),
    (NoShowEvent, ("BOOKING_NO_SHOW_UPDATED", "AFTER_HOSTS_CAL_VIDEO_NO_SHOW",
                   "AFTER_GUESTS_CAL_VIDEO_NO_SHOW")),
    (MeetingEvent, ("MEETING_STARTED", "MEETING_ENDED", "INSTANT_MEETING")),
    (RecordingEvent, ("RECORDING_READY", "RECORDING_TRANSCRIPTION_GENERATED")),
    (FormSubmittedEvent, ("FORM_SUBMITTED", "FORM_SUBMITTED_NO_EVENT")),
    (OutOfOfficeEvent, ("OOO_CREATED",)),
    # Newer than the 18 subscribable triggers this SDK lists, but with known shapes.
    (DelegationCredentialErrorEvent, ("DELEGATION_CREDENTIAL_ERROR",)),
    (WrongAssignmentReportEvent, ("WRONG_ASSIGNMENT_REPORT",)),
)  # fmt: skip

_FAMILIES: Final[dict[str, type[WebhookEvent]]] = {
    trigger: family for family, triggers in _GROUPS for trigger in triggers
}
