"""An in-process fake of the Cal.com API v2 for tests: ``FakeCal().app`` is an ASGI app.

    fake = FakeCal()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test")

Pytest users can enable the fixtures with ``pytest_plugins = ["cal_async.testing.pytest_plugin"]``.
"""

from .fake import FakeCal
from .faults import Fault, RateLimiter
from .records import (
    ApiKey,
    Attendee,
    Availability,
    Booking,
    Delivery,
    EventType,
    Override,
    Reservation,
    Schedule,
    User,
    Webhook,
)
from .webhooks import SIGNATURE_HEADER, TRIGGERS, sign

__all__ = [
    "SIGNATURE_HEADER",
    "TRIGGERS",
    "ApiKey",
    "Attendee",
    "Availability",
    "Booking",
    "Delivery",
    "EventType",
    "FakeCal",
    "Fault",
    "Override",
    "RateLimiter",
    "Reservation",
    "Schedule",
    "User",
    "Webhook",
    "sign",
]
