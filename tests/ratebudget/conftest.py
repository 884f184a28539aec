"""A real redis-server per test, on a free loopback port, with no persistence; stopped afterwards.

Without ``redis-server`` (``make redis`` installs it) these tests are skipped with the reason,
unless ``CAL_REDIS_REQUIRED=1`` (set by ``.ci/run``), which makes them fail instead.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from bench.redis_server import RedisServer, redis_binary, running_redis


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    binary = redis_binary()
    if binary is None:
        reason = "redis-server is not installed (run `make redis`)"
        if os.environ.get("CAL_REDIS_REQUIRED") == "1":
            pytest.fail(f"Redis required (CAL_REDIS_REQUIRED=1) but {reason}", pytrace=False)
        pytest.skip(reason)
    with running_redis() as server:
        yield server
