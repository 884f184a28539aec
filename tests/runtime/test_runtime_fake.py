"""The runtime against the in-process fake server: its real rate limiter, faults and error bodies."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import attrs
import pytest

from cal_async._client import CalClient
from cal_async._errors import InternalServerError, RateLimitError, TokenExpiredError
from cal_async.testing.fake import DEFAULT_BASE_URL, FakeCal
from tests.runtime.backends import current
from tests.runtime.fakes import FakeClock

pytestmark = pytest.mark.anyio


@pytest.fixture
async def fake() -> AsyncIterator[FakeCal]:
    cal_fake = FakeCal()
    yield cal_fake
    await cal_fake.aclose()


def _client(fake: FakeCal, clock: FakeClock, **policy: object) -> tuple[CalClient, Any]:
    async def sleep(seconds: float) -> None:
        await clock.sleep(seconds)
        fake.advance(seconds)  # the server's rate-limit windows move with our waits

    http = current().AsyncClient(transport=current().ASGITransport(app=fake.app), base_url=DEFAULT_BASE_URL)
    retry = attrs.evolve(clock.policy(**policy), sleep=sleep)
    return CalClient(fake.api_key, base_url=DEFAULT_BASE_URL, http_client=http, retry_policy=retry), http


async def test_a_throttled_call_waits_for_the_reset_and_succeeds(
    fake: FakeCal, fake_clock: FakeClock
) -> None:
    fake.set_rate_limit(2, window=60, block=60)
    cal, http = _client(fake, fake_clock, max_wait=120)
    async with http, cal:
        for _ in range(3):
            await cal.me.get()
    assert len(fake_clock.slept) == 1 and fake_clock.slept[0] >= 60


async def test_a_wait_over_the_cap_raises_with_the_reset(fake: FakeCal, fake_clock: FakeClock) -> None:
    fake.set_rate_limit(1, window=60, block=60)
    cal, http = _client(fake, fake_clock, max_wait=10)
    async with http, cal:
        await cal.me.get()
        with pytest.raises(RateLimitError) as caught:
            await cal.me.get()
    assert caught.value.retry_after is not None and caught.value.retry_after >= 60
    assert caught.value.code == "ThrottlerException"
    assert fake_clock.slept == []


async def test_pacing_stays_under_the_limit(fake: FakeCal, fake_clock: FakeClock) -> None:
    fake.set_rate_limit(2, window=60, block=60)
    cal, http = _client(fake, fake_clock, pacing=True, max_retries=0)  # a 429 would raise
    async with http, cal:
        for _ in range(5):
            await cal.me.get()
    assert fake_clock.slept == [60.0, 60.0]


async def test_injected_faults_map_to_errors(fake: FakeCal, fake_clock: FakeClock) -> None:
    cal, http = _client(fake, fake_clock)
    async with http, cal:
        fake.inject(503, times=2)
        assert (await cal.me.get()).to_dict()["id"]  # retried through two 503s
        fake.inject(502, kind="html", times=1, method="PATCH")
        with pytest.raises(InternalServerError) as caught:
            await cal.me.update(body={"timeZone": "Europe/London"})
        assert "non-JSON" in caught.value.message
        fake.inject(498)
        with pytest.raises(TokenExpiredError):
            await cal.me.get()
    assert fake_clock.slept == [0.5, 1.0]
