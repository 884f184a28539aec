"""Client-side pacing from Cal.com's rate-limit headers.

Cal.com blocks a caller for a further 60 s once it exceeds a limit, so it is cheaper to wait for
the window to reset than to be told 429. The budget is shared by every task sending through one
client (or one :class:`~cal_async.RetryTransport`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

import anyio
import attrs
import httpx

from ._ratelimit import RateLimitInfo

__all__ = ["Pacer", "Sleep"]

logger = logging.getLogger("cal_async")

Sleep = Callable[[float], Awaitable[None]]


@attrs.define(slots=True)
class _Window:
    remaining: int
    reset_at: float  # policy clock


class Pacer:
    """A rate-limit budget shared by every task sending through one client or transport.

    Each response's headers set the budget of each named limit; each request spends one unit
    before it is sent (so concurrent tasks see each other's requests before the responses come
    back). When a limit has nothing left, requests wait for its window to reset.
    """

    __slots__ = ("_clock", "_lock", "_sleep", "_windows")

    def __init__(self, clock: Callable[[], float], sleep: Sleep) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = anyio.Lock()
        self._windows: dict[str, _Window] = {}

    def delay(self) -> float:
        """Seconds until every used-up window has reset (0: send now)."""
        now = self._clock()
        waits = [w.reset_at - now for w in self._windows.values() if w.remaining <= 0 and w.reset_at > now]
        return max(waits, default=0.0)

    def observe(self, info: RateLimitInfo) -> None:
        now = self._clock()
        for limit in info.limits:
            if limit.remaining is None or limit.reset is None:
                continue
            reset_at = now + limit.reset
            window = self._windows.get(limit.name)
            if window is None or window.reset_at <= now or reset_at > window.reset_at + 1.0:
                # A new window: the server's count is the truth.
                self._windows[limit.name] = _Window(limit.remaining, reset_at)
            else:
                # Same window: responses can arrive out of order, so the lowest count wins.
                window.remaining = min(window.remaining, limit.remaining)

    async def acquire(self, max_delay: float, request: httpx.Request) -> None:
        """Wait (at most ``max_delay``) until a request may be sent, then spend one unit."""
        # Holding the lock while sleeping is deliberate: every other task would have to wait for
        # the same reset, and they are released in order afterwards.
        async with self._lock:
            delay = min(self.delay(), max_delay)
            if delay > 0:
                logger.info(
                    "pacing %s %s: rate-limit window used up, waiting %.2f s",
                    request.method,
                    request.url.path,
                    delay,
                    extra={"method": request.method, "path": request.url.path, "wait": delay},
                )
                await self._sleep(delay)
            now = self._clock()
            for name, window in list(self._windows.items()):
                if window.reset_at <= now:
                    del self._windows[name]
                else:
                    window.remaining -= 1
