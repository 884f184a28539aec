"""``CalClient(deadline=...)`` (issue 20, item 7): a client-wide default for every call's deadline,
overridden by a call's own ``deadline=`` and by ``with_options(deadline=...)``, checked like the
other numeric settings."""

from __future__ import annotations

import time

import anyio
import httpx
import pytest
import respx

from cal_async._client import CalClient
from cal_async._errors import APITimeoutError, InternalServerError
from cal_async._retry import RetryPolicy
from tests.runtime.fakes import FakeClock

pytestmark = pytest.mark.anyio

BASE = "https://api.cal.test"
KEY = "cal_" + "0123456789abcdef" * 2


async def _attempts(cal: CalClient, route: respx.Route, **options: float | None) -> int:
    """How many times one failing ``me.get`` was sent: 1 + the retries its deadline left room for."""
    route.reset()
    with pytest.raises(InternalServerError):
        await cal.me.get(**options)  # type: ignore[arg-type]  # deadline only
    return route.call_count


async def test_the_client_deadline_bounds_every_call_and_a_call_or_a_copy_overrides_it(
    fake_clock: FakeClock,
) -> None:
    # Backoff ceilings with jitter 1.0 are 0.5 s, 1 s, 2 s...: 0.7 s leaves room for one wait.
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=httpx.Response(503))
        policy = fake_clock.policy(deadline=None)
        async with CalClient(KEY, base_url=BASE, retry_policy=policy, max_retries=5, deadline=0.7) as cal:
            assert await _attempts(cal, route) == 2  # the client's deadline
            assert await _attempts(cal, route, deadline=None) == 6  # a call lifts it...
            assert await _attempts(cal, route, deadline=2.0) == 3  # ...or sets its own
            unbounded = cal.with_options(deadline=None)
            assert await _attempts(unbounded, route) == 6
            assert await _attempts(unbounded.with_options(deadline=0.7), route) == 2
            assert await _attempts(cal.with_options(max_retries=1), route) == 2  # the deadline stays
            assert await _attempts(cal, route) == 2  # the copies changed nothing here


async def test_the_client_deadline_overrides_the_retry_policys() -> None:
    policy = RetryPolicy(deadline=30.0)
    async with CalClient(KEY, base_url=BASE, retry_policy=policy, deadline=5) as cal:
        assert cal._config.retry_policy.deadline == 5
        assert cal.with_options(retry_policy=RetryPolicy(deadline=9.0))._config.retry_policy.deadline == 9
    async with CalClient(KEY, base_url=BASE, retry_policy=policy) as cal:
        assert cal._config.retry_policy.deadline == 30  # not given: the policy's


async def test_a_call_that_outlives_the_client_deadline_is_cut_off() -> None:
    async def hang(request: httpx.Request) -> httpx.Response:
        await anyio.sleep(30)
        return httpx.Response(200, json={"status": "success", "data": {}})

    with respx.mock:
        respx.get(f"{BASE}/v2/me").mock(side_effect=hang)
        async with CalClient(KEY, base_url=BASE, deadline=0.3) as cal:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match=r"within its 0\.3 s deadline"):
                await cal.me.get()
            assert time.monotonic() - started < 10  # the hanging response was not waited for


@pytest.mark.parametrize("bad", [-1, float("nan"), True, "5", [1]])
async def test_a_deadline_that_is_not_seconds_is_refused(bad: object) -> None:
    message = f"deadline must be a number of 0 or more, got {bad!r}"
    with pytest.raises(ValueError) as made:
        CalClient(KEY, base_url=BASE, deadline=bad)  # type: ignore[arg-type]
    assert str(made.value) == message
    async with CalClient(KEY, base_url=BASE) as cal:
        with pytest.raises(ValueError) as copied:
            cal.with_options(deadline=bad)  # type: ignore[arg-type]
        assert str(copied.value) == message
