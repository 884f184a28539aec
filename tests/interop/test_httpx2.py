"""cal-async on httpx2 (issue 14, item 1), beyond the runtime suite (which runs on both libraries):
choosing the library, the fake's clients and webhooks, the pytest plugin, real HTTP and errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import httpx2
import pytest

from cal_async import APIConnectionError, CalClient
from cal_async._http_backend import (
    backend_named,
    backend_of,
    classes_named,
    is_replayable,
    timeout_types,
    transport_errors,
)
from cal_async.testing import FakeCal, serve
from tests.conftest import ROOT
from tests.helpers.support import run_pytest

NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)  # a Monday


@pytest.fixture(autouse=True)
def _no_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CAL_API_KEY", "CAL_API_URL", "CAL_HTTP_BACKEND"):
        monkeypatch.delenv(name, raising=False)


# -- choosing the library ---------------------------------------------------------------------------


async def test_the_library_is_chosen_by_name_by_client_or_by_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with CalClient("cal_test_key") as cal:
        assert type(cal._runtime.http) is httpx.AsyncClient
    async with CalClient("cal_test_key", http_backend="httpx2") as cal:
        assert type(cal._runtime.http) is httpx2.AsyncClient
        assert isinstance(cal._config.timeout, httpx2.Timeout)  # the default, in httpx2's class
    async with httpx2.AsyncClient(base_url="https://proxy.example.org") as http:
        cal = CalClient("cal_test_key", http_client=http)
        assert cal._runtime.http is http and cal.base_url == "https://proxy.example.org"
    monkeypatch.setenv("CAL_HTTP_BACKEND", "httpx2")
    async with CalClient("cal_test_key") as cal:
        assert type(cal._runtime.http) is httpx2.AsyncClient


async def test_a_timeout_of_either_library_fits_the_client() -> None:
    async with httpx2.AsyncClient() as http:
        cal = CalClient("cal_test_key", http_client=http, timeout=httpx.Timeout(5.0, connect=1.0))
        assert cal._config.timeout == httpx2.Timeout(5.0, connect=1.0)
        assert cal.with_options(timeout=httpx.Timeout(2.0))._config.timeout == httpx2.Timeout(2.0)
    async with CalClient("cal_test_key", timeout=httpx2.Timeout(3.0)) as cal:
        assert cal._config.timeout == httpx.Timeout(3.0)


async def test_wrong_choices_say_what_to_fix() -> None:
    async with httpx2.AsyncClient() as http:
        with pytest.raises(ValueError, match=r"http_backend='httpx' but http_client is an httpx2"):
            CalClient("cal_test_key", http_client=http, http_backend="httpx")
    with pytest.raises(ValueError, match=r"http_backend must be one of 'httpx', 'httpx2', got 'requests'"):
        CalClient("cal_test_key", http_backend="requests")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"expected an httpx or httpx2 object.*builtins.object"):
        CalClient("cal_test_key", http_client=object())  # type: ignore[arg-type]


def test_exceptions_and_bodies_of_both_libraries_are_recognised() -> None:
    assert {httpx.TransportError, httpx2.TransportError} <= set(transport_errors())
    assert set(classes_named("DecodingError")) == {httpx.DecodingError, httpx2.DecodingError}
    assert set(timeout_types()) == {httpx.Timeout, httpx2.Timeout}
    for module in (httpx, httpx2):
        assert is_replayable(module.Request("POST", "https://x.test", json={"a": 1}))
        assert not is_replayable(module.Request("POST", "https://x.test", content=iter([b"x"])))
        assert backend_of(module.Response(200)).module is module
    assert backend_named("httpx2").name == "httpx2"


def test_a_missing_httpx2_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx2", None)  # what an environment without it does
    with pytest.raises(ImportError, match=r"pip install 'cal-async\[httpx2\]'"):
        CalClient("cal_test_key", http_backend="httpx2")


def test_httpx2_alias_httpx_is_understood() -> None:
    # An application that called httpx2.alias_httpx() gets httpx2 from `import httpx`; the SDK then
    # runs on httpx2 throughout and names it so.
    probe = textwrap.dedent(
        """
        import httpx2
        httpx2.alias_httpx()
        from cal_async import CalClient
        cal = CalClient("cal_" + "a" * 32)
        print(type(cal._runtime.http).__module__, cal._runtime.backend.name)
        """
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True, timeout=60
    )
    assert result.stdout.split() == ["httpx2", "httpx2"]


# -- the fake -----------------------------------------------------------------------------------------


async def test_the_fake_serves_httpx2_clients_with_pages_and_raw_responses() -> None:
    fake = FakeCal(now=NOW)
    event_type = fake.add_event_type(slug="intro", length=30)
    for n in range(5):
        fake.add_booking(event_type, NOW + timedelta(days=1, hours=1, minutes=30 * n))
    async with fake.http_client(http_backend="httpx2") as http:
        assert type(http) is httpx2.AsyncClient
        assert (await http.get("/v2/me")).json()["data"]["username"] == "fake-host"
    async with fake.client(http_backend="httpx2") as cal:
        assert type(cal._runtime.http) is httpx2.AsyncClient
        pages = [len(page) async for page in cal.bookings.list(take=2).pages()]
        assert pages == [2, 2, 1]
        raw = await cal.with_raw_response(cal.me.get)
        assert isinstance(raw.http_response, httpx2.Response)
        assert raw.headers["content-type"].startswith("application/json")
        for timeout in (2.0, httpx2.Timeout(2.0), httpx.Timeout(2.0)):  # per call: either library's
            raw = await cal.with_raw_response(cal.me.get, timeout=timeout)
            assert raw.http_response.request.extensions["timeout"]["read"] == 2.0


async def test_webhooks_are_delivered_through_an_httpx2_transport() -> None:
    received: list[httpx2.Request] = []

    def subscriber(request: httpx2.Request) -> httpx2.Response:
        received.append(request)
        return httpx2.Response(200)

    fake = FakeCal(now=NOW, webhook_transport=httpx2.MockTransport(subscriber))
    fake.add_webhook(subscriber_url="https://app.test/hooks", triggers=["BOOKING_CANCELLED"])
    booking = fake.add_booking(fake.add_event_type(slug="intro", length=30), NOW + timedelta(days=1, hours=2))
    async with fake.http_client(http_backend="httpx2") as http:
        cancelled = await http.post(
            f"/v2/bookings/{booking.uid}/cancel",
            json={"cancellationReason": "ill"},
            headers={"cal-api-version": "2024-08-13"},
        )
        assert cancelled.status_code == 200, cancelled.text
    await fake.aclose()
    assert [str(r.url) for r in received] == ["https://app.test/hooks"]
    assert (fake.deliveries[-1].status_code, fake.deliveries[-1].error) == (200, None)


def test_the_pytest_plugin_on_both_libraries(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(
        textwrap.dedent(
            """
            import pytest

            pytest_plugins = ["cal_async.testing.pytest_plugin"]


            @pytest.fixture(params=["httpx", "httpx2"])
            def cal_http_backend(request):
                return request.param
            """
        )
    )
    (tmp_path / "test_app.py").write_text(
        textwrap.dedent(
            """
            import pytest


            @pytest.mark.asyncio
            async def test_me(cal_client, cal_http_backend):
                assert type(cal_client._runtime.http).__module__ == cal_http_backend
                assert (await cal_client.me.get()).username == "fake-host"
            """
        )
    )
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    result = run_pytest(tmp_path, "-W", "error::DeprecationWarning")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 passed" in result.stdout


# -- real HTTP ------------------------------------------------------------------------------------------


async def test_httpx2_over_real_http_and_a_refused_connection() -> None:
    fake = FakeCal()
    async with serve(fake) as url, CalClient(fake.api_key, http_backend="httpx2", base_url=url) as cal:
        assert (await cal.me.get()).username == "fake-host"
    # The server is gone: the port refuses connections, raised by httpx2 and mapped to CalError.
    async with CalClient("cal_test_key", http_backend="httpx2", base_url=url, max_retries=1) as cal:
        with pytest.raises(APIConnectionError) as caught:
            await cal.me.get()
    assert isinstance(caught.value.__cause__, httpx2.ConnectError)


async def test_an_oauth_login_and_refresh_run_on_httpx2() -> None:
    # OAuthApp's token requests go through the caller's client with the SDK's timeout: an httpx
    # Timeout handed to an httpx2 client broke the exchange (httpx2.Timeout cannot take one).
    from urllib.parse import parse_qs, urlsplit

    from cal_async import OAuthScope, OAuthSession

    fake = FakeCal(now=NOW)
    scopes = (OAuthScope.BOOKING_READ, OAuthScope.PROFILE_READ)
    app = fake.app.oauth.register_client("https://app.example/callback", scopes).app("http://cal.test")
    transport = httpx2.ASGITransport(app=fake.app)
    timeouts: list[dict[str, object]] = []

    async def record(request: httpx2.Request) -> None:
        if request.url.path.endswith("/token"):
            timeouts.append(dict(request.extensions["timeout"]))

    hooks = {"request": [record]}
    async with httpx2.AsyncClient(transport=transport, base_url="http://cal.test", event_hooks=hooks) as http:
        login = app.authorization_request(scopes)
        consented = await http.get(login.url)
        assert consented.status_code == 302, consented.text
        query = {k: v[0] for k, v in parse_qs(urlsplit(consented.headers["location"]).query).items()}
        code = app.code_from_callback(query, state=login.state)
        tokens = await app.exchange_code(
            code, code_verifier=login.code_verifier, http_client=http, wall_clock=fake.clock.timestamp
        )
        renewed = await app.refresh(tokens.refresh_token, http_client=http, wall_clock=fake.clock.timestamp)
        saved: list[object] = []
        session = OAuthSession(app, renewed, on_refresh=saved.append, wall_clock=fake.clock.timestamp)
        async with CalClient(oauth=session, http_client=http) as cal:
            fake.clock.advance(1801)  # the access token has expired: the client refreshes first
            assert (await cal.me.get()).id == fake.user.id
    assert renewed.refresh_token != tokens.refresh_token and len(saved) == 1
    assert timeouts[:2] == [{"connect": 10.0, "read": 30.0, "write": 30.0, "pool": 30.0}] * 2


async def test_a_corrupt_content_encoding_from_httpx2_is_an_api_response_error() -> None:
    from cal_async import APIResponseError, RetryPolicy

    seen: list[httpx2.Request] = []

    def corrupt_gzip(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        stream = httpx2.ByteStream(b"this is not gzip")  # not content=: that would decode it now
        return httpx2.Response(200, stream=stream, headers={"content-encoding": "gzip"})

    http = httpx2.AsyncClient(transport=httpx2.MockTransport(corrupt_gzip), base_url="https://api.cal.test")
    no_waits = RetryPolicy(backoff_base=0.0)
    async with http, CalClient("cal_test_key", http_client=http, retry_policy=no_waits) as cal:
        with pytest.raises(APIResponseError, match="cannot be decoded") as caught:
            await cal.me.get()
    assert len(seen) == 3  # a read is retried (the first attempt and two retries), as on httpx
    assert isinstance(caught.value.response, httpx2.Response) and caught.value.response.status_code == 200
