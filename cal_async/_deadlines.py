"""Call deadlines on asyncio: one loop timer for all of a client's calls in flight.

Every call has a deadline (``RetryPolicy.deadline``, 120 s by default) that must hold over the
whole exchange: attempts, body reads, waits, a token refresh. ``asyncio.timeout`` (or an anyio
cancel scope) arms a loop timer per call and cancels it when the call ends, a cost the event loop
pays on every request, measurably in a sequential call's latency. Almost no call comes near its
deadline, so here the calls in flight are kept in a dict and one timer is armed for the earliest
deadline among them; when it fires, the expired calls' tasks are cancelled and it is re-armed for
the next. Starting and ending a call is a dict insert and delete.

Cancellation follows ``asyncio.timeout``: the task is cancelled, and the call, seeing the
``CancelledError``, asks :meth:`Expiry.expired` whether it was its deadline's (which withdraws the
cancellation) or another one's (which it re-raises). Under trio the client uses a cancel scope.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio is imported by whoever runs it: importing it here costs ~30 ms
    import asyncio

__all__ = ["Deadlines", "Expiry"]


class Expiry:
    """One call's deadline on its task."""

    __slots__ = ("_cancelling", "_task", "at", "fired")

    def __init__(self, task: asyncio.Task[object], at: float) -> None:
        self._task = task
        self._cancelling = task.cancelling()
        self.at = at  # on the loop's clock
        self.fired = False

    def fire(self) -> None:
        self.fired = True
        self._task.cancel()

    def expired(self) -> bool:
        """After a ``CancelledError``: whether this deadline caused it (the cancellation is then
        withdrawn, so the caller can raise its own timeout error instead)."""
        return self.fired and self._task.uncancel() <= self._cancelling


class _LoopDeadlines:
    """The calls in flight on one event loop, and the timer for the earliest deadline."""

    __slots__ = ("_armed_at", "_calls", "_loop", "_timer")

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self._loop = loop
        self._calls: dict[Expiry, None] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._armed_at = math.inf

    def add(self, expiry: Expiry) -> None:
        self._calls[expiry] = None
        if expiry.at < self._armed_at:
            self._arm(expiry.at)

    def discard(self, expiry: Expiry) -> None:
        self._calls.pop(expiry, None)

    def _arm(self, at: float) -> None:
        if self._timer is not None:
            self._timer.cancel()
        self._armed_at = at
        self._timer = self._loop.call_at(at, self._fire)

    def _fire(self) -> None:
        self._timer, self._armed_at = None, math.inf
        now = self._loop.time()
        next_at = math.inf
        for expiry in list(self._calls):
            if expiry.at <= now:
                del self._calls[expiry]
                expiry.fire()
            elif expiry.at < next_at:
                next_at = expiry.at
        if next_at < math.inf:
            self._arm(next_at)


class Deadlines:
    """The deadlines of one client runtime's calls, per event loop (a client may be used from
    several loops in turn, e.g. one per test)."""

    __slots__ = ("_by_loop",)

    def __init__(self) -> None:
        self._by_loop: dict[asyncio.AbstractEventLoop, _LoopDeadlines] = {}

    def start(self, seconds: float) -> Expiry:
        """The current task's call ends in ``seconds`` at the latest."""
        from asyncio import current_task  # loaded: the caller runs on asyncio

        task = current_task()
        if task is None:
            raise RuntimeError("a CalClient call must run in an asyncio task")
        loop = task.get_loop()
        expiry = Expiry(task, loop.time() + seconds)
        watched = self._by_loop.get(loop)
        if watched is None:
            # A new loop (asyncio.run again): forget the closed ones and their timers.
            self._by_loop = {old: w for old, w in self._by_loop.items() if not old.is_closed()}
            watched = self._by_loop[loop] = _LoopDeadlines(loop)
        watched.add(expiry)
        return expiry

    def stop(self, expiry: Expiry) -> None:
        """The call has ended (in time or not)."""
        watched = self._by_loop.get(expiry._task.get_loop())
        if watched is not None:
            watched.discard(expiry)
