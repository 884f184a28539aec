"""RetryTransport: which failures are retried, how long it waits, deadlines, pacing and logging."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest
import respx

from cal_async._errors import RateLimitError
from cal_async._retry import RetryPolicy
from cal_async._transport import RetryTransport
from tests.runtime.backends import current
from tests.runtime.fakes import FakeClock, asyncio_only

pytestmark = pytest.mark.anyio

BASE = "https://api.cal.test"
URL = f"{BASE}/v2/me"


def _throttled(reset: str | None = "7", **headers: str) -> httpx.Response:
    if reset is not None:
        headers.setdefault("X-RateLimit-Remaining-Default", "0")
        headers.setdefault("X-RateLimit-Reset-Default", reset)
    body = {
        "status": "error",
        "error": {
            "code": "ThrottlerException",
            "message": "ThrottlerException: Too Many Requests",
            "details": "x",
        },
    }
    return httpx.Response(429, json=body, headers=headers)


def _ok() -> httpx.Response:
    return httpx.Response(200, json={"status": "success", "data": {}})


def _client(policy: RetryPolicy) -> Any:
    hx = current()  # respx answers httpx2's transports too (see backends.py)
    return hx.AsyncClient(transport=RetryTransport(hx.AsyncHTTPTransport(), policy))


@respx.mock
async def test_429_waits_the_reset_header_then_succeeds(fake_clock: FakeClock) -> None:
    # Runs under asyncio and trio (see conftest's anyio_backend).
    route = respx.get(URL).mock(side_effect=[_throttled("7"), _ok()])
    async with _client(fake_clock.policy()) as http:
        response = await http.get(URL)
    assert response.status_code == 200
    assert route.call_count == 2
    assert fake_clock.slept == [7.0]


@respx.mock
async def test_real_anyio_sleep_works_on_both_backends() -> None:
    route = respx.get(URL).mock(side_effect=[_throttled("0.01"), _ok()])
    async with _client(RetryPolicy()) as http:
        with anyio.fail_after(5):
            response = await http.get(URL)
    assert response.status_code == 200
    assert route.call_count == 2


@respx.mock
async def test_429_waits_for_the_exhausted_named_limit(fake_clock: FakeClock) -> None:
    throttled = _throttled(
        None,
        **{
            "X-RateLimit-Remaining-Default": "50",
            "X-RateLimit-Reset-Default": "40",
            "X-RateLimit-Remaining-Burst": "0",
            "X-RateLimit-Reset-Burst": "3",
        },
    )
    respx.get(URL).mock(side_effect=[throttled, _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.get(URL)).status_code == 200
    assert fake_clock.slept == [3.0]


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "4"}, 4.0),
        ({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}, 0.0),  # a date in the past: no wait
    ],
)
@respx.mock
async def test_429_falls_back_to_retry_after(
    fake_clock: FakeClock, headers: dict[str, str], expected: float
) -> None:
    respx.post(URL).mock(side_effect=[_throttled(None, **headers), _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.post(URL, json={"a": 1})).status_code == 200
    assert fake_clock.slept == [expected]


@respx.mock
async def test_429_without_hints_backs_off_with_jitter(fake_clock: FakeClock) -> None:
    fake_clock.jitter = 0.25
    respx.post(URL).mock(side_effect=[_throttled(None), _throttled(None), _ok()])
    async with _client(fake_clock.policy(backoff_base=2.0)) as http:
        assert (await http.post(URL)).status_code == 200
    # full jitter: random() * min(cap, base * 2**n)
    assert fake_clock.slept == [0.25 * 2.0, 0.25 * 4.0]


@respx.mock
async def test_429_wait_longer_than_the_cap_raises_at_once(fake_clock: FakeClock) -> None:
    route = respx.get(URL).mock(side_effect=[_throttled("95", **{"X-Request-Id": "req-1"}), _ok()])
    async with _client(fake_clock.policy(max_wait=60)) as http:
        with pytest.raises(RateLimitError) as caught:
            await http.get(URL)
    assert route.call_count == 1
    assert fake_clock.slept == []
    error = caught.value
    assert error.retry_after == 95.0
    assert error.reset_at is not None
    assert error.code == "ThrottlerException"
    assert error.request_id == "req-1"
    assert "retry in 95.0 s" in str(error)


@respx.mock
async def test_429_wait_past_the_deadline_raises_at_once(fake_clock: FakeClock) -> None:
    respx.get(URL).mock(side_effect=[_throttled("30"), _ok()])
    async with _client(fake_clock.policy(deadline=10)) as http:
        with pytest.raises(RateLimitError) as caught:
            await http.get(URL)
    assert caught.value.retry_after == 30.0
    assert fake_clock.slept == []


@respx.mock
async def test_429_after_the_last_retry_is_returned(fake_clock: FakeClock) -> None:
    route = respx.get(URL).mock(side_effect=[_throttled("1"), _throttled("1")])
    async with _client(fake_clock.policy(max_retries=1)) as http:
        response = await http.get(URL)
    assert response.status_code == 429
    assert route.call_count == 2
    assert fake_clock.slept == [1.0]


@asyncio_only
@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("method", ["GET", "HEAD", "OPTIONS", "PUT", "DELETE"])
@respx.mock
async def test_server_errors_are_retried_for_idempotent_methods(
    fake_clock: FakeClock, status: int, method: str
) -> None:
    route = respx.route(method=method, url=URL).mock(side_effect=[httpx.Response(status), _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.request(method, URL)).status_code == 200
    assert route.call_count == 2
    assert fake_clock.slept == [0.5]


@asyncio_only
@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@respx.mock
async def test_server_errors_are_not_retried_for_post_and_patch(
    fake_clock: FakeClock, status: int, method: str
) -> None:
    route = respx.route(method=method, url=URL).mock(side_effect=[httpx.Response(status), _ok()])
    async with _client(fake_clock.policy()) as http:
        response = await http.request(method, URL, json={"start": "2030-01-01T10:00:00Z"})
    assert response.status_code == status
    assert route.call_count == 1
    assert fake_clock.slept == []


@asyncio_only
@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 498, 501, 520])
@respx.mock
async def test_other_statuses_are_never_retried(fake_clock: FakeClock, status: int) -> None:
    route = respx.get(URL).mock(side_effect=[httpx.Response(status), _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.get(URL)).status_code == status
    assert route.call_count == 1


@asyncio_only
@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout])
@pytest.mark.parametrize("method", ["POST", "PATCH"])
@respx.mock
async def test_post_that_never_reached_the_server_is_retried(
    fake_clock: FakeClock, error: type[httpx.TransportError], method: str
) -> None:
    route = respx.route(method=method, url=URL).mock(side_effect=[error("refused"), _ok()])
    async with _client(fake_clock.policy()) as http:
        response = await http.request(method, URL, json={"eventTypeId": 1})
    assert response.status_code == 200
    assert route.call_count == 2
    # the body was sent again, intact
    assert route.calls[1].request.content == route.calls[0].request.content == b'{"eventTypeId":1}'


@asyncio_only
@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.ReadError, httpx.RemoteProtocolError]
)
@respx.mock
async def test_post_that_may_have_reached_the_server_is_not_retried(
    fake_clock: FakeClock, error: type[httpx.TransportError], hx: ModuleType
) -> None:
    route = respx.post(URL).mock(side_effect=[error("dropped"), _ok()])
    async with _client(fake_clock.policy()) as http:
        with pytest.raises(getattr(hx, error.__name__)):
            await http.post(URL, json={})
    assert route.call_count == 1


@asyncio_only
@pytest.mark.parametrize(
    "error", [httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError, httpx.ConnectError]
)
@respx.mock
async def test_get_is_retried_after_timeouts_and_dropped_connections(
    fake_clock: FakeClock, error: type[httpx.TransportError]
) -> None:
    route = respx.get(URL).mock(side_effect=[error("dropped"), error("dropped"), _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.get(URL)).status_code == 200
    assert route.call_count == 3
    assert fake_clock.slept == [0.5, 1.0]


@respx.mock
async def test_the_last_exception_is_raised_when_retries_run_out(
    fake_clock: FakeClock, hx: ModuleType
) -> None:
    route = respx.get(URL).mock(side_effect=httpx.ConnectError("refused"))
    async with _client(fake_clock.policy(max_retries=3)) as http:
        with pytest.raises(hx.ConnectError):
            await http.get(URL)
    assert route.call_count == 4


@respx.mock
async def test_backoff_is_capped(fake_clock: FakeClock) -> None:
    respx.get(URL).mock(side_effect=[httpx.Response(503)] * 5 + [_ok()])
    async with _client(
        fake_clock.policy(max_retries=5, backoff_base=1, backoff_max=3, deadline=None)
    ) as http:
        assert (await http.get(URL)).status_code == 200
    assert fake_clock.slept == [1, 2, 3, 3, 3]


@respx.mock
async def test_the_deadline_bounds_attempts_and_waits(fake_clock: FakeClock) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(503))
    async with _client(fake_clock.policy(max_retries=10, backoff_base=1, deadline=5)) as http:
        start = fake_clock.now
        response = await http.get(URL)
    # waits 1 and 2 fit in 5 s; the next (4) would end after the deadline, so the 503 is returned
    assert response.status_code == 503
    assert fake_clock.slept == [1, 2]
    assert fake_clock.now - start <= 5
    assert route.call_count == 3


async def test_the_deadline_shortens_each_attempts_timeouts(fake_clock: FakeClock, hx: ModuleType) -> None:
    seen: list[dict[str, float]] = []

    def handler(request: Any) -> Any:
        seen.append(dict(request.extensions["timeout"]))
        fake_clock.now += 4  # each attempt takes 4 s
        return hx.Response(503)

    transport = RetryTransport(hx.MockTransport(handler), fake_clock.policy(backoff_base=0.5, deadline=10))
    async with hx.AsyncClient(transport=transport, timeout=hx.Timeout(60, connect=5)) as http:
        assert (await http.get(URL)).status_code == 503
    assert seen[0] == {"connect": 5, "read": 10, "write": 10, "pool": 10}
    assert seen[1] == {"connect": 5, "read": 5.5, "write": 5.5, "pool": 5.5}  # 10 - 4 - 0.5
    assert seen[2] == {"connect": 0.5, "read": 0.5, "write": 0.5, "pool": 0.5}  # 10 - 8.5 - 1


@respx.mock
async def test_per_request_extension_overrides_the_policy(fake_clock: FakeClock) -> None:
    route = respx.get(URL).mock(return_value=httpx.Response(503))
    async with _client(fake_clock.policy(max_retries=5, deadline=None)) as http:
        await http.get(URL, extensions={"cal_async.retry": {"max_retries": 0}})
        assert route.call_count == 1
        await http.get(URL, extensions={"cal_async.retry": {"max_retries": 1}})
        assert route.call_count == 3
        fake_clock.slept.clear()
        await http.get(URL, extensions={"cal_async.retry": {"deadline": 1.2}})
    assert fake_clock.slept == [0.5]  # the next wait (1.0) would pass the 1.2 s deadline


@respx.mock
async def test_a_streamed_body_is_never_sent_twice(fake_clock: FakeClock) -> None:
    async def body() -> AsyncIterator[bytes]:
        yield b"{}"

    route = respx.put(URL).mock(side_effect=[httpx.Response(503), _ok()])
    async with _client(fake_clock.policy()) as http:
        assert (await http.put(URL, content=body())).status_code == 503
    assert route.call_count == 1


@respx.mock
async def test_pacing_waits_for_the_window_shared_by_all_tasks(fake_clock: FakeClock) -> None:
    limits = {"X-RateLimit-Limit-Default": "120", "X-RateLimit-Remaining-Default": "2"}
    route = respx.get(URL).mock(
        return_value=httpx.Response(200, json={}, headers={**limits, "X-RateLimit-Reset-Default": "10"})
    )
    async with _client(fake_clock.policy(pacing=True)) as http:
        await http.get(URL)  # learns: 2 left for 10 s
        assert fake_clock.slept == []
        async with anyio.create_task_group() as tg:
            for _ in range(3):
                tg.start_soon(http.get, URL)
    # two tasks spent the budget; the third waited for the reset instead of hitting the limit
    assert fake_clock.slept == [10.0]
    assert route.call_count == 4


@respx.mock
async def test_pacing_is_off_by_default(fake_clock: FakeClock) -> None:
    headers = {"X-RateLimit-Remaining-Default": "0", "X-RateLimit-Reset-Default": "10"}
    respx.get(URL).mock(return_value=httpx.Response(200, headers=headers))
    async with _client(fake_clock.policy()) as http:
        await http.get(URL)
        await http.get(URL)
    assert fake_clock.slept == []


@respx.mock
async def test_each_retry_is_logged_without_secrets(
    fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    secret = "cal_" + "ab" * 16
    respx.get(URL).mock(side_effect=[_throttled("7"), httpx.Response(502), _ok()])
    with caplog.at_level(logging.DEBUG):
        async with _client(fake_clock.policy()) as http:
            await http.get(URL, params={"q": "1"}, headers={"Authorization": f"Bearer {secret}"})
    records = [r for r in caplog.records if r.name == "cal_async"]
    assert [r.getMessage() for r in records] == [
        "retrying GET /v2/me (retry 1 of 2) in 7.00 s: 429 Too Many Requests",
        "retrying GET /v2/me (retry 2 of 2) in 1.00 s: 502 Bad Gateway",
    ]
    assert [(r.method, r.path, r.attempt, r.wait) for r in records] == [  # type: ignore[attr-defined]
        ("GET", "/v2/me", 1, 7.0),
        ("GET", "/v2/me", 2, 1.0),
    ]
    assert secret not in caplog.text


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"max_retries": -1}, "max_retries must be an int of 0 or more"),
        ({"max_retries": "2"}, "max_retries must be an int"),
        ({"max_retries": 2.0}, "max_retries must be an int"),
        ({"deadline": float("nan")}, "deadline must be a number of 0 or more"),
        ({"backoff_base": True}, "backoff_base must be a number"),
        ({"max_wait": -0.5}, "max_wait must be a number of 0 or more"),
    ],
)
async def test_retry_policy_rejects_bad_values(changes: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        RetryPolicy(**changes)  # type: ignore[arg-type]
    assert RetryPolicy(deadline=None).deadline is None


async def test_transport_closes_the_wrapped_transport() -> None:
    closed: list[bool] = []

    class Inner(httpx.AsyncBaseTransport):
        async def aclose(self) -> None:
            closed.append(True)

    await RetryTransport(Inner()).aclose()
    assert closed == [True]


async def test_the_backend_under_test_is_really_running(anyio_backend: str) -> None:
    # Guards the conftest hook: pytest-asyncio must not have taken the trio runs over.
    if anyio_backend == "trio":
        import trio

        assert trio.lowlevel.current_task() is not None
    else:
        import asyncio

        assert asyncio.current_task() is not None
