"""Credentials: malformed ones are refused when built, without echoing them; well-formed ones
never appear in an exception text or a log line, with every logger (httpx and httpcore included)
at DEBUG, over real sockets, through errors, retries, a 498, a token refresh and its replay."""

from __future__ import annotations

import traceback
from collections.abc import Callable

import httpx
import pytest

from cal_async import (
    APIConnectionError,
    ApiKey,
    CalClient,
    CalError,
    ManagedUser,
    PlatformClient,
    RetryPolicy,
)
from cal_async._auth import TokenPair
from tests.adversarial.scripted import CLIENT_ID, SECRET_KEY, TokenServer, wait_until
from tests.adversarial.secret_checks import MALFORMED, exception_texts

pytestmark = pytest.mark.anyio

KEY = "cal_" + "0b1c2d3e" * 4


@pytest.mark.parametrize("label", list(MALFORMED))
async def test_malformed_credentials_are_refused_without_echo(label: str) -> None:
    bad = MALFORMED[label]
    secret = "Zq9" + bad + "Wv7secretpart"
    builders: dict[str, Callable[[], object]] = {
        "api key": lambda: ApiKey("cal_" + secret),
        "client api_key": lambda: CalClient("cal_" + secret),
        "platform secret": lambda: PlatformClient("client-1", secret),
        "access token": lambda: ManagedUser(secret, "refresh", "client-1", "s"),
        "refresh token": lambda: ManagedUser("access", secret, "client-1", "s"),
        "client secret": lambda: ManagedUser("access", "refresh", "client-1", secret),
    }
    for what, build in builders.items():
        with pytest.raises(ValueError) as caught:
            build()
        text = "".join(traceback.format_exception(caught.value))
        assert "secretpart" not in text and "Zq9" not in text, (what, text)


async def test_no_secret_in_any_log_record_or_exception(debug_logs: pytest.LogCaptureFixture) -> None:
    texts: list[str] = []
    rotated: list[TokenPair] = []
    with TokenServer() as server:
        user = ManagedUser(
            server.access_token, server.refresh_token, CLIENT_ID, SECRET_KEY, on_refresh=rotated.append
        )
        secrets = [KEY, SECRET_KEY, server.access_token, server.refresh_token]
        fast = RetryPolicy(max_retries=1, backoff_base=0.0)
        async with (
            CalClient(managed_user=user, base_url=server.base_url, retry_policy=fast) as managed,
            CalClient(KEY, base_url=server.base_url, retry_policy=fast) as keyed,
            CalClient(KEY, base_url="http://127.0.0.1:9", retry_policy=fast) as refused,
            CalClient(
                platform_client=PlatformClient(CLIENT_ID, SECRET_KEY), base_url=server.base_url
            ) as plat,
        ):
            server.expire()
            assert (await managed.me.get()).email  # 498, refresh, replay
            await wait_until(lambda: bool(rotated))
            secrets += [rotated[0].access_token, rotated[0].refresh_token]
            for call in (
                keyed.me.get(),  # 498: the key is not the managed user's token
                keyed.bookings.get("missing"),  # 404
                refused.me.get(),  # connection refused, retried
                plat.bookings.get("missing"),  # 404, sent with the platform headers
            ):
                with pytest.raises(CalError) as caught:
                    await call
                texts.append(exception_texts(caught.value))
            texts.extend(repr(c) for c in (managed, keyed, plat, user, rotated[0]))
    records = [
        f"{r.name} {r.getMessage()} {r.args!r} {r.__dict__!r} {r.exc_text or ''}" for r in debug_logs.records
    ]
    assert any(r.name.startswith("httpcore") for r in debug_logs.records)  # DEBUG really was on
    everything = "\n".join(texts + records)
    leaks = [s for s in secrets if s in everything]
    assert leaks == []


async def test_a_transport_error_quoting_a_credential_is_scrubbed() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(f"Illegal header value {request.headers['authorization'].encode()!r}")

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with CalClient(KEY, base_url="https://api.cal.test", http_client=http) as cal:
        with pytest.raises(APIConnectionError) as caught:
            await cal.me.get()
    text = exception_texts(caught.value)
    assert KEY not in text and "<redacted>" in text
    assert caught.value.__cause__ is None  # the original text would show the key
