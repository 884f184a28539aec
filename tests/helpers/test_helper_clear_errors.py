"""Errors a newcomer meets first say what to do: a missing key names CAL_API_KEY, prefetching used
without ``async with`` says so, and a taken slot lists the free ones in the zone of the request."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import httpx
import pytest

from cal_async import CalClient
from cal_async._errors import AuthenticationError, PermissionDeniedError
from cal_async.resources import SlotUnavailableError
from cal_async.testing import FakeCal

TOKYO = ZoneInfo("Asia/Tokyo")


async def test_a_missing_api_key_names_the_variable(fake: FakeCal, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CAL_API_KEY", raising=False)
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=fake.app), base_url="http://cal.test"
    ) as http:
        cal = CalClient(http_client=http)
        with pytest.raises(AuthenticationError, match="set CAL_API_KEY") as caught:
            await cal.me.get()
        assert caught.value.message.startswith("ApiAuthStrategy - No authentication method provided.")
        assert "CAL_API_KEY" in str(caught.value)
        with pytest.raises(PermissionDeniedError, match="CAL_API_KEY"):  # the 403 of a guarded route
            await cal.bookings.list()
        with pytest.raises(AuthenticationError) as wrong_key:
            await CalClient("cal_nope", http_client=http).me.get()
        assert "CAL_API_KEY" not in str(wrong_key.value)  # a key was sent: the hint would mislead


async def test_prefetching_without_async_with_says_how(cal: CalClient) -> None:
    paginator = cal.bookings.list()
    with pytest.raises(TypeError, match=r"async with paginator\.prefetching"):
        async for _ in paginator.prefetching():  # type: ignore[attr-defined]
            pass
    with pytest.raises(TypeError, match="async context manager"):
        await paginator.prefetching()  # type: ignore[misc]
    async with paginator.prefetching() as bookings:
        assert [b async for b in bookings] == []


async def test_nearest_slots_are_shown_in_the_zone_of_the_request(fake: FakeCal, cal: CalClient) -> None:
    et = fake.add_event_type(slug="intro", length=30)
    asked = datetime(2030, 1, 7, 10, 10, tzinfo=UTC).astimezone(TOKYO)  # off the 30-minute grid
    with pytest.raises(SlotUnavailableError) as caught:
        await cal.slots.check(et.id, asked)  # slots searched in UTC (the default time_zone)
    message = str(caught.value)
    assert message.startswith("2030-01-07T19:10:00+09:00 is not available")
    assert "nearest free slots: 2030-01-07T18:30:00+09:00, 2030-01-07T19:00:00+09:00" in message
