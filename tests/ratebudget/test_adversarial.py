"""Hostile rate-limit headers and a Redis that never answers (issue 19, items 2 and 3).

A response's ``X-RateLimit-*`` headers steer every budget: a reset of 99,999,999 s once locked the
shared budget of every process for years, ``1e300`` made the Redis script fail, and a Redis that
accepted connections and never answered used up each call's deadline before failing open could
start. Requests go through httpx and httpx2 alike.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest
import redis.asyncio as aredis

from bench.redis_server import RedisServer
from cal_async import (
    CalClient,
    LocalRateBudget,
    RateBudget,
    RateLimitError,
    RedisRateBudget,
    RetryPolicy,
    ServerLimits,
)
from cal_async._ratelimit import parse_rate_limits
from cal_async.testing import FakeCal
from tests.runtime.fakes import FakeClock

LIBRARIES = {"httpx": httpx, "httpx2": httpx2}
HOSTILE = ["99999999", "1e300", "-5", "nan", "inf"]
KEY = "cal_" + "d" * 32
LIMITS = ServerLimits(api_key=5, window=0.5, block=1.0, margin=0.05)


def _server(hx: ModuleType, status: int, reset: str) -> Callable[[Any], Any]:
    """Answers ``status`` with the whole default limit used up and ``reset`` as its reset."""
    headers = {
        "X-RateLimit-Limit-Default": "5",
        "X-RateLimit-Remaining-Default": "0",
        "X-RateLimit-Reset-Default": reset,
    }
    body: dict[str, object] = {"status": "success", "data": {}}
    if status == 429:
        body = {"status": "error", "error": {"code": "ThrottlerException", "message": "Too many requests."}}
    return lambda request: hx.Response(status, headers=headers, json=body)


def _client(hx: ModuleType, handler: Callable[[Any], Any], budget: RateBudget, **policy: Any) -> CalClient:
    http = hx.AsyncClient(transport=hx.MockTransport(handler), base_url="http://cal")
    retry = RetryPolicy(max_retries=0, **policy)
    return CalClient(KEY, http_client=http, retry_policy=retry, rate_budget=budget)


def test_values_that_are_not_finite_numbers_of_zero_or_more_are_left_out_and_named() -> None:
    info = parse_rate_limits(
        {
            "X-RateLimit-Reset-Default": "nan",
            "X-RateLimit-Remaining-Default": "-5",
            "X-RateLimit-Limit-Default": "1e300",
            "X-RateLimit-Reset-Burst": "inf",
            "Retry-After": "-1",
        }
    )
    [default] = info.limits
    assert (default.limit, default.remaining, default.reset) == (int(1e300), None, None)
    assert info.retry_after is None
    assert sorted(info.ignored) == [
        "retry-after",
        "x-ratelimit-remaining-default",
        "x-ratelimit-reset-burst",
        "x-ratelimit-reset-default",
    ]


@pytest.mark.parametrize("library", list(LIBRARIES))
@pytest.mark.parametrize("reset", HOSTILE)
async def test_in_process_pacing_never_waits_past_the_window(
    library: str, reset: str, caplog: pytest.LogCaptureFixture
) -> None:
    clock = FakeClock()
    budget = LocalRateBudget(limits=LIMITS, clock=clock.clock, sleep=clock.sleep)
    async with _client(LIBRARIES[library], _server(LIBRARIES[library], 200, reset), budget) as cal:
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            await cal.me.get()  # the window is used up, and resets in <reset> s
            await cal.me.get()
    assert "rate-limit headers:" in caplog.text
    if reset in ("99999999", "1e300"):
        assert clock.slept == [pytest.approx(LIMITS.window + LIMITS.margin_seconds)]  # cut to the window
    else:
        assert clock.slept == []  # ignored: nothing to pace by


@pytest.mark.parametrize("library", list(LIBRARIES))
@pytest.mark.parametrize("status", [200, 429])
@pytest.mark.parametrize("reset", HOSTILE)
async def test_a_hostile_reset_cannot_lock_the_shared_budget(
    redis_server: RedisServer, library: str, status: int, reset: str, caplog: pytest.LogCaptureFixture
) -> None:
    hx = LIBRARIES[library]
    budget = RedisRateBudget(redis_server.url, limits=LIMITS)
    with caplog.at_level(logging.WARNING, logger="cal_async"):
        async with _client(hx, _server(hx, status, reset), budget) as cal:
            if status == 429:
                with pytest.raises(RateLimitError):
                    await cal.me.get()
            else:
                await cal.me.get()
    assert "rate-limit headers:" in caplog.text
    assert "Redis failed" not in caplog.text  # the script took every value
    probe = aredis.Redis.from_url(redis_server.url, decode_responses=True)
    ttls = {str(key): await probe.pttl(key) for key in await probe.keys("cal_async:rate:*")}
    await probe.aclose()
    assert ttls and all(0 < ttl <= _longest_life(key) for key, ttl in ttls.items()), ttls
    # Another process (a budget of its own) gets a slot once that is over, not in years.
    other = RedisRateBudget(redis_server.url, limits=LIMITS)
    async with _client(hx, lambda request: hx.Response(200, json={"data": {}}), other, max_wait=3.0) as cal:
        await cal.me.get()
    await budget.aclose()
    await other.aclose()


def _longest_life(key: str) -> int:
    """Milliseconds a budget key may live: a window or the block at most the configured one plus
    the margin (the learnt limits are kept an hour, and stop nothing)."""
    if key.endswith(":block"):
        return round(1000 * (LIMITS.block + LIMITS.margin_seconds))
    if ":w:" in key:
        return round(1000 * (LIMITS.window + LIMITS.margin_seconds))
    return 3600_000


class SilentRedis:
    """A TCP server that accepts connections, reads what it is sent and never answers."""

    def __init__(self) -> None:
        self.connections = 0
        self._server: asyncio.Server | None = None

    async def _never_answer(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        while await reader.read(4096):
            pass
        writer.close()

    async def __aenter__(self) -> str:
        self._server = await asyncio.start_server(self._never_answer, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        return f"redis://127.0.0.1:{port}/0"

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()


@pytest.fixture
async def silent_redis() -> AsyncIterator[tuple[SilentRedis, str]]:
    server = SilentRedis()
    async with server as url:
        yield server, url


@pytest.mark.parametrize("library", list(LIBRARIES))
async def test_a_redis_that_never_answers_fails_open_within_a_deadline_shorter_than_its_timeout(
    silent_redis: tuple[SilentRedis, str], library: str, caplog: pytest.LogCaptureFixture
) -> None:
    server, url = silent_redis
    fake = FakeCal()
    budget = RedisRateBudget(url, timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="cal_async"):
        async with fake.client(http_backend=library, rate_budget=budget) as cal:
            calls = (cal.me.get(deadline=0.4) for _ in range(20))
            results = await asyncio.gather(*calls, return_exceptions=True)
    errors = [type(result).__name__ for result in results if isinstance(result, BaseException)]
    assert errors == [], errors  # all 20 reached the server: none cut off by its deadline
    assert server.connections >= 1  # Redis was asked
    assert "rate budget: Redis failed (TimeoutError), pacing in-process" in caplog.text
    await budget.aclose()


async def test_a_cancelled_redis_wait_counts_as_a_failure(
    silent_redis: tuple[SilentRedis, str], caplog: pytest.LogCaptureFixture
) -> None:
    _, url = silent_redis
    budget = RedisRateBudget(url, timeout=5.0)
    request = httpx.Request("GET", "http://cal/v2/me", headers={"Authorization": f"Bearer {KEY}"})
    with caplog.at_level(logging.WARNING, logger="cal_async"), pytest.raises(TimeoutError):
        async with asyncio.timeout(0.2):  # the caller gives up while Redis is silent
            await budget.acquire(request, 10)
    assert "rate budget: Redis failed (cancelled)" in caplog.text
    async with asyncio.timeout(0.1):  # the next call does not wait for Redis again
        await budget.acquire(request, 10)
    await budget.aclose()
