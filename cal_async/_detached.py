"""Start a task that outlives the task starting it, on asyncio and on trio.

A token refresh must finish once sent, whatever happens to the caller that started it (see
``TokenSession``). anyio offers no task outside a task group, and a task group would tie the
refresh to its caller, so this uses each backend's own primitive: a trio system task, or an
asyncio task. The function must not raise: it reports its outcome itself.
"""

from __future__ import annotations

import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

__all__ = ["start_detached"]


def _in_trio() -> bool:
    trio = sys.modules.get("trio")
    if trio is None:
        return False
    try:
        trio.lowlevel.current_task()
    except RuntimeError:
        return False
    return True


def start_detached(fn: Callable[..., Awaitable[None]], *args: Any) -> asyncio.Task[None] | None:
    """Run ``fn(*args)`` in a task of its own; returns the asyncio task (keep a reference to it:
    the loop holds only a weak one), or None under trio (whose system nursery holds it)."""
    if _in_trio():
        import trio

        trio.lowlevel.spawn_system_task(fn, *args, name="cal_async token refresh")
        return None

    import asyncio  # only here: import cal_async must stay cheap

    async def run() -> None:
        await fn(*args)

    return asyncio.get_running_loop().create_task(run(), name="cal_async token refresh")
