"""The retry policy and the loop that applies it to one request (``Retrier``).

``CalClient`` runs every call through a :class:`Retrier`; ``_transport.RetryTransport`` runs one
below an httpx client. The policy (see the README's table):

* 429 is retried for every method, since the server did not process the request. The wait is what
  the server says: ``X-RateLimit-Reset-<Name>`` (seconds from now; Cal.com sends no ``Retry-After``),
  else ``retry-after-ms`` / ``Retry-After``, else exponential backoff. A server wait longer than
  ``max_wait`` or than what is left of the deadline raises :class:`RateLimitError` at once, carrying
  when to retry, instead of sleeping for minutes.
* 500/502/503/504, timeouts and dropped connections are retried only for idempotent methods. A
  POST or PATCH is retried only when the failure proves the request never left (connect error,
  connect or pool timeout): a retried booking must never create a second booking.
* Backoff is exponential with full jitter, capped at ``backoff_max``; at most ``max_retries``
  retries; no wait is started that would end after the per-call ``deadline``.
* Optional pacing: the ``X-RateLimit-Remaining-*``/``Reset-*`` headers feed a budget shared by
  every task using the same :class:`Retrier`, so requests wait for the window to reset instead of
  exceeding the limit (Cal.com then blocks the caller for a further 60 s).

The clock, the sleep and the random source are injectable so tests run instantly.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Final

import anyio
import attrs
import httpx

from ._http_backend import classes_named, is_replayable, maybe_sent_errors, never_sent_errors
from ._number_checks import number_field
from ._pacing import Sleep
from ._ratelimit import RateLimitInfo, parse_rate_limits
from ._responses import rate_limit_error
from ._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .rate_budget import RateBudget

__all__ = ["IDEMPOTENT_METHODS", "RETRY_EXTENSION", "Retrier", "RetryPolicy", "SendOnce"]

logger = logging.getLogger("cal_async")

#: ``request.extensions[RETRY_EXTENSION] = {"max_retries": 0, "deadline": 5.0}`` overrides the
#: policy for one request sent through a ``RetryTransport``.
RETRY_EXTENSION: Final = "cal_async.retry"

IDEMPOTENT_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUSES: Final = frozenset({500, 502, 503, 504})
_NO_HINTS: Final = RateLimitInfo()


def _attempt_errors() -> tuple[type[Exception], ...]:
    """What one attempt can fail with, on httpx or httpx2: transport failures, and a body whose
    Content-Encoding is corrupt."""
    return classes_named("TransportError", "DecodingError")


SendOnce = Callable[[httpx.Request], Awaitable[httpx.Response]]


@attrs.frozen(slots=True)
class RetryPolicy:
    """How a request is retried. All durations are seconds.

    - ``max_retries``: retries after the first attempt (0 disables retrying).
    - ``backoff_base`` / ``backoff_max``: the n-th retry waits a random time in
      ``[0, min(backoff_max, backoff_base * 2**n)]`` when the server gives no wait.
    - ``max_wait``: the longest server-requested wait (429) the SDK sleeps through; longer raises
      ``RateLimitError`` with ``retry_after`` set.
    - ``deadline``: total time budget of one call, attempts and waits included (None: no limit).
    - ``pacing``: delay requests when the rate-limit headers say the window is used up.
    - ``clock`` / ``sleep`` / ``random``: injectable for tests (monotonic seconds, ``anyio.sleep``,
      ``random.random``).
    """

    max_retries: int = attrs.field(default=2, validator=number_field(integer=True))
    backoff_base: float = attrs.field(default=0.5, validator=number_field())
    backoff_max: float = attrs.field(default=8.0, validator=number_field())
    max_wait: float = attrs.field(default=60.0, validator=number_field())
    deadline: float | None = attrs.field(default=120.0, validator=number_field(optional=True))
    pacing: bool = False
    clock: Callable[[], float] = attrs.field(default=time.monotonic, eq=False, repr=False)
    sleep: Sleep = attrs.field(default=anyio.sleep, eq=False, repr=False)
    random: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def backoff(self, retry_index: int) -> float:
        """Full jitter: spreads the retries of many clients that failed at the same moment."""
        ceiling = min(self.backoff_max, self.backoff_base * (2.0**retry_index))
        return self.random() * ceiling


def _exception_reason(exc: Exception, method: str) -> str | None:
    """Why a failed attempt may be retried, or None when it must not be (httpx or httpx2 alike)."""
    if isinstance(exc, never_sent_errors()):
        return f"{type(exc).__name__} (request not sent)"
    if method in IDEMPOTENT_METHODS and isinstance(exc, maybe_sent_errors()):
        return type(exc).__name__
    return None


def _status_reason(status: int, method: str) -> str | None:
    if status == 429:
        return "429 Too Many Requests"
    if status in RETRY_STATUSES and method in IDEMPOTENT_METHODS:
        return f"{status} {httpx.codes.get_reason_phrase(status)}"
    return None


class Retrier:
    """Runs one request with the retry policy; ``send_once`` performs a single attempt.

    Used by ``RetryTransport`` (below the httpx client) and by ``CalClient`` (above any
    httpx client, including one the caller supplied). One instance is shared by a client and its
    ``with_options`` copies so that pacing sees all of their requests.
    """

    __slots__ = ("_budget", "_given_budget", "policy")

    def __init__(self, policy: RetryPolicy | None = None, budget: RateBudget | None = None) -> None:
        self.policy = policy or RetryPolicy()
        # A budget passed in (e.g. shared through Redis) is used whatever ``pacing`` says.
        self._given_budget = budget is not None
        if budget is None and self.policy.pacing:
            from .rate_budget import LocalRateBudget  # only when pacing: import cal_async stays cheap

            budget = LocalRateBudget(clock=self.policy.clock, sleep=self.policy.sleep)
        self._budget = budget

    def with_policy(self, policy: RetryPolicy) -> Retrier:
        """A retrier with another policy that shares this one's pacing budget."""
        if self._given_budget:
            return Retrier(policy, self._budget)
        other = Retrier(policy)
        if self._budget is not None and policy.pacing:
            other._budget = self._budget
        return other

    async def send(
        self,
        request: httpx.Request,
        send_once: SendOnce,
        *,
        max_retries: int | None = None,
        ends_at: float | None,
    ) -> httpx.Response:
        """Send ``request`` with ``send_once`` until it succeeds, fails for good or runs out of
        retries; ``ends_at``: the call's deadline on the policy's clock (None: no limit), fixed by
        whoever started the call (``_pipeline.Call``, or :meth:`ends_at`)."""
        policy = self.policy
        retries = policy.max_retries if max_retries is None else max_retries
        deadline_at = ends_at
        # A streamed body cannot be sent twice; bodies built from bytes/json/data can. Checked
        # before sending: httpx replaces a streamed body with its bytes once it has read it.
        if not is_replayable(request):
            retries = 0
        timeouts = request.extensions.get("timeout")
        attempt = 0
        while True:
            ticket = None
            if self._budget is not None:
                left = self._left(deadline_at)
                ticket = await self._budget.acquire(request, min(policy.max_wait, left), left)
            self._clamp_timeouts(request, timeouts, deadline_at)
            try:
                response = await send_once(request)
            except _attempt_errors() as exc:
                reason = _exception_reason(exc, request.method)
                if reason is None or attempt >= retries:
                    raise
                wait = policy.backoff(attempt)
                if wait > self._left(deadline_at):
                    raise
            else:
                # Reading the rate-limit headers costs more than the rest of this loop: only pacing
                # and a 429 need them.
                if self._budget is not None or response.status_code == 429:
                    info = parse_rate_limits(response.headers)
                else:
                    info = _NO_HINTS
                if self._budget is not None:
                    await self._budget.observe(ticket, response.status_code, info)
                reason = _status_reason(response.status_code, request.method)
                if reason is None or attempt >= retries:
                    return response
                server_wait = info.wait_seconds() if response.status_code == 429 else None
                if server_wait is not None:
                    if server_wait > policy.max_wait or server_wait > self._left(deadline_at):
                        await response.aread()
                        logger.info(
                            "not retrying %s %s: the server asks for a %.1f s wait, more than allowed",
                            request.method,
                            request.url.path,
                            server_wait,
                            extra={"method": request.method, "path": request.url.path, "wait": server_wait},
                        )
                        raise rate_limit_error(response, server_wait)
                    wait = server_wait
                else:
                    wait = policy.backoff(attempt)
                    if wait > self._left(deadline_at):
                        return response
                await response.aclose()
            attempt += 1
            logger.info(
                "retrying %s %s (retry %d of %d) in %.2f s: %s",
                request.method,
                request.url.path,
                attempt,
                retries,
                wait,
                reason,
                extra={
                    "method": request.method,
                    "path": request.url.path,
                    "attempt": attempt,
                    "wait": wait,
                    "reason": reason,
                },
            )
            await policy.sleep(wait)

    def ends_at(self, deadline: float | Unset | None = UNSET) -> float | None:
        """A deadline ``deadline`` seconds from now on the policy's clock (the policy's own when
        unset; None: no limit)."""
        budget = self.policy.deadline if isinstance(deadline, Unset) else deadline
        return None if budget is None else self.policy.clock() + budget

    def _left(self, deadline_at: float | None) -> float:
        if deadline_at is None:
            return float("inf")
        return max(0.0, deadline_at - self.policy.clock())

    def _clamp_timeouts(self, request: httpx.Request, timeouts: object, deadline_at: float | None) -> None:
        """Shorten each attempt's httpx timeouts so the attempt itself ends by the deadline."""
        if deadline_at is None or not isinstance(timeouts, Mapping):
            return
        left = max(self._left(deadline_at), 0.001)
        values = timeouts.values()
        if None not in values and max(values, default=0.0) <= left:
            return  # the usual case: every timeout ends before the deadline (left only shrinks)
        request.extensions["timeout"] = {
            key: left if value is None else min(float(value), left) for key, value in timeouts.items()
        }
