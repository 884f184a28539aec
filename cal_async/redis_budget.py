"""One rate budget per credential, shared through Redis by every process that uses the credential.

``pip install 'cal-async[redis]'``; asyncio only (redis-py's asyncio client).

Before each request a Lua script takes a slot atomically: it reads the credential's block and its
window of each named limit, and counts the request against all of them if any has room (Cal.com
passes a request while any named limit is unblocked). After each response a second script feeds
the ``X-RateLimit-*`` headers back into the window the slot was taken from (so a late response
from an old window changes nothing), learns the server's limits, and on a 429 records the block
so every process waits for its end.

Time is Redis's: windows and blocks expire in Redis, and a process told to wait for a window
sleeps half the wait and asks again; the last stretch (at most ``_LAST_APPROACH``, and less than
the Redis timeout) it waits *in Redis*, on a ``BLPOP`` of a key nobody pushes to, which Redis ends
by its own clock. So every process and machine wakes when Redis says the window opens, whatever its
own clock's rate (one whose clock ran at 0.6x used to wake late every window and find it taken).

What a response may set is bounded, in Python and again in the script: a window lives at most
``ServerLimits.window`` plus the margin, a block at most ``ServerLimits.block`` plus the margin,
a learnt limit is at most the configured one; values that are not finite numbers of 0 or more are
ignored (:class:`~cal_async._ratelimit.HeaderGuard`, with a warning).

The script rather than the ``limits`` library: one slot costs one round trip either way (about
175 µs each on loopback, measured sequentially over 3,000 calls), but ``limits`` has no way to
express any-of-several named limits, header feedback into the same window, or a shared block.

Faults: each Redis call is bounded by ``timeout`` and by what is left of the call's deadline
(less a reserve to send the request). When Redis fails (down, slow, restarted, or a wait for it
cut short or cancelled), the budget logs one warning and paces in-process (a
:class:`~cal_async._pacing.Pacer` per credential that has seen every response), or raises
:class:`~cal_async.RateBudgetUnavailableError` when ``fail_open=False``; it tries Redis again
after ``retry_interval`` and logs when it is back.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Final

import anyio
import attrs
import httpx

from ._errors import RateBudgetExhaustedError, RateBudgetUnavailableError
from ._number_checks import check_number
from ._pacing import Pacer
from ._ratelimit import RateLimitInfo
from .rate_budget import Credential, ServerLimits, credential_of, header_guard

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateBudget"]

logger = logging.getLogger("cal_async")

_DEFAULT_NAME: Final = "default"
# Credentials whose queue and local pacer are kept; past it idle ones are dropped (managed-user
# tokens change at every refresh, and each is a credential of its own to the server).
_MAX_CREDENTIALS: Final = 1024
# Kept of a call's time to send the request when a Redis wait is bounded by its deadline: this
# much, or a quarter of what is left when that is less.
_SEND_RESERVE: Final = 0.1
# A wait for a window is slept in halves, asking Redis again after each, until at most this is
# left, which is waited in Redis (see the module doc): it is Redis's clock that says when the
# window opens, not this process's (which may run slow).
_LAST_APPROACH: Final = 0.25


def _ms(seconds: float) -> int:
    return round(1000 * seconds)


@attrs.frozen(slots=True)
class _Slot:
    """A slot taken in Redis: whose, the id of each named window it was counted in, and when the
    call's deadline ends (on the budget's clock)."""

    credential: Credential
    windows: dict[str, str]
    deadline_at: float


@attrs.frozen(slots=True)
class _LocalSlot:
    """A slot taken from the in-process pacer while Redis was failing."""

    credential: Credential


class _Down:
    """Returned instead of a script's result when Redis failed (or failed a moment ago)."""


_DOWN: Final = _Down()

# KEYS[1]: the credential's key base. ARGV: default limit name, its limit, window ms, guard ms.
# Returns {1, 0, {name, window id, ...}} with a slot taken, or {0, wait ms, {}}.
_ACQUIRE: Final = """
local base = KEYS[1]
local blocked = redis.call('PTTL', base .. ':block')
if blocked > 0 then return {0, blocked, {}} end
local names, limits = {}, {}
local learned = redis.call('HGETALL', base .. ':limits')
for i = 1, #learned, 2 do
  names[#names + 1] = learned[i]
  limits[#limits + 1] = tonumber(learned[i + 1])
end
if #names == 0 then
  names[1] = ARGV[1]
  limits[1] = tonumber(ARGV[2])
end
local window_ms, guard_ms = tonumber(ARGV[3]), tonumber(ARGV[4])
local open, wait = false, nil
for i, name in ipairs(names) do
  local key = base .. ':w:' .. name
  local ttl = redis.call('PTTL', key)
  if ttl < 0 then
    open = true
  else
    local used = tonumber(redis.call('HGET', key, 'n') or '0')
    if used < limits[i] and ttl > guard_ms then
      open = true
    elseif wait == nil or ttl < wait then
      wait = ttl
    end
  end
end
if not open then return {0, wait, {}} end
local ticket = {}
for _, name in ipairs(names) do
  local key = base .. ':w:' .. name
  if redis.call('PTTL', key) < 0 then
    local now = redis.call('TIME')
    redis.call('HSET', key, 'n', 1, 'g', now[1] .. '.' .. now[2])
    redis.call('PEXPIRE', key, window_ms)
  else
    redis.call('HINCRBY', key, 'n', 1)
  end
  ticket[#ticket + 1] = name
  ticket[#ticket + 1] = redis.call('HGET', key, 'g')
end
return {1, 0, ticket}
"""

