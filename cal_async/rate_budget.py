"""Rate budgets: how many requests a credential may still send, and when it may send the next.

Cal.com limits each credential (``CustomThrottlerGuard`` in ``apps/api/v2/src/lib/throttler/
throttler-guard.ts``): an API key gets 120 requests per 60 s, an OAuth client and a managed-user
access token 500, a caller without credentials 120 per IP; going over blocks the credential for a
further 60 s. A budget spends one unit before each request and learns from each response's
``X-RateLimit-*`` headers.

* :class:`LocalRateBudget`: the budget of one process (the :class:`~cal_async.RetryPolicy`
  ``pacing`` of one client); the default when pacing is on.
* :class:`~cal_async.RedisRateBudget`: one budget per credential shared through Redis by every
  process and machine that uses the credential.

``CalClient(rate_budget=...)`` takes either; a budget can be shared by many clients.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import time
from typing import Any, Final, Protocol, runtime_checkable

import anyio
import attrs
import httpx

from ._number_checks import number_field
from ._pacing import Pacer, Sleep
from ._ratelimit import HeaderGuard, RateLimitInfo

__all__ = ["Credential", "LocalRateBudget", "RateBudget", "ServerLimits", "credential_of"]

# Fixed HMAC key: the fingerprint must be the same in every process, and a secret of Cal.com's
# length cannot be recovered from it.
_FINGERPRINT_KEY: Final = b"cal-async rate budget v1"
_API_KEY_PREFIX: Final = "cal_"


@attrs.frozen(slots=True)
class ServerLimits:
    """The limits a budget assumes until responses say otherwise (the server's defaults).

    Requests per ``window`` seconds for each kind of credential, and the ``block`` seconds the
    server refuses every request after a limit is exceeded. ``margin`` (seconds) absorbs the
    difference in latency between requests: the shared window lasts ``window + margin`` and
    hands out no slot in its last ``2 * margin``, so its requests land in one server window.
    Scale them down together for tests (e.g. ``ServerLimits(api_key=20, window=2, block=6)``).
    """

    api_key: int = attrs.field(default=120, validator=number_field(integer=True, positive=True))
    oauth_client: int = attrs.field(default=500, validator=number_field(integer=True, positive=True))
    access_token: int = attrs.field(default=500, validator=number_field(integer=True, positive=True))
    anonymous: int = attrs.field(default=120, validator=number_field(integer=True, positive=True))
    window: float = attrs.field(default=60.0, validator=number_field(positive=True))
    block: float = attrs.field(default=60.0, validator=number_field())
    margin: float | None = attrs.field(default=None, validator=number_field(optional=True))

    @property
    def margin_seconds(self) -> float:
        """``margin`` as given, else 0.1 s plus 1% of the window."""
        return self.margin if self.margin is not None else 0.1 + self.window / 100

    def limit_for(self, kind: str) -> int:
        limit: int = getattr(self, kind)
        return limit


def header_guard(limits: ServerLimits) -> HeaderGuard:
    """What a response's headers may make a budget with these limits do, at most: a reset of
    ``window + margin`` seconds and a 429's wait of ``block + margin``."""
    return HeaderGuard(limits.window + limits.margin_seconds, limits.block + limits.margin_seconds)


@attrs.frozen(slots=True)
class Credential:
    """Who the server counts a request against: a kind and a non-reversible fingerprint.

    ``kind`` is ``api_key``, ``access_token``, ``oauth_client`` or ``anonymous``. The
    ``fingerprint`` is an HMAC-SHA256 prefix of the credential (never the credential itself), the
    same in every process, so it can name a shared key in Redis.
    """

    kind: str
    fingerprint: str


def _fingerprint(secret: str) -> str:
    return hmac.new(_FINGERPRINT_KEY, secret.encode(), hashlib.sha256).hexdigest()[:32]


def credential_of(request: httpx.Request) -> Credential:
    """The credential Cal.com's throttler tracks ``request`` by (its ``getTracker``): the bearer
    (an API key when it starts with ``cal_``, else an access token), else ``x-cal-client-id``,
    else the caller's address (one budget for every anonymous request of this process)."""
    bearer = request.headers.get("authorization", "")
    if bearer.lower().startswith("bearer "):
        token = bearer[7:].strip()
        kind = "api_key" if token.startswith(_API_KEY_PREFIX) else "access_token"
        return Credential(kind, _fingerprint(token))
    client_id = request.headers.get("x-cal-client-id")
    if client_id:
        return Credential("oauth_client", _fingerprint(client_id))
    return Credential("anonymous", "anonymous")


@runtime_checkable
class RateBudget(Protocol):
    """What the retry loop asks of a budget: a slot before each attempt, the headers after it."""

    async def acquire(self, request: httpx.Request, max_delay: float, time_left: float = math.inf) -> object:
        """Wait (at most ``max_delay`` seconds) for a slot for ``request`` and take it.

        ``time_left`` is what is left of the call's deadline, in seconds: a budget that asks a
        store bounds each round trip by it (keeping time to send), so that a store that does not
        answer cannot use up the call. Returns a ticket for :meth:`observe`. May raise
        :class:`~cal_async.RateBudgetError`.
        """
        ...

    async def observe(self, ticket: object, status_code: int, info: RateLimitInfo) -> None:
        """Learn from the response to the request ``ticket`` was taken for."""
        ...


class LocalRateBudget:
    """The budget of one process: today's pacing (:class:`~cal_async._pacing.Pacer`).

    Shared by every task and client given this instance. It knows nothing before the first
    response, and it cannot see other processes, whose requests it only learns of through the
    ``Remaining`` headers. ``limits`` bound what those headers may set (a reset of at most
    ``window + margin``; default: the server's).
    """

    __slots__ = ("_pacer",)

    def __init__(
        self, *, limits: ServerLimits | None = None, clock: Any = time.monotonic, sleep: Sleep = anyio.sleep
    ) -> None:
        self._pacer = Pacer(clock, sleep, header_guard(limits or ServerLimits()))

    async def acquire(self, request: httpx.Request, max_delay: float, time_left: float = math.inf) -> object:
        await self._pacer.acquire(max_delay, request)
        return None

    async def observe(self, ticket: object, status_code: int, info: RateLimitInfo) -> None:
        self._pacer.observe(info)
