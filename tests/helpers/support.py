"""Shared values and the client class of the helper tests.

``CalClient`` lists ``CalClient`` first so the class stays valid once ``CalClient`` itself
derives from ``ExtendedResources`` (the other order would then have no consistent MRO).
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx

from cal_async import CalClient
from cal_async.testing import FakeCal

REPO_ROOT = Path(__file__).resolve().parents[2]
API = "https://api.cal.com"
KEY = "cal_" + "0" * 32
#: A Monday, 08:00 UTC: the fake's default schedule is Monday-Friday 09:00-17:00.
NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)


@contextlib.asynccontextmanager
async def client_over(fake: FakeCal, transport: httpx.AsyncBaseTransport) -> AsyncIterator[CalClient]:
    """A client of the fake's default user whose requests go through ``transport`` (one that ends
    in the fake's app); the fake's webhook deliveries are closed with it."""
    http = httpx.AsyncClient(transport=transport)
    async with http, CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as client:
        yield client
    await fake.aclose()


def run_pytest(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """Run pytest in a separate process on ``project`` (a user's project, with its own pytest.ini so
    this repo's configuration stays out), importing this worktree's ``cal_async``."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(project)])}
    env.pop("CAL_API_KEY", None)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args, str(project)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
