"""Fault injection and rate limiting: the server behaviours a client's retry and error paths need."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Literal

import attrs

from .errors import REASONS, HttpError
from .routing import Request, Response, dump

FaultKind = Literal["envelope", "bare", "html", "empty", "truncated"]

_HTML = (
    "<html>\r\n<head><title>{status} {reason}</title></head>\r\n<body>\r\n"
    "<center><h1>{status} {reason}</h1></center>\r\n<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n"
)


@attrs.define
class Fault:
    """One injected misbehaviour, applied to the next ``times`` matching requests (None: forever).

    - ``status`` set: answer with that status instead of running the handler, body by ``kind``:
      ``envelope`` (the server's error envelope), ``bare`` (``{statusCode, message}``), ``html`` (a
      proxy's page), ``empty``. 498 defaults to ``TokenExpiredException``/``ACCESS_TOKEN_IS_EXPIRED``.
    - ``kind="truncated"``: run the handler (its side effects happen) and cut its JSON body in half,
      as a dropped connection would.
    - ``delay``: seconds to wait first (combine with nothing else for a merely slow response).
    """

    status: int | None = None
    times: int | None = 1
    path_prefix: str = "/"
    method: str | None = None
    kind: FaultKind = "envelope"
    message: str | None = None
    delay: float = 0.0
    hits: int = 0

    @property
    def exhausted(self) -> bool:
        return self.times is not None and self.hits >= self.times

    def matches(self, request: Request) -> bool:
        if self.exhausted or not request.path.startswith(self.path_prefix):
            return False
        return self.method is None or self.method.upper() == request.method

    def canned(self, request: Request, timestamp: str) -> Response | None:
        """The response replacing the handler's, or None when the handler should still run."""
        if self.status is None or self.kind == "truncated":
            return None
        status = self.status
        if self.kind == "html":
            text = _HTML.format(status=status, reason=REASONS.get(status, "Error"))
            return Response(status, text.encode(), content_type="text/html")
        if self.kind == "empty":
            return Response(status, b"", content_type="text/plain")
        if status == 498:
            error = HttpError(498, self.message or "ACCESS_TOKEN_IS_EXPIRED", code="TokenExpiredException")
        else:
            error = HttpError(status, self.message or _default_message(status), bare=self.kind == "bare")
        return Response(status, dump(error.render(request.path, timestamp)))


def _default_message(status: int) -> str:
    if status == 500:
        return "Internal server error"
    return REASONS.get(status, "Error")


def truncate(response: Response) -> Response:
    cut = max(1, len(response.body) // 2)
    return attrs.evolve(response, body=response.body[:cut])


# CustomThrottlerGuard's defaults (apps/api/v2/src/lib/throttler/throttler-guard.ts): requests per
# 60 s by kind of caller, then a 60 s block. An unknown key or token falls back to the default.
SERVER_LIMITS: dict[str, int] = {"api_key": 120, "oauth_client": 500, "access_token": 500, "default": 120}
# The guard's ThrottlerException text, on every path (api key, other callers, endpoint limits).
THROTTLED = "CustomThrottlerGuard - Too many requests. Please try again later."


@attrs.define
class _Bucket:
    window_start: float
    count: int = 0
    blocked_until: float = 0.0


@attrs.define
class RateLimiter:
    """The throttler: per caller, ``limit`` requests per ``window`` seconds (``None``: the server's
    limit for that kind of caller, ``SERVER_LIMITS``); exceeding it blocks the caller for a further
    ``block`` seconds. Headers are named after the limit (``Default``)."""

    limit: int | None = None
    window: float = 60.0
    block: float = 60.0
    name: str = "Default"
    _buckets: dict[str, _Bucket] = attrs.field(factory=dict, init=False)

    def limit_for(self, kind: str) -> int:
        return self.limit if self.limit is not None else SERVER_LIMITS.get(kind, SERVER_LIMITS["default"])

    def hit(self, caller: str, now: float, kind: str = "default") -> tuple[dict[str, str], HttpError | None]:
        limit = self.limit_for(kind)
        bucket = self._buckets.get(caller)
        if bucket is None or (now >= bucket.window_start + self.window and now >= bucket.blocked_until):
            bucket = self._buckets[caller] = _Bucket(window_start=now)
        error: HttpError | None = None
        if now < bucket.blocked_until:
            reset = bucket.blocked_until - now
            error = _throttled()
        else:
            bucket.count += 1
            reset = bucket.window_start + self.window - now
            if bucket.count > limit:
                bucket.blocked_until = now + self.block
                reset = self.block
                error = _throttled()
        headers = {
            f"X-RateLimit-Limit-{self.name}": str(limit),
            f"X-RateLimit-Remaining-{self.name}": "0" if error else str(max(limit - bucket.count, 0)),
            # Seconds from now, not a Unix time (and there is no Retry-After).
            f"X-RateLimit-Reset-{self.name}": str(math.ceil(reset)),
        }
        return headers, error


def _throttled() -> HttpError:
    # ThrottlerException(message): Nest's filter copies getResponse(), the bare string, into details.
    return HttpError(429, THROTTLED, details=THROTTLED)


def tracker(headers: dict[str, str] | Mapping[str, str], client: str) -> tuple[str, str]:
    """CustomThrottlerGuard.getTracker: the bearer (an API key or an access token), else the
    platform client id, else the IP; returns (kind, key)."""
    bearer = headers.get("authorization", "").replace("Bearer ", "", 1)
    if bearer:
        return ("api_key" if bearer.startswith("cal_") else "access_token"), bearer
    client_id = headers.get("x-cal-client-id")
    if client_id:
        return "oauth_client", f"oauth_client:{client_id}"
    return "default", f"ip:{client}"
