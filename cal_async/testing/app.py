"""The ASGI application: request parsing, faults, routing by path and ``cal-api-version``, auth,
throttling, and the headers every response carries."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

import anyio

from . import (
    bookings,
    calendars,
    cursor_bookings,
    event_types,
    legacy_bookings,
    orgs,
    reservations,
    schedules,
    slots,
    users,
    webhooks,
)
from .clock import iso_ms
from .errors import NO_AUTH, NO_AUTH_PERMISSIONS, HttpError
from .faults import tracker, truncate
from .oauth2 import INVALID_ACCESS_TOKEN, OAuthProvider
from .records import StoredApiKey, StoredUser
from .routing import Auth, Ctx, Handler, Request, Response, Route, Router, dump

if TYPE_CHECKING:
    from .fake import FakeCal

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

V_BOOKINGS, V_SLOTS, V_EVENT_TYPES, V_SCHEDULES = "2024-08-13", "2024-09-04", "2024-06-14", "2024-06-11"


def _host_only(method: str, template: str, handler: Handler, version: str) -> Route:
    """Bookings and event-types routes: a permissions guard runs first, so no credentials is a 403."""
    return Route(method, template, handler, version, no_auth_status=403)


def _team_routes(team: str, list_event_types_auth: Auth = "required") -> list[Route]:
    """One team's routes, the same under ``/v2/teams`` and under an organization's teams."""
    return [
        Route("GET", team, orgs.get_team),
        Route("GET", f"{team}/memberships", orgs.list_team_memberships),
        Route("POST", f"{team}/memberships", orgs.create_team_membership),
        Route("GET", f"{team}/event-types", orgs.list_team_event_types, auth=list_event_types_auth),
        Route("POST", f"{team}/event-types", orgs.create_team_event_type),
        Route("GET", f"{team}/event-types/{{eventTypeId}}", orgs.get_team_event_type),
    ]


def _public(method: str, template: str, handler: Handler, version: str) -> Route:
    """Open to bookers (who are not Cal.com users); a key, when sent, identifies the caller."""
    return Route(method, template, handler, version, auth="optional")


ROUTES = [
    Route("GET", "/v2/me", users.get_me),
    Route("PATCH", "/v2/me", users.update_me),
    _host_only("POST", "/v2/event-types", event_types.create_event_type, V_EVENT_TYPES),
    _public("GET", "/v2/event-types", event_types.list_event_types, V_EVENT_TYPES),
    _host_only("GET", "/v2/event-types/{eventTypeId}", event_types.get_event_type, V_EVENT_TYPES),
    _host_only("PATCH", "/v2/event-types/{eventTypeId}", event_types.update_event_type, V_EVENT_TYPES),
    _host_only("DELETE", "/v2/event-types/{eventTypeId}", event_types.delete_event_type, V_EVENT_TYPES),
    Route("POST", "/v2/schedules", schedules.create_schedule, V_SCHEDULES),
    Route("GET", "/v2/schedules", schedules.list_schedules, V_SCHEDULES),
    Route("GET", "/v2/schedules/default", schedules.get_default_schedule, V_SCHEDULES),
    Route("GET", "/v2/schedules/{scheduleId}", schedules.get_schedule, V_SCHEDULES),
    Route("PATCH", "/v2/schedules/{scheduleId}", schedules.update_schedule, V_SCHEDULES),
    Route("DELETE", "/v2/schedules/{scheduleId}", schedules.delete_schedule, V_SCHEDULES),
    _public("GET", "/v2/slots", slots.get_slots, V_SLOTS),
    _public("POST", "/v2/slots/reservations", reservations.reserve, V_SLOTS),
    _public("GET", "/v2/slots/reservations/{uid}", reservations.get_reservation, V_SLOTS),
    _public("PATCH", "/v2/slots/reservations/{uid}", reservations.update_reservation, V_SLOTS),
    _public("DELETE", "/v2/slots/reservations/{uid}", reservations.delete_reservation, V_SLOTS),
    # Booking, reading one, cancelling and rescheduling are open to the attendee; listing is not.
    _public("POST", "/v2/bookings", bookings.create_booking, V_BOOKINGS),
    _host_only("GET", "/v2/bookings", bookings.list_bookings, V_BOOKINGS),
    _public("GET", "/v2/bookings/{bookingUid}", bookings.get_booking, V_BOOKINGS),
    _public("POST", "/v2/bookings/{bookingUid}/cancel", bookings.cancel_booking, V_BOOKINGS),
    _public("POST", "/v2/bookings/{bookingUid}/reschedule", bookings.reschedule_booking, V_BOOKINGS),
    _host_only("POST", "/v2/bookings/{bookingUid}/confirm", bookings.confirm_booking, V_BOOKINGS),
    _host_only("POST", "/v2/bookings/{bookingUid}/decline", bookings.decline_booking, V_BOOKINGS),
    Route("GET", "/v2/calendars", calendars.connected_calendars),
    Route("GET", "/v2/calendars/busy-times", calendars.busy_times),
    Route("GET", "/v2/organizations/{orgId}/memberships", orgs.list_org_memberships),
    Route("GET", "/v2/organizations/{orgId}/teams", orgs.list_teams),
    Route("POST", "/v2/organizations/{orgId}/teams", orgs.create_team),
    *_team_routes("/v2/organizations/{orgId}/teams/{teamId}"),
    Route("GET", "/v2/organizations/{orgId}/teams/{teamId}/bookings", orgs.list_team_bookings),
    Route("GET", "/v2/teams", orgs.list_my_teams),
    # GET /v2/teams/{teamId}/event-types is public (no guard); the organization route is not.
    *_team_routes("/v2/teams/{teamId}", list_event_types_auth="optional"),
    Route("POST", "/v2/webhooks", webhooks.create_webhook),
    Route("GET", "/v2/webhooks", webhooks.list_webhooks),
    Route("GET", "/v2/webhooks/{webhookId}", webhooks.get_webhook),
    Route("PATCH", "/v2/webhooks/{webhookId}", webhooks.update_webhook),
    Route("DELETE", "/v2/webhooks/{webhookId}", webhooks.delete_webhook),
]

# Under a missing or unknown cal-api-version the server routes to its 2024-04-15 controllers. For
# slots there is none (a 404); bookings get the old controller (legacy_bookings.py); the old
# event-types/schedules controllers answer with other shapes, which the fake does not emulate: it
# says so plainly instead of guessing.
LEGACY_NOTE = (
    "cal-api-version {got!r} routes to the 2024-04-15 controller, which this fake does not emulate; "
    "send cal-api-version: {want}"
)


class FakeApp:
    """ASGI callable for one ``FakeCal``; all state lives on that instance."""

    def __init__(self, fake: FakeCal) -> None:
        self.fake = fake
        self.router = Router(ROUTES)
        self.legacy_router = Router(legacy_bookings.ROUTES)
        self.newer_router = Router(cursor_bookings.ROUTES)
        self.oauth = OAuthProvider(fake)  # third-party apps: authorize, token, scopes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        request = await self._read(scope, receive)
        response = await self.handle(request)
        headers = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in response.headers.items()]
        headers.append((b"content-type", response.content_type.encode()))
        headers.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": headers})
        await send({"type": "http.response.body", "body": response.body})

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.fake.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    @staticmethod
    async def _read(scope: Scope, receive: Receive) -> Request:
        chunks: list[bytes] = []
        while True:
            message = await receive()
            chunks.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        client = scope.get("client") or ("127.0.0.1", 0)
        return Request(
            method=scope["method"].upper(),
            path=scope["path"],
            query=parse_qs(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True),
            headers=headers,
            body=b"".join(chunks),
            client=str(client[0]),
        )

    async def handle(self, request: Request) -> Response:
        fake = self.fake
        extra_headers = {"X-Request-Id": str(uuid.uuid4())}
        timestamp = iso_ms(fake.clock.now())
        fault = next((f for f in fake.faults if f.matches(request)), None)
        if fault is not None:
            fault.hits += 1
            if fault.delay:
                await anyio.sleep(fault.delay)
            canned = fault.canned(request, timestamp)
            if canned is not None:
                canned.headers.update(extra_headers)
                return canned
        try:
            response = await self._dispatch(request, extra_headers)
        except HttpError as error:
            response = Response(error.status, dump(error.render(request.path, timestamp)))
        except Exception as exc:  # what Nest answers for anything unhandled
            # Kept for the test author: a bug in the fake should be findable, not just a 500.
            fake.errors.append(exc)
            response = Response(500, dump({"statusCode": 500, "message": "Internal server error"}))
        response.headers.update(extra_headers)
        if fault is not None and fault.kind == "truncated":
            response = truncate(response)
        return response

    async def _dispatch(self, request: Request, extra_headers: dict[str, str]) -> Response:
        fake = self.fake
        oauth_answer = await self.oauth.endpoint(request)
        if oauth_answer is not None:
            return oauth_answer
        matched = self.router.match(request.method, request.path)
        if matched is None:
            raise HttpError(404, f"Cannot {request.method} {request.path}")
        route, params = matched
        if route.version is not None and request.api_version != route.version:
            route, params = self._other_version(request, route)
        # The throttler is a global guard: it runs before the route's auth guards (so their errors
        # carry its headers), and it refuses an unknown API key itself.
        if fake.rate_limiter is not None:
            self._api_key(request)
            kind, caller = tracker(request.headers, request.client)
            headers, throttled = fake.rate_limiter.hit(caller, fake.clock.timestamp(), kind)
            extra_headers.update(headers)
            if throttled is not None:
                raise throttled
        user = self._authenticate(request)
        self.oauth.enforce(request, route)
        if user is None and route.auth == "required":
            if route.no_auth_status == 403:
                raise HttpError(403, NO_AUTH_PERMISSIONS)
            raise HttpError(401, NO_AUTH)
        ctx = Ctx(request, params, fake.state, fake.clock, user, fake.dispatcher.emit)
        return await route.handler(ctx)

    def _other_version(self, request: Request, route: Route) -> tuple[Route, dict[str, str]]:
        """The controller another ``cal-api-version`` reaches: the 2026-05-01 bookings list (paged
        by cursor) when asked for it; else the 2024-04-15 bookings controller for booking routes,
        nothing for slots (Nest's 404); the old event-types and schedules controllers are not
        emulated (a 400 that says so)."""
        cannot = HttpError(404, f"Cannot {request.method} {request.path}")
        if request.headers.get("cal-api-version") == cursor_bookings.VERSION:
            newer = self.newer_router.match(request.method, request.path)
            if newer is not None:  # the cursor-paged bookings list (cursor_bookings.py)
                return newer
        if route.version == V_BOOKINGS:
            legacy = self.legacy_router.match(request.method, request.path)
            if legacy is None or request.api_version not in legacy_bookings.VERSIONS:
                raise cannot
            return legacy
        if route.version == V_SLOTS:
            raise cannot
        got = request.headers.get("cal-api-version")
        raise HttpError(400, LEGACY_NOTE.format(got=got, want=route.version))

    def _authenticate(self, request: Request) -> StoredUser | None:
        """ApiAuthStrategy and CustomThrottlerGuard (apps/api/v2/src/modules/auth/strategies/
        api-auth/api-auth.strategy.ts, apps/api/v2/src/lib/throttler/throttler-guard.ts): the token
        is the Authorization header with "Bearer " removed, so another scheme ("Basic ...") is taken
        whole as an access token, which no lookup finds: 401 Invalid Access Token."""
        token = _bearer(request)
        if not token:
            return None
        key = self._api_key(request)
        if key is not None:
            if token in self.fake.expired_tokens:  # found by the throttler, refused by the strategy
                raise HttpError(401, "Your api key is expired")
            return self.fake.state.users[key.user_id]
        oauth_user = self.oauth.user_id(token)
        if oauth_user is not None:
            return self.fake.state.users[oauth_user]
        if token in self.fake.expired_tokens:
            raise HttpError(498, "ACCESS_TOKEN_IS_EXPIRED", code="TokenExpiredException")
        raise HttpError(401, INVALID_ACCESS_TOKEN)

    def _api_key(self, request: Request) -> StoredApiKey | None:
        """The API key the request carries (None for another credential); an unknown one is the
        throttler's 401 (getRateLimitsForApiKeyTracker)."""
        token = _bearer(request)
        if not token.startswith("cal_"):
            return None
        key = self.fake.state.api_keys.get(token)
        if key is None or key.user_id not in self.fake.state.users:
            raise HttpError(401, "CustomThrottlerGuard - Invalid API Key")
        return key


def _bearer(request: Request) -> str:
    """The token as the server reads it: the header with "Bearer " removed (another scheme stays)."""
    return request.headers.get("authorization", "").replace("Bearer ", "", 1)
