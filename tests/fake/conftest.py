from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from fake_spec import validate_success
from fake_support import NOW

from cal_async.testing import FakeCal
from tests.checked_fake import checked_fake


@pytest.fixture
def fake() -> Iterator[FakeCal]:
    yield from checked_fake(NOW)


@pytest.fixture
async def http(fake: FakeCal) -> AsyncIterator[httpx.AsyncClient]:
    """The default user's client. Every success response it receives is checked against the spec."""
    async with fake.http_client() as client:
        client.event_hooks["response"].append(validate_success)
        yield client
    await fake.aclose()


@pytest.fixture
async def anon(fake: FakeCal) -> AsyncIterator[httpx.AsyncClient]:
    """A client without credentials (a booker)."""
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app),
        base_url="http://cal.test",
        event_hooks={"response": [validate_success]},
    ) as client:
        yield client
