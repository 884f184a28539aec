"""CalClient: credentials per operation, per-call options, errors, retries, raw responses,
with_options, caller-supplied httpx clients and the managed-user refresh, under asyncio and trio."""

from __future__ import annotations

import json
import time
from types import ModuleType
from typing import Any

import anyio
import httpx
import pytest
import respx

from cal_async import __version__
from cal_async._auth import ManagedUser, PlatformClient, TokenPair
from cal_async._client import CalClient
from cal_async._errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    AuthenticationError,
    InternalServerError,
    NotFoundError,
    RateLimitError,
    TokenExpiredError,
    TokenRefreshError,
)
from cal_async._fields import Decoder
from cal_async._operation import Operation, query
from cal_async._transport import RetryTransport
from tests.runtime.fakes import FakeClock, asyncio_only

pytestmark = pytest.mark.anyio

BASE = "https://api.cal.test"
KEY = "cal_" + "0123456789abcdef" * 2
SECRET = "platform-secret-7f3a9c"
OLD_TOKEN = "eyJhbGciOiJIUzI1NiJ9.old-access"
NEW_TOKEN = "eyJhbGciOiJIUzI1NiJ9.new-access"
OLD_REFRESH = "eyJhbGciOiJIUzI1NiJ9.old-refresh"
NEW_REFRESH = "eyJhbGciOiJIUzI1NiJ9.new-refresh"
ME = {"id": 7, "username": "ada", "email": "ada@example.com", "timeFormat": 24, "defaultScheduleId": None,
      "weekStart": "Monday", "timeZone": "Europe/London", "organizationId": None}  # fmt: skip
RATE_HEADERS = {
    "X-Request-Id": "rid-1",
    "X-RateLimit-Limit-Default": "120",
    "X-RateLimit-Remaining-Default": "119",
    "X-RateLimit-Reset-Default": "60",
}


def _ok(data: Any = ME, **headers: str) -> httpx.Response:
    return httpx.Response(200, json={"status": "success", "data": data}, headers=headers)


def _expired() -> httpx.Response:
    body = {
        "status": "error",
        "error": {"code": "TokenExpiredException", "message": "ACCESS_TOKEN_IS_EXPIRED"},
    }
    return httpx.Response(498, json=body)


def _refreshed() -> httpx.Response:
    data = {
        "accessToken": NEW_TOKEN,
        "refreshToken": NEW_REFRESH,
        "accessTokenExpiresAt": 4_000_000_000_000,
        "refreshTokenExpiresAt": 4_100_000_000_000,
    }
    return httpx.Response(200, json={"status": "success", "data": data})


def _parse(body: Any) -> Any:
    return body


async def _request(
    cal: CalClient, request: dict[str, Any], parse: Any, *, auth: tuple[str, ...], options: Any
) -> Any:
    """Run a hand-made request through the client's one request path, as an operation would: its
    query parameters and ``cal-api-version`` become the description's, ``parse`` reads the body."""
    params = request.get("params") or {}
    operation = Operation(
        "test",
        "call",
        request["method"],
        request["url"],
        tuple(query(key, key) for key in params),
        Decoder(parse, "what the test expects"),
        auth=auth,
        api_version=(request.get("headers") or {}).get("cal-api-version"),
        enveloped=False,
    )
    return await cal._pipeline.run(operation, tuple(params.values()), options)


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAL_API_KEY", raising=False)
    monkeypatch.delenv("CAL_API_URL", raising=False)


# -- construction ------------------------------------------------------------------------------


async def test_a_call_sends_the_bearer_user_agent_and_version() -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=_ok())
        async with CalClient(KEY, base_url=BASE) as cal:
            me = await cal.me.get()
    assert me.to_dict()["username"] == "ada"
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == f"Bearer {KEY}"
    assert sent.headers["User-Agent"] == f"cal-async/{__version__}"


async def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CAL_API_KEY", KEY)
    monkeypatch.setenv("CAL_API_URL", "https://cal.example.org/")
    with respx.mock:
        route = respx.get("https://cal.example.org/v2/me").mock(return_value=_ok())
        async with CalClient() as cal:
            await cal.me.get()
    assert route.calls.last.request.headers["Authorization"] == f"Bearer {KEY}"
    assert CalClient(KEY).base_url == "https://cal.example.org"
    monkeypatch.delenv("CAL_API_URL")
    assert CalClient(KEY).base_url == "https://api.cal.com"


