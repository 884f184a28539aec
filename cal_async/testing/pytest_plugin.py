"""Pytest fixtures: enable with ``pytest_plugins = ["cal_async.testing.pytest_plugin"]``.

- ``cal_fake``: a fresh :class:`FakeCal` per test (seed it, inject faults, read its deliveries).
- ``cal_client``: a ``cal_async.CalClient`` wired in-process to ``cal_fake`` with its API key.
- ``cal_http_backend``: the HTTP library ``cal_client`` sends through, ``"httpx"``; override the
  fixture to return ``"httpx2"`` (or parametrize it over both) to test on httpx2.

They work in pytest-asyncio's ``strict`` and ``auto`` modes alike (``cal_client`` is declared
with ``pytest_asyncio.fixture``, which both accept); the README's testing section shows the
``pyproject.toml`` that runs without a warning (tests/interop/test_pytest_setup.py runs it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
import pytest_asyncio

from .._http_backend import BackendName
from .fake import FakeCal


@pytest.fixture
def cal_fake() -> Iterator[FakeCal]:
    yield FakeCal()


@pytest.fixture
def cal_http_backend() -> BackendName:
    return "httpx"


@pytest_asyncio.fixture
async def cal_client(cal_fake: FakeCal, cal_http_backend: BackendName) -> AsyncIterator[Any]:
    """The default user's client (``cal_fake.user``, key ``cal_fake.api_key``). Users you seed with
    ``cal_fake.add_user`` are other people: act as one with ``cal_fake.client(api_key=...)`` and a
    key from ``cal_fake.add_api_key(user)``."""
    async with cal_fake.client(http_backend=cal_http_backend) as client:
        yield client
