"""One Redis connection for the sync stores, and what they do while it fails.

Every call is bounded by ``timeout``; a failure (refused, timed out, any error of the client) is
logged once as a warning, after which the stores answer from this process for ``retry_interval``
seconds without asking Redis, then try it again; its return is logged too. ``call`` returns
``None`` for a failed call, so each store decides its own fallback.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Self, TypeVar

import anyio

from .._number_checks import check_number

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisBacked", "RedisLink"]

logger = logging.getLogger("cal_async")

T = TypeVar("T")


def redis_from_url(url: str, timeout: float, needed_by: str) -> Redis:
    """A redis-py asyncio client that fails fast: no retries of its own, ``timeout`` per call."""
    try:
        from redis.asyncio import Redis
    except ImportError:
        raise ImportError(f"{needed_by} needs redis-py: pip install 'cal-async[redis]'") from None
    from redis.asyncio.retry import Retry
    from redis.backoff import NoBackoff

    return Redis.from_url(
        url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
    )


class RedisLink:
    """A client (made from ``url``, or the ``client`` given) and its failure state."""

    def __init__(
        self,
        url: str | None,
        client: Redis | None,
        timeout: float,
        retry_interval: float,
        clock: Callable[[], float],
        what: str,
    ) -> None:
        if (url is None) == (client is None):
            raise ValueError("pass a Redis URL or a redis.asyncio client (one of them)")
        check_number("timeout", timeout, positive=True)
        check_number("retry_interval", retry_interval)
        if not math.isfinite(timeout) or not math.isfinite(retry_interval):
            raise ValueError("timeout and retry_interval must be finite numbers of seconds")
        self.client: Redis = (
            client if client is not None else redis_from_url(str(url), timeout, f"Redis {what}")
        )
        self._owns_client = client is None
        self._timeout = timeout
        self._retry_interval = retry_interval
        self._clock = clock
        self._what = what
        self._down_until: float | None = None

    @property
    def state(self) -> str:
        return "down" if self._down_until is not None else "up"

    async def aclose(self) -> None:
        if self._owns_client:
            await self.client.aclose()

    async def call(self, operation: Callable[[Redis], Awaitable[T]]) -> T | None:
        """``operation(client)``'s result, or None when Redis failed (now or a moment ago)."""
        if self._down_until is not None and self._clock() < self._down_until:
            return None
        try:
            with anyio.fail_after(2 * self._timeout):
                result = await operation(self.client)
        except anyio.get_cancelled_exc_class():
            raise
        except Exception as exc:  # any failure of the store: the caller falls back, nothing is lost
            self._failed(exc)
            return None
        if self._down_until is not None:
            logger.warning("sync %s: Redis is reachable again, sharing them through it", self._what)
            self._down_until = None
        return result

    def _failed(self, exc: Exception) -> None:
        if self._down_until is None:
            logger.warning(
                "sync %s: Redis failed (%s), keeping them in this process until it is back",
                self._what,
                type(exc).__name__,
                extra={"error": type(exc).__name__},
            )
        self._down_until = self._clock() + self._retry_interval


class RedisBacked:
    """What the Redis stores share: an async context that closes the client the store made."""

    _link: RedisLink

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the Redis client if this store created it (not one it was given)."""
        await self._link.aclose()