# KEYS[1]: the key base. ARGV: status, block ms (429 only), margin ms, default name, the limit for
# the credential's kind, the longest reset ms, the longest block ms, then (name, limit, remaining,
# reset ms, window id) per named limit of the response. What a response may set is bounded here
# too (the caller bounds it first): the block and a window live at most the configured block or
# window plus the margin (the longest block and reset), a learnt limit is at most the configured
# one, and at most 8 names are learnt; a value that is not a number of 0 or more is skipped.
_OBSERVE: Final = """
local base = KEYS[1]
local margin, configured = tonumber(ARGV[3]), tonumber(ARGV[5])
local longest_reset, longest_block = tonumber(ARGV[6]), tonumber(ARGV[7])
local function count(text)
  local value = tonumber(text)
  if value == nil or value ~= value or value < 0 or value == math.huge then return nil end
  return math.floor(value)
end
if ARGV[1] == '429' then
  local block_ms = math.min((count(ARGV[2]) or longest_block) + margin, longest_block)
  if redis.call('PTTL', base .. ':block') < block_ms then
    redis.call('SET', base .. ':block', 1, 'PX', block_ms)
  end
  -- The server counts afresh once the block is over; so do we.
  local names = redis.call('HKEYS', base .. ':limits')
  names[#names + 1] = ARGV[4]
  for _, name in ipairs(names) do redis.call('DEL', base .. ':w:' .. name) end
  return 1
end
for i = 8, #ARGV, 5 do
  local name, limit, remaining, reset_ms = ARGV[i], count(ARGV[i + 1]), count(ARGV[i + 2]), count(ARGV[i + 3])
  local window = ARGV[i + 4]
  local known = redis.call('HEXISTS', base .. ':limits', name) == 1
  if limit and remaining and reset_ms and (known or redis.call('HLEN', base .. ':limits') < 8) then
    limit = math.min(limit, configured)
    redis.call('HSET', base .. ':limits', name, limit)
    redis.call('EXPIRE', base .. ':limits', 3600)
    local key = base .. ':w:' .. name
    if window ~= '' and redis.call('HGET', key, 'g') == window then
      local used = limit - remaining
      if used > tonumber(redis.call('HGET', key, 'n')) then redis.call('HSET', key, 'n', used) end
      -- Reset is whole seconds: only a window clearly longer than ours is followed.
      if reset_ms > redis.call('PTTL', key) + 1000 then
        redis.call('PEXPIRE', key, math.min(reset_ms + margin, longest_reset))
      end
    end
  end
end
return 1
"""


