"""Pytest fixtures: enable with ``pytest_plugins = ["cal_async.testing.pytest_plugin"]``.

- ``cal_fake``: a fresh :class:`FakeCal` per test (seed it, inject faults, read its deliveries).
- ``cal_client``: a ``cal_async.CalClient`` wired in-process to ``cal_fake`` with its API key.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio

from .fake import DEFAULT_BASE_URL, FakeCal


@pytest.fixture
def cal_fake() -> Iterator[FakeCal]:
    yield FakeCal()


@pytest_asyncio.fixture
async def cal_client(cal_fake: FakeCal) -> AsyncIterator[Any]:
    # Imported here: the client is optional for users who only need the fake, and importing it
    # lazily keeps this plugin loadable while the client's module evolves.
    from cal_async._client import CalClient

    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=cal_fake.app), base_url=DEFAULT_BASE_URL)
    client = CalClient(api_key=cal_fake.api_key, base_url=DEFAULT_BASE_URL, http_client=http)
    try:
        yield client
    finally:
        await client.aclose()
        await http.aclose()
        await cal_fake.aclose()
