"""The body of the test suites' ``fake`` fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from cal_async.testing import FakeCal


def checked_fake(now: datetime) -> Iterator[FakeCal]:
    """A ``FakeCal`` at ``now``; afterwards, a 500 the test did not ask for fails it (that would be
    a bug in the fake, not a server behaviour)."""
    fake = FakeCal(now=now)
    yield fake
    assert fake.errors == [], fake.errors
