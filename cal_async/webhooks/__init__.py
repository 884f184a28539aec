"""Receiving Cal.com webhooks: signature verification and typed events.

``verify_signature`` checks ``X-Cal-Signature-256`` on the raw body, ``parse_event`` turns the body
into a typed event. The FastAPI integration lives in ``cal_async.webhooks.fastapi`` so this package
never imports FastAPI (an optional dependency).
"""

from __future__ import annotations

from .._errors import (
    UnknownWebhookTriggerWarning,
    WebhookError,
    WebhookPayloadError,
    WebhookSignatureError,
)
from ._dedup import delivery_key
from ._details import FormAnswer, FormOption, TranscriptionLink
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
from ._parse import parse_event
from ._people import NoShowAttendee, Organizer, OutOfOfficeUser, WebhookAttendee
from ._signature import NO_SECRET_PROVIDED, SIGNATURE_HEADER, sign, verify_signature
from ._triggers import WEBHOOK_TRIGGERS, WebhookTrigger

__all__ = [
    "NO_SECRET_PROVIDED",
    "SIGNATURE_HEADER",
    "WEBHOOK_TRIGGERS",
    "BookingEvent",
    "BookingStatus",
    "DelegationCredentialErrorEvent",
    "FormAnswer",
    "FormOption",
    "FormSubmittedEvent",
    "MeetingEvent",
    "NoShowAttendee",
    "NoShowEvent",
    "Organizer",
    "OutOfOfficeEvent",
    "OutOfOfficeUser",
    "RecordingEvent",
    "TemplateEvent",
    "TranscriptionLink",
    "UnknownWebhookTriggerWarning",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "WebhookAttendee",
    "WebhookTrigger",
    "WrongAssignmentReportEvent",
    "delivery_key",
    "parse_event",
    "sign",
    "verify_signature",
]
