"""Typed parsing of a page of 250 bookings, against ``json.loads`` of the same bytes.

``typed parse`` is what a list call does with a response body: decode it (orjson) and wrap every
booking in its typed model (a view: nothing is decoded before a field is read). Goal: <= 0.7x
``json.loads``. ``+ read every field`` also reads every declared field of every model,
recursively, against ``json.loads`` plus the same walk over plain dicts; goal <= 1.3x. It is
measured for each read-path design of ``bench/model_candidates.py`` (the SDK's is the compiled
one), and for the two other model technologies the SDK could use: msgspec Structs (full typed
decode) and pydantic v2 (full validation), all in the same interleaved rounds.
"""

from __future__ import annotations

import json
import time
import timeit
from collections.abc import Callable
from typing import Any

import msgspec
import orjson

from cal_async import ApiModel
from cal_async._generated.resources.bookings import LIST as BOOKINGS_LIST

from .model_candidates import MsPage, PyPage, design, designs


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


def field_names(cls: type[ApiModel]) -> tuple[str, ...]:
    names = _FIELD_NAMES[cls] = tuple(f.name for f in cls._declared_fields)
    return names


def read_models(value: Any) -> int:
    """Read every declared field of every model reachable from ``value`` (as a user reading
    ``booking.start``, ``booking.hosts[0].email``, ... would); returns the count."""
    reads = 0
    stack = [value]
    names_of = _FIELD_NAMES
    while stack:
        node = stack.pop()
        if isinstance(node, ApiModel):
            cls = type(node)
            for name in names_of[cls] if cls in names_of else field_names(cls):
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


KEPT = "whole object, compiled (kept)"


def measure(number: int = 4, rounds: int = 60) -> dict[str, float]:
    raw = page_bytes()
    ms_decoder = msgspec.json.Decoder(MsPage)

    def parse() -> Any:
        return BOOKINGS_LIST.parse(orjson.loads(raw))

    def parse_and_read() -> None:
        read_models(parse()[0])

    for name in designs():  # each design reads the page alike (and has compiled what it compiles)
        with design(name):
            items, _ = parse()
            assert len(items) == 250 and read_models(items) == 10_250 and items[0].uid == "uid_000000"

    decoded = parse()[0]
    read_models(decoded)
    cases: dict[str, tuple[Callable[[], object], str | None]] = {
        "json.loads": (lambda: json.loads(raw), None),
        "json.loads + read": (lambda: read_dicts(json.loads(raw)), None),
        "typed parse": (parse, None),
        **{f"{name} + read": (parse_and_read, name) for name in designs()},
        # What no read path can go below: the walk over models whose fields are all decoded.
        "walk over decoded models": (lambda: read_models(decoded), None),
        "msgspec": (lambda: ms_decoder.decode(raw), None),
        "msgspec + read": (lambda: _read_structs(ms_decoder.decode(raw)), None),
        "pydantic": (lambda: PyPage.model_validate_json(raw), None),
        "pydantic + read": (lambda: _read_pydantic(PyPage.model_validate_json(raw)), None),
    }
    # Many short interleaved rounds, best of each: machine noise hits every case alike, and comes in
    # bursts that short rounds can miss.
    best = dict.fromkeys(cases, float("inf"))
    for _ in range(rounds):
        for name, (fn, design_name) in cases.items():
            with design(design_name or KEPT):
                # CPU time of this process: the work is all CPU, and on a shared machine the time
                # other jobs hold the cores is then not counted (wall-clock ratios moved by 50%).
                spent = timeit.Timer(fn, timer=time.process_time).timeit(number=number)
                best[name] = min(best[name], spent / number)
    return best


def main() -> None:
    best = measure()
    base, walk = best["json.loads"], best["json.loads + read"]
    print(
        f"parse: a page of 250 bookings, {len(page_bytes()) / 1024:.0f} KiB; json.loads {base * 1e3:.2f} ms, "
        f"json.loads + walk over every field {walk * 1e3:.2f} ms"
    )
    print(f"parse ratio typed parse / json.loads = {best['typed parse'] / base:.2f}x (goal <= 0.7x)")
    print(
        "parse ratio typed parse + read every field / json.loads + the same walk over dicts = "
        f"{best[KEPT + ' + read'] / walk:.2f}x (goal <= 1.3x)"
    )
    print("read-path designs (typed parse + read every field / json.loads + walk):")
    for name in designs():
        print(f"  {name:<34} {best[name + ' + read'] / walk:.2f}x")
    floor = best["typed parse"] + best["walk over decoded models"]
    print(
        f"  (typed parse + the same walk over models already decoded: {floor / walk:.2f}x, "
        "what is left when decoding costs nothing)"
    )
    print("model technologies on the same page (ratio to json.loads; + read: to json.loads + walk):")
    for name, label in (
        ("typed parse", "cal_async views"),
        ("msgspec", "msgspec Structs"),
        ("pydantic", "pydantic v2"),
    ):
        read = best[KEPT + " + read" if name == "typed parse" else name + " + read"]
        print(f"  {label:<22} decode {best[name] / base:.2f}x, decode + read every field {read / walk:.2f}x")


if __name__ == "__main__":
    main()
