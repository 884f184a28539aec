"""Constants and small request helpers shared by the fake's tests."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx

# Monday 2025-10-20 08:00 UTC: before the DST weekends the tests walk through.
NOW = datetime(2025, 10, 20, 8, 0, tzinfo=UTC)

BOOKINGS = {"cal-api-version": "2024-08-13"}
SLOTS = {"cal-api-version": "2024-09-04"}
EVENT_TYPES = {"cal-api-version": "2024-06-14"}
SCHEDULES = {"cal-api-version": "2024-06-11"}


def attendee(
    name: str = "Ada Lovelace", email: str = "ada@example.com", tz: str = "Europe/London"
) -> dict[str, str]:
    return {"name": name, "email": email, "timeZone": tz}


async def book(http: httpx.AsyncClient, event_type_id: int, start: str, **extra: Any) -> httpx.Response:
    body = {
        "eventTypeId": event_type_id,
        "start": start,
        "attendee": extra.pop("attendee", attendee()),
        **extra,
    }
    return await http.post("/v2/bookings", json=body, headers=BOOKINGS)


async def slot_starts(http: httpx.AsyncClient, **params: Any) -> dict[str, list[str]]:
    response = await http.get("/v2/slots", params=params, headers=SLOTS)
    assert response.status_code == 200, response.text
    return {day: [item["start"] for item in items] for day, items in response.json()["data"].items()}
