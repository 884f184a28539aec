"""Pacer: a shared rate-limit budget that waits for window resets instead of exceeding a limit."""

from __future__ import annotations

import anyio
import httpx
import pytest

from cal_async._pacing import Pacer
from cal_async._ratelimit import RateLimit, RateLimitInfo
from tests.runtime.fakes import FakeClock

pytestmark = pytest.mark.anyio

REQUEST = httpx.Request("GET", "https://api.cal.test/v2/me")


def _info(remaining: int, reset: float, limit: int | None = 3, name: str = "default") -> RateLimitInfo:
    return RateLimitInfo(limits=(RateLimit(name, limit, remaining, reset),))


async def _send_all(
    pacer: Pacer, clock: FakeClock, tasks: int, max_delay: float = float("inf")
) -> list[float]:
    sent: list[float] = []

    async def one() -> None:
        await pacer.acquire(max_delay, REQUEST)
        sent.append(clock.now)

    async with anyio.create_task_group() as tg:
        for _ in range(tasks):
            tg.start_soon(one)
    return sorted(sent)


async def test_waiting_tasks_are_released_a_window_at_a_time(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(_info(remaining=0, reset=10))
    sent = await _send_all(pacer, fake_clock, 5)
    # 3 per window: the reset lets 3 through, the other 2 wait for the next window
    assert sent == [1010, 1010, 1010, 1020, 1020]


async def test_out_of_order_responses_keep_the_lowest_count(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(_info(remaining=1, reset=10))
    pacer.observe(_info(remaining=2, reset=9.5))  # an older response arriving late
    assert pacer.delay() == 0
    await pacer.acquire(60, REQUEST)
    assert pacer.delay() == 10  # the one unit left is spent


async def test_a_new_window_replaces_the_count(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(_info(remaining=0, reset=10))
    pacer.observe(_info(remaining=2, reset=60))  # reset moved well past ours: a new window
    assert pacer.delay() == 0


async def test_the_wait_is_capped_by_max_delay(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(_info(remaining=0, reset=50))
    await pacer.acquire(5, REQUEST)
    assert fake_clock.slept == [5]


# Cal.com's CustomThrottlerGuard (apps/api/v2/src/lib/throttler/throttler-guard.ts,
# hasRequestsRemaining) increments every named limit of the credential and throws
# ThrottlerException("Too many requests. Please try again later.") only when all of them are
# blocked: one named limit with room is enough, so the soonest reset governs, not the longest.
def _two_limits(clock: FakeClock, burst_remaining: int) -> Pacer:
    pacer = Pacer(clock.clock, clock.sleep)
    limits = (RateLimit("default", 120, 0, 20), RateLimit("burst", 10, burst_remaining, 5))
    pacer.observe(RateLimitInfo(limits=limits))
    return pacer


async def test_the_soonest_named_reset_governs(fake_clock: FakeClock) -> None:
    pacer = _two_limits(fake_clock, burst_remaining=0)
    assert pacer.delay() == 5
    await pacer.acquire(60, REQUEST)
    assert fake_clock.slept == [5]


async def test_one_named_limit_with_room_lets_requests_through(fake_clock: FakeClock) -> None:
    pacer = _two_limits(fake_clock, burst_remaining=2)
    assert pacer.delay() == 0
    sent = await _send_all(pacer, fake_clock, 3)
    # burst's 2 go now; then both are used up and burst resets first (its 10 per 5 s start over)
    assert sent == [1000, 1000, 1005]


def test_a_429_waits_for_the_soonest_exhausted_limit() -> None:
    # A 429 means every named limit is blocked; the first to reset lets requests through again.
    info = RateLimitInfo(
        limits=(RateLimit("default", 120, 0, 60), RateLimit("burst", 10, 0, 7), RateLimit("x", 5, 3, 90))
    )
    assert info.wait_seconds() == 7


async def test_a_window_without_a_known_limit_is_forgotten_after_reset(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(_info(remaining=0, reset=10, limit=None))
    sent = await _send_all(pacer, fake_clock, 4)
    assert sent == [1010] * 4  # nothing to pace by once the window is over


async def test_headers_without_remaining_or_reset_are_ignored(fake_clock: FakeClock) -> None:
    pacer = Pacer(fake_clock.clock, fake_clock.sleep)
    pacer.observe(RateLimitInfo(limits=(RateLimit("default", 120, None, 10),)))
    pacer.observe(RateLimitInfo(limits=(RateLimit("default", 120, 0, None),)))
    assert pacer.delay() == 0
