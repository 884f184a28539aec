"""A real redis-server per test (the rate budget's fixture), and a fake with a host and event type."""

from __future__ import annotations

from tests.ratebudget.conftest import redis_server

__all__ = ["redis_server"]
