"""Cancelling calls under pool contention leaves no connection slot behind (encode/httpcore#1093).

Against a real local server with a caller's ``httpx.AsyncClient(limits=Limits(max_connections=5))``,
30 tasks send requests and are cancelled at random moments, so that many are cancelled just as
the pool hands them a connection it has just created. With httpcore 1.0.9 such connections stay
in the pool, CONNECTING, for good; once 5 have piled up every request fails with ``PoolTimeout``.
The control run (plain httpx) shows the defect is live in the installed httpcore; the SDK's run
shows its mitigation (``cal_async._pool_repair``) leaves no orphan and the pool keeps working.
"""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections.abc import Awaitable, Callable, Iterator

import anyio
import httpx
import pytest

from cal_async import CalClient, CalError
from cal_async._pool_repair import orphaned_connections
from tests.adversarial.scripted import JSON, ME, ScriptedServer, success
from tests.soak.raw_http import Request

pytestmark = pytest.mark.anyio

KEY = "cal_" + "poolpool" * 4
CHURN_SECONDS = 1.5


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    async def me(server: ScriptedServer, _request: Request, writer: asyncio.StreamWriter) -> bool:
        await asyncio.sleep(0.002)
        return await server.respond(writer, 200, success(ME), JSON)

    with ScriptedServer({"GET /v2/me": me}) as srv:
        yield srv


def _client() -> httpx.AsyncClient:
    return httpx.AsyncClient(limits=httpx.Limits(max_connections=5), timeout=httpx.Timeout(2.0, pool=1.0))


async def _churn(send: Callable[[], Awaitable[object]], seed: int) -> int:
    """30 tasks sending for CHURN_SECONDS, each call cancelled after a random 0-10 ms."""
    rng = random.Random(seed)
    cancelled = 0
    end = time.monotonic() + CHURN_SECONDS

    async def worker() -> None:
        nonlocal cancelled
        while time.monotonic() < end:
            with anyio.move_on_after(rng.random() * 0.01) as scope:
                # A PoolTimeout shows below, in the pool's state.
                with contextlib.suppress(httpx.HTTPError, CalError):
                    await send()
            cancelled += scope.cancelled_caught

    async with anyio.create_task_group() as tg:
        for _ in range(30):
            tg.start_soon(worker)
    return cancelled


def _pool(http: httpx.AsyncClient) -> object:
    return http._transport._pool  # type: ignore[attr-defined]


async def test_control_plain_httpx_leaks_slots_under_cancellation(server: ScriptedServer) -> None:
    async with _client() as http:
        cancelled = await _churn(lambda: http.get(server.base_url + "/v2/me"), seed=1)
        orphans = orphaned_connections(_pool(http))  # type: ignore[arg-type]
        assert cancelled > 50
        # If this fails, the installed httpcore no longer has the defect: the mitigation can go.
        assert orphans, _pool(http)
        if len(orphans) == 5:  # every slot lost (the usual outcome): the pool is dead for good
            with pytest.raises(httpx.PoolTimeout):
                await http.get(server.base_url + "/v2/me")


async def test_the_sdk_leaves_no_orphaned_connection(server: ScriptedServer) -> None:
    async with _client() as http, CalClient(KEY, base_url=server.base_url, http_client=http) as cal:
        cancelled = await _churn(lambda: cal.me.get(), seed=1)
        assert cancelled > 50
        assert orphaned_connections(_pool(http)) == []  # type: ignore[arg-type]
        # Every slot is usable: 10 concurrent calls all succeed.
        emails: list[str] = []

        async def call() -> None:
            emails.append((await cal.me.get(deadline=5.0)).email)

        async with anyio.create_task_group() as tg:
            for _ in range(10):
                tg.start_soon(call)
        assert emails == [ME["email"]] * 10
