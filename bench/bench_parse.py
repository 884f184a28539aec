"""Typed parsing of a page of 250 bookings, against ``json.loads`` of the same bytes.

``typed parse`` is what a list call does with a response body: decode it (orjson) and wrap every
booking in its typed model (a view: fields decode, are checked and cached when read). Goal:
<= 1.0x ``json.loads``. ``+ read every field`` also reads every declared field of every model,
recursively, against ``json.loads`` plus the same walk over plain dicts.

The same page is also decoded with the two other model technologies the SDK could use
(``bench/model_candidates.py``): msgspec Structs (full typed decode) and pydantic v2 (full
validation), for the README's comparison.
"""

from __future__ import annotations

import json
import timeit
from collections.abc import Callable
from typing import Any

import msgspec
import orjson

from cal_async import ApiModel
from cal_async._fields import Field
from cal_async._generated.resources.bookings import LIST as BOOKINGS_LIST

from .model_candidates import MsPage, PyPage


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


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = tuple(n for k in cls.__mro__ for n, v in vars(k).items() if isinstance(v, Field))
        _FIELD_NAMES[cls] = names
    return names


def read_models(value: Any) -> int:
    """Read every declared field of every model reachable from ``value`` (as a user reading
    ``booking.start``, ``booking.hosts[0].email``, ... would); returns the count."""
    reads = 0
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, ApiModel):
            for name in field_names(type(node)):
                stack.append(getattr(node, name))
                reads += 1
        elif isinstance(node, list):
            stack.extend(node)
    return reads


def read_dicts(value: Any) -> int:
    """The same walk over decoded JSON: every key of every object, recursively."""
    reads = 0
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key in node:
                stack.append(node[key])
                reads += 1
        elif isinstance(node, list):
            stack.extend(node)
    return reads


def _read_structs(value: Any) -> None:
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, msgspec.Struct):
            stack.extend(getattr(node, f) for f in node.__struct_fields__)
        elif isinstance(node, list):
            stack.extend(node)


def _read_pydantic(value: Any) -> None:
    stack = [value]
    while stack:
        node = stack.pop()
        if hasattr(node, "__pydantic_fields__"):
            stack.extend(getattr(node, f) for f in type(node).model_fields)
        elif isinstance(node, list):
            stack.extend(node)


def measure(number: int = 100) -> dict[str, float]:
    raw = page_bytes()
    items, _ = BOOKINGS_LIST.parse(orjson.loads(raw))
    assert len(items) == 250 and items[0].uid == "uid_000000"
    ms_decoder = msgspec.json.Decoder(MsPage)

    def lazy_read() -> None:
        read_models(BOOKINGS_LIST.parse(orjson.loads(raw))[0])

    cases: dict[str, Callable[[], object]] = {
        "json.loads": lambda: json.loads(raw),
        "json.loads + read": lambda: read_dicts(json.loads(raw)),
        "typed parse": lambda: BOOKINGS_LIST.parse(orjson.loads(raw)),
        "typed parse + read": lazy_read,
        "msgspec": lambda: ms_decoder.decode(raw),
        "msgspec + read": lambda: _read_structs(ms_decoder.decode(raw)),
        "pydantic": lambda: PyPage.model_validate_json(raw),
        "pydantic + read": lambda: _read_pydantic(PyPage.model_validate_json(raw)),
    }
    # Interleaved rounds, best of each: machine noise hits every case alike.
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(5):
        for name, fn in cases.items():
            best[name] = min(best[name], timeit.timeit(fn, number=number) / number)
    return best


def main() -> None:
    best = measure()
    base, walk = best["json.loads"], best["json.loads + read"]
    print(
        f"parse: a page of 250 bookings, {len(page_bytes()) / 1024:.0f} KiB; json.loads {base * 1e3:.2f} ms"
    )
    print(f"parse ratio typed parse / json.loads = {best['typed parse'] / base:.2f}x (goal <= 1.0x)")
    print(
        "parse ratio typed parse + read every field / json.loads + the same walk over dicts = "
        f"{best['typed parse + read'] / walk:.2f}x"
    )
    print("model technologies on the same page (ratio to json.loads; + read: to json.loads + walk):")
    for name, label in (
        ("typed parse", "cal_async lazy views"),
        ("msgspec", "msgspec Structs"),
        ("pydantic", "pydantic v2"),
    ):
        print(
            f"  {label:<22} decode {best[name] / base:.2f}x, decode + read every field "
            f"{best[name + ' + read'] / walk:.2f}x"
        )


if __name__ == "__main__":
    main()
