"""A webhook delivery's identity, for handling it once (``webhook_router(..., once=claims)``).

Cal.com sends no delivery id and no timestamp header. Two deliveries are the same delivery when
they carry the same trigger, about the same subject (the booking's uid, the form, the out-of-office
entry), with the same payload: its own fields, timestamps included (``startTime``, ``endTime``,
the reschedule's, a meeting body's booking ``createdAt``). The body's ``createdAt`` is left out:
it says when the delivery was made, so a delivery sent again for the same change still matches.
A body from a custom template has no known fields: its whole text identifies it.

The key is ``<trigger>:<subject>:<sha256 of the canonical payload JSON>``: readable in Redis, of
bounded length whatever the payload.
"""

from __future__ import annotations

import hashlib

import orjson

from ._events import (
    BookingEvent,
    FormSubmittedEvent,
    MeetingEvent,
    NoShowEvent,
    OutOfOfficeEvent,
    RecordingEvent,
    TemplateEvent,
    WebhookEvent,
    WrongAssignmentReportEvent,
)

__all__ = ["delivery_key"]


def _subject(event: WebhookEvent) -> str | None:
    if isinstance(event, BookingEvent | MeetingEvent | RecordingEvent):
        return event.uid
    if isinstance(event, NoShowEvent | WrongAssignmentReportEvent):
        return event.booking_uid
    if isinstance(event, FormSubmittedEvent):
        return event.form_id
    if isinstance(event, OutOfOfficeEvent):
        return event.entry_uuid
    return None


def delivery_key(event: WebhookEvent) -> str:
    """The identity of the delivery ``event`` came from (see the module's docstring)."""
    if isinstance(event, TemplateEvent):
        material = event.text.encode()
    elif event.trigger is None:
        material = orjson.dumps(event.raw, option=orjson.OPT_SORT_KEYS, default=str)
    else:
        material = orjson.dumps(event.payload, option=orjson.OPT_SORT_KEYS, default=str)
    trigger = event.trigger.value if event.trigger is not None else "custom"
    return f"{trigger}:{_subject(event) or '-'}:{hashlib.sha256(material).hexdigest()}"
