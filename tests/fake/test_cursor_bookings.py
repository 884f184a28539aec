"""The fake's ``GET /v2/bookings`` under ``cal-api-version: 2026-05-01``: cursor pages as Cal.com's
docs describe them (docs.cal.com api-reference/v2/bookings/get-all-bookings; Genei-Ltd/calcom-docs
``api-reference/v2/bookings/get-all-bookings.md`` in the search tools): ``limit`` 1..100 default 50,
an opaque ``cursor``, one ``status``, ``pagination: {nextCursor, hasMore}``; the sort direction
follows the status. The 2025 versions answer as before."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
from fake_support import NOW

from cal_async.testing import FakeCal

V2026 = {"cal-api-version": "2026-05-01"}


@pytest.fixture
async def raw(fake: FakeCal) -> AsyncIterator[httpx.AsyncClient]:
    """The default user's client, unchecked: the spec snapshots have no 2026-05-01 version."""
    async with fake.http_client() as client:
        yield client
    await fake.aclose()


def _seed(fake: FakeCal, days: list[int]) -> dict[int, str]:
    et = fake.add_event_type(slug="intro", length=30)
    return {d: fake.add_booking(et, NOW + timedelta(days=d, hours=2)).uid for d in days}


async def _walk(raw: httpx.AsyncClient, **params: Any) -> list[list[str]]:
    """Every page's uids, following nextCursor."""
    pages, cursor = [], None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        body = (await raw.get("/v2/bookings", params=query, headers=V2026)).json()
        assert body["status"] == "success" and set(body) == {"status", "data", "pagination"}
        pages.append([b["uid"] for b in body["data"]])
        meta = body["pagination"]
        assert set(meta) == {"nextCursor", "hasMore"} and meta["hasMore"] == (meta["nextCursor"] is not None)
        if not meta["hasMore"]:
            return pages
        cursor = meta["nextCursor"]


async def test_pages_follow_the_cursor_forward_for_upcoming_and_backward_for_past(
    fake: FakeCal, raw: httpx.AsyncClient
) -> None:
    uid = _seed(fake, [-3, -2, -1, 1, 2, 3, 4, 5])
    assert await _walk(raw, status="upcoming", limit=2) == [[uid[1], uid[2]], [uid[3], uid[4]], [uid[5]]]
    assert await _walk(raw, status="past", limit=2) == [[uid[-1], uid[-2]], [uid[-3]]]
    everything = [u for page in await _walk(raw, limit=3) for u in page]
    assert everything == [uid[d] for d in (5, 4, 3, 2, 1, -1, -2, -3)]  # no status: newest first


async def test_limit_defaults_to_50_and_is_bounded(fake: FakeCal, raw: httpx.AsyncClient) -> None:
    _seed(fake, list(range(1, 53)))
    body = (await raw.get("/v2/bookings", params={"status": "upcoming"}, headers=V2026)).json()
    assert len(body["data"]) == 50 and body["pagination"]["hasMore"] is True
    for bad in ("0", "101", "ten"):
        answer = await raw.get("/v2/bookings", params={"limit": bad}, headers=V2026)
        assert answer.status_code == 400
        assert answer.json()["error"]["details"]["errors"][0]["property"] == "limit"


async def test_an_unknown_cursor_or_several_statuses_are_refused(raw: httpx.AsyncClient) -> None:
    for params in ({"cursor": "not-a-cursor"}, {"status": "upcoming,past"}):
        answer = await raw.get("/v2/bookings", params=params, headers=V2026)
        assert answer.status_code == 400, params


async def test_the_2024_08_13_list_still_pages_by_offset(fake: FakeCal, raw: httpx.AsyncClient) -> None:
    _seed(fake, [1, 2, 3])
    body = (
        await raw.get("/v2/bookings", params={"take": 2}, headers={"cal-api-version": "2024-08-13"})
    ).json()
    assert len(body["data"]) == 2 and body["pagination"]["hasNextPage"] is True
    assert body["pagination"]["totalItems"] == 3
