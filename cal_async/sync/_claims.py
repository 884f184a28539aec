"""Claims: a key is handled once, by whoever claims it first, across tasks, workers and machines.

The protocol is the one of ``SET key NX PX``: ``claim`` takes the key for a while (``ttl``) before
the work starts, ``complete`` marks it done for ``ttl`` (the retention) once the work succeeded,
``release`` gives it back when the work failed, so that the next delivery or pass does it. A claim
whose holder died expires by itself after its ``ttl``. What is refused says why: the key is
``done``, or ``busy`` (claimed by someone else, who may still fail and release it).

:class:`MemoryClaims` holds them in this process; :class:`RedisClaims` in Redis, shared by every
process, falling back to in-process claims (with one warning) while Redis fails: changes are then
deduplicated per process only, so a worker may handle one another already did, but never drops one.
"""

from __future__ import annotations

import math
import secrets
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Final, Literal, Protocol, TypeAlias

import anyio
import attrs

from .._number_checks import check_number
from ._redis import RedisBacked, RedisLink

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["Claim", "ClaimStatus", "ClaimStore", "MemoryClaims", "RedisClaims"]

#: ``claimed``: yours to do, then ``complete`` or ``release``; ``done``: someone did it;
#: ``busy``: someone holds it now.
ClaimStatus: TypeAlias = Literal["claimed", "done", "busy"]

_DONE: Final = "done"
_PENDING: Final = "pending:"


@attrs.frozen(slots=True)
class Claim:
    """What ``claim(key)`` answered. Only a ``claimed`` one may be completed or released; its
    ``token`` proves it is still this holder's (a release never drops another holder's claim)."""

    key: str
    status: ClaimStatus
    token: str = attrs.field(default="", repr=False)
    # Where it was taken: "redis", or "local" (in-process, also while Redis fails).
    where: Literal["redis", "local"] = attrs.field(default="local", repr=False)

    @property
    def acquired(self) -> bool:
        return self.status == "claimed"


class ClaimStore(Protocol):
    """Where claims live: :class:`MemoryClaims`, :class:`RedisClaims`, or your own."""

    async def claim(self, key: str, *, ttl: float) -> Claim:
        """Take ``key`` for ``ttl`` seconds, unless it is done or someone else holds it."""
        ...

    async def complete(self, claim: Claim, *, ttl: float) -> None:
        """Mark a claimed key done for ``ttl`` seconds: later claims of it answer ``done``."""
        ...

    async def release(self, claim: Claim) -> None:
        """Give back a claimed key (the work failed): the next claim of it is granted."""
        ...


def _check_ttl(ttl: float) -> int:
    check_number("ttl", ttl, positive=True)
    if not math.isfinite(ttl):
        raise ValueError(f"ttl must be a finite number of seconds, got {ttl!r}")
    return max(1, round(ttl * 1000))


class MemoryClaims:
    """Claims held in this process: every task of it shares them; other processes do not.

    Expired entries are swept as new ones come, so memory follows what is live.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, tuple[str, float]] = {}  # key -> (value, expires at)
        self._next_sweep = 1024

    def __repr__(self) -> str:
        return f"MemoryClaims({len(self._entries)} keys)"

    def _live(self, key: str) -> str | None:
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry[1] <= self._clock():
            del self._entries[key]
            return None
        return entry[0]

    def _set(self, key: str, value: str, ttl_ms: int) -> None:
        self._entries[key] = (value, self._clock() + ttl_ms / 1000)
        if len(self._entries) >= self._next_sweep:
            now = self._clock()
            self._entries = {k: v for k, v in self._entries.items() if v[1] > now}
            self._next_sweep = max(1024, 2 * len(self._entries))

    async def claim(self, key: str, *, ttl: float) -> Claim:
        return self.claim_now(key, ttl)

    def claim_now(self, key: str, ttl: float) -> Claim:
        """``claim`` without awaiting (nothing here waits)."""
        ttl_ms = _check_ttl(ttl)
        value = self._live(key)
        if value == _DONE:
            return Claim(key, "done")
        if value is not None:
            return Claim(key, "busy")
        token = secrets.token_hex(8)
        self._set(key, _PENDING + token, ttl_ms)
        return Claim(key, "claimed", token)

    async def complete(self, claim: Claim, *, ttl: float) -> None:
        self.mark_done(claim.key, ttl)

    def mark_done(self, key: str, ttl: float) -> None:
        self._set(key, _DONE, _check_ttl(ttl))

    async def release(self, claim: Claim) -> None:
        if self._live(claim.key) == _PENDING + claim.token:
            del self._entries[claim.key]


# KEYS[1]: the key. ARGV: the claimant's token, the claim's ms. 1 claimed, 2 done, 3 busy.
_CLAIM: Final = """
if redis.call('SET', KEYS[1], 'pending:' .. ARGV[1], 'NX', 'PX', ARGV[2]) then return 1 end
if redis.call('GET', KEYS[1]) == 'done' then return 2 end
return 3
"""

# KEYS[1]: the key. ARGV[1]: the holder's token. Deletes the claim only if it is still the holder's.
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == 'pending:' .. ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""

_STATUSES: Final[dict[int, ClaimStatus]] = {1: "claimed", 2: "done", 3: "busy"}


class RedisClaims(RedisBacked):
    """Claims shared through Redis by every process: ``SET key NX PX`` to claim, ``done`` to complete.

    ``RedisClaims("redis://localhost:6379/0")`` or ``RedisClaims(client=redis_client)``
    (``pip install 'cal-async[redis]'``; asyncio only). Keys are used as given (callers prefix them).

    While Redis fails (down, slower than ``timeout``) claims are taken in this process instead, with
    one warning; Redis is tried again after ``retry_interval`` seconds. What this process completed
    is remembered in-process too, so during an outage it still will not redo its own work; another
    process may (deduplication degrades to per process, nothing is dropped).
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Redis | None = None,
        timeout: float = 0.5,
        retry_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._link = RedisLink(url, client, timeout, retry_interval, clock, "claims")
        self._claim_script = self._link.client.register_script(_CLAIM)
        self._release_script = self._link.client.register_script(_RELEASE)
        self._local = MemoryClaims(clock=clock)

    def __repr__(self) -> str:
        return f"RedisClaims(redis={self._link.state})"

    async def claim(self, key: str, *, ttl: float) -> Claim:
        ttl_ms = _check_ttl(ttl)
        token = secrets.token_hex(8)
        answer = await self._link.call(lambda redis: self._claim_script(keys=[key], args=[token, ttl_ms]))
        if answer is None:
            # Redis failed: decide here, so the work is done (perhaps twice), never skipped.
            return self._local.claim_now(key, ttl)
        status = _STATUSES.get(int(answer), "busy")
        return Claim(key, status, token if status == "claimed" else "", "redis")

    async def complete(self, claim: Claim, *, ttl: float) -> None:
        ttl_ms = _check_ttl(ttl)
        self._local.mark_done(claim.key, ttl)
        if claim.where == "redis":
            # Cancelled or not, a completed piece of work is recorded.
            with anyio.CancelScope(shield=True):
                await self._link.call(lambda redis: redis.set(claim.key, _DONE, px=ttl_ms))

    async def release(self, claim: Claim) -> None:
        if claim.where == "local":
            await self._local.release(claim)
            return
        with anyio.CancelScope(shield=True):
            # Should Redis fail here, the claim expires after its ttl and the work is done again.
            await self._link.call(lambda redis: self._release_script(keys=[claim.key], args=[claim.token]))
