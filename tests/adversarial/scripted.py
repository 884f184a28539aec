"""Local servers for the adversarial runtime tests (real sockets, any event loop).

``ScriptedServer`` answers each ``"METHOD /path"`` with a handler coroutine; ``TokenServer`` is a
managed user's side of Cal.com: ``GET /v2/me`` with the current access token, 498 with an old one,
and ``POST /v2/oauth/{client}/refresh`` rotating the single-use refresh token, as
``apps/api/v2/src/modules/oauth-clients/controllers/oauth-flow/oauth-flow.controller.ts`` does
(an already-used refresh token gets 401 "Invalid Refresh Token").
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

import anyio

from tests.soak.raw_http import RawHTTPServer, Request

JSON = {"Content-Type": "application/json"}
CLIENT_ID = "client-7"
SECRET_KEY = "secret-key-9f8e7d6c5b4a"
ME = {"id": 7, "username": "ada", "email": "ada@example.com", "timeZone": "UTC", "weekStart": "Monday",
      "timeFormat": 24, "defaultScheduleId": None, "organizationId": None}  # fmt: skip

Handler = Callable[["ScriptedServer", Request, asyncio.StreamWriter], Awaitable[bool]]


def success(data: Any) -> bytes:
    return json.dumps({"status": "success", "data": data}).encode()


def envelope_error(code: str, message: str) -> bytes:
    return json.dumps({"status": "error", "error": {"code": code, "message": message}}).encode()


class ScriptedServer(RawHTTPServer):
    """``with ScriptedServer({"GET /v2/me": handler}) as server``; ``seen`` lists every request."""

    def __init__(self, routes: dict[str, Handler], *, lifetime: float = 60.0) -> None:
        super().__init__(lifetime=lifetime)
        self.routes = routes
        self.seen: list[Request] = []

    async def _serve(self, request: Request, writer: asyncio.StreamWriter) -> bool:
        self.seen.append(request)
        handler = self.routes.get(f"{request.method} {request.path}")
        if handler is None:
            return await self.respond(writer, 404, envelope_error("NotFoundException", "no route"), JSON)
        return await handler(self, request, writer)

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in self.seen if (r.method, r.path) == (method, path))


class TokenServer(ScriptedServer):
    """A managed user's tokens, rotated on refresh. ``refresh_delay`` delays the refresh answer
    *after* the rotation (the dangerous window); ``me_trickle`` sends ``/v2/me`` bodies slowly."""

    def __init__(self, *, refresh_delay: float = 0.0, me_trickle: float = 0.0) -> None:
        super().__init__({"GET /v2/me": self._me, f"POST /v2/oauth/{CLIENT_ID}/refresh": self._refresh})
        self.version = 0
        self.access_token = "access-0"
        self.refresh_token = "refresh-0"
        self.refresh_delay = refresh_delay
        self.me_trickle = me_trickle
        self.refused_refreshes = 0

    async def _me(self, _server: ScriptedServer, request: Request, writer: asyncio.StreamWriter) -> bool:
        if request.headers.get("authorization") != f"Bearer {self.access_token}":
            body = envelope_error("TokenExpiredException", "ACCESS_TOKEN_IS_EXPIRED")
            return await self.respond(writer, 498, body, JSON)
        return await self.respond(writer, 200, success(ME), JSON, trickle=self.me_trickle)

    async def _refresh(self, _server: ScriptedServer, request: Request, writer: asyncio.StreamWriter) -> bool:
        given = json.loads(request.body).get("refreshToken")
        if request.headers.get("x-cal-secret-key") != SECRET_KEY or given != self.refresh_token:
            self.refused_refreshes += 1
            body = envelope_error("UnauthorizedException", "Invalid Refresh Token")
            return await self.respond(writer, 401, body, JSON)
        self.version += 1
        self.access_token, self.refresh_token = f"access-{self.version}", f"refresh-{self.version}"
        far = 4_102_444_800_000  # 2100, in epoch milliseconds
        data = {"accessToken": self.access_token, "refreshToken": self.refresh_token,
                "accessTokenExpiresAt": far, "refreshTokenExpiresAt": far}  # fmt: skip
        await asyncio.sleep(self.refresh_delay)  # rotated, but the client has not heard yet
        return await self.respond(writer, 200, success(data), JSON)

    def expire(self) -> None:
        """The current access token stops working (the server answers 498 to it)."""
        self.access_token = f"expired-{self.version}"


async def wait_until(condition: Callable[[], bool], limit: float = 10.0) -> None:
    """Poll ``condition`` (state the server thread changes: no event to wait on) for ``limit`` s."""
    with anyio.fail_after(limit):
        while not condition():  # noqa: ASYNC110 - set by another thread, outside any event loop
            await anyio.sleep(0.02)
