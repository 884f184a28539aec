"""A Cal.com look-alike under stress: a raw HTTP/1.1 server on 127.0.0.1 with fault injection.

It speaks HTTP itself (asyncio streams, keep-alive, Content-Length bodies) so that it can do what
a well-behaved ASGI app cannot: reset a connection, cut a body short, answer after the client gave
up. It runs its own event loop in a background thread and is bounded: it stops by itself after
``lifetime`` seconds, and answers 503 + closes once it has served ``max_requests``.

Routes (``cal-api-version`` is not checked; auth is ``Bearer cal_...`` or a managed-user token):

* ``GET /v2/bookings/{uid}``, ``GET /v2/bookings?take=&skip=``, ``GET /v2/me``;
* ``POST /v2/bookings``: creates a booking keyed by ``attendee.email`` (the client's idempotency
  marker) and counts every creation per email, so a booking created twice shows;
* ``POST /v2/oauth/{clientId}/refresh``: rotates the managed user's tokens.

Stress behaviours, decided per request by a seeded RNG (counted in ``stats``):

* rate limit: ``limit`` requests per ``window`` seconds, then every request is blocked for
  ``block_period`` seconds with 429 ``ThrottlerException`` and ``X-RateLimit-*-Default`` headers
  (``Reset`` is seconds from now, as Cal.com sends; no ``Retry-After``); plus injected 429s that
  start a block early. Every response carries the three headers.
* 500 (bare JSON), 502 (an HTML proxy page), 503 (the error envelope);
* reset: the connection is dropped (RST) instead of an answer;
* slow: the answer comes after ``slow_delay`` seconds (longer than the client's read timeout);
* trickle: the body comes a byte at a time over ``trickle_seconds`` (each read is quick, the
  whole body is slower than the call's deadline, which must cut it off);
* truncated: a 2xx whose JSON is cut in half (complete HTTP), or a body cut mid-way with the
  connection closed (incomplete HTTP);
* 498 ``TokenExpiredException``: the managed user's current access token expires at random.

For ``POST /v2/bookings`` some failures happen *after* the booking was created (500, reset, slow,
truncated, trickle), as a proxy or a dropped connection would: a client that retried those would create
the booking twice.
"""

from __future__ import annotations

import asyncio
import collections
import json
import random
import time
import uuid
from typing import Any

import attrs

from .raw_http import RawHTTPServer, Request, ResetConnection

#: Lines for the end-of-session report (``conftest.pytest_terminal_summary``).
SUMMARY: list[str] = []
CLIENT_ID = "soak-client"
SECRET_KEY = "soak-secret"
_HTML = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
    "</center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n"
)


@attrs.define
class FaultRates:
    """Probability of each fault per request (reads and creates are drawn separately)."""

    rate_limit: float = 0.01
    error_500: float = 0.03
    error_502_html: float = 0.02
    error_503: float = 0.02
    reset: float = 0.02
    slow: float = 0.015
    truncated_json: float = 0.01
    truncated_body: float = 0.01
    trickle: float = 0.01  # the body comes a byte at a time, over ``trickle_seconds``
    token_expiry: float = 0.005  # managed-user requests only


def booking_json(uid: str, email: str, index: int = 0) -> dict[str, Any]:
    return {
        "id": index + 1,
        "uid": uid,
        "title": "30 min between Soak Host and Soak Attendee",
        "description": None,
        "hosts": [
            {"id": 7, "name": "Soak Host", "email": "host@example.com", "username": "host", "timeZone": "UTC"}
        ],
        "status": "accepted",
        "start": "2030-01-07T09:00:00.000Z",
        "end": "2030-01-07T09:30:00.000Z",
        "duration": 30,
        "eventTypeId": 42,
        "eventType": {"id": 42, "slug": "30min"},
        "location": None,
        "absentHost": False,
        "createdAt": "2030-01-01T00:00:00.000Z",
        "updatedAt": None,
        "attendees": [{"name": "Soak Attendee", "email": email, "timeZone": "UTC", "absent": False}],
        "bookingFieldsResponses": {"email": email},
    }


ME = {
    "id": 7,
    "username": "host",
    "email": "host@example.com",
    "timeFormat": 24,
    "defaultScheduleId": 1,
    "weekStart": "Monday",
    "timeZone": "UTC",
    "organizationId": None,
}


