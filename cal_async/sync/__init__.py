"""Never miss a booking change: reconciliation by ``updatedAt``, and webhooks handled once.

- ``cal.bookings.changes(since)`` reads every booking changed since a point in time
  (:class:`BookingChanges`, yielding :class:`BookingChange`, ending with a
  :class:`ChangeCheckpoint` to store);
- a :class:`Reconciler` runs it on an interval, keeps the checkpoint in a
  :class:`CheckpointStore` (:class:`MemoryCheckpointStore`, :class:`FileCheckpointStore`,
  :class:`RedisCheckpointStore`) and, through a :class:`ClaimStore` (:class:`MemoryClaims`,
  :class:`RedisClaims`) shared with the webhook path (``reconciler.on_webhook``), hands each change
  to your code once, whichever path sees it first;
- ``webhook_router(..., once=claims)`` (``cal_async.webhooks.fastapi``) hands each delivery to its
  handler once across workers, retries and replays included.

The Redis stores need ``pip install 'cal-async[redis]'`` (redis-py's asyncio client).
"""

from __future__ import annotations

from ._changes import DEFAULT_OVERLAP, BookingChange, BookingChanges, ChangeSource, change_key
from ._checkpoint import (
    ChangeCheckpoint,
    CheckpointStore,
    FileCheckpointStore,
    MemoryCheckpointStore,
    RedisCheckpointStore,
)
from ._claims import Claim, ClaimStatus, ClaimStore, MemoryClaims, RedisClaims
from ._reconciler import ChangeHandler, Reconciler, ReconcileResult, booking_uids

__all__ = [
    "DEFAULT_OVERLAP",
    "BookingChange",
    "BookingChanges",
    "ChangeCheckpoint",
    "ChangeHandler",
    "ChangeSource",
    "CheckpointStore",
    "Claim",
    "ClaimStatus",
    "ClaimStore",
    "FileCheckpointStore",
    "MemoryCheckpointStore",
    "MemoryClaims",
    "ReconcileResult",
    "Reconciler",
    "RedisCheckpointStore",
    "RedisClaims",
    "booking_uids",
    "change_key",
]
