"""Event types: create/list/get, and slug lookups with a per-client TTL cache (injected clock)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anyio
import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async.resources import EventTypeNotFoundError, TTLCache
from cal_async.testing import FakeCal
from tests.helpers.support import API, client_over


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Counting(httpx.AsyncBaseTransport):
    def __init__(self, fake: FakeCal) -> None:
        self.inner = httpx.ASGITransport(app=fake.app)
        self.lookups = 0
        self.delay = 0.0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "GET" and request.url.path == "/v2/event-types":
            self.lookups += 1
            await anyio.sleep(self.delay)
        return await self.inner.handle_async_request(request)


@pytest.fixture
async def counted(fake: FakeCal) -> AsyncIterator[tuple[CalClient, Counting]]:
    transport = Counting(fake)
    async with client_over(fake, transport) as client:
        yield client, transport


async def test_create_list_get(fake: FakeCal, cal: CalClient) -> None:
    created = await cal.event_types.create(title="Intro call", slug="intro", length_in_minutes=30)
    assert (created.slug, created.length_in_minutes) == ("intro", 30)
    assert [e.slug for e in await cal.event_types.list()] == ["intro"]
    got = await cal.event_types.get(str(created.id))
    assert got is not None and got.title == "Intro call"
    with pytest.raises(ValueError, match="an event type needs lengthInMinutes"):
        await cal.event_types.create(title="x", slug="x")
    with pytest.raises(ValueError, match="positive integer"):
        await cal.event_types.create(title="x", slug="x", length_in_minutes=0)
    with pytest.raises(ValueError, match="not both"):
        await cal.event_types.create(body={"title": "x"}, slug="x")


async def test_by_slug_is_cached_until_the_ttl_passes(
    fake: FakeCal, counted: tuple[CalClient, Counting]
) -> None:
    cal, transport = counted
    fake.add_event_type(slug="intro", length=30)
    clock = Clock()
    event_types = type(cal.event_types)(cal, cache_ttl=60, clock=clock)
    first = await event_types.by_slug("intro", username=fake.user.username)
    again = await event_types.by_slug("intro", username=fake.user.username)
    assert again is first and transport.lookups == 1  # a hit: no request
    assert (event_types.cache.hits, event_types.cache.misses) == (1, 1)
    clock.now += 59.9
    await event_types.by_slug("intro", username=fake.user.username)
    assert transport.lookups == 1
    clock.now += 0.2  # past the TTL
    await event_types.by_slug("intro", username=fake.user.username)
    assert transport.lookups == 2
    await event_types.by_slug("intro", username=fake.user.username, refresh=True)
    assert transport.lookups == 3


async def test_concurrent_lookups_share_one_request(
    fake: FakeCal, counted: tuple[CalClient, Counting]
) -> None:
    cal, transport = counted
    fake.add_event_type(slug="intro", length=30)
    transport.delay = 0.05
    found: list[int] = []

    async def lookup() -> None:
        found.append((await cal.event_types.by_slug("intro", username=fake.user.username)).id)

    async with anyio.create_task_group() as tg:
        for _ in range(5):
            tg.start_soon(lookup)
    assert transport.lookups == 1 and len(set(found)) == 1 and len(found) == 5


async def test_concurrent_misses_each_ask_again(fake: FakeCal, counted: tuple[CalClient, Counting]) -> None:
    cal, transport = counted
    transport.delay = 0.01
    failures: list[Exception] = []

    async def lookup() -> None:
        try:
            await cal.event_types.by_slug("nope", username=fake.user.username)
        except EventTypeNotFoundError as exc:
            failures.append(exc)

    async with anyio.create_task_group() as tg:
        for _ in range(3):
            tg.start_soon(lookup)
    assert len(failures) == 3 and transport.lookups == 3  # a failure is never shared as a cached answer


async def test_a_write_during_a_lookup_keeps_its_answer_out_of_the_cache(
    fake: FakeCal, counted: tuple[CalClient, Counting]
) -> None:
    cal, transport = counted
    et = fake.add_event_type(slug="intro", length=30)
    transport.delay = 0.05
    async with anyio.create_task_group() as tg:
        tg.start_soon(lambda: cal.event_types.by_slug("intro", username=fake.user.username))
        await anyio.sleep(0.01)  # the lookup is in flight
        await cal.event_types.update(et.id, body={"title": "Renamed"})
    assert len(cal.event_types.cache) == 0  # the lookup may have read the old title: not kept


async def test_misses_are_not_cached_and_writes_clear_the_cache(
    fake: FakeCal, counted: tuple[CalClient, Counting]
) -> None:
    cal, transport = counted
    username = fake.user.username
    with pytest.raises(EventTypeNotFoundError, match="no event type with slug 'later'"):
        await cal.event_types.by_slug("later", username=username)
    created = await cal.event_types.create(title="Later", slug="later", length_in_minutes=15)
    found = await cal.event_types.by_slug("later", username=username)  # not a cached "missing"
    assert found.id == created.id and transport.lookups == 2
    await cal.event_types.update(created.id, body={"title": "Renamed"})
    assert len(cal.event_types.cache) == 0
    assert (await cal.event_types.by_slug("later", username=username)).title == "Renamed"
    await cal.event_types.delete(created.id)
    with pytest.raises(EventTypeNotFoundError):
        await cal.event_types.by_slug("later", username=username)


async def test_each_client_has_its_own_cache(fake: FakeCal, cal: CalClient) -> None:
    fake.add_event_type(slug="intro", length=30)
    other = cal.with_options(timeout=5.0)
    await cal.event_types.by_slug("intro", username=fake.user.username)
    assert len(cal.event_types.cache) == 1
    assert other.event_types is not cal.event_types and len(other.event_types.cache) == 0
    assert cal.event_types is cal.event_types  # one resource (and cache) per client


@respx.mock
async def test_team_by_slug_for_org_and_plain_teams(rcal: CalClient) -> None:
    team_type = {"id": 5, "slug": "demo", "title": "Demo", "teamId": 3, "schedulingType": "ROUND_ROBIN"}
    org_route = respx.get(f"{API}/v2/organizations/1/teams/3/event-types").mock(
        return_value=httpx.Response(200, json={"status": "success", "data": [team_type]})
    )
    team_route = respx.get(f"{API}/v2/teams/3/event-types").mock(
        return_value=httpx.Response(200, json={"status": "success", "data": [team_type]})
    )
    found = await rcal.event_types.team_by_slug("demo", team_id=3, org_id=1)
    assert found["id"] == 5 and org_route.calls.last.request.url.params["eventSlug"] == "demo"
    await rcal.event_types.team_by_slug("demo", team_id=3, org_id=1)
    assert org_route.call_count == 1  # cached
    await rcal.event_types.team_by_slug("demo", team_id=3)
    assert team_route.call_count == 1  # a different key: the non-org team route
    with pytest.raises(ValueError, match="slug"):
        await rcal.event_types.team_by_slug("a/b", team_id=3)


def test_ttl_cache_bounds_and_validation() -> None:
    clock = Clock()
    cache: TTLCache[str, int] = TTLCache(10, clock=clock, max_entries=2)
    cache.put("a", 1)
    cache.put("b", 2)
    cache.put("c", 3)
    assert cache.get("a") is None and cache.get("c") == 3 and len(cache) == 2  # oldest dropped
    clock.now += 10
    assert cache.get("c") is None and len(cache) == 1
    for bad in (lambda: TTLCache(-1), lambda: TTLCache(1, max_entries=0)):
        with pytest.raises(ValueError):
            bad()
