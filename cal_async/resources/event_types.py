"""``cal.event_types``: the generated CRUD, keyword-argument ``create``, and slug lookups cached
for a while so a booking page's hot path does not fetch the same event type on every request.

The cache belongs to this resource, so to one client (one account); nothing is shared between
clients. Creating, updating or deleting an event type through this resource clears it. Only hits
are cached: a slug that does not exist yet is looked up again next time. Concurrent lookups of the
same slug share one request, so a burst of traffic on a cold or just-expired entry fetches once.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, Unpack

import anyio

from .._errors import EventTypeNotFoundError
from .._generated.resources.event_types import EventTypesResource
from .._options import RequestOptions
from .._sentinel import UNSET
from ._cache import Clock, TTLCache

if TYPE_CHECKING:
    from .._client import CalClient
    from .._generated.models.create_event_type_input import CreateEventTypeInput, CreateEventTypeInputDict
    from .._generated.models.delete_data import DeleteData
    from .._generated.models.event_type_output import EventTypeOutput
    from .._generated.models.team_event_type_output import TeamEventTypeOutput
    from .._generated.models.update_event_type_input import UpdateEventTypeInput, UpdateEventTypeInputDict
    from ..pagination import AsyncPaginator

__all__ = ["DEFAULT_CACHE_TTL", "EventTypeHelpers"]

#: Seconds a slug lookup is reused. Event types change rarely; a booking page reads them constantly.
DEFAULT_CACHE_TTL = 300.0

CacheKey = tuple[str, ...]


class _Slugged(Protocol):
    @property
    def slug(self) -> str: ...


E = TypeVar("E", bound=_Slugged)


class EventTypeHelpers(EventTypesResource):
    """``cal.event_types``: the generated operations, ``by_slug``/``team_by_slug`` (cached), a
    keyword-argument ``create``, and ``update``/``delete`` that clear the cache."""

    def __init__(
        self, client: CalClient, *, cache_ttl: float = DEFAULT_CACHE_TTL, clock: Clock = time.monotonic
    ) -> None:
        super().__init__(client)
        self.cache: TTLCache[CacheKey, Any] = TTLCache(cache_ttl, clock=clock)
        self._inflight: dict[CacheKey, anyio.Event] = {}
        self._generation = 0  # bumped by writes, so a fetch begun before one is not cached

    async def _cached(self, key: CacheKey, refresh: bool, fetch: Callable[[], Awaitable[Any]]) -> Any:
        """The cached value for ``key``, else ``fetch()``'s, fetched once however many ask at once."""
        while True:
            if not refresh and (hit := self.cache.get(key)) is not None:
                return hit
            running = self._inflight.get(key)
            if running is None:
                break
            await running.wait()  # another task is fetching it: use its result
            refresh = False  # (if that fetch failed, the loop makes this task fetch instead)
        done = self._inflight[key] = anyio.Event()
        generation = self._generation
        try:
            value = await fetch()
            if generation == self._generation:
                self.cache.put(key, value)
            return value
        finally:
            del self._inflight[key]
            done.set()

    async def by_slug(
        self,
        slug: str,
        *,
        username: str,
        org_slug: str | None = None,
        refresh: bool = False,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """A user's event type by its slug (``GET /v2/event-types?username=&eventSlug=``), from the
        cache when it was fetched less than ``cache.ttl`` seconds ago; ``refresh=True`` refetches."""
        _check_slug(slug)
        if not username:
            raise ValueError("username must be a non-empty string")
        key: CacheKey = ("user", org_slug or "", username, slug)

        listing = self.list(username=username, event_slug=slug, org_slug=org_slug or UNSET, **options)
        return await self._by_slug(key, refresh, listing, f"user {username!r}")

    async def team_by_slug(
        self,
        slug: str,
        *,
        team_id: int,
        org_id: int | None = None,
        refresh: bool = False,
        **options: Unpack[RequestOptions],
    ) -> TeamEventTypeOutput:
        """A team's event type (COLLECTIVE, ROUND_ROBIN, ...) by slug, cached like :meth:`by_slug`.
        Teams of an organization need ``org_id``."""
        _check_slug(slug)
        key: CacheKey = ("team", str(org_id or ""), str(team_id), slug)

        cal = self._client
        listing = (
            cal.orgs.teams.event_types.list(org_id, team_id, event_slug=slug, **options)
            if org_id is not None
            else cal.teams.event_types.list(team_id, event_slug=slug, **options)
        )
        return await self._by_slug(key, refresh, listing, f"team {team_id}")

    async def _by_slug(self, key: CacheKey, refresh: bool, listing: AsyncPaginator[E], owner: str) -> E:
        """The event type with the key's slug from ``listing`` (one page: the server filters by
        slug), cached; :class:`EventTypeNotFoundError` naming ``owner`` when there is none."""
        slug = key[-1]

        async def fetch() -> E:
            found = await listing
            match = next((e for e in found.items if e.slug == slug), None)
            if match is None:
                raise EventTypeNotFoundError(f"{owner} has no event type with slug {slug!r}")
            return match

        result: E = await self._cached(key, refresh, fetch)
        return result

    # -- the generated operations; writes clear the cache ---------------------------------------

    async def create(
        self,
        *,
        body: CreateEventTypeInput | CreateEventTypeInputDict | None = None,
        title: str | None = None,
        slug: str | None = None,
        length_in_minutes: int | None = None,
        description: str | None = None,
        schedule_id: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Create an event type: ``create(title="Intro", slug="intro", length_in_minutes=30)`` or
        ``create(body={...})`` with the API's field names."""
        fields = {
            "title": title,
            "slug": slug,
            "lengthInMinutes": length_in_minutes,
            "description": description,
            "scheduleId": schedule_id,
        }
        given = [key for key, value in fields.items() if value is not None]
        if body is not None and given:
            raise ValueError(f"pass either body= or {', '.join(sorted(given))}, not both")
        if body is None:
            if title is None or slug is None or length_in_minutes is None:
                missing = [k for k in ("title", "slug", "lengthInMinutes") if k not in given]
                raise ValueError(f"an event type needs {', '.join(missing)}")
            _check_slug(slug)
            if (
                isinstance(length_in_minutes, bool)
                or not isinstance(length_in_minutes, int)
                or length_in_minutes < 1
            ):
                raise ValueError(f"length_in_minutes must be a positive integer, got {length_in_minutes!r}")
            body = {"title": title, "slug": slug, "lengthInMinutes": length_in_minutes}
            if description is not None:
                body["description"] = description
            if schedule_id is not None:
                body["scheduleId"] = schedule_id
        created = await super().create(body=body, **options)
        self._invalidate()
        return created

    async def update(
        self,
        event_type_id: int,
        *,
        body: UpdateEventTypeInput | UpdateEventTypeInputDict,
        **options: Unpack[RequestOptions],
    ) -> EventTypeOutput:
        """Update an event type (``PATCH /v2/event-types/{id}``); clears the slug cache."""
        updated = await super().update(event_type_id, body=body, **options)
        self._invalidate()
        return updated

    async def delete(self, event_type_id: int, **options: Unpack[RequestOptions]) -> DeleteData:
        """Delete an event type (``DELETE /v2/event-types/{id}``); clears the slug cache."""
        deleted = await super().delete(event_type_id, **options)
        self._invalidate()
        return deleted

    def _invalidate(self) -> None:
        self._generation += 1
        self.cache.clear()


def check_length(minutes: int) -> int:
    """An event type's length: a positive number of minutes."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
        raise ValueError(f"length_in_minutes must be a positive integer, got {minutes!r}")
    return minutes


def _check_slug(slug: str) -> None:
    if not isinstance(slug, str) or not slug.strip() or "/" in slug:
        raise ValueError(f"an event type slug is a non-empty string without '/', got {slug!r}")
