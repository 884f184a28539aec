"""Where a reconciliation resumes: the checkpoint, and the stores that keep it across restarts.

A :class:`ChangeCheckpoint` holds the latest ``updatedAt`` and the latest ``createdAt`` the server
sent, never this machine's clock: the next pass asks for bookings changed since those instants,
less an overlap. Stores: :class:`MemoryCheckpointStore` (the process's life),
:class:`FileCheckpointStore` (a JSON file, replaced atomically), :class:`RedisCheckpointStore`
(shared by every worker; while Redis fails it keeps the checkpoint in this process, with a warning).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import anyio
import attrs
import orjson

from .._instants import parse_instant, require_aware
from ._redis import RedisBacked, RedisLink

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "ChangeCheckpoint",
    "CheckpointStore",
    "FileCheckpointStore",
    "MemoryCheckpointStore",
    "RedisCheckpointStore",
]


def _aware(_inst: object, attribute: attrs.Attribute[Any], value: datetime) -> None:
    require_aware(value, attribute.name)


def _text(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


@attrs.frozen(slots=True)
class ChangeCheckpoint:
    """How far changes have been seen: the latest ``updatedAt`` and ``createdAt`` the server sent.

    Store it after handling the changes it covers; pass it back to ``cal.bookings.changes(...)`` (or
    let a :class:`Reconciler` do both). Its JSON form is ``{"updatedAt": ..., "createdAt": ...}``.
    """

    updated_at: datetime = attrs.field(validator=_aware)
    created_at: datetime = attrs.field(validator=_aware)

    @classmethod
    def starting_at(cls, since: datetime) -> ChangeCheckpoint:
        """A checkpoint from which every change at or after ``since`` (server time) is seen."""
        return cls(since, since)

    def advanced(
        self, *, updated_at: datetime | None = None, created_at: datetime | None = None
    ) -> ChangeCheckpoint:
        """This checkpoint moved forward to the instants given (never back)."""
        return ChangeCheckpoint(
            max(self.updated_at, updated_at) if updated_at is not None else self.updated_at,
            max(self.created_at, created_at) if created_at is not None else self.created_at,
        )

    def capped(
        self, *, updated_at: datetime | None, created_at: datetime, overlap: timedelta
    ) -> ChangeCheckpoint:
        """This checkpoint held back so that the next pass (which starts ``overlap`` before it) sees
        a change of these instants again: for a change that was not handled."""
        return ChangeCheckpoint(
            min(self.updated_at, updated_at + overlap) if updated_at is not None else self.updated_at,
            min(self.created_at, created_at + overlap),
        )

    def to_json(self) -> bytes:
        return orjson.dumps({"updatedAt": _text(self.updated_at), "createdAt": _text(self.created_at)})

    @classmethod
    def from_json(cls, data: bytes | str) -> ChangeCheckpoint:
        """The checkpoint ``to_json`` wrote; ``ValueError`` for anything else."""
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"a checkpoint is a JSON object, got {data[:80]!r}") from exc
        instants = [value.get(key) if isinstance(value, dict) else None for key in ("updatedAt", "createdAt")]
        try:
            updated_at, created_at = (parse_instant(item) for item in instants if isinstance(item, str))
        except ValueError:
            raise ValueError(
                f"a checkpoint has ISO 8601 updatedAt and createdAt, got {data[:120]!r}"
            ) from None
        return cls(updated_at, created_at)


class CheckpointStore(Protocol):
    """Where a :class:`Reconciler` keeps its checkpoint between passes and restarts."""

    async def load(self) -> ChangeCheckpoint | None:
        """The stored checkpoint, or None before the first pass stored one."""
        ...

    async def save(self, checkpoint: ChangeCheckpoint) -> None: ...


class MemoryCheckpointStore:
    """The checkpoint in this process: lost on restart (the first pass then starts again)."""

    def __init__(self, checkpoint: ChangeCheckpoint | None = None) -> None:
        self.checkpoint = checkpoint

    def __repr__(self) -> str:
        return f"MemoryCheckpointStore({self.checkpoint!r})"

    async def load(self) -> ChangeCheckpoint | None:
        return self.checkpoint

    async def save(self, checkpoint: ChangeCheckpoint) -> None:
        self.checkpoint = checkpoint


class FileCheckpointStore:
    """The checkpoint in a JSON file: written to a temporary file beside it, flushed to disk, then
    renamed over it, so a crash leaves the old checkpoint or the new one, never half of one."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    def __repr__(self) -> str:
        return f"FileCheckpointStore({str(self.path)!r})"

    async def load(self) -> ChangeCheckpoint | None:
        return await anyio.to_thread.run_sync(self._read)

    async def save(self, checkpoint: ChangeCheckpoint) -> None:
        await anyio.to_thread.run_sync(self._write, checkpoint.to_json())

    def _read(self) -> ChangeCheckpoint | None:
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return None
        try:
            return ChangeCheckpoint.from_json(data)
        except ValueError as exc:
            raise ValueError(f"{self.path}: {exc}") from None

    def _write(self, data: bytes) -> None:
        directory = self.path.parent
        handle, temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)
            raise
        _sync_directory(directory)


def _sync_directory(directory: Path) -> None:
    """Flush the rename itself (POSIX; elsewhere the rename is what there is)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class RedisCheckpointStore(RedisBacked):
    """The checkpoint in one Redis key, shared by every worker (``pip install 'cal-async[redis]'``).

    While Redis fails, ``load`` answers the last checkpoint this process loaded or saved and
    ``save`` keeps it here, with one warning: a pass may then start earlier than it could (and
    re-read changes, which the claims skip), never later.
    """

    def __init__(
        self,
        url: str | None = None,
        *,
        client: Redis | None = None,
        key: str = "cal_async:sync:checkpoint",
        timeout: float = 0.5,
        retry_interval: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._link = RedisLink(url, client, timeout, retry_interval, clock, "checkpoint")
        self.key = key
        self._last: ChangeCheckpoint | None = None

    def __repr__(self) -> str:
        return f"RedisCheckpointStore(key={self.key!r}, redis={self._link.state})"

    async def load(self) -> ChangeCheckpoint | None:
        found = await self._link.call(lambda redis: redis.get(self.key))
        if found is None:
            return self._last  # Redis failed, or holds none yet: what this process knows
        self._last = ChangeCheckpoint.from_json(found)
        return self._last

    async def save(self, checkpoint: ChangeCheckpoint) -> None:
        self._last = checkpoint
        await self._link.call(lambda redis: redis.set(self.key, checkpoint.to_json()))