class StressServer(RawHTTPServer):
    """``with StressServer(seed=1) as server: ... server.base_url ... server.stats``."""

    def __init__(
        self,
        *,
        seed: int = 0,
        rates: FaultRates | None = None,
        limit: int = 400,
        window: float = 0.5,
        block_period: float = 0.15,
        slow_delay: float = 0.5,
        trickle_seconds: float = 6.0,
        total_bookings: int = 250,
        max_requests: int = 30_000,
        lifetime: float = 120.0,
    ) -> None:
        super().__init__(lifetime=lifetime)
        self.rates = rates or FaultRates()
        self._rng = random.Random(seed)
        self.limit, self.window, self.block_period = limit, window, block_period
        self.slow_delay = slow_delay
        self.trickle_seconds = trickle_seconds
        self.total_bookings = total_bookings
        self.max_requests = max_requests
        # Counters, written only by the server's loop thread.
        self.created: collections.Counter[str] = collections.Counter()  # attendee email -> creations
        # Rate limiting and tokens.
        self._window_start = 0.0
        self._window_count = 0
        self._blocked_until = 0.0
        self._token_version = 0
        self.access_token = "mu-access-0"
        self.refresh_token = "mu-refresh-0"

    # -- responses ----------------------------------------------------------------------------

    def _rate_headers(self, now: float) -> dict[str, str]:
        if now < self._blocked_until:
            remaining, reset = 0, self._blocked_until - now
        else:
            remaining = max(0, self.limit - self._window_count)
            reset = max(0.0, self._window_start + self.window - now)
        return {
            "X-RateLimit-Limit-Default": str(self.limit),
            "X-RateLimit-Remaining-Default": str(remaining),
            "X-RateLimit-Reset-Default": f"{reset:.3f}",
        }

    async def _send(
        self,
        writer: asyncio.StreamWriter,
        status: int,
        body: bytes,
        *,
        content_type: str = "application/json",
        declared_length: int | None = None,
        close: bool = False,
        trickle: float = 0.0,
    ) -> bool:
        headers = {
            "Content-Type": content_type,
            "X-Request-Id": str(uuid.UUID(int=self._rng.getrandbits(128))),
            **self._rate_headers(time.monotonic()),
        }
        return await self.respond(
            writer, status, body, headers, declared_length=declared_length, close=close, trickle=trickle
        )

    @staticmethod
    def _json(value: Any) -> bytes:
        return json.dumps(value, separators=(",", ":")).encode()

    def _envelope_error(self, status: int, code: str, message: str, path: str) -> bytes:
        return self._json(
            {
                "status": "error",
                "timestamp": "2030-01-01T00:00:00.000Z",
                "path": path,
                "error": {"code": code, "message": message, "details": message},
            }
        )

    def _draw(self) -> str | None:
        """One fault for this request, or None."""
        r = self.rates
        roll = self._rng.random()
        for name, p in (
            ("rate_limit", r.rate_limit),
            ("error_500", r.error_500),
            ("error_502_html", r.error_502_html),
            ("error_503", r.error_503),
            ("reset", r.reset),
            ("slow", r.slow),
            ("truncated_json", r.truncated_json),
            ("truncated_body", r.truncated_body),
            ("trickle", r.trickle),
        ):
            if roll < p:
                return name
            roll -= p
        return None

    def _count_rate(self, now: float) -> bool:
        """Count one request; True when it must be answered 429."""
        if now < self._blocked_until:
            return True
        if now - self._window_start >= self.window:
            self._window_start, self._window_count = now, 0
        self._window_count += 1
        if self._window_count > self.limit:
            self._blocked_until = now + self.block_period
            self.stats["rate limit: window exceeded"] += 1
            return True
        return False

    async def _serve(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        self.stats["requests"] += 1
        if self.stats["requests"] > self.max_requests:
            self.stats["over max_requests"] += 1
            return await self._send(
                writer, 503, b'{"message":"soak server request budget used up"}', close=True
            )
        path = request.path
        if request.method == "POST" and path == f"/v2/oauth/{CLIENT_ID}/refresh":
            return await self._refresh(request, writer)
        now = time.monotonic()
        fault = self._draw()
        if self._count_rate(now) or fault == "rate_limit":
            if fault == "rate_limit" and now >= self._blocked_until:
                self._blocked_until = now + self.block_period
                self.stats["rate limit: injected"] += 1
            self.stats["fault 429"] += 1
            body = self._envelope_error(
                429, "ThrottlerException", "ThrottlerException: Too Many Requests", path
            )
            return await self._send(writer, 429, body)
        auth = request.headers.get("authorization", "")
        token = auth.removeprefix("Bearer ")
        if not auth.startswith("Bearer ") or not token:
            return await self._send(
                writer, 401, self._envelope_error(401, "UnauthorizedException", "no", path)
            )
        if not token.startswith("cal_"):
            if token == self.access_token and self._rng.random() < self.rates.token_expiry:
                self._token_version += 1  # the current token expires now; a refresh issues another
                self.access_token = f"mu-access-expired-{self._token_version}"
                self.stats["token expired"] += 1
            if token != self.access_token:
                self.stats["fault 498"] += 1
                body = self._envelope_error(498, "TokenExpiredException", "ACCESS_TOKEN_IS_EXPIRED", path)
                return await self._send(writer, 498, body)
        if request.method == "POST" and path == "/v2/bookings":
            return await self._create(request, writer, fault)
        if request.method != "GET":
            return await self._send(writer, 404, self._envelope_error(404, "NotFoundException", "no", path))
        if path == "/v2/me":
            payload: Any = {"status": "success", "data": ME}
        elif path == "/v2/bookings":
            take = int(request.query.get("take", ["100"])[0])
            skip = int(request.query.get("skip", ["0"])[0])
            end = min(self.total_bookings, skip + take)
            items = [booking_json(f"bk-{i:06d}", f"seed{i}@example.com", i) for i in range(skip, end)]
            payload = {
                "status": "success",
                "data": items,
                "pagination": {
                    "totalItems": self.total_bookings,
                    "remainingItems": self.total_bookings - end,
                    "returnedItems": len(items),
                    "itemsPerPage": take,
                    "currentPage": skip // take + 1,
                    "totalPages": -(-self.total_bookings // take),
                    "hasNextPage": end < self.total_bookings,
                    "hasPreviousPage": skip > 0,
                },
            }
        elif path.startswith("/v2/bookings/"):
            uid = path.rsplit("/", 1)[1]
            payload = {"status": "success", "data": booking_json(uid, f"{uid}@example.com")}
        else:
            return await self._send(writer, 404, self._envelope_error(404, "NotFoundException", "no", path))
        return await self._answer(writer, 200, self._json(payload), fault, path)

    async def _answer(
        self, writer: asyncio.StreamWriter, status: int, body: bytes, fault: str | None, path: str
    ) -> bool:
        """Send ``body`` as ``status``, or the fault instead."""
        if fault is not None:
            self.stats[f"fault {fault}"] += 1
        if fault == "error_500":
            return await self._send(writer, 500, b'{"statusCode":500,"message":"Internal server error"}')
        if fault == "error_502_html":
            return await self._send(writer, 502, _HTML.encode(), content_type="text/html")
        if fault == "error_503":
            body503 = self._envelope_error(503, "ServiceUnavailableException", "Service Unavailable", path)
            return await self._send(writer, 503, body503)
        if fault == "reset":
            raise ResetConnection()
        if fault == "slow":
            await asyncio.sleep(self.slow_delay)
            return await self._send(writer, status, body)
        if fault == "truncated_json":
            return await self._send(writer, status, body[: len(body) // 2])
        if fault == "trickle":
            return await self._send(writer, status, body, trickle=self.trickle_seconds / max(1, len(body)))
        if fault == "truncated_body":
            await self._send(writer, status, body[: len(body) // 2], declared_length=len(body), close=True)
            return False
        return await self._send(writer, status, body)

    async def _create(self, request: Request, writer: asyncio.StreamWriter, fault: str | None) -> bool:
        try:
            data = json.loads(request.body)
            email = data["attendee"]["email"]
        except (ValueError, KeyError, TypeError):
            return await self._send(writer, 400, b'{"statusCode":400,"message":"attendee property is wrong"}')
        # Failures *before* the booking exists: a 503 from the proxy, a reset while sending.
        if fault == "error_503":
            self.stats["fault error_503 (create, not created)"] += 1
            body = self._envelope_error(
                503, "ServiceUnavailableException", "Service Unavailable", request.path
            )
            return await self._send(writer, 503, body)
        if fault == "error_502_html":
            self.stats["fault error_502_html (create, not created)"] += 1
            return await self._send(writer, 502, _HTML.encode(), content_type="text/html")
        self.created[email] += 1
        self.stats["bookings created"] += 1
        uid = f"new-{sum(self.created.values()):06d}"
        body = self._json({"status": "success", "data": booking_json(uid, email)})
        # Everything else fails *after* creating it.
        return await self._answer(writer, 201, body, fault, request.path)

    async def _refresh(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        self.stats["token refreshes"] += 1
        try:
            given = json.loads(request.body)["refreshToken"]
        except (ValueError, KeyError, TypeError):
            given = None
        if request.headers.get("x-cal-secret-key") != SECRET_KEY or given != self.refresh_token:
            self.stats["token refresh refused"] += 1
            return await self._send(
                writer, 401, self._envelope_error(401, "UnauthorizedException", "bad", "")
            )
        self._token_version += 1
        self.access_token = f"mu-access-{self._token_version}"
        self.refresh_token = f"mu-refresh-{self._token_version}"
        expires = int(time.time() * 1000) + 3_600_000
        data = {
            "accessToken": self.access_token,
            "refreshToken": self.refresh_token,
            "accessTokenExpiresAt": expires,
            "refreshTokenExpiresAt": expires + 31_536_000_000,
        }
        return await self._send(writer, 200, self._json({"status": "success", "data": data}))
