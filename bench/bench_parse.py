"""Typed parsing of a page of 250 bookings, against ``json.loads`` of the same bytes.

``typed parse`` is what a list call does with a response body: decode it (orjson) and wrap every
booking in its typed model (a view: nothing is decoded before a field is read). Goal: <= 0.7x
``json.loads``. ``+ read every field`` also reads every declared field of every model,
recursively, against ``json.loads`` plus the same walk over plain dicts; goal <= 1.3x. It is
measured for each read-path design of ``bench/model_candidates.py`` (the SDK's is the compiled
one), and for the two other model technologies the SDK could use: msgspec Structs (full typed
decode) and pydantic v2 (full validation), all in the same interleaved rounds.

Two floors are measured beside them: the same walk over models already decoded (what is left when
decoding costs nothing), and that plus building the page's model objects, each with a dict of its
values copied unchecked from its JSON object, and parsing its instants: what any read path that
keeps one Python object per JSON object and gives aware datetimes must spend, whatever it checks.
Every booking has its own instants (start, end, createdAt, updatedAt), as a real calendar has.
"""

from __future__ import annotations

import json
import time
import timeit
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
import orjson

from cal_async import ApiModel
from cal_async._generated.resources.bookings import LIST as BOOKINGS_LIST
from cal_async._instants import parse_instant

from .model_candidates import MsPage, PyPage, design, designs

_EPOCH = datetime(2025, 10, 1, 9, tzinfo=UTC)


def _instant(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def booking(i: int) -> dict[str, Any]:
    # Every booking its own instants, as a real calendar has (none repeats a string another has).
    start = _EPOCH + timedelta(minutes=45 * i)
    created = _EPOCH - timedelta(days=30, seconds=97 * i + 13, milliseconds=i % 1000)
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
        "start": _instant(start),
        "end": _instant(start + timedelta(minutes=30)),
        "duration": 30,
        "eventTypeId": 42,
        "eventType": {"id": 42, "slug": "30min"},
        "meetingUrl": "https://cal.com/video/abc",
        "location": "https://cal.com/video/abc",
        "absentHost": False,
        "createdAt": _instant(created),
        "updatedAt": _instant(created + timedelta(hours=1, seconds=i)),
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


def _what_any_design_builds(items: list[Any]) -> tuple[list[tuple[type, dict[str, Any]]], list[str]]:
    """Every model instance a page read in full holds (class and JSON object), and every instant
    it parses: what any read path keeping one Python object (with a dict) per JSON object and aware
    datetimes must build, whatever else it does."""
    objects: list[tuple[type, dict[str, Any]]] = []
    instants: list[str] = []
    stack = list(items)
    while stack:
        node = stack.pop()
        if isinstance(node, ApiModel):
            objects.append((type(node), node._data))
            for f in type(node)._declared_fields:
                value = getattr(node, f.name)
                if isinstance(value, datetime):
                    instants.append(node._data[f.key])
                elif isinstance(value, ApiModel | list):
                    stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return objects, instants


def _build_only(objects: list[tuple[type, dict[str, Any]]], instants: list[str]) -> list[object]:
    """The floor of the read path: those objects, each with a dict of its values (a C copy of its
    JSON object: nothing checked, renamed or converted), and those instants parsed."""
    new, set_data = object.__new__, ApiModel.__dict__["_data"].__set__
    set_dict = ApiModel.__dict__["__dict__"].__set__
    built: list[object] = []
    for cls, data in objects:
        obj = new(cls)
        set_data(obj, data)
        set_dict(obj, dict(data))
        built.append(obj)
    built.extend(map(parse_instant, instants))
    return built


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


def measure(number: int = 4, rounds: int = 60) -> tuple[dict[str, float], dict[str, int]]:
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
    objects, instants = _what_any_design_builds(decoded)
    cases: dict[str, tuple[Callable[[], object], str | None]] = {
        "json.loads": (lambda: json.loads(raw), None),
        "json.loads + read": (lambda: read_dicts(json.loads(raw)), None),
        "typed parse": (parse, None),
        **{f"{name} + read": (parse_and_read, name) for name in designs()},
        # What no read path can go below: the walk over models whose fields are all decoded, and
        # building the objects and instants it holds.
        "walk over decoded models": (lambda: read_models(decoded), None),
        "build only": (lambda: _build_only(objects, instants), None),
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
    return best, {"objects": len(objects), "instants": len(instants)}


def main() -> None:
    best, built = measure()
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
    floor += best["build only"]
    print(
        f"  (+ building the {built['objects']} model objects with a dict each, unchecked, and parsing "
        f"the {built['instants']} instants: {floor / walk:.2f}x, the floor of an object per JSON object)"
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