class RedisRateBudget:
    """A rate budget per credential shared through Redis (see the module's docstring).

    ``RedisRateBudget("redis://localhost:6379/0")`` or ``RedisRateBudget(client=redis_client)``.

    - ``limits``: what the budget assumes until responses say otherwise (default: the server's).
    - ``prefix``: the Redis key prefix; keys are ``<prefix>:{<fingerprint>}:...``.
    - ``timeout``: seconds each Redis call may take before it counts as a failure.
    - ``fail_open``: on a Redis failure pace in-process (True) or raise (False).
    - ``retry_interval``: seconds after a failure before Redis is tried again.

    Close it with ``await budget.aclose()`` (or ``async with``) when it created its own client.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Redis | None = None,
        limits: ServerLimits | None = None,
        prefix: str = "cal_async:rate",
        timeout: float = 0.5,
        fail_open: bool = True,
        retry_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if (url is None) == (client is None):
            raise ValueError("pass a Redis URL or a redis.asyncio client (one of them)")
        check_number("timeout", timeout, positive=True)
        self.limits = limits or ServerLimits()
        if 2 * self.limits.margin_seconds >= self.limits.window:
            raise ValueError("limits.margin must be less than half the window")
        if client is None and url is not None:
            try:
                from redis.asyncio import Redis
            except ImportError:
                raise ImportError("RedisRateBudget needs redis-py: pip install 'cal-async[redis]'") from None
            from redis.asyncio.retry import Retry
            from redis.backoff import NoBackoff

            # No retries of its own: a failure falls back at once, and the next call reconnects.
            client = Redis.from_url(
                url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
            )
            self._owns_client = True
        else:
            self._owns_client = False
        assert client is not None  # one of url and client was given (checked above)
        self._redis = client
        self._acquire_script = client.register_script(_ACQUIRE)
        self._observe_script = client.register_script(_OBSERVE)
        self._prefix = prefix
        self._timeout = timeout
        # The last stretch of a wait is waited in Redis, under its socket timeout.
        self._approach = min(_LAST_APPROACH, timeout / 2)
        self.fail_open = fail_open
        self._retry_interval = retry_interval
        self._clock = clock
        self._down_until: float | None = None  # set while Redis is failing
        self._failure: Exception | None = None
        self._failed_at: float | None = None  # the last failure, for the recovery guard
        self._guard = header_guard(self.limits)
        self._local: dict[str, Pacer] = {}
        self._queues: dict[str, anyio.Lock] = {}

    def __repr__(self) -> str:
        state = "down" if self._down_until is not None else "up"
        return f"RedisRateBudget(prefix={self._prefix!r}, fail_open={self.fail_open}, redis={state})"

    async def __aenter__(self) -> RedisRateBudget:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the Redis client if this budget created it."""
        if self._owns_client:
            await self._redis.aclose()

    # -- the RateBudget protocol ---------------------------------------------------------------

    async def acquire(self, request: httpx.Request, max_delay: float, time_left: float = math.inf) -> object:
        credential = credential_of(request)
        started = self._clock()
        deadline_at = started + time_left
        # Tasks of this process queue in FIFO order (anyio's Lock is fair); only the head asks
        # Redis, so the others cannot overtake it when a window opens.
        queue = self._queue(credential)
        try:
            queue.acquire_nowait()
        except anyio.WouldBlock:
            with anyio.move_on_after(max_delay) as scope:
                await queue.acquire()
            if scope.cancelled_caught:
                raise self._exhausted(request, None) from None
        try:
            while True:
                # Requests sent while Redis was failing are not counted in its windows (and a
                # restarted Redis has none): for a window after a failure, what this process's
                # responses said about the server's count has the last word too.
                local_wait = self._pacer(credential).delay() if self._recovering() else 0.0
                taken = await self._take(credential, deadline_at) if local_wait <= 0 else (local_wait, None)
                if isinstance(taken, _Down):
                    if not self.fail_open:
                        raise RateBudgetUnavailableError(
                            f"{request.method} {request.url.path}: the shared rate budget's Redis is "
                            "unreachable and the budget fails closed (fail_open=False)",
                            method=request.method,
                            path=request.url.path,
                        ) from self._failure
                    left = max(0.0, max_delay - (self._clock() - started))
                    await self._pacer(credential).acquire(left, request)
                    return _LocalSlot(credential)
                wait, slot = taken
                if slot is not None:
                    return slot
                left = max_delay - (self._clock() - started)
                if wait > left:
                    raise self._exhausted(request, wait)
                if local_wait > 0 or wait > self._approach:
                    await anyio.sleep(wait if local_wait > 0 else wait / 2)  # this process's clock
                else:
                    await self._wait_in_redis(credential, wait, deadline_at)
        finally:
            queue.release()

    async def observe(self, ticket: object, status_code: int, info: RateLimitInfo) -> None:
        if isinstance(ticket, _LocalSlot):
            # Sent while Redis was failing: the local pacer learns; Redis is tried on the next slot.
            self._pacer(ticket.credential).observe(info)
            return
        if not isinstance(ticket, _Slot):
            return
        credential = ticket.credential
        self._pacer(credential).observe(info)
        bounded = self._guard.bounded(info)
        block = self._guard.block(info) if status_code == 429 else None
        limits = self.limits
        args: list[str | int | float] = [
            str(status_code),
            _ms(block if block is not None else limits.block),
            _ms(limits.margin_seconds),
            _DEFAULT_NAME,
            limits.limit_for(credential.kind),
            _ms(self._guard.longest_reset),
            _ms(self._guard.longest_block),
        ]
        for limit in bounded.limits:
            if limit.limit is None or limit.remaining is None or limit.reset is None:
                continue
            args += [limit.name, limit.limit, limit.remaining, _ms(limit.reset)]
            args.append(ticket.windows.get(limit.name, ""))
        key = self._key(credential)
        await self._call(lambda: self._observe_script(keys=[key], args=args), ticket.deadline_at)

    # -- Redis ---------------------------------------------------------------------------------

    async def _take(self, credential: Credential, deadline_at: float) -> tuple[float, _Slot | None] | _Down:
        """A slot (wait 0), or how long until one may be free (by Redis's clock), or _DOWN."""
        limits = self.limits
        args: list[str | int | float] = [
            _DEFAULT_NAME,
            limits.limit_for(credential.kind),
            _ms(limits.window + limits.margin_seconds),
            _ms(2 * limits.margin_seconds),
        ]
        key = self._key(credential)
        result = await self._call(lambda: self._acquire_script(keys=[key], args=args), deadline_at)
        if isinstance(result, _Down):
            return result
        granted, wait_ms, ticket = result
        if not granted:
            return max(int(wait_ms), 1) / 1000, None
        items = [item.decode() if isinstance(item, bytes) else str(item) for item in ticket]
        return 0.0, _Slot(credential, dict(zip(items[::2], items[1::2], strict=True)), deadline_at)

    async def _wait_in_redis(self, credential: Credential, wait: float, deadline_at: float) -> None:
        """Wait ``wait`` seconds by Redis's clock: a ``BLPOP`` of a key nobody pushes to, which Redis
        ends when the time is up. A Redis that fails meanwhile is waited for by this process's clock."""
        idle = f"{self._key(credential)}:idle"
        waited = await self._call(lambda: self._redis.blpop([idle], timeout=wait), deadline_at, extra=wait)
        if isinstance(waited, _Down):
            await anyio.sleep(wait)

    def _key(self, credential: Credential) -> str:
        return f"{self._prefix}:{{{credential.fingerprint}}}"

    async def _call(
        self, command: Callable[[], Awaitable[Any]], deadline_at: float, *, extra: float = 0.0
    ) -> Any:
        """Run a Redis command (``extra``: seconds it blocks by design), or return _DOWN when Redis
        fails or failed less than retry_interval ago.

        The wait for Redis ends by ``timeout`` and, keeping a reserve to send the request, by the
        call's deadline: a Redis that never answers must not use up the call, so that failing
        open can start. A wait cut short that way, or cancelled, counts as a Redis failure.
        """
        if self._down_until is not None and self._clock() < self._down_until:
            return _DOWN
        left = deadline_at - self._clock()
        bound = min(2 * self._timeout + extra, left - min(_SEND_RESERVE, left / 4))
        if bound <= 0:
            return _DOWN  # the call has no time left to ask (not Redis's fault)
        try:
            with anyio.fail_after(bound):
                result = await command()
        except anyio.get_cancelled_exc_class():
            self._failed("cancelled", None)
            raise
        except Exception as exc:  # any failure of the store: the budget must not break the call
            self._failed(type(exc).__name__, exc)
            return _DOWN
        if self._down_until is not None:
            logger.warning("rate budget: Redis is reachable again, sharing the budget")
            self._down_until = None
            self._failure = None
        return result

    def _failed(self, reason: str, exc: Exception | None) -> None:
        if self._down_until is None:
            logger.warning(
                "rate budget: Redis failed (%s), pacing in-process until it is back",
                reason,
                extra={"error": reason},
            )
        self._failed_at = self._clock()
        self._down_until = self._failed_at + self._retry_interval
        self._failure = exc

    def _queue(self, credential: Credential) -> anyio.Lock:
        queue = self._queues.get(credential.fingerprint)
        if queue is None:
            if len(self._queues) >= _MAX_CREDENTIALS:
                for idle in [key for key, lock in self._queues.items() if not lock.locked()]:
                    del self._queues[idle]
                    self._local.pop(idle, None)
            queue = self._queues[credential.fingerprint] = anyio.Lock()
        return queue

    def _recovering(self) -> bool:
        if self._failed_at is None:
            return False
        return self._clock() - self._failed_at < self.limits.window + self.limits.margin_seconds

    def _pacer(self, credential: Credential) -> Pacer:
        pacer = self._local.get(credential.fingerprint)
        if pacer is None:
            pacer = self._local[credential.fingerprint] = Pacer(self._clock, anyio.sleep, self._guard)
        return pacer

    @staticmethod
    def _exhausted(request: httpx.Request, wait: float | None) -> RateBudgetExhaustedError:
        method, path = request.method, request.url.path
        if wait is None:
            text = f"{method} {path}: no rate-budget slot within the call's wait limit (tasks ahead)"
        else:
            text = f"{method} {path}: the shared rate budget has no slot for {wait:.1f} s"
        return RateBudgetExhaustedError(text, method=method, path=path, retry_after=wait)
