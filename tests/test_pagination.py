"""AsyncPaginator against respx (both response styles, the mid-iteration shift, prefetch) and the fake."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import anyio
import httpx
import pytest
import respx
import trio

from cal_async import CalClient
from cal_async._errors import InternalServerError
from cal_async.testing import FakeCal

API = "https://api.cal.com"
KEY = "cal_" + "0" * 32


def _booking(uid: str) -> dict[str, Any]:
    """A booking item with the fields the spec requires (pagination itself only reads ``uid``)."""
    return {
        "id": int(uid.removeprefix("b")),
        "uid": uid,
        "title": f"booking {uid}",
        "description": None,
        "hosts": [],
        "status": "accepted",
        "start": "2030-01-08T09:00:00.000Z",
        "end": "2030-01-08T09:30:00.000Z",
        "duration": 30,
        "eventTypeId": 1,
        "eventType": {"id": 1, "slug": "intro"},
        "location": None,
        "absentHost": False,
        "createdAt": "2030-01-01T00:00:00.000Z",
        "updatedAt": None,
        "attendees": [],
        "bookingFieldsResponses": {},
    }


def _webhook(n: int) -> dict[str, Any]:
    return {"id": f"hook-{n}", "subscriberUrl": f"https://example.com/{n}", "triggers": [], "active": True}


class BookingServer:
    """``GET /v2/bookings`` over a mutable list, with the server's ``pagination`` object."""

    def __init__(self, uids: list[str]) -> None:
        self.uids = uids
        self.requests: list[httpx.Request] = []
        self.before_page: Callable[[int], None] = lambda skip: None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        take = int(request.url.params.get("take", 100))
        skip = int(request.url.params.get("skip", 0))
        self.before_page(skip)
        page = self.uids[skip : skip + take]
        total = len(self.uids)
        pagination = {
            "totalItems": total,
            "remainingItems": max(total - skip - len(page), 0),
            "returnedItems": len(page),
            "itemsPerPage": take,
            "currentPage": skip // take + 1 if total else 0,
            "totalPages": -(-total // take),
            "hasNextPage": skip + len(page) < total,
            "hasPreviousPage": skip > 0,
        }
        body = {"status": "success", "data": [_booking(u) for u in page], "pagination": pagination}
        return httpx.Response(200, json=body)


class ArrayServer:
    """A bare-array list (``GET /v2/webhooks``): no pagination info at all."""

    def __init__(self, count: int) -> None:
        self.items = [_webhook(n) for n in range(count)]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        take = int(request.url.params["take"])
        skip = int(request.url.params["skip"])
        return httpx.Response(200, json={"status": "success", "data": self.items[skip : skip + take]})


@pytest.fixture
async def cal() -> AsyncIterator[CalClient]:
    async with CalClient(KEY, base_url=API, max_retries=0) as client:
        yield client


def _skips(requests: list[httpx.Request]) -> list[int]:
    return [int(r.url.params["skip"]) for r in requests]


@respx.mock
async def test_pages_across_several_pages_with_has_next_page(cal: CalClient) -> None:
    server = BookingServer([f"b{n}" for n in range(1, 8)])
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    uids = [b.uid async for b in cal.bookings.list(take=3)]
    assert uids == [f"b{n}" for n in range(1, 8)]
    assert _skips(server.requests) == [0, 3, 6]  # stopped on hasNextPage=false, no 4th request


@respx.mock
async def test_has_next_page_wins_over_a_full_last_page(cal: CalClient) -> None:
    server = BookingServer([f"b{n}" for n in range(1, 7)])  # 6 items, 2 full pages
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    assert len([b async for b in cal.bookings.list(take=3)]) == 6
    assert _skips(server.requests) == [0, 3]  # a bare-array list would have needed an empty 3rd page


@respx.mock
async def test_bare_array_ends_on_a_short_page(cal: CalClient) -> None:
    server = ArrayServer(5)
    respx.get(f"{API}/v2/webhooks").mock(side_effect=server)
    ids = [w.id async for w in cal.webhooks.list(take=2)]
    assert ids == [f"hook-{n}" for n in range(5)]
    assert _skips(server.requests) == [0, 2, 4]


@respx.mock
async def test_bare_array_ends_on_an_empty_page(cal: CalClient) -> None:
    server = ArrayServer(4)
    respx.get(f"{API}/v2/webhooks").mock(side_effect=server)
    pages = [page async for page in cal.webhooks.list(take=2).pages()]
    assert [len(p) for p in pages] == [2, 2, 0]
    assert [p.offset for p in pages] == [0, 2, 4]
    assert pages[0].pagination is None and pages[0].total_items is None
    assert pages[-1].has_next_page is False


@respx.mock
async def test_empty_listing_has_current_page_zero_and_one_request(cal: CalClient) -> None:
    server = BookingServer([])
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    page = await cal.bookings.list(status=["upcoming"])
    assert page.items == [] and page.has_next_page is False
    assert page.pagination is not None and page.pagination["currentPage"] == 0
    assert page.total_items == 0
    assert [b async for b in cal.bookings.list()] == []
    assert len(server.requests) == 2


@respx.mock
async def test_an_item_inserted_at_the_front_mid_iteration_is_not_yielded_twice(cal: CalClient) -> None:
    server = BookingServer([f"b{n}" for n in range(1, 7)])

    def insert_before_second_page(skip: int) -> None:
        if skip == 3:
            server.uids.insert(0, "b99")  # b3 moves to index 3: it starts page 2 again

    server.before_page = insert_before_second_page
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    uids = [b.uid async for b in cal.bookings.list(take=3)]
    assert uids == ["b1", "b2", "b3", "b4", "b5", "b6"]
    assert len(uids) == len(set(uids))


@respx.mock
async def test_filters_are_carried_to_every_page(cal: CalClient) -> None:
    server = BookingServer([f"b{n}" for n in range(1, 6)])
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    paginator = cal.bookings.list(
        status=["upcoming", "unconfirmed"], attendee_email="ada@example.com", take=2
    )
    assert len(await paginator.collect()) == 5
    assert len(server.requests) == 3
    for request in server.requests:
        assert request.url.params.get_list("status") == ["upcoming", "unconfirmed"]
        assert request.url.params["attendeeEmail"] == "ada@example.com"
        assert request.url.params["take"] == "2"
        assert request.headers["cal-api-version"] == "2024-08-13"


@respx.mock
async def test_collect_max_items_stops_fetching(cal: CalClient) -> None:
    server = BookingServer([f"b{n}" for n in range(1, 11)])
    respx.get(f"{API}/v2/bookings").mock(side_effect=server)
    got = await cal.bookings.list(take=3).collect(max_items=4)
    assert [b.uid for b in got] == ["b1", "b2", "b3", "b4"]
    assert _skips(server.requests) == [0, 3]
    assert await cal.bookings.list(take=3).collect(max_items=0) == []
    with pytest.raises(ValueError, match="max_items"):
        await cal.bookings.list().collect(max_items=-1)


async def test_collect_closes_the_generator_it_abandons(
    cal: CalClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[bool] = []
    from cal_async import pagination

    real = pagination._dedup

    async def tracking(pages: Any) -> Any:
        try:
            async for item in real(pages):
                yield item
        finally:
            closed.append(True)

    monkeypatch.setattr(pagination, "_dedup", tracking)
    with respx.mock:
        respx.get(f"{API}/v2/bookings").mock(side_effect=BookingServer([f"b{n}" for n in range(1, 9)]))
        await cal.bookings.list(take=3).collect(max_items=2)
        assert closed == [True]  # closed right away, not left to the garbage collector


@respx.mock
async def test_invalid_take_and_skip_are_rejected_before_any_request(cal: CalClient) -> None:
    with pytest.raises(ValueError, match="take"):
        cal.bookings.list(take=0)
    with pytest.raises(ValueError, match="skip"):
        cal.bookings.list(skip=-1)


# --- prefetch -----------------------------------------------------------------------------------


class SlowPages:
    """Bookings pages that take ``delay`` s each; records when each request started."""

    def __init__(self, count: int, delay: float) -> None:
        self.server = BookingServer([f"b{n}" for n in range(1, count + 1)])
        self.delay = delay
        self.started: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.started.append(int(request.url.params["skip"]))
        await anyio.sleep(self.delay)
        return self.server(request)


def _client(handler: Any) -> CalClient:
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    return CalClient(KEY, base_url=API, http_client=http, max_retries=0)


async def test_prefetch_fetches_the_next_page_while_the_caller_works() -> None:
    pages = SlowPages(6, delay=0.05)
    cal = _client(pages)
    seen: list[str] = []
    async with cal.bookings.list(take=2).prefetching() as bookings:
        async for booking in bookings:
            seen.append(booking.uid)
            if booking.uid == "b1":
                await anyio.sleep(0.2)  # the caller is busy with page 1 ...
                assert pages.started == [0, 2]  # ... while page 2 is already on its way
                assert 4 not in pages.started  # and no further than one page ahead
    assert seen == [f"b{n}" for n in range(1, 7)]
    assert pages.started == [0, 2, 4]


async def test_prefetch_off_fetches_only_on_demand() -> None:
    pages = SlowPages(6, delay=0.0)
    cal = _client(pages)
    async for booking in cal.bookings.list(take=2):
        if booking.uid == "b1":
            await anyio.sleep(0.05)
            assert pages.started == [0]


async def test_prefetch_break_early_cancels_the_fetcher() -> None:
    pages = SlowPages(10, delay=0.05)
    cal = _client(pages)
    async with cal.bookings.list(take=2).prefetching() as bookings:
        async for booking in bookings:
            if booking.uid == "b1":
                break
    started = list(pages.started)
    await anyio.sleep(0.2)
    assert pages.started == started  # nothing keeps fetching after the block
    assert started[:1] == [0] and len(started) <= 2


async def test_prefetch_pages_and_collect() -> None:
    cal = _client(SlowPages(5, delay=0.0))
    async with cal.bookings.list(take=2).prefetching() as stream:
        sizes = [len(page) async for page in stream.pages()]
    assert sizes == [2, 2, 1]
    got = await _client(SlowPages(5, delay=0.0)).bookings.list(take=2).collect(max_items=3, prefetch=True)
    assert [b.uid for b in got] == ["b1", "b2", "b3"]


async def test_prefetch_keeps_the_shift_dedup() -> None:
    server = BookingServer([f"b{n}" for n in range(1, 7)])
    server.before_page = lambda skip: server.uids.insert(0, "b99") if skip == 3 else None
    cal = _client(server)
    async with cal.bookings.list(take=3).prefetching() as bookings:
        uids = [b.uid async for b in bookings]
    assert uids == ["b1", "b2", "b3", "b4", "b5", "b6"]


async def test_prefetch_error_surfaces_plainly_after_the_pages_before_it() -> None:
    server = BookingServer([f"b{n}" for n in range(1, 7)])

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params["skip"] == "2":
            return httpx.Response(500, json={"statusCode": 500, "message": "Internal server error"})
        return server(request)

    cal = _client(handler)
    seen: list[str] = []
    with pytest.raises(InternalServerError):
        async with cal.bookings.list(take=2).prefetching() as bookings:
            async for booking in bookings:
                seen.append(booking.uid)
    assert seen == ["b1", "b2"]


async def test_an_error_in_the_callers_block_is_not_wrapped() -> None:
    cal = _client(SlowPages(6, delay=0.0))
    with pytest.raises(KeyError):
        async with cal.bookings.list(take=2).prefetching() as bookings:
            async for _ in bookings:
                raise KeyError("mine")


def test_prefetch_runs_under_trio() -> None:
    async def main() -> list[str]:
        cal = _client(SlowPages(5, delay=0.01))
        async with cal.bookings.list(take=2).prefetching() as bookings:
            return [b.uid async for b in bookings]

    assert trio.run(main) == ["b1", "b2", "b3", "b4", "b5"]


# --- against the fake -----------------------------------------------------------------------------


async def test_paging_bookings_of_the_fake() -> None:
    now = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)  # a Monday
    fake = FakeCal(now=now)
    event_type = fake.add_event_type(slug="intro", length=30)
    for n in range(7):
        fake.add_booking(event_type, now + timedelta(days=1, hours=1, minutes=30 * n))
    http = httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app))
    async with CalClient(fake.api_key, base_url="http://cal.test", http_client=http) as cal:
        pages = [p async for p in cal.bookings.list(status=["upcoming"], take=3).pages()]
        assert [len(p) for p in pages] == [3, 3, 1]
        assert pages[0].total_items == 7 and pages[-1].has_next_page is False
        async with cal.bookings.list(take=3).prefetching() as bookings:
            assert len({b.uid async for b in bookings}) == 7
    await http.aclose()
    await fake.aclose()


def test_page_json_roundtrip_is_not_needed_for_reprs() -> None:
    # Page's repr leaves out the raw pagination object (it can be large); items stay visible.
    from cal_async.pagination import Page

    page = Page(items=[1, 2], offset=0, limit=2, pagination={"totalItems": 2}, has_next_page=False)
    assert "pagination" not in repr(page) and json.dumps(page.items) == "[1, 2]"