async def test_a_bad_environment_key_names_the_variable_not_the_value(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("CAL_API_KEY", "sk_wrong_value_123")
    with pytest.raises(ValueError, match="CAL_API_KEY") as caught:
        CalClient()
    assert "sk_wrong_value_123" not in str(caught.value)


async def test_api_key_and_managed_user_are_exclusive() -> None:
    with pytest.raises(ValueError, match="either api_key or managed_user"):
        CalClient(KEY, managed_user=ManagedUser(OLD_TOKEN, OLD_REFRESH, "c1", SECRET))


async def test_default_timeout_is_set(hx: ModuleType) -> None:
    cal = CalClient(KEY)
    assert cal._config.timeout == hx.Timeout(60.0, connect=10.0)
    await cal.aclose()


# -- credentials per declared auth ---------------------------------------------------------------


@asyncio_only
@pytest.mark.parametrize(
    ("auth", "credentials", "expected"),
    [
        ((), "key", {"authorization"}),
        (("Authorization",), "key", {"authorization"}),
        (("Authorization", "x-cal-client-id", "x-cal-secret-key"), "key+platform", {"authorization"}),
        (
            ("Authorization", "x-cal-client-id", "x-cal-secret-key"),
            "platform",
            {"x-cal-client-id", "x-cal-secret-key"},
        ),
        (("x-cal-secret-key",), "key+platform", {"x-cal-secret-key"}),
        (("x-cal-client-id", "x-cal-secret-key"), "platform", {"x-cal-client-id", "x-cal-secret-key"}),
        (("Authorization", "x-cal-client-id"), "platform", {"x-cal-client-id"}),
        (("Authorization",), "platform", set()),
        ((), "none", set()),
    ],
)
async def test_credentials_follow_the_declared_auth(
    auth: tuple[str, ...], credentials: str, expected: set[str]
) -> None:
    platform = PlatformClient("client-1", SECRET) if "platform" in credentials else None
    key = KEY if "key" in credentials else None
    with respx.mock:
        route = respx.get(f"{BASE}/v2/x").mock(return_value=_ok({}))
        async with CalClient(key, base_url=BASE, platform_client=platform) as cal:
            await _request(cal, {"method": "GET", "url": "/v2/x"}, _parse, auth=auth, options={})
    headers = route.calls.last.request.headers
    sent = {name for name in ("authorization", "x-cal-client-id", "x-cal-secret-key") if name in headers}
    assert sent == expected
    if "x-cal-secret-key" in expected:
        assert headers["x-cal-secret-key"] == SECRET


# -- per-call options ------------------------------------------------------------------------------


async def test_per_call_options(fake_clock: FakeClock) -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/x").mock(side_effect=[httpx.Response(503), _ok({})])
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy()) as cal:
            request = {
                "method": "GET",
                "url": "/v2/x",
                "params": {"take": 5},
                "headers": {"cal-api-version": "v1"},
            }
            await _request(
                cal,
                request,
                _parse,
                auth=("Authorization",),
                options={
                    "timeout": 3.5,
                    "extra_headers": {"X-Trace": "t-1", "cal-api-version": "v2"},
                    "extra_query": {"skip": 10},
                },
            )
            sent = route.calls.last.request
            assert sent.headers["X-Trace"] == "t-1"
            assert sent.headers["cal-api-version"] == "v2"  # extra_headers win
            assert dict(sent.url.params) == {"take": "5", "skip": "10"}
            assert sent.extensions["timeout"]["read"] == 3.5
            assert route.call_count == 2
            with pytest.raises(Exception, match="503"):
                route.side_effect = [httpx.Response(503), _ok({})]
                await _request(cal, request, _parse, auth=(), options={"max_retries": 0})
            assert route.call_count == 3


# -- errors ------------------------------------------------------------------------------------------


async def test_non_2xx_raises_the_mapped_error() -> None:
    body = {
        "status": "error",
        "error": {"code": "NotFoundException", "message": "Booking with uid=u1 not found"},
    }
    with respx.mock:
        respx.get(f"{BASE}/v2/bookings/u1").mock(
            return_value=httpx.Response(404, json=body, headers={"X-Request-Id": "rid-404"})
        )
        async with CalClient(KEY, base_url=BASE) as cal:
            with pytest.raises(NotFoundError) as caught:
                await cal.bookings.get("u1")
    assert caught.value.request_id == "rid-404"
    assert caught.value.message == "Booking with uid=u1 not found"


