"""Test doubles shared by the runtime tests."""

from __future__ import annotations

from typing import Any

import anyio.lowlevel
import attrs
import pytest

from cal_async._retry import RetryPolicy


@attrs.define
class FakeClock:
    """A monotonic clock and sleep that move time forward instantly; ``slept`` records waits."""

    now: float = 1000.0
    slept: list[float] = attrs.Factory(list)
    jitter: float = 1.0  # what random() returns: 1.0 makes every backoff its ceiling

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds
        await anyio.lowlevel.checkpoint()

    def random(self) -> float:
        return self.jitter

    def policy(self, **changes: Any) -> RetryPolicy:
        """A retry policy running on this fake time."""
        return RetryPolicy(clock=self.clock, sleep=self.sleep, random=self.random, **changes)


# Large parameter matrices run on asyncio only; the behaviour they cover is backend-neutral and
# the core retry, pacing and refresh tests already run on both backends.
asyncio_only = pytest.mark.parametrize("anyio_backend", ["asyncio"])
