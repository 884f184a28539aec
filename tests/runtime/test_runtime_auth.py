"""Credentials validate at construction and hide secrets; the token session refreshes single-flight."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest

from cal_async._auth import ApiKey, ManagedUser, PlatformClient, TokenPair, TokenSession
from cal_async._errors import APIConnectionError, TokenRefreshError

pytestmark = pytest.mark.anyio

KEY = "cal_" + "0123456789abcdef" * 2
LIVE_KEY = "cal_live_" + "fedcba9876543210" * 2
SECRET = "platform-secret-7f3a9c"
ACCESS = "eyJhbGciOiJIUzI1NiJ9.access-one"
REFRESH = "eyJhbGciOiJIUzI1NiJ9.refresh-one"


def _user(**changes: Any) -> ManagedUser:
    return attrs.evolve(ManagedUser(ACCESS, REFRESH, "client-1", SECRET), **changes)


def _refreshed(n: int = 2) -> httpx.Response:
    data = {
        "accessToken": f"access-{n}",
        "refreshToken": f"refresh-{n}",
        "accessTokenExpiresAt": 1_900_000_000_000,
        "refreshTokenExpiresAt": 1_950_000_000_000,
    }
    return httpx.Response(
        200, json={"status": "success", "data": data}, request=httpx.Request("POST", "https://x")
    )


class FakeRefreshEndpoint:
    """Records refresh calls and answers them with ``responses`` (or raises an exception)."""

    def __init__(self, *responses: httpx.Response | Exception) -> None:
        self.responses = list(responses)
        self.calls: list[tuple[str, dict[str, str], dict[str, Any]]] = []

    async def __call__(
        self, path: str, headers: Mapping[str, str], body: Mapping[str, Any]
    ) -> httpx.Response:
        self.calls.append((path, dict(headers), dict(body)))
        await anyio.lowlevel.checkpoint()  # let the other tasks pile up behind the lock
        answer = self.responses.pop(0) if len(self.responses) > 1 else self.responses[0]
        if isinstance(answer, Exception):
            raise answer
        return answer


async def test_api_key_prefixes() -> None:
    assert ApiKey(KEY).is_live is False
    assert ApiKey(LIVE_KEY).is_live is True


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("sk_live_abcdef", "must start with 'cal_'"),
        ("eyJhbGciOi.jwt.token", "ManagedUser"),
        ("cal_", "nothing after it"),
        ("", "is empty"),
        (KEY + "\n", "whitespace"),
    ],
)
async def test_bad_api_keys_are_rejected_without_echoing_them(value: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        ApiKey(value)
    if value:
        assert value.strip() not in str(caught.value)


async def test_api_key_type_is_checked() -> None:
    with pytest.raises(TypeError):
        ApiKey(123)  # type: ignore[arg-type]


async def test_credentials_never_show_secrets() -> None:
    pair = TokenPair(ACCESS, REFRESH, 1, 2)
    values = [
        ApiKey(KEY),
        ApiKey(LIVE_KEY),
        PlatformClient("client-1", SECRET),
        _user(),
        pair,
        TokenSession(_user()),
    ]
    for value in values:
        for text in (repr(value), str(value), f"{value}", repr([value])):
            for secret in (KEY, LIVE_KEY, SECRET, ACCESS, REFRESH):
                assert secret not in text
    assert "client-1" in repr(PlatformClient("client-1", SECRET))
    assert "1" in repr(pair)


async def test_credentials_are_frozen() -> None:
    key = ApiKey(KEY)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        key.value = "cal_other"  # type: ignore[misc]


async def test_refresh_posts_to_the_oauth_endpoint_and_stores_the_rotated_pair() -> None:
    received: list[TokenPair] = []
    session = TokenSession(_user(client_id="client/1", on_refresh=received.append))
    endpoint = FakeRefreshEndpoint(_refreshed())
    tokens = await session.refresh(ACCESS, endpoint)
    assert endpoint.calls == [
        ("/v2/oauth/client%2F1/refresh", {"x-cal-secret-key": SECRET}, {"refreshToken": REFRESH})
    ]
    assert tokens == TokenPair("access-2", "refresh-2", 1_900_000_000_000, 1_950_000_000_000)
    assert session.tokens == tokens
    assert session.access_token == "access-2"
    assert received == [tokens]


async def test_async_callback_is_awaited() -> None:
    received: list[TokenPair] = []

    async def persist(tokens: TokenPair) -> None:
        await anyio.lowlevel.checkpoint()
        received.append(tokens)

    session = TokenSession(_user(on_refresh=persist))
    await session.refresh(ACCESS, FakeRefreshEndpoint(_refreshed()))
    assert [t.refresh_token for t in received] == ["refresh-2"]


async def test_one_hundred_concurrent_expiries_cause_one_refresh() -> None:
    callbacks: list[TokenPair] = []
    session = TokenSession(_user(on_refresh=callbacks.append))
    endpoint = FakeRefreshEndpoint(_refreshed())
    results: list[str] = []

    async def expired_call() -> None:
        results.append((await session.refresh(ACCESS, endpoint)).access_token)

    async with anyio.create_task_group() as tg:
        for _ in range(100):
            tg.start_soon(expired_call)
    assert len(endpoint.calls) == 1
    assert results == ["access-2"] * 100
    assert len(callbacks) == 1


async def test_a_failed_refresh_is_not_retried_by_the_waiting_tasks() -> None:
    endpoint = FakeRefreshEndpoint(
        httpx.Response(
            401,
            json={
                "status": "error",
                "error": {"code": "UnauthorizedException", "message": "Invalid refresh token"},
            },
            headers={"X-Request-Id": "rid-9"},
            request=httpx.Request("POST", "https://x"),
        )
    )
    session = TokenSession(_user())
    errors: list[TokenRefreshError] = []

    async def expired_call() -> None:
        try:
            await session.refresh(ACCESS, endpoint)
        except TokenRefreshError as exc:
            errors.append(exc)

    async with anyio.create_task_group() as tg:
        for _ in range(20):
            tg.start_soon(expired_call)
    assert len(endpoint.calls) == 1
    assert len(errors) == 20
    assert errors[0].status_code == 401
    assert errors[0].request_id == "rid-9"
    assert "Invalid refresh token" in str(errors[0])
    assert session.access_token == ACCESS  # nothing stored


async def test_a_later_call_after_a_failed_refresh_tries_again() -> None:
    endpoint = FakeRefreshEndpoint(APIConnectionError("boom", method="POST", path="/"), _refreshed(3))
    session = TokenSession(_user())
    with pytest.raises(TokenRefreshError, match="boom") as caught:
        await session.refresh(ACCESS, endpoint)
    assert isinstance(caught.value.__cause__, APIConnectionError)
    assert caught.value.status_code is None
    # not part of the failed wave: a transient failure must not lock the session out for good
    assert (await session.refresh(ACCESS, endpoint)).access_token == "access-3"
    assert len(endpoint.calls) == 2


@pytest.mark.parametrize(
    "response",
    [
        httpx.Response(200, json={"status": "success", "data": {"accessToken": "a"}}),
        httpx.Response(200, json={"status": "success"}),
        httpx.Response(200, json=[]),
        httpx.Response(200, text="<html></html>"),
    ],
)
async def test_a_malformed_refresh_response_is_a_refresh_error(response: httpx.Response) -> None:
    response.request = httpx.Request("POST", "https://x")
    session = TokenSession(_user())
    with pytest.raises(TokenRefreshError):
        await session.refresh(ACCESS, FakeRefreshEndpoint(response))
    assert session.access_token == ACCESS


async def test_expires_soon_uses_the_epoch_millisecond_expiry() -> None:
    now = [1_800_000_000.0]
    session = TokenSession(_user(access_token_expires_at=1_800_000_120_000), wall_clock=lambda: now[0])
    assert not session.expires_soon()  # 120 s left, margin 60 s
    now[0] += 61
    assert session.expires_soon()
    assert not TokenSession(_user()).expires_soon()  # unknown expiry: rely on 498
