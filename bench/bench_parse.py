"""Typed parsing of a page of 250 bookings against ``json.loads`` of the same bytes.

``typed parse`` is what a list call does with the response body: ``json.loads`` plus wrapping
every booking in its typed model. Models decode fields when read, so the run also reports the
cost of reading every declared field of every booking, for an honest picture. Goal: <= 2x.
"""

from __future__ import annotations

import json
import timeit
from typing import Any

from cal_async._generated.api.bookings import bookings_list


def booking(i: int) -> dict[str, Any]:
    return {
        "id": i,
        "uid": f"uid_{i:06d}",
        "title": "30 min meeting between Jane Doe and Alex",
        "description": "Discuss the integration",
        "hosts": [
            {
                "id": 7,
                "name": "Jane Doe",
                "email": "jane@example.com",
                "username": "jane",
                "timeZone": "Europe/Paris",
            }
        ],
        "status": "accepted" if i % 7 else "awaiting_host",
        "cancellationReason": None,
        "start": "2025-10-01T09:00:00.000Z",
        "end": "2025-10-01T09:30:00.000Z",
        "duration": 30,
        "eventTypeId": 42,
        "eventType": {"id": 42, "slug": "30min"},
        "meetingUrl": "https://cal.com/video/abc",
        "location": "https://cal.com/video/abc",
        "absentHost": False,
        "createdAt": "2025-09-01T10:00:00.000Z",
        "updatedAt": "2025-09-02T10:00:00.000Z",
        "metadata": {"source": "bench"},
        "rating": None,
        "icsUid": f"ics_{i}",
        "attendees": [
            {
                "name": "Alex",
                "email": f"alex{i}@example.com",
                "timeZone": "America/New_York",
                "language": "en",
                "absent": False,
            }
        ],
        "guests": ["guest@example.com"],
        "bookingFieldsResponses": {"name": "Alex", "email": f"alex{i}@example.com"},
    }


def page_bytes(n: int = 250) -> bytes:
    body = {
        "status": "success",
        "data": [booking(i) for i in range(n)],
        "pagination": {"totalItems": n, "hasNextPage": False, "currentPage": 1, "totalPages": 1},
    }
    return json.dumps(body).encode()


def _read_all(items: list[Any]) -> None:
    for item in items:
        cls = type(item)
        for name in dir(cls):
            if (
                isinstance(getattr(cls, name, None), property)
                and not name.startswith("_")
                and name != "model_extra"
            ):
                getattr(item, name)


def main(number: int = 200) -> None:
    raw = page_bytes()
    items, _ = bookings_list.parse_page(json.loads(raw))
    assert len(items) == 250 and items[0].uid == "uid_000000"

    def loads() -> None:
        json.loads(raw)

    def typed() -> None:
        bookings_list.parse_page(json.loads(raw))

    def typed_and_read() -> None:
        _read_all(bookings_list.parse_page(json.loads(raw))[0])

    results = {}
    for name, fn in (
        ("json.loads", loads),
        ("typed parse", typed),
        ("typed parse + read every field", typed_and_read),
    ):
        results[name] = min(timeit.repeat(fn, number=number, repeat=5)) / number
    base = results["json.loads"]
    print(f"parse: 250 bookings, {len(raw) / 1024:.0f} KiB; json.loads {base * 1e3:.2f} ms")
    for name in ("typed parse", "typed parse + read every field"):
        print(
            f"parse ratio {name} / json.loads = {results[name] / base:.2f}x"
            + (" (goal <= 2x)" if name == "typed parse" else "")
        )


if __name__ == "__main__":
    main()
