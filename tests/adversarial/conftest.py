"""Marked ``anyio`` tests here run under asyncio and trio, as in ``tests/runtime``."""

from tests.adversarial.secret_checks import debug_logs
from tests.runtime.conftest import anyio_backend, fake_clock, pytest_collection_modifyitems

__all__ = ["anyio_backend", "debug_logs", "fake_clock", "pytest_collection_modifyitems"]
