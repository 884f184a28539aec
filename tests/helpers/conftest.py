"""Clients for the helper tests: one wired to the in-process fake, one for respx."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest

from cal_async import CalClient
from cal_async.testing import FakeCal
from tests.checked_fake import checked_fake
from tests.helpers.support import API, KEY, NOW, client_over


@pytest.fixture
def fake() -> Iterator[FakeCal]:
    yield from checked_fake(NOW)


@pytest.fixture
async def cal(fake: FakeCal) -> AsyncIterator[CalClient]:
    async with client_over(fake, httpx.ASGITransport(app=fake.app)) as client:
        yield client


@pytest.fixture
async def rcal() -> AsyncIterator[CalClient]:
    """For respx-mocked tests (``@respx.mock``) against the real base URL."""
    async with CalClient(KEY, base_url=API, max_retries=0) as client:
        yield client