async def test_a_2xx_that_is_not_json_raises_a_response_error() -> None:
    with respx.mock:
        respx.get(f"{BASE}/v2/me").mock(return_value=httpx.Response(200, text="<html>maintenance</html>"))
        async with CalClient(KEY, base_url=BASE) as cal:
            with pytest.raises(APIResponseError):
                await cal.me.get()


async def test_rate_limit_after_retries_carries_the_reset(fake_clock: FakeClock) -> None:
    headers = {"X-RateLimit-Remaining-Default": "0", "X-RateLimit-Reset-Default": "2"}
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=httpx.Response(429, headers=headers))
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy(), max_retries=1) as cal:
            with pytest.raises(RateLimitError) as caught:
                await cal.me.get()
    assert caught.value.retry_after == 2.0
    assert route.call_count == 2
    assert fake_clock.slept == [2.0]


async def test_connection_errors_after_retries(fake_clock: FakeClock, hx: ModuleType) -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(side_effect=httpx.ConnectError("[Errno 111] refused"))
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy()) as cal:
            assert isinstance(cal._runtime.http, hx.AsyncClient)  # the run's library, httpx or httpx2
            with pytest.raises(APIConnectionError) as caught:
                await cal.me.get()
            assert route.call_count == 3
            assert caught.value.method == "GET"
            assert caught.value.path == "/v2/me"
            assert isinstance(caught.value.__cause__, hx.ConnectError)
            route.side_effect = httpx.ReadTimeout("slow")
            with pytest.raises(APITimeoutError) as timed_out:
                await cal.me.get()
            assert isinstance(timed_out.value.__cause__, hx.ReadTimeout)


async def test_a_booking_post_that_gets_502_is_sent_once(fake_clock: FakeClock) -> None:
    with respx.mock:
        route = respx.post(f"{BASE}/v2/bookings").mock(side_effect=[httpx.Response(502), _ok({})])
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy()) as cal:
            with pytest.raises(Exception, match="502"):
                await cal.bookings.create(body={"start": "2030-01-01T10:00:00Z", "eventTypeId": 1})
    assert route.call_count == 1


# -- raw responses -----------------------------------------------------------------------------------


async def test_with_raw_response_returns_the_response_without_resending() -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=_ok(**RATE_HEADERS))
        async with CalClient(KEY, base_url=BASE) as cal:
            raw = await cal.with_raw_response(cal.me.get)
    assert route.call_count == 1
    assert raw.parsed.to_dict()["id"] == 7
    assert raw.request_id == "rid-1"
    assert raw.status_code == 200
    assert raw.headers["X-RateLimit-Limit-Default"] == "120"
    default = raw.rate_limit.get("default")
    assert default is not None and (default.limit, default.remaining, default.reset) == (120, 119, 60.0)
    assert raw.http_response.request.url.path == "/v2/me"


async def test_with_raw_response_keeps_concurrent_calls_apart() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return _ok({**ME, "id": int(request.url.params["n"])}, **{"X-Request-Id": request.url.params["n"]})

    results: dict[int, str | None] = {}
    with respx.mock:
        respx.get(f"{BASE}/v2/x").mock(side_effect=answer)
        async with CalClient(KEY, base_url=BASE) as cal:

            async def fetch(n: int) -> Any:
                request = {"method": "GET", "url": "/v2/x", "params": {"n": n}}
                return await _request(cal, request, _parse, auth=(), options={})

            async def call(n: int) -> None:
                raw = await cal.with_raw_response(fetch, n)
                assert raw.parsed["data"]["id"] == n
                results[n] = raw.request_id

            async with anyio.create_task_group() as tg:
                for n in range(20):
                    tg.start_soon(call, n)
    assert results == {n: str(n) for n in range(20)}


async def test_with_raw_response_works_for_paginated_lists_and_copies() -> None:
    with respx.mock:
        respx.get(f"{BASE}/v2/bookings").mock(return_value=_ok([], **RATE_HEADERS))
        async with CalClient(KEY, base_url=BASE) as cal:
            raw = await cal.with_raw_response(cal.bookings.list)
            assert raw.parsed.items == []
            copy = cal.with_options(max_retries=0)
            raw_copy = await cal.with_raw_response(copy.bookings.list, take=5)
            assert raw_copy.http_response.request.url.params["take"] == "5"
            with pytest.raises(RuntimeError, match="sent no request"):
                await cal.with_raw_response(anyio.sleep, 0)


# -- lifecycle, with_options, caller-supplied clients ------------------------------------------------


async def test_aclose_is_idempotent_and_closed_clients_refuse_calls() -> None:
    cal = CalClient(KEY, base_url=BASE)
    await cal.aclose()
    await cal.aclose()
    assert cal._runtime.http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await cal.me.get()


