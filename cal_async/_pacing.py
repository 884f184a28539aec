"""Client-side pacing from Cal.com's rate-limit headers.

Cal.com blocks a caller for a further 60 s once it exceeds a limit, so it is cheaper to wait for
the window to reset than to be told 429. The budget is shared by every task sending through one
client (or one :class:`~cal_async.RetryTransport`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import attrs
import httpx

from ._ratelimit import HeaderGuard, RateLimitInfo

__all__ = ["Pacer", "Sleep"]

logger = logging.getLogger("cal_async")

Sleep = Callable[[float], Awaitable[None]]


@attrs.define(slots=True)
class _Window:
    limit: int | None  # requests per window, when the server said
    remaining: int
    reset_at: float  # on the policy clock
    length: float  # longest reset seen: the window's duration, for rolling over


class Pacer:
    """A rate-limit budget shared by every task sending through one client or transport.

    Each response's headers set the budget of each named limit; each request spends one unit
    before it is sent, so concurrent tasks see each other's requests before the responses come
    back. When a limit has nothing left, requests wait for its window to reset; a window that
    has reset is assumed to start over with its full limit and length until a response says
    otherwise, so a crowd of waiting tasks is not released all at once.

    Spending is a check-and-decrement with no await in between, which is atomic for tasks of one
    event loop, so no lock is needed. Before the first response there is nothing to pace by.
    ``guard`` bounds what a response may set (by default that of ``ServerLimits()``:
    resets of at most Cal.com's 60 s window plus a margin).
    """

    __slots__ = ("_clock", "_guard", "_sleep", "_windows")

    def __init__(self, clock: Callable[[], float], sleep: Sleep, guard: HeaderGuard | None = None) -> None:
        self._clock = clock
        self._sleep = sleep
        if guard is None:
            from .rate_budget import ServerLimits, header_guard  # which imports this module

            guard = header_guard(ServerLimits())
        self._guard = guard
        self._windows: dict[str, _Window] = {}

    def delay(self) -> float:
        """Seconds until some named limit lets a request through (0: send now).

        Cal.com's throttler counts a request against every named limit of the credential but
        answers 429 only when *all* of them are blocked (``hasRequestsRemaining`` in
        ``apps/api/v2/src/lib/throttler/throttler-guard.ts``), so one limit with room left is
        enough, and the wait is the soonest reset, not the longest.
        """
        now = self._clock()
        waits = [max(0.0, w.reset_at - now) if w.remaining <= 0 else 0.0 for w in self._windows.values()]
        return min(waits, default=0.0)

    def observe(self, info: RateLimitInfo) -> None:
        now = self._clock()
        for limit in self._guard.bounded(info).limits:
            if limit.remaining is None or limit.reset is None:
                continue
            reset_at = now + limit.reset
            window = self._windows.get(limit.name)
            if window is None or window.reset_at <= now or reset_at > window.reset_at + 1.0:
                # A new window: the server's count is the truth.
                length = max(limit.reset, window.length if window is not None else 0.0)
                self._windows[limit.name] = _Window(limit.limit, limit.remaining, reset_at, length)
            else:
                # Same window: responses can arrive out of order, so the lowest count wins.
                window.remaining = min(window.remaining, limit.remaining)
                window.limit = limit.limit if limit.limit is not None else window.limit

    async def acquire(self, max_delay: float, request: httpx.Request) -> None:
        """Wait (at most ``max_delay`` in all) until a request may be sent, then spend one unit."""
        waited = 0.0
        while True:
            delay = self.delay()
            if delay <= 0 or waited >= max_delay:
                self._spend()
                return
            wait = min(delay, max_delay - waited)
            logger.info(
                "pacing %s %s: rate-limit window used up, waiting %.2f s",
                request.method,
                request.url.path,
                wait,
                extra={"method": request.method, "path": request.url.path, "wait": wait},
            )
            await self._sleep(wait)
            waited += wait

    def _spend(self) -> None:
        now = self._clock()
        for name, window in list(self._windows.items()):
            if window.reset_at <= now:
                if window.limit is None:
                    del self._windows[name]  # no limit known: nothing to pace by until told
                    continue
                # The server starts the next window with this request (a fixed-window throttler).
                window.remaining = window.limit
                window.reset_at = now + window.length
            window.remaining -= 1
