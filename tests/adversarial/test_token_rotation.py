"""Durable token rotation: once a refresh request is sent it finishes, whatever happens to the
callers. The refresh token is single-use (the server rotates both tokens), so a refresh whose
answer is lost locks the managed user out: every later call used to fail with
``TokenRefreshError ... Invalid Refresh Token``."""

from __future__ import annotations

import asyncio

import anyio
import pytest

from cal_async import CalClient, ManagedUser, TokenPair
from tests.adversarial.scripted import (
    CLIENT_ID,
    JSON,
    ME,
    SECRET_KEY,
    ScriptedServer,
    TokenServer,
    envelope_error,
    wait_until,
)
from tests.soak.raw_http import Request

pytestmark = pytest.mark.anyio

REFRESH_PATH = f"/v2/oauth/{CLIENT_ID}/refresh"


def _user(server: TokenServer, received: list[TokenPair]) -> ManagedUser:
    return ManagedUser(
        server.access_token, server.refresh_token, CLIENT_ID, SECRET_KEY, on_refresh=received.append
    )


async def test_cancelling_the_caller_after_the_server_rotated_keeps_the_new_pair() -> None:
    received: list[TokenPair] = []
    with TokenServer(refresh_delay=0.5) as server:
        user = _user(server, received)
        server.expire()
        async with CalClient(managed_user=user, base_url=server.base_url) as cal:
            with anyio.move_on_after(0.25) as scope:  # the server has rotated by then, not answered
                await cal.me.get()
            assert scope.cancelled_caught
            await wait_until(lambda: server.version == 1)
            for _ in range(3):
                assert (await cal.me.get()).email == ME["email"]
            assert [pair.refresh_token for pair in received] == ["refresh-1"]
        assert server.count("POST", REFRESH_PATH) == 1
        assert server.refused_refreshes == 0


async def test_closing_the_client_waits_for_the_refresh_to_be_stored() -> None:
    received: list[TokenPair] = []
    with TokenServer(refresh_delay=0.3) as server:
        user = _user(server, received)
        server.expire()
        cal = CalClient(managed_user=user, base_url=server.base_url)
        with anyio.move_on_after(0.1):
            await cal.me.get()
        await cal.aclose()
        # The callback ran before aclose returned: the new pair can be persisted.
        assert [pair.access_token for pair in received] == ["access-1"]


async def test_callers_waiting_for_a_refresh_get_the_new_token() -> None:
    received: list[TokenPair] = []
    with TokenServer(refresh_delay=0.2) as server:
        user = _user(server, received)
        server.expire()
        emails: list[str] = []
        cancelled = 0
        async with CalClient(managed_user=user, base_url=server.base_url) as cal:

            async def call(index: int) -> None:
                nonlocal cancelled
                if index % 4 == 0:  # some callers give up while the refresh is under way
                    with anyio.move_on_after(0.1) as scope:
                        await cal.me.get()
                    cancelled += scope.cancelled_caught
                    return
                emails.append((await cal.me.get()).email)

            async with anyio.create_task_group() as tg:
                for index in range(20):
                    tg.start_soon(call, index)
        assert emails == [ME["email"]] * 15 and cancelled == 5
        assert server.count("POST", REFRESH_PATH) == 1 and len(received) == 1


async def test_a_failing_callback_reaches_the_caller_but_the_pair_is_kept() -> None:
    def broken(_pair: TokenPair) -> None:
        raise OSError("disk full")

    with TokenServer() as server:
        user = ManagedUser(
            server.access_token, server.refresh_token, CLIENT_ID, SECRET_KEY, on_refresh=broken
        )
        server.expire()
        async with CalClient(managed_user=user, base_url=server.base_url) as cal:
            with pytest.raises(OSError, match="disk full"):
                await cal.me.get()
            assert (await cal.me.get()).email == ME["email"]
        assert server.count("POST", REFRESH_PATH) == 1


async def test_a_retry_sends_the_token_refreshed_while_it_waited() -> None:
    received: list[TokenPair] = []
    with TokenServer() as server:
        user = _user(server, received)
        waited = 0

        async def throttle_once(srv: ScriptedServer, request: Request, writer: asyncio.StreamWriter) -> bool:
            nonlocal waited
            if not waited:  # the first call waits out a 429 while another call refreshes the token
                waited += 1
                headers = {**JSON, "X-RateLimit-Remaining-Default": "0", "X-RateLimit-Reset-Default": "0.4"}
                return await srv.respond(
                    writer, 429, envelope_error("ThrottlerException", "slow down"), headers
                )
            return await TokenServer._me(server, srv, request, writer)

        server.routes["GET /v2/me"] = throttle_once
        async with (
            CalClient(managed_user=user, base_url=server.base_url) as cal,
            anyio.create_task_group() as tg,
        ):
            tg.start_soon(cal.me.get)
            await anyio.sleep(0.1)
            server.expire()
            await cal.me.get()  # 498, refresh, replay
        # The waiting call's retry went with the new token: no second 498, no second refresh.
        assert sum(1 for r in server.seen if r.path == "/v2/me") == 4  # 429, 498, replay, retry
        assert server.count("POST", REFRESH_PATH) == 1 and len(received) == 1
        assert [r.headers["authorization"] for r in server.seen if r.path == "/v2/me"][
            -1
        ] == "Bearer access-1"