async def test_with_options_shares_the_pool(fake_clock: FakeClock) -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=httpx.Response(503))
        cal = CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy(), default_headers={"X-App": "a"})
        fast = cal.with_options(max_retries=0, timeout=2.0, default_headers={"X-Extra": "e"})
        assert fast._runtime.http is cal._runtime.http
        assert fast.me is not cal.me and fast.me._client is fast
        with pytest.raises(Exception, match="503"):
            await fast.me.get()
        assert route.call_count == 1
        sent = route.calls.last.request
        assert (sent.headers["X-App"], sent.headers["X-Extra"]) == ("a", "e")
        assert sent.extensions["timeout"]["read"] == 2.0
        with pytest.raises(Exception, match="503"):
            await cal.me.get()
        assert route.call_count == 4  # the original still retries twice
        await fast.aclose()
        assert not cal._runtime.http.is_closed  # closing a copy leaves the shared pool open
        await cal.aclose()
        assert cal._runtime.http.is_closed


async def test_a_caller_supplied_client_is_used_and_not_closed(fake_clock: FakeClock, hx: ModuleType) -> None:
    calls: list[Any] = []

    def handler(request: Any) -> Any:
        calls.append(request)
        return (
            hx.Response(503) if len(calls) == 1 else hx.Response(200, json={"status": "success", "data": ME})
        )

    http = hx.AsyncClient(transport=hx.MockTransport(handler), headers={"X-Caller": "yes"})
    async with CalClient(KEY, base_url=BASE, http_client=http, retry_policy=fake_clock.policy()) as cal:
        await cal.me.get()
    assert len(calls) == 2  # retries apply to a caller's client too
    assert calls[0].headers["X-Caller"] == "yes"
    assert not http.is_closed
    await http.aclose()


async def test_a_caller_supplied_client_brings_its_base_url_and_timeout(
    monkeypatch: pytest.MonkeyPatch, hx: ModuleType
) -> None:
    monkeypatch.setenv("CAL_API_URL", "https://env.example.org")
    seen: list[Any] = []

    def handler(request: Any) -> Any:
        seen.append(request)
        return hx.Response(200, json={"status": "success", "data": ME})

    timeout = hx.Timeout(7.0, connect=2.0)
    async with hx.AsyncClient(
        transport=hx.MockTransport(handler), base_url="https://proxy.example.org/", timeout=timeout
    ) as http:
        cal = CalClient(KEY, http_client=http)
        await cal.me.get()
        await cal.with_options(timeout=3.0).me.get()
    assert str(seen[0].url) == "https://proxy.example.org/v2/me"
    assert seen[0].extensions["timeout"]["connect"] == 2.0
    assert seen[0].extensions["timeout"]["read"] == 7.0
    assert seen[1].extensions["timeout"]["read"] == 3.0


async def test_a_retry_transport_in_the_callers_client_does_not_multiply_retries(
    fake_clock: FakeClock, hx: ModuleType
) -> None:
    calls: list[Any] = []

    def handler(request: Any) -> Any:
        calls.append(request)
        return hx.Response(503)

    inner = RetryTransport(hx.MockTransport(handler), fake_clock.policy(max_retries=5))
    async with hx.AsyncClient(transport=inner) as http:
        cal = CalClient(KEY, base_url=BASE, http_client=http, retry_policy=fake_clock.policy(max_retries=2))
        with pytest.raises(Exception, match="503"):
            await cal.me.get()
    assert len(calls) == 3


# -- managed users ----------------------------------------------------------------------------------


def _managed(**changes: Any) -> ManagedUser:
    return ManagedUser(OLD_TOKEN, OLD_REFRESH, "client-1", SECRET, **changes)


def _me_route(router: respx.MockRouter) -> respx.Route:
    def answer(request: httpx.Request) -> httpx.Response:
        return _ok() if request.headers["Authorization"] == f"Bearer {NEW_TOKEN}" else _expired()

    return router.get(f"{BASE}/v2/me").mock(side_effect=answer)


def _refresh_route(router: respx.MockRouter, answer: httpx.Response | None = None) -> respx.Route:
    """The managed user's refresh endpoint, answering ``answer`` (default: new tokens)."""
    route = router.post(f"{BASE}/v2/oauth/client-1/refresh")
    return route.mock(return_value=_refreshed() if answer is None else answer)


