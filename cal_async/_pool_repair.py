"""Give back pool slots that httpcore 1.0.9 loses when a request is cancelled under contention.

encode/httpcore#1093: a queued request is handed a connection the pool has just created (not yet
connected); if the request is cancelled before it starts on it, the request leaves the pool but
the connection stays, CONNECTING (or NEW, once its socket is up) for ever: it is neither idle,
closed nor expired, so the pool never reaps it. Once ``max_connections`` of them pile up, every
request fails with ``PoolTimeout``. No httpcore release fixes it (1.0.9 is the last).

The mitigation applies the rule of the proposed fixes (#1094, #1099) from outside: a connection
that is not idle and that no request in the pool owns can never be used again, so it is removed
and closed, and the queued requests are reassigned. The SDK runs it after any attempt that ended
in an exception (a cancellation included), on its own client and on one the caller supplied. It
only touches an ``httpx.AsyncHTTPTransport`` over an ``httpcore.AsyncConnectionPool`` whose
internals look as expected, and otherwise does nothing.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import anyio
import httpx

if TYPE_CHECKING:
    import httpcore

__all__ = ["orphaned_connections", "reclaim_orphaned_connections"]

_CLOSE_LIMIT = 5.0  # seconds to close the reclaimed sockets, even while being cancelled


def _pools(client: httpx.AsyncClient) -> list[httpcore.AsyncConnectionPool]:
    # httpx imports httpcore on first use: if it is not loaded, there is no pool to look at (and
    # importing it here would slow ``import cal_async`` down).
    core = sys.modules.get("httpcore")
    if core is None:
        return []
    transports: list[object] = [getattr(client, "_transport", None)]
    transports.extend(getattr(client, "_mounts", {}).values())
    pools = []
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        if isinstance(pool, core.AsyncConnectionPool) and hasattr(pool, "_requests"):
            pools.append(pool)
    return pools


def orphaned_connections(pool: httpcore.AsyncConnectionPool) -> list[Any]:
    """Connections of ``pool`` that are busy but belong to no request: lost slots."""
    requests: list[Any] = list(getattr(pool, "_requests", []))
    owned = {id(getattr(request, "connection", None)) for request in requests}
    return [
        connection
        for connection in getattr(pool, "_connections", [])
        if id(connection) not in owned and not connection.is_idle() and not connection.is_closed()
    ]


async def reclaim_orphaned_connections(client: httpx.AsyncClient) -> int:
    """Remove and close the orphaned connections of ``client``'s pools; returns how many."""
    reclaimed = 0
    for pool in _pools(client):
        closing: list[Any] = []
        with pool._optional_thread_lock:
            orphans = orphaned_connections(pool)
            for connection in orphans:
                pool._connections.remove(connection)
            if orphans:
                # Queued requests may take the freed slots now rather than at their pool timeout.
                closing = [*orphans, *pool._assign_requests_to_connections()]
        reclaimed += len(orphans)
        if closing:
            with anyio.move_on_after(_CLOSE_LIMIT, shield=True):
                for connection in closing:
                    await connection.aclose()
    return reclaimed
