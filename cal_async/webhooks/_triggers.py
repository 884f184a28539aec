"""The webhook triggers the Cal.com server accepts.

The API document's example also lists BOOKING_CONFIRMED, BOOKING_COMPLETED, BOOKING_NO_SHOW and
BOOKING_REOPENED; the server rejects those, so they are deliberately absent here.
"""

from __future__ import annotations

from typing import Final

from .._models import OpenStrEnum


class WebhookTrigger(OpenStrEnum):
    """A webhook trigger. Open: a trigger added server-side later parses with ``is_known == False``."""

    BOOKING_CREATED = "BOOKING_CREATED"
    BOOKING_PAYMENT_INITIATED = "BOOKING_PAYMENT_INITIATED"
    BOOKING_PAID = "BOOKING_PAID"
    BOOKING_RESCHEDULED = "BOOKING_RESCHEDULED"
    BOOKING_REQUESTED = "BOOKING_REQUESTED"
    BOOKING_CANCELLED = "BOOKING_CANCELLED"
    BOOKING_REJECTED = "BOOKING_REJECTED"
    BOOKING_NO_SHOW_UPDATED = "BOOKING_NO_SHOW_UPDATED"
    FORM_SUBMITTED = "FORM_SUBMITTED"
    MEETING_ENDED = "MEETING_ENDED"
    MEETING_STARTED = "MEETING_STARTED"
    RECORDING_READY = "RECORDING_READY"
    INSTANT_MEETING = "INSTANT_MEETING"
    RECORDING_TRANSCRIPTION_GENERATED = "RECORDING_TRANSCRIPTION_GENERATED"
    OOO_CREATED = "OOO_CREATED"
    AFTER_HOSTS_CAL_VIDEO_NO_SHOW = "AFTER_HOSTS_CAL_VIDEO_NO_SHOW"
    AFTER_GUESTS_CAL_VIDEO_NO_SHOW = "AFTER_GUESTS_CAL_VIDEO_NO_SHOW"
    FORM_SUBMITTED_NO_EVENT = "FORM_SUBMITTED_NO_EVENT"


#: The 18 triggers a webhook can subscribe to. Members are ``str``, so ``"BOOKING_CREATED" in
#: WEBHOOK_TRIGGERS`` works for validating plain strings before creating a webhook.
WEBHOOK_TRIGGERS: Final[frozenset[WebhookTrigger]] = frozenset(WebhookTrigger)
