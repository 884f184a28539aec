"""examples/fastapi_multiworker runs: its lifespan builds a client on the shared budget."""

from __future__ import annotations

import asyncio
import runpy
from pathlib import Path

import httpx
import pytest

from bench.redis_server import RedisServer
from bench.throttled_fake import throttled_fake

ROOT = Path(__file__).resolve().parents[2]


async def test_the_example_answers_through_the_shared_budget(
    redis_server: RedisServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 120 per 60 s, the real API-key limit: 12 requests fit in one window with no 429.
    with throttled_fake(120, 60, 60) as served:
        monkeypatch.setenv("CAL_API_KEY", served.api_key)
        monkeypatch.setenv("CAL_API_URL", served.url)
        monkeypatch.setenv("REDIS_URL", redis_server.url)
        app = runpy.run_path(str(ROOT / "examples/fastapi_multiworker/app.py"))["app"]
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
                answers = await asyncio.gather(*(http.get("/me") for _ in range(12)))
        stats = served.stats()
    assert [a.status_code for a in answers] == [200] * 12
    assert {a.json()["username"] for a in answers} == {"fake-host"}
    assert stats == {"ok": 12, "throttled": 0, "blocks": 0}
