"""CalClient(oauth=OAuthSession(...)): refresh ahead of expiry and on 401, single-flight, rotation
handed to the callback before use, cancellation-safe, and invalid_grant -> ReauthorizationRequired.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import anyio
import anyio.lowlevel
import attrs
import httpx
import pytest

from cal_async import CalClient, OAuthApp, OAuthSession, OAuthTokens, ReauthorizationRequired
from cal_async.testing import FakeCal, Fault

from .conftest import URL, login


def _session(fake: FakeCal, app: OAuthApp, tokens: OAuthTokens, saved: list[OAuthTokens]) -> OAuthSession:
    return OAuthSession(app, tokens, on_refresh=saved.append, wall_clock=fake.clock.timestamp)


async def test_refreshes_ahead_of_expiry(fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient) -> None:
    tokens = await login(fake, app, http)
    saved: list[OAuthTokens] = []
    async with CalClient(oauth=_session(fake, app, tokens, saved), base_url=URL, http_client=http) as cal:
        await cal.me.get()
        assert fake.app.oauth.token_requests == 1  # only the login's exchange
        fake.clock.advance(1800 - 30)  # inside the 60 s margin
        await cal.me.get()
    assert fake.app.oauth.token_requests == 2
    assert len(saved) == 1 and saved[0].refresh_token != tokens.refresh_token
    assert saved[0].expires_at == fake.clock.timestamp() + 1800


async def test_refreshes_after_a_401(fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient) -> None:
    # Expiry unknown to the client (as with tokens stored without expires_at): the server's 401
    # is what triggers the refresh, then the call is replayed once.
    tokens = attrs.evolve(await login(fake, app, http), expires_at=None)
    saved: list[OAuthTokens] = []
    async with CalClient(oauth=_session(fake, app, tokens, saved), base_url=URL, http_client=http) as cal:
        fake.clock.advance(1801)
        me = await cal.me.get()
    assert me.id == fake.user.id and len(saved) == 1


async def test_concurrent_expiry_causes_one_refresh(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    saved: list[OAuthTokens] = []
    session = _session(fake, app, tokens, saved)
    fake.set_rate_limit(None)
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        fake.clock.advance(1801)
        async with anyio.create_task_group() as tg:
            for _ in range(100):
                tg.start_soon(cal.me.get)
    assert fake.app.oauth.token_requests == 2  # the exchange and one refresh
    assert len(saved) == 1 and session.tokens == saved[0]


async def test_callback_sees_new_tokens_before_any_request_uses_them(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    sent: list[str] = []
    seen_at_callback: list[list[str]] = []

    async def record(request: httpx.Request) -> None:
        if request.url.path == "/v2/me":
            sent.append(request.headers["authorization"].removeprefix("Bearer "))

    async def persist(new: OAuthTokens) -> None:
        await anyio.lowlevel.checkpoint()
        seen_at_callback.append(list(sent))
        assert new.access_token not in sent

    http.event_hooks["request"].append(record)
    session = OAuthSession(app, tokens, on_refresh=persist, wall_clock=fake.clock.timestamp)
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        fake.clock.advance(1801)
        await cal.me.get()
    assert seen_at_callback == [[]] and sent == [session.access_token]


async def test_a_refresh_survives_cancellation_once_sent(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    saved: list[OAuthTokens] = []
    session = _session(fake, app, tokens, saved)
    in_flight, release = anyio.Event(), anyio.Event()

    async def slow_post(path: str, headers: Mapping[str, str], body: Mapping[str, Any]) -> httpx.Response:
        response = await http.post(path, json=dict(body))  # the server has rotated the pair now
        in_flight.set()
        await release.wait()  # the answer is still on its way back when the caller gives up
        return response

    async with anyio.create_task_group() as tg:
        tg.start_soon(session.refresh, tokens.access_token, slow_post)
        await in_flight.wait()
        tg.cancel_scope.cancel()  # the caller gives up (a timeout, a closed request...)
        release.set()
    # The new pair was stored and persisted although the caller was cancelled...
    assert len(saved) == 1 and session.tokens == saved[0]
    # ...and it is the live one: the old refresh token is dead, the new one works.
    with pytest.raises(ReauthorizationRequired):
        await app.refresh(tokens.refresh_token, http_client=http)
    await app.refresh(saved[0].refresh_token, http_client=http)


async def test_revoked_grant_raises_reauthorization_required(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    session = _session(fake, app, tokens, [])
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        await cal.me.get()
        fake.app.oauth.revoke(app.client_id)
        await cal.me.get()  # the access token lives on until it expires
        fake.clock.advance(1800 - 30)
        await cal.me.get()  # the refresh ahead of expiry fails, the token still works
        fake.clock.advance(30)
        with pytest.raises(ReauthorizationRequired) as caught:
            await cal.me.get()  # expired, and the refresh is refused: invalid_grant
        assert caught.value.error == "invalid_grant"
        requests = fake.app.oauth.token_requests
        with pytest.raises(ReauthorizationRequired):
            await cal.me.get()
        assert fake.app.oauth.token_requests == requests  # a revoked grant is not asked again


async def test_a_failing_callback_keeps_the_new_tokens(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)

    def broken(_: OAuthTokens) -> None:
        raise OSError("disk full")

    session = OAuthSession(app, tokens, on_refresh=broken, wall_clock=fake.clock.timestamp)
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        fake.clock.advance(1801)
        with pytest.raises(OSError, match="disk full"):
            await cal.me.get()
        assert session.tokens.refresh_token != tokens.refresh_token
        assert (await cal.me.get()).id == fake.user.id  # the session goes on with the new pair


def test_client_takes_one_bearer_credential(app: OAuthApp) -> None:
    session = OAuthSession(app, OAuthTokens("a", "r"))
    with pytest.raises(ValueError, match="pass oauth alone"):
        CalClient("cal_" + "0" * 32, oauth=session)
    assert "auth=oauth" in repr(CalClient(oauth=session))
    assert "'a'" not in repr(session)


@pytest.mark.parametrize("margin", [-1, float("nan"), "60"])
def test_refresh_margin_must_be_a_number_of_0_or_more(app: OAuthApp, margin: Any) -> None:
    with pytest.raises(ValueError, match="refresh_margin must be a number of 0 or more"):
        OAuthSession(app, OAuthTokens("a", "r"), refresh_margin=margin)


async def test_a_498_also_triggers_the_refresh(fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient) -> None:
    tokens = await login(fake, app, http)
    saved: list[OAuthTokens] = []
    async with CalClient(oauth=_session(fake, app, tokens, saved), base_url=URL, http_client=http) as cal:
        fake.faults.append(Fault(status=498, path_prefix="/v2/me"))
        copy = cal.with_options(max_retries=0)  # shares the session
        assert (await copy.me.get()).id == fake.user.id
    assert len(saved) == 1
