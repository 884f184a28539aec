"""Runtime tests run under both asyncio and trio through anyio's pytest plugin, and on both HTTP
libraries: the autouse ``hx`` fixture is the library of the run (``httpx`` or ``httpx2``, see
``backends.py``); ``CalClient()`` and respx routes follow it, and tests build their own clients,
transports and exceptions from ``hx``.

The repository runs pytest-asyncio in auto mode, which claims every ``async def`` test (even
``@pytest.mark.anyio`` ones) for asyncio. For tests in this folder marked ``anyio`` the collected
item is swapped back to a plain ``pytest.Function`` so anyio's plugin runs it, once per
``anyio_backend``. ``tests/adversarial`` and ``tests/soak`` use the same hook and fixtures.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.runtime.backends import BACKENDS, use_backend
from tests.runtime.fakes import FakeClock

HERE = Path(__file__).resolve().parent
ANYIO_FOLDERS = (HERE, HERE.parent / "adversarial", HERE.parent / "soak")


@pytest.fixture(params=["asyncio", "trio"])
def anyio_backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    from pytest_asyncio.plugin import PytestAsyncioFunction

    for index, item in enumerate(items):
        if (
            isinstance(item, PytestAsyncioFunction)
            and item.get_closest_marker("anyio") is not None
            and any(folder in Path(item.path).resolve().parents for folder in ANYIO_FOLDERS)
        ):
            items[index] = pytest.Function.from_parent(
                item.parent,
                name=item.name,
                callspec=getattr(item, "callspec", None),
                callobj=item.obj,
                fixtureinfo=item._fixtureinfo,
                keywords={},
                originalname=item.originalname,
            )


@pytest.fixture
def fake_clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(params=BACKENDS, autouse=True)
async def hx(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[ModuleType]:
    module, bridge = use_backend(str(request.param), monkeypatch)
    yield module
    if bridge is not None:
        await bridge.aclose()
