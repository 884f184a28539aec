"""The server over its real transports, driven by the ``mcp`` SDK's client: stdio (``python -m
cal_async.mcp`` launched as a desktop agent launches it) and streamable HTTP (mounted in the
FastAPI example, and from the command line), each against the fake served on a local port."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import mcp_types as types
import pytest
import uvicorn
from mcp import Client, StdioServerParameters

from bench.redis_server import RedisServer
from cal_async.testing import FakeCal, serve
from tests.fake.test_served import free_port
from tests.ratebudget.conftest import redis_server  # noqa: F401 (the fixture: a real redis-server)

ROOT = Path(__file__).resolve().parents[2]
ATTENDEE = {"name": "Ada Lovelace", "email": "ada@example.com", "timeZone": "Europe/Paris"}


def result_json(result: types.CallToolResult) -> Any:
    assert not result.is_error, result.content
    (block,) = result.content
    assert isinstance(block, types.TextContent)
    return json.loads(block.text)


def stdio(fake: FakeCal, url: str, *args: str) -> StdioServerParameters:
    return StdioServerParameters(
        command=sys.executable,
        args=["-m", "cal_async.mcp", *args],
        env={"CAL_API_KEY": fake.api_key, "CAL_API_URL": url, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )


async def test_stdio_as_a_desktop_agent_launches_it() -> None:
    fake = FakeCal()
    intro = fake.add_event_type(slug="intro", length=30).id
    async with serve(fake) as url:
        params = stdio(fake, url, "--allow-writes", "book_slot,cancel_booking", "--tools", "bookings,slots")
        async with Client(params) as agent:
            names = {t.name for t in (await agent.list_tools()).tools}
            assert {"book_slot", "cancel_booking", "bookings_list", "find_available_slots"} <= names
            assert "bookings_cancel" not in names and "me_get" not in names
            booked = result_json(
                await agent.call_tool(
                    "book_slot", {"eventTypeId": intro, "start": "2030-01-07T09:00:00Z", "attendee": ATTENDEE}
                )
            )
            result_json(
                await agent.call_tool(
                    "cancel_booking",
                    {"bookingUid": booked["uid"], "cancellationReason": "x", "confirm": True},
                )
            )
    assert fake.booking(booked["uid"]).status == "cancelled"


async def test_the_rate_budget_is_shared_through_redis(redis_server: RedisServer) -> None:  # noqa: F811
    """``--redis-url``: every request takes its slot from the budget in Redis, under the key's
    fingerprint (never the key), with the limit given by ``--rate-limit``."""
    from redis.asyncio import Redis

    fake = FakeCal()
    async with serve(fake) as url:
        params = stdio(fake, url, "--redis-url", redis_server.url, "--rate-limit", "50")
        async with Client(params) as agent:
            assert result_json(await agent.call_tool("me_get", {}))["username"] == "fake-host"
    redis = Redis.from_url(redis_server.url, decode_responses=True)
    try:
        keys = [str(key) for key in await redis.keys("*")]
    finally:
        await redis.aclose()
    assert keys and all(key.startswith("cal_async:rate") for key in keys)
    assert not any(fake.api_key in key for key in keys)


def test_the_stdio_example_runs() -> None:
    done = subprocess.run(
        [sys.executable, "examples/mcp_stdio_agent.py"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "106 tools; the ones that change data: ['book_slot']"
    assert lines[1] == "first free slot: 2030-01-07T10:00:00+01:00"
    assert lines[2].startswith("booked: ")
    bad = "a bad argument: Invalid arguments for bookings_list: take: 1000 is greater than the maximum of 250"
    assert lines[3] == bad


def test_without_a_key_the_command_says_so() -> None:
    env = {k: v for k, v in os.environ.items() if k != "CAL_API_KEY"}
    done = subprocess.run(
        [sys.executable, "-m", "cal_async.mcp"],
        cwd=ROOT,
        env={**env, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2 and "set CAL_API_KEY" in done.stderr and done.stdout == ""


@contextlib.asynccontextmanager
async def served_app(app: Any) -> AsyncIterator[str]:
    """``app`` on a free loopback port, its lifespan run, until the block ends."""
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    task = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not task.done(), "the app did not start"
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


async def test_streamable_http_mounted_in_the_fastapi_example(monkeypatch: pytest.MonkeyPatch) -> None:
    from examples.mcp_fastapi.app import create_app

    fake = FakeCal()
    intro = fake.add_event_type(slug="intro", length=30).id
    async with serve(fake) as fake_url:
        monkeypatch.setenv("CAL_API_KEY", fake.api_key)
        monkeypatch.setenv("CAL_API_URL", fake_url)
        async with served_app(create_app()) as url:
            async with httpx.AsyncClient(base_url=url) as http:
                assert (await http.get("/health")).json() == {"status": "ok"}
                # Another Host than the loopback's: refused (DNS rebinding protection).
                rebound = await http.post("/cal/mcp", headers={"Host": "attacker.example"}, json={})
                assert rebound.status_code in (403, 421)
            async with Client(f"{url}/cal/mcp") as agent:
                listed = {t.name: t for t in (await agent.list_tools()).tools}
                assert len(listed) == 105 + 4
                assert "confirm" in listed["cancel_booking"].input_schema["required"]
                found = result_json(
                    await agent.call_tool(
                        "find_available_slots",
                        {"eventTypeId": intro, "start": "2030-01-07", "end": "2030-01-07", "timeZone": "UTC"},
                    )
                )
                booked = result_json(
                    await agent.call_tool(
                        "book_slot",
                        {"eventTypeId": intro, "start": found["slots"][0]["start"], "attendee": ATTENDEE},
                    )
                )
                moved = result_json(
                    await agent.call_tool(
                        "reschedule_booking", {"bookingUid": booked["uid"], "start": "2030-01-08T10:00:00Z"}
                    )
                )
                result_json(
                    await agent.call_tool(
                        "cancel_booking",
                        {"bookingUid": moved["uid"], "cancellationReason": "x", "confirm": True},
                    )
                )
                with pytest.raises(Exception, match="not enabled"):
                    await agent.call_tool("bookings_create", {"body": {}})
    assert [b.status for b in fake.state.bookings.values()] == ["cancelled", "cancelled"]


async def test_streamable_http_from_the_command_line() -> None:
    fake = FakeCal()
    async with serve(fake) as fake_url:
        port = free_port()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "cal_async.mcp",
            "--transport",
            "http",
            "--port",
            str(port),
            cwd=ROOT,
            env={**os.environ, "CAL_API_KEY": fake.api_key, "CAL_API_URL": fake_url, "PYTHONPATH": str(ROOT)},
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            assert process.stderr is not None
            banner = (await asyncio.wait_for(process.stderr.readline(), 60)).decode()
            assert banner.strip() == f"cal-async MCP server on http://127.0.0.1:{port}/mcp"
            for _ in range(200):  # the banner comes just before uvicorn binds
                with contextlib.suppress(httpx.TransportError):
                    async with httpx.AsyncClient() as http:
                        await http.get(f"http://127.0.0.1:{port}/")
                    break
                await asyncio.sleep(0.05)
            async with Client(f"http://127.0.0.1:{port}/mcp") as agent:
                me = result_json(await agent.call_tool("me_get", {}))
                assert me["username"] == "fake-host"
                assert len((await agent.list_tools()).tools) == 105
        finally:
            process.terminate()
            await process.wait()