async def test_498_refreshes_once_and_replays() -> None:
    saved: list[TokenPair] = []
    with respx.mock() as router:
        me = _me_route(router)
        refresh = _refresh_route(router)
        async with CalClient(base_url=BASE, managed_user=_managed(on_refresh=saved.append)) as cal:
            result = await cal.me.get()
    assert result.to_dict()["id"] == 7
    assert me.call_count == 2
    sent = refresh.calls.last.request
    assert sent.headers["x-cal-secret-key"] == SECRET
    assert "authorization" not in sent.headers
    assert json.loads(sent.content) == {"refreshToken": OLD_REFRESH}
    assert saved == [TokenPair(NEW_TOKEN, NEW_REFRESH, 4_000_000_000_000, 4_100_000_000_000)]


async def test_one_hundred_concurrent_498s_cause_exactly_one_refresh() -> None:
    saved: list[TokenPair] = []
    with respx.mock() as router:
        me = _me_route(router)
        refresh = _refresh_route(router)
        async with CalClient(base_url=BASE, managed_user=_managed(on_refresh=saved.append)) as cal:
            results: list[int] = []

            async def call() -> None:
                results.append((await cal.me.get()).to_dict()["id"])

            async with anyio.create_task_group() as tg:
                for _ in range(100):
                    tg.start_soon(call)
    assert refresh.call_count == 1
    assert len(saved) == 1
    assert results == [7] * 100
    assert me.call_count == 200  # each call: one 498, one replay


async def test_a_failed_refresh_raises_and_does_not_replay() -> None:
    body = {"status": "error", "error": {"code": "UnauthorizedException", "message": "Invalid refresh token"}}
    with respx.mock() as router:
        me = _me_route(router)
        _refresh_route(router, httpx.Response(401, json=body))
        async with CalClient(base_url=BASE, managed_user=_managed()) as cal:
            with pytest.raises(TokenRefreshError) as caught:
                await cal.me.get()
    assert me.call_count == 1
    assert caught.value.status_code == 401
    assert isinstance(caught.value.__cause__, AuthenticationError)


async def test_the_token_is_refreshed_before_it_expires() -> None:
    with respx.mock() as router:
        me = _me_route(router)
        refresh = _refresh_route(router)
        async with CalClient(base_url=BASE, managed_user=_managed(access_token_expires_at=1)) as cal:
            await cal.me.get()
    assert refresh.call_count == 1
    assert me.call_count == 1  # no 498 round trip


async def test_a_failed_early_refresh_falls_back_to_the_still_valid_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    soon = int(time.time() * 1000) + 30_000  # inside the 60 s margin, not yet expired
    with respx.mock() as router:
        me = router.get(f"{BASE}/v2/me").mock(return_value=_ok())
        refresh = _refresh_route(router, httpx.Response(500))
        async with CalClient(base_url=BASE, managed_user=_managed(access_token_expires_at=soon)) as cal:
            await cal.me.get()
    assert refresh.call_count == 1  # a POST answered 500 is not retried
    assert me.calls.last.request.headers["Authorization"] == f"Bearer {OLD_TOKEN}"
    assert "ahead of its expiry" in caplog.text


async def test_a_failed_refresh_of_an_expired_token_raises() -> None:
    with respx.mock(assert_all_called=False) as router:
        me = router.get(f"{BASE}/v2/me").mock(return_value=_ok())
        _refresh_route(router, httpx.Response(500))
        async with CalClient(base_url=BASE, managed_user=_managed(access_token_expires_at=1)) as cal:
            with pytest.raises(TokenRefreshError):
                await cal.me.get()
    assert me.call_count == 0


async def test_a_second_498_after_refresh_is_raised() -> None:
    with respx.mock() as router:
        me = router.get(f"{BASE}/v2/me").mock(return_value=_expired())
        _refresh_route(router)
        async with CalClient(base_url=BASE, managed_user=_managed()) as cal:
            with pytest.raises(TokenExpiredError):
                await cal.me.get()
    assert me.call_count == 2


async def test_498_without_a_managed_user_is_raised() -> None:
    with respx.mock() as router:
        router.get(f"{BASE}/v2/me").mock(return_value=_expired())
        async with CalClient(KEY, base_url=BASE) as cal:
            with pytest.raises(TokenExpiredError):
                await cal.me.get()


# -- secrets ------------------------------------------------------------------------------------------


