"""A small TTL cache for lookups that rarely change (event types by slug).

One instance per client resource, never module-level: two clients (two accounts) must not share
answers. The clock is injectable so tests can expire entries without sleeping.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

Clock = Callable[[], float]


class TTLCache(Generic[K, V]):
    """Entries live ``ttl`` seconds by ``clock``; at most ``max_entries`` (oldest dropped first)."""

    __slots__ = ("_clock", "_entries", "hits", "max_entries", "misses", "ttl")

    def __init__(self, ttl: float = 300.0, *, clock: Clock = time.monotonic, max_entries: int = 256) -> None:
        if ttl < 0:
            raise ValueError(f"ttl must be 0 or more seconds, got {ttl}")
        if max_entries < 1:
            raise ValueError(f"max_entries must be 1 or more, got {max_entries}")
        self.ttl = ttl
        self.max_entries = max_entries
        self._clock = clock
        self._entries: OrderedDict[K, tuple[float, V]] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def __repr__(self) -> str:
        return f"<TTLCache ttl={self.ttl} entries={len(self._entries)}>"

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: K) -> V | None:
        entry = self._entries.get(key)
        if entry is not None:
            expires, value = entry
            if self._clock() < expires:
                self.hits += 1
                return value
            del self._entries[key]
        self.misses += 1
        return None

    def put(self, key: K, value: V) -> None:
        self._entries.pop(key, None)
        self._entries[key] = (self._clock() + self.ttl, value)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self._entries.clear()
