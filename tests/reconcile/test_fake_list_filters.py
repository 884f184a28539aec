"""The fake's GET /v2/bookings answers the created/updated filters and sorts as the server does.

Server (calcom/cal.com): GetBookingsInput_2024_08_13 (packages/platform/types/bookings/2024-08-13/
inputs/get-bookings.input.ts) takes afterCreatedAt, beforeCreatedAt, afterUpdatedAt,
beforeUpdatedAt (@IsISO8601 strict) and sortUpdatedAt; InputBookingsService_2024_08_13
.transformGetBookingsFilters/transformGetBookingsSort (apps/api/v2/src/ee/bookings/2024-08-13/
services/input.service.ts) pass them to getBookings in packages/trpc/server/routers/viewer/bookings/
get.handler.ts (read at calcom/cal.com@004ed1bf0d13), which filters the union with
``updatedAt >= x``, ``updatedAt <= x``, ``createdAt >= x``, ``createdAt <= x``, orders by the first
sort given (getOrderBy) and counts the union before those filters (a later version's
get.handler.test.ts "applies the created and updated date filters to the count as well as to the
page" fixes that). Booking.updatedAt is ``DateTime? @updatedAt`` (packages/prisma/schema.prisma),
so Prisma Client stamps it on create too (prisma/orm#12019 asks for a way to leave it null).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from cal_async.testing import FakeCal

from .support import ADA, START, new_fake, slot

VERSION = {"cal-api-version": "2024-08-13"}


async def _list(fake: FakeCal, **params: str | int) -> httpx.Response:
    async with fake.http_client() as http:
        return await http.get("/v2/bookings", params=params, headers=VERSION)


def _uids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [b["uid"] for b in response.json()["data"]]


async def _seed(fake: FakeCal) -> dict[str, Any]:
    event_type = next(iter(fake.state.event_types.values()))
    at = [START + timedelta(minutes=minute) for minute in range(4)]
    legacy = fake.add_booking(event_type, slot(0), created_at=at[0])  # updatedAt null
    early = fake.add_booking(event_type, slot(1), created_at=at[0], updated_at=at[1])
    late = fake.add_booking(event_type, slot(2), created_at=at[1], updated_at=at[3])
    middle = fake.add_booking(event_type, slot(3), created_at=at[2], updated_at=at[2])
    return {"legacy": legacy.uid, "early": early.uid, "late": late.uid, "middle": middle.uid, "at": at}


async def test_after_updated_at_is_inclusive_and_never_matches_a_null_updated_at() -> None:
    fake, _ = new_fake()
    seeded = await _seed(fake)
    at = seeded["at"]
    response = await _list(fake, afterUpdatedAt=at[2].isoformat(), sortUpdatedAt="asc")
    assert _uids(response) == [seeded["middle"], seeded["late"]]  # >= at[2]: middle is at it
    between = await _list(fake, afterUpdatedAt=at[1].isoformat(), beforeUpdatedAt=at[2].isoformat())
    assert set(_uids(between)) == {seeded["early"], seeded["middle"]}
    everything = await _list(fake, afterUpdatedAt="2000-01-01T00:00:00Z")
    assert seeded["legacy"] not in _uids(everything)


async def test_created_filters_find_the_bookings_with_no_updated_at() -> None:
    fake, _ = new_fake()
    seeded = await _seed(fake)
    response = await _list(fake, afterCreatedAt=seeded["at"][0].isoformat(), sortCreated="asc")
    assert _uids(response)[:2] == [seeded["legacy"], seeded["early"]]  # equal createdAt: by id
    before = await _list(fake, beforeCreatedAt=seeded["at"][1].isoformat(), sortCreated="desc")
    assert _uids(before) == [seeded["late"], seeded["early"], seeded["legacy"]]


async def test_sort_updated_at_puts_nulls_last_ascending_and_first_descending() -> None:
    fake, _ = new_fake()
    seeded = await _seed(fake)
    ascending = _uids(await _list(fake, sortUpdatedAt="asc"))
    descending = _uids(await _list(fake, sortUpdatedAt="desc"))
    assert ascending == [seeded["early"], seeded["middle"], seeded["late"], seeded["legacy"]]
    assert descending == list(reversed(ascending))


async def test_the_first_sort_given_wins_as_in_get_order_by() -> None:
    fake, _ = new_fake()
    seeded = await _seed(fake)
    # sortStart before sortUpdatedAt in getOrderBy: start order, whatever sortUpdatedAt says.
    response = await _list(fake, sortUpdatedAt="desc", sortStart="asc")
    assert _uids(response) == [seeded["legacy"], seeded["early"], seeded["late"], seeded["middle"]]


async def test_the_count_ignores_the_date_filters_so_has_next_page_outlives_the_items() -> None:
    fake, _ = new_fake()
    seeded = await _seed(fake)
    response = await _list(fake, afterUpdatedAt=seeded["at"][3].isoformat(), take=1)
    body = response.json()
    assert _uids(response) == [seeded["late"]]
    assert body["pagination"]["totalItems"] == 4 and body["pagination"]["hasNextPage"] is True
    past_the_end = await _list(fake, afterUpdatedAt=seeded["at"][3].isoformat(), take=1, skip=1)
    assert _uids(past_the_end) == [] and past_the_end.json()["pagination"]["hasNextPage"] is True


async def test_bad_dates_and_sorts_are_the_servers_validation_errors() -> None:
    fake, _ = new_fake()
    response = await _list(fake, afterUpdatedAt="yesterday", sortUpdatedAt="up")
    assert response.status_code == 400
    errors = {e["property"]: e["constraints"] for e in response.json()["error"]["details"]["errors"]}
    assert errors == {
        "afterUpdatedAt": {"isIso8601": "fromDate must be a valid ISO 8601 date."},
        # The server's message for sortUpdatedAt names SortCreated (copied decorator).
        "sortUpdatedAt": {"isEnum": 'SortCreated must be either "asc" or "desc".'},
    }


async def test_every_write_through_the_api_stamps_updated_at() -> None:
    fake, event_type = new_fake()
    async with fake.client() as cal:
        fake.advance(1)
        made = await cal.bookings.book(event_type.id, slot(0), ADA, check_slot=False)
        created = fake.booking(made.uid)
        assert created.updated_at == created.created_at  # @updatedAt is filled on create
        fake.advance(1)
        moved = await cal.bookings.reschedule(made.uid, slot(1), reason="moved")
        old, new = fake.booking(made.uid), fake.booking(moved.uid)
        assert old.updated_at == new.updated_at == new.created_at == START + timedelta(seconds=2)
        fake.advance(1)
        await cal.bookings.cancel(moved.uid, reason="gone")
        assert fake.booking(moved.uid).updated_at == START + timedelta(seconds=3)


def test_seeded_bookings_take_aware_times_only() -> None:
    fake, event_type = new_fake()
    with pytest.raises(ValueError, match="updated_at must be an aware datetime"):
        fake.add_booking(event_type, slot(0), updated_at=datetime(2030, 1, 1))
    assert fake.add_booking(event_type, slot(1), updated_at=datetime(2030, 1, 1, tzinfo=UTC)).updated_at