async def test_secrets_never_reach_reprs_logs_or_exceptions(
    fake_clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    secrets = (KEY, SECRET, OLD_TOKEN, NEW_TOKEN, OLD_REFRESH, NEW_REFRESH)
    texts: list[str] = []

    def collect(value: object) -> None:
        texts.extend([repr(value), str(value)])
        if isinstance(value, BaseException):
            texts.extend(str(arg) for arg in value.args)
            if value.__cause__ is not None:
                collect(value.__cause__)

    throttled = httpx.Response(
        429,
        json={
            "status": "error",
            "error": {"code": "ThrottlerException", "message": "Too Many", "details": "wait"},
        },
        headers={"X-RateLimit-Remaining-Default": "0", "X-RateLimit-Reset-Default": "1"},
    )
    unauthorized = httpx.Response(401, json={"statusCode": 401, "message": "Invalid API Key"})
    with caplog.at_level("DEBUG"), respx.mock() as router:
        route = router.get(f"{BASE}/v2/me")
        refresh = router.post(f"{BASE}/v2/oauth/client-1/refresh")
        policy = fake_clock.policy()
        cal = CalClient(
            KEY, base_url=BASE, retry_policy=policy, platform_client=PlatformClient("client-1", SECRET)
        )
        user_cal = CalClient(base_url=BASE, retry_policy=policy, managed_user=_managed())
        collect(cal)
        collect(user_cal)
        collect(cal.with_options(max_retries=0))
        for answer in ([throttled, throttled, throttled], [unauthorized], httpx.ConnectError("refused")):
            route.side_effect = answer
            with pytest.raises(Exception) as caught:
                await cal.me.get()
            collect(caught.value)
        route.side_effect = [_expired()]
        refresh.side_effect = [httpx.Response(400, json={"statusCode": 400, "message": "bad refresh token"})]
        with pytest.raises(TokenRefreshError) as refresh_error:
            await user_cal.me.get()
        collect(refresh_error.value)
        route.side_effect = lambda request: (
            _expired() if OLD_TOKEN in request.headers["Authorization"] else _ok()
        )
        refresh.side_effect = [_refreshed()]
        collect(await user_cal.with_raw_response(user_cal.me.get))
        collect(user_cal._runtime.bearer)
        await cal.aclose()
        await user_cal.aclose()
    assert caplog.records  # retries were logged
    assert any("retrying GET /v2/me" in r.getMessage() for r in caplog.records)
    everything = "\n".join([*texts, caplog.text])
    for secret in secrets:
        assert secret not in everything


async def test_a_per_call_deadline_bounds_retries_and_waits(fake_clock: FakeClock) -> None:
    # Backoff ceilings with jitter 1.0 are 0.5 s then 1 s: a 0.7 s deadline leaves room for one wait only.
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(return_value=httpx.Response(503))
        policy = fake_clock.policy(deadline=None)
        async with CalClient(KEY, base_url=BASE, retry_policy=policy, max_retries=5) as cal:
            with pytest.raises(InternalServerError):
                await cal.me.get(deadline=0.7)
            assert route.call_count == 2
            assert fake_clock.slept == [0.5]
            route.reset()
            fake_clock.slept.clear()
            with pytest.raises(InternalServerError):
                await cal.me.get()  # no deadline: the retry budget is the limit
            assert route.call_count == 6


class BrokenBody(httpx.AsyncByteStream):
    """A response body the connection drops after its first bytes."""

    def __init__(self, first: bytes) -> None:
        self.first = first

    async def __aiter__(self):  # type: ignore[override]
        yield self.first
        raise httpx.ReadError("connection reset mid-body")


async def test_a_get_whose_body_breaks_off_is_retried(fake_clock: FakeClock) -> None:
    with respx.mock:
        route = respx.get(f"{BASE}/v2/me").mock(
            side_effect=[
                httpx.Response(200, stream=BrokenBody(b'{"status": "success", "da')),
                _ok({"id": 1, "email": "a@b.c"}),
            ]
        )
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy()) as cal:
            me = await cal.me.get()
    assert route.call_count == 2
    assert me.to_dict()["id"] == 1


async def test_a_post_whose_body_breaks_off_is_not_retried(fake_clock: FakeClock) -> None:
    with respx.mock:
        route = respx.post(f"{BASE}/v2/bookings").mock(
            return_value=httpx.Response(201, stream=BrokenBody(b'{"status": "succ'))
        )
        async with CalClient(KEY, base_url=BASE, retry_policy=fake_clock.policy()) as cal:
            with pytest.raises(APIConnectionError):
                await cal.bookings.create(body={"start": "2030-01-01T10:00:00Z", "eventTypeId": 1})
    assert route.call_count == 1  # the booking may exist: never sent twice
