"""An in-process fake of the Cal.com API v2 for tests: ``FakeCal().app`` is an ASGI app.

    fake = FakeCal()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test")

Pytest users can enable the fixtures with ``pytest_plugins = ["cal_async.testing.pytest_plugin"]``.

Emulated: ``/v2/me``, event types (2024-06-14), schedules (2024-06-11), slots and reservations
(2024-09-04), bookings (2024-08-13: create, list, get, cancel, reschedule, confirm, decline) and user
webhooks, with the server's error shapes, auth errors, version routing, rate limits and deliveries.
Not emulated: teams and organizations, seated and recurring event types, OAuth clients and managed
users (only ``expire_token`` for 498), the 2024-04-15 controllers (a wrong version on those routes is
a 400 saying so; on slots it is the real 404), and every other endpoint (404 ``Cannot METHOD path``).
"""

from cal_async.webhooks import SIGNATURE_HEADER, sign

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
from .webhooks import TRIGGERS

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
