"""Clients for the helper tests: one wired to the in-process fake, one for respx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from cal_async import CalClient
from cal_async.testing import FakeCal
from tests.helpers.support import API, KEY, NOW


@pytest.fixture
def fake() -> Iterator[FakeCal]:
    fake = FakeCal(now=NOW)
    yield fake
    assert fake.errors == [], fake.errors


@pytest.fixture
async def cal(fake: FakeCal) -> AsyncIterator[CalClient]:
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app))
    async with http, CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as client:
        yield client
    await fake.aclose()


@pytest.fixture
async def rcal() -> AsyncIterator[CalClient]:
    """For respx-mocked tests (``@respx.mock``) against the real base URL."""
    async with CalClient(KEY, base_url=API, max_retries=0) as client:
        yield client
