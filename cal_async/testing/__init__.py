"""An in-process fake of the Cal.com API v2 for tests: ``FakeCal().app`` is an ASGI app.

    fake = FakeCal()
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test")

Pytest users can enable the fixtures with ``pytest_plugins = ["cal_async.testing.pytest_plugin"]``.

Emulated: ``/v2/me``, event types (2024-06-14), schedules (2024-06-11), slots and reservations
(2024-09-04), bookings (2024-08-13: create, list, get, cancel, reschedule, confirm, decline; the
hidden 2024-04-15 controller a missing or older ``cal-api-version`` reaches; the 2026-05-01 list,
paged by cursor; a create losing a race, ``lose_booking_races``), user webhooks,
organizations, teams, memberships, COLLECTIVE and ROUND_ROBIN team event types and their bookings,
seated event types, connected calendars and busy times; with the server's error shapes, auth and
permission errors, version routing, rate limits (on by default, with Cal.com's limits) and
deliveries (lost or duplicated on demand: ``inject_delivery_faults``), and OAuth 2.0 for
third-party apps (authorize with auto-consent, the token endpoint with PKCE, expiry and rotation,
scopes enforced on routes). Not emulated: recurring and managed event
types, platform OAuth clients and managed users (only ``expire_token`` for 498), the 2024-04-15
event-types and schedules controllers (a wrong version there is a 400 saying so; on slots it is
the real 404), and every other endpoint (404 ``Cannot METHOD path``).

Outside pytest, in one call: ``async with FakeCal().client() as cal: ...`` (in-process), or
``async with serve(FakeCal()) as url: ...`` for real HTTP on localhost.
"""

from cal_async.webhooks import SIGNATURE_HEADER, sign

from .errors import HttpError
from .fake import FakeCal
from .faults import Fault, RateLimiter
from .records import (
    StoredApiKey,
    StoredAttendee,
    StoredAvailability,
    StoredBooking,
    StoredCalendar,
    StoredDelivery,
    StoredEventType,
    StoredMembership,
    StoredOrganization,
    StoredOverride,
    StoredReservation,
    StoredSchedule,
    StoredTeam,
    StoredTeamHost,
    StoredUser,
    StoredWebhook,
)
from .routing import Request, Response
from .serve import serve
from .webhooks import TRIGGERS, DeliveryFaults

__all__ = [
    "SIGNATURE_HEADER",
    "TRIGGERS",
    "DeliveryFaults",
    "FakeCal",
    "Fault",
    "HttpError",
    "RateLimiter",
    "Request",
    "Response",
    "StoredApiKey",
    "StoredAttendee",
    "StoredAvailability",
    "StoredBooking",
    "StoredCalendar",
    "StoredDelivery",
    "StoredEventType",
    "StoredMembership",
    "StoredOrganization",
    "StoredOverride",
    "StoredReservation",
    "StoredSchedule",
    "StoredTeam",
    "StoredTeamHost",
    "StoredUser",
    "StoredWebhook",
    "serve",
    "sign",
]
