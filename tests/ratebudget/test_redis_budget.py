"""RedisRateBudget against a real redis-server and the fake's throttler (in-process, real time).

The fake throttles like Cal.com's CustomThrottlerGuard (apps/api/v2/src/lib/throttler/
throttler-guard.ts with @nest-lab/throttler-storage-redis): a fixed window per credential counted
from its first request, and going over blocks the credential for a further block duration, with
``X-RateLimit-{Limit,Remaining,Reset}-Default`` on every response (Reset in seconds).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable

import httpx
import pytest
import redis.asyncio as aredis

from bench.redis_server import RedisServer
from cal_async import (
    CalClient,
    CalError,
    RateBudgetExhaustedError,
    RateBudgetUnavailableError,
    RateLimitError,
    RedisRateBudget,
    RetryPolicy,
    ServerLimits,
)
from cal_async.testing import FakeCal

LIMITS = ServerLimits(api_key=5, window=1.0, block=4.0, margin=0.1)


@pytest.fixture
async def fake() -> AsyncIterator[FakeCal]:
    fake = FakeCal()
    fake.set_rate_limit(LIMITS.api_key, window=LIMITS.window, block=LIMITS.block)
    yield fake
    await fake.aclose()


def _client(
    fake: FakeCal, budget: RedisRateBudget | None, *, pacing: bool = False, max_wait: float = 60.0
) -> CalClient:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url="http://fake")
    # max_retries=0: a 429 raises RateLimitError instead of being waited out.
    retry = RetryPolicy(max_retries=0, pacing=pacing, max_wait=max_wait)
    return CalClient(fake.api_key, http_client=http, retry_policy=retry, rate_budget=budget)


def _answering(status: int, *, remaining: int, reset: int) -> Callable[[httpx.Request], httpx.Response]:
    """A server that always answers ``status`` with these rate-limit headers (limit 5)."""
    headers = {
        "X-RateLimit-Limit-Default": "5",
        "X-RateLimit-Remaining-Default": str(remaining),
        "X-RateLimit-Reset-Default": str(reset),
    }
    if status == 429:
        body: dict[str, object] = {
            "status": "error",
            "error": {"code": "ThrottlerException", "message": "Too many requests. Please try again later."},
        }
    else:
        body = {"status": "success", "data": {}}
    return lambda request: httpx.Response(status, headers=headers, json=body)


async def _calls(cal: CalClient, n: int) -> None:
    await asyncio.gather(*(cal.me.get() for _ in range(n)))


async def test_budgets_sharing_redis_keep_several_clients_under_the_limit(
    redis_server: RedisServer, fake: FakeCal
) -> None:
    # Three budgets (each as another process would have) and three clients with one key: 18
    # requests at once against 5 per window. Without the shared budget most would be 429s.
    budgets = [RedisRateBudget(redis_server.url, limits=LIMITS) for _ in range(3)]
    clients = [_client(fake, budget) for budget in budgets]
    await asyncio.gather(*(_calls(cal, 6) for cal in clients))
    for cal, budget in zip(clients, budgets, strict=True):
        await cal.aclose()
        await budget.aclose()


async def test_without_the_shared_budget_the_same_load_is_throttled(fake: FakeCal) -> None:
    # The control for the test above: the same clients pacing in-process only.
    clients = [_client(fake, None, pacing=True) for _ in range(3)]
    with pytest.raises(RateLimitError):
        await asyncio.gather(*(_calls(cal, 6) for cal in clients))
    for cal in clients:
        await cal.aclose()


async def test_a_429_blocks_every_process_until_the_servers_reset(redis_server: RedisServer) -> None:
    throttled = _answering(429, remaining=0, reset=3)
    first = RedisRateBudget(redis_server.url, limits=LIMITS)
    other = RedisRateBudget(redis_server.url, limits=LIMITS)  # another process, same key
    http = httpx.AsyncClient(transport=httpx.MockTransport(throttled), base_url="http://cal")
    async with CalClient("cal_" + "a" * 32, http_client=http, max_retries=0, rate_budget=first) as cal:
        with pytest.raises(RateLimitError):
            await cal.me.get()
    async with CalClient(
        "cal_" + "a" * 32, http_client=http, retry_policy=RetryPolicy(max_wait=1.0), rate_budget=other
    ) as cal:
        with pytest.raises(RateBudgetExhaustedError) as caught:
            await cal.me.get()
    # Nothing was sent for the second call: it learnt the 3 s block from Redis.
    assert caught.value.retry_after is not None and 2.5 < caught.value.retry_after <= 3.1
    assert isinstance(caught.value, CalError)
    await first.aclose()
    await other.aclose()


async def test_the_server_count_is_fed_back_into_the_shared_window(redis_server: RedisServer) -> None:
    # Another tool already spent 4 of the key's 5: the first response says 1 is left.
    answer = _answering(200, remaining=1, reset=1)
    budget = RedisRateBudget(redis_server.url, limits=ServerLimits(api_key=5, window=20.0, block=4.0))
    http = httpx.AsyncClient(transport=httpx.MockTransport(answer), base_url="http://cal")
    async with CalClient(
        "cal_" + "b" * 32, http_client=http, retry_policy=RetryPolicy(max_wait=0.5), rate_budget=budget
    ) as cal:
        await cal.with_raw_response(cal.me.get)
        await cal.with_raw_response(cal.me.get)  # the one left
        with pytest.raises(RateBudgetExhaustedError):
            await cal.with_raw_response(cal.me.get)
    await budget.aclose()


async def test_redis_stopping_mid_run_falls_back_and_reconnects(
    redis_server: RedisServer, fake: FakeCal, caplog: pytest.LogCaptureFixture
) -> None:
    budget = RedisRateBudget(redis_server.url, limits=LIMITS, retry_interval=0.2)
    cal = _client(fake, budget, max_wait=10)
    await _calls(cal, 3)
    redis_server.stop()
    with caplog.at_level(logging.WARNING, logger="cal_async"):
        # Redis is gone: the calls go on, paced by what this process learnt from the headers.
        await _calls(cal, 4)
        assert "Redis failed" in caplog.text
        redis_server.start()  # an empty Redis: restarted without persistence
        await asyncio.sleep(0.3)
        await _calls(cal, 2)
        assert "Redis is reachable again" in caplog.text
    probe = aredis.Redis.from_url(redis_server.url)
    assert await probe.keys("cal_async:rate:*"), "the budget should write to the restarted Redis"
    await probe.aclose()
    await cal.aclose()
    await budget.aclose()


async def test_a_redis_too_slow_to_answer_falls_back_within_the_timeout(
    redis_server: RedisServer, fake: FakeCal, caplog: pytest.LogCaptureFixture
) -> None:
    budget = RedisRateBudget(redis_server.url, limits=LIMITS, timeout=0.2, retry_interval=0.2)
    cal = _client(fake, budget, max_wait=10)
    await _calls(cal, 2)
    redis_server.pause()
    try:
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            await _calls(cal, 3)
            assert "Redis failed (TimeoutError)" in caplog.text
    finally:
        redis_server.resume()
    await asyncio.sleep(0.3)
    with caplog.at_level(logging.WARNING, logger="cal_async"):
        await _calls(cal, 1)
        assert "Redis is reachable again" in caplog.text
    await cal.aclose()
    await budget.aclose()


async def test_with_redis_down_from_the_start_the_process_paces_by_its_responses(
    redis_server: RedisServer, fake: FakeCal
) -> None:
    redis_server.stop()
    budget = RedisRateBudget(redis_server.url, limits=LIMITS)
    cal = _client(fake, budget, max_wait=10)  # a 429 would raise: max_retries=0
    await _calls(cal, 1)  # its headers say 4 of 5 are left
    await _calls(cal, 9)  # 4 now, 5 after the window resets
    await cal.aclose()
    await budget.aclose()


async def test_a_call_that_may_not_wait_still_goes_when_a_slot_is_free(
    redis_server: RedisServer, fake: FakeCal
) -> None:
    budget = RedisRateBudget(redis_server.url, limits=LIMITS)
    cal = _client(fake, budget, max_wait=0)
    await _calls(cal, 1)
    await cal.aclose()
    await budget.aclose()


async def test_fail_closed_raises_a_typed_error_without_sending(
    redis_server: RedisServer, fake: FakeCal
) -> None:
    redis_server.stop()
    budget = RedisRateBudget(redis_server.url, limits=LIMITS, fail_open=False)
    sent: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": {}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(record), base_url="http://cal")
    async with CalClient(fake.api_key, http_client=http, rate_budget=budget) as cal:
        with pytest.raises(RateBudgetUnavailableError, match="fails closed") as caught:
            await cal.me.get()
    assert sent == []
    assert fake.api_key not in str(caught.value)
    await budget.aclose()


def test_repr_and_bad_arguments(redis_server: RedisServer) -> None:
    budget = RedisRateBudget(redis_server.url)
    assert "redis://" not in repr(budget)  # the URL may carry a password
    with pytest.raises(ValueError, match="one of them"):
        RedisRateBudget()
    with pytest.raises(ValueError, match="half the window"):
        RedisRateBudget(redis_server.url, limits=ServerLimits(window=1.0, margin=0.5))


async def test_waiting_tasks_of_a_process_get_their_slots_in_arrival_order(redis_server: RedisServer) -> None:
    budget = RedisRateBudget(redis_server.url, limits=ServerLimits(api_key=2, window=1.0, margin=0.1))
    request = httpx.Request("GET", "http://cal/v2/me", headers={"Authorization": "Bearer cal_" + "c" * 32})
    order: list[int] = []

    async def take(index: int) -> None:
        await budget.acquire(request, 30)
        order.append(index)

    tasks = []
    for index in range(6):  # 3 windows of 2
        tasks.append(asyncio.create_task(take(index)))
        await asyncio.sleep(0.01)  # each task reaches the queue before the next starts
    await asyncio.gather(*tasks)
    assert order == list(range(6))
    await budget.aclose()


async def test_idle_credentials_are_forgotten_past_the_cap(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Managed-user tokens change at every refresh: a long-lived budget must not keep them all.
    monkeypatch.setattr("cal_async.redis_budget._MAX_CREDENTIALS", 3)
    budget = RedisRateBudget(redis_server.url, limits=LIMITS)
    for n in range(8):
        token = f"eyJ.token.{n}"
        request = httpx.Request("GET", "http://cal/v2/me", headers={"Authorization": f"Bearer {token}"})
        await budget.acquire(request, 5)
    assert len(budget._queues) <= 3
    await budget.aclose()
