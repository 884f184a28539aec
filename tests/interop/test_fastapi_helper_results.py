"""FastAPI endpoints returning what the helpers return (issue 20, item 1): ``BookingResult``,
``Slot``, ``Reservation``, ``BusyTime``, and the unions of booking models under the names
``AnyBooking``, ``AnyBookingOrSeries`` and ``RescheduledBooking``.

Each works as ``response_model=`` (or as the return annotation), serialises to JSON and has a
schema in ``app.openapi()``. The first test walks every helper method's return annotation, so a
new helper result type is checked without touching this file.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

import attrs
import pytest
from fastapi import Body, FastAPI
from fastapi.testclient import TestClient

import cal_async.resources
from cal_async import (
    AnyBooking,
    AnyBookingOrSeries,
    Attendee,
    BookingResult,
    BusyTime,
    RescheduledBooking,
    Reservation,
    Slot,
)
from cal_async._models import ApiModel
from cal_async.pagination import AsyncPaginator, Page
from cal_async.testing import FakeCal
from cal_async.types import BookingOutput, GetRecurringSeatedBookingOutput, RecurringBookingOutput
from tests.test_public_surface import _classes_in, _hints

NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)  # a Monday
BUSY_FROM = datetime(2030, 1, 8, 13, tzinfo=UTC)
RESULT_VALUES = (BookingResult, Slot, Reservation, BusyTime)


def _helper_results() -> dict[str, Any]:
    """``Class.method`` -> what awaiting it gives, for every public method of every helper mixin."""
    results: dict[str, Any] = {}
    for name in cal_async.resources.__all__:
        helpers = getattr(cal_async.resources, name)
        if not (isinstance(helpers, type) and name.endswith("Helpers")):
            continue
        for method_name, method in vars(helpers).items():
            if method_name.startswith("_") or not inspect.isfunction(method):
                continue
            result = _hints(method).get("return")
            if isinstance(result, type) and hasattr(result, "__aiter__") and not hasattr(result, "__await__"):
                continue  # only iterated (bookings.changes): never awaited, never an endpoint's result
            if typing.get_origin(result) is AsyncPaginator:  # a list call: awaited, one page
                result = Page[typing.get_args(result)]  # type: ignore[misc]
            if result is not None and result is not type(None):
                results[f"{name}.{method_name}"] = result
    return results


def test_every_helper_result_type_works_as_a_response_model() -> None:
    results = _helper_results()
    named = {cls for result in results.values() for cls in _classes_in(result)}
    assert set(RESULT_VALUES) <= named  # the walk found the helpers' own result classes
    app = FastAPI()
    for index, (where, result) in enumerate(sorted(results.items())):
        # FastAPI refuses a type pydantic cannot handle here ("Invalid args for response field!").
        app.get(f"/{index}", response_model=result, name=where)(_unreachable)
    schemas = app.openapi()["components"]["schemas"]
    for cls in named - {Page}:  # a page is described inline, where it is used
        if issubclass(cls, ApiModel) or attrs.has(cls):
            assert cls.__name__ in schemas, cls


async def _unreachable() -> Any:  # pragma: no cover - the app is only documented
    raise AssertionError


class Made(typing.NamedTuple):
    booked: BookingResult
    slots: list[Slot]
    hold: Reservation
    busy: list[BusyTime]
    listed: Page[AnyBooking]
    got: AnyBookingOrSeries
    moved: RescheduledBooking
    cancelled: AnyBookingOrSeries


@pytest.fixture
async def made() -> AsyncIterator[Made]:
    fake = FakeCal(now=NOW)
    event_type = fake.add_event_type(slug="intro", length=30)
    fake.add_calendar(busy=[(BUSY_FROM, BUSY_FROM + timedelta(hours=2))])
    ada = Attendee("Ada Lovelace", "America/New_York", email="ada@example.com")
    async with fake.client() as cal:
        slots = await cal.slots.available(
            event_type.id, date(2030, 1, 7), date(2030, 1, 8), time_zone="Europe/Paris"
        )
        booked = await cal.bookings.book(event_type.id, slots[0], ada)
        other = await cal.bookings.book(event_type.id, slots[1], ada)
        hold = await cal.slots.hold(event_type.id, slots[4].start)
        busy = await cal.calendars.busy_times(date(2030, 1, 8), date(2030, 1, 9), time_zone="Asia/Tokyo")
        listed = await cal.bookings.list(take=10)
        got = await cal.bookings.get(booked.uid)
        moved = await cal.bookings.reschedule(other.uid, slots[6], reason="later")
        cancelled = await cal.bookings.cancel(moved.uid, reason="plans changed")
    yield Made(booked, slots, hold, busy, listed, got, moved, cancelled)


def _app(made: Made) -> FastAPI:
    app = FastAPI()

    @app.get("/booked", response_model=BookingResult)
    async def booked() -> Any:
        return made.booked

    @app.get("/slots")
    async def slots() -> list[Slot]:  # the annotation is the response model
        return made.slots

    @app.get("/first", response_model=Slot | None)
    async def first() -> Any:
        return made.slots[0]

    @app.get("/hold", response_model=Reservation)
    async def hold() -> Any:
        return made.hold

    @app.get("/busy", response_model=list[BusyTime])
    async def busy() -> Any:
        return made.busy

    @app.get("/listed", response_model=list[AnyBooking])
    async def listed() -> Any:
        return made.listed.items

    @app.get("/page")
    async def page() -> Page[AnyBooking]:
        return made.listed

    @app.get("/got", response_model=AnyBookingOrSeries)
    async def got() -> Any:
        return made.got

    @app.get("/moved", response_model=RescheduledBooking)
    async def moved() -> Any:
        return made.moved

    @app.get("/cancelled", response_model=AnyBookingOrSeries)
    async def cancelled() -> Any:
        return made.cancelled

    @app.get("/any")
    async def as_any() -> dict[str, Any]:  # pydantic serialises values typed Any by their own schema
        return {"booked": made.booked, "slot": made.slots[0]}

    @app.get("/from-a-dict", response_model=Slot)
    async def from_a_dict() -> Any:  # validated into a Slot, then serialised
        return {"start": "2030-01-07T10:00:00+01:00", "end": "2030-01-07T10:30:00+01:00"}

    return app


def _instant(value: str, expected: datetime) -> bool:
    """The JSON is the same instant in the same offset (pydantic writes UTC as ``Z``)."""
    sent = datetime.fromisoformat(value)
    return sent == expected and sent.utcoffset() == expected.utcoffset()


def _json_of(value: object) -> dict[str, Any]:
    """What an attrs result must serialise to: its fields by Python name, datetimes as ISO 8601
    (compared as instants), tuples as lists, models as the JSON the server sent."""
    out: dict[str, Any] = {}
    for field in attrs.fields(type(value)):
        item = getattr(value, field.name)
        if isinstance(item, tuple):
            item = [i.to_dict() if isinstance(i, ApiModel) else i for i in item]
        out[field.name] = item
    return out


def _same(sent: dict[str, Any], value: object) -> None:
    expected = _json_of(value)
    assert sent.keys() == expected.keys()
    for key, item in expected.items():
        if isinstance(item, datetime):
            assert _instant(sent[key], item), (key, sent[key], item)
        else:
            assert sent[key] == item, key


async def test_helper_results_serialise_as_json(made: Made) -> None:
    client = TestClient(_app(made))
    booked = client.get("/booked").json()
    _same(booked, made.booked)
    assert booked["start"].endswith("-05:00")  # in Ada's zone, as the helper returned it
    assert booked["bookings"] == [b.to_dict() for b in made.booked.bookings]  # the API's JSON
    assert booked["bookings"][0]["eventTypeId"] == made.booked.bookings[0]["eventTypeId"]
    slots = client.get("/slots").json()
    assert len(slots) == len(made.slots) > 6
    for sent, slot in zip(slots, made.slots, strict=True):
        _same(sent, slot)
    assert slots[0]["start"].endswith("+01:00")  # Europe/Paris
    assert client.get("/first").json() == slots[0]
    _same(client.get("/hold").json(), made.hold)
    busy = client.get("/busy").json()
    assert len(busy) == 1 and busy[0]["start"].endswith("+09:00")  # Asia/Tokyo
    _same(busy[0], made.busy[0])
    assert client.get("/any").json() == {"booked": booked, "slot": slots[0]}
    assert client.get("/from-a-dict").json() == {
        "start": "2030-01-07T10:00:00+01:00",
        "end": "2030-01-07T10:30:00+01:00",
        "seats_booked": None,
        "seats_remaining": None,
        "seats_total": None,
        "booking_uid": None,
    }


async def test_unions_of_booking_models_serialise_as_the_api_sent_them(made: Made) -> None:
    client = TestClient(_app(made))
    items = made.listed.items
    assert len(items) == 2 and all(isinstance(b, BookingOutput) for b in items)
    assert client.get("/listed").json() == [b.to_dict() for b in items]
    page = client.get("/page").json()
    assert page["data"] == [b.to_dict() for b in items] and page["hasNextPage"] is False
    assert isinstance(made.got, BookingOutput) and client.get("/got").json() == made.got.to_dict()
    assert isinstance(made.moved, BookingOutput) and client.get("/moved").json() == made.moved.to_dict()
    assert isinstance(made.cancelled, BookingOutput)
    assert client.get("/cancelled").json() == made.cancelled.to_dict()


def test_a_series_serialises_as_a_list() -> None:
    """``AnyBookingOrSeries`` also holds every occurrence of a recurring booking (a list)."""
    occurrence = {"uid": "occ-1", "recurringBookingUid": "series-1", "start": "2030-01-07T09:00:00Z"}
    series = [RecurringBookingOutput.from_dict({**occurrence, "uid": f"occ-{n}"}) for n in (1, 2)]
    app = FastAPI()
    app.get("/series", response_model=AnyBookingOrSeries)(lambda: series)
    assert TestClient(app).get("/series").json() == [s.to_dict() for s in series]


def _response_schema(openapi: dict[str, Any], path: str) -> Any:
    return openapi["paths"][path]["get"]["responses"]["200"]["content"]["application/json"]["schema"]


def _untitled(prop: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in prop.items() if key != "title"}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


async def test_the_openapi_schema_describes_helper_results(made: Made) -> None:
    openapi = _app(made).openapi()
    schemas = openapi["components"]["schemas"]
    booking_result = schemas["BookingResult"]
    assert booking_result["type"] == "object" and booking_result["title"] == "BookingResult"
    assert booking_result["description"].startswith("A booking just made")  # the class's docstring
    assert booking_result["properties"]["seat_uid"].pop("title") == "Seat Uid"
    assert {name: _untitled(prop) for name, prop in booking_result["properties"].items()} == {
        "uid": {"type": "string"},
        "start": {"type": "string", "format": "date-time"},
        "end": {"type": "string", "format": "date-time"},
        "status": {"type": "string"},
        "seat_uid": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "host_emails": {"type": "array", "items": {"type": "string"}},
        "bookings": {"type": "array", "items": _ref("ApiModel")},
    }
    # Every field is in every response, defaulted or not.
    assert set(booking_result["required"]) == set(booking_result["properties"])
    assert set(schemas["Slot"]["properties"]) == {a.name for a in attrs.fields(Slot)}
    assert _untitled(schemas["Slot"]["properties"]["seats_total"]) == {
        "anyOf": [{"type": "integer"}, {"type": "null"}]
    }
    assert _untitled(schemas["Reservation"]["properties"]["event_type_id"]) == {"type": "integer"}
    assert _untitled(schemas["BusyTime"]["properties"]["end"]) == {"type": "string", "format": "date-time"}

    assert _response_schema(openapi, "/booked") == _ref("BookingResult")
    assert _response_schema(openapi, "/slots")["items"] == _ref("Slot")
    assert _response_schema(openapi, "/first")["anyOf"] == [_ref("Slot"), {"type": "null"}]
    assert _response_schema(openapi, "/busy")["items"] == _ref("BusyTime")
    any_booking = [_ref(cls.__name__) for cls in typing.get_args(AnyBooking)]
    assert _response_schema(openapi, "/listed")["items"] == {"anyOf": any_booking}
    assert _response_schema(openapi, "/page")["properties"]["data"]["items"] == {"anyOf": any_booking}
    series = [
        *any_booking,
        {"type": "array", "items": _ref(RecurringBookingOutput.__name__)},
        {"type": "array", "items": _ref(GetRecurringSeatedBookingOutput.__name__)},
    ]
    assert _response_schema(openapi, "/got")["anyOf"] == series
    assert {r["$ref"] for r in _response_schema(openapi, "/moved")["anyOf"]} == {
        _ref(cls.__name__)["$ref"] for cls in typing.get_args(RescheduledBooking)
    }


def test_the_names_are_what_checkers_see_for_the_calls() -> None:
    """The exported aliases are the unions the methods are annotated with (so ``assert_type``
    and ``response_model=`` agree)."""
    results = _helper_results()
    assert results["BookingHelpers.cancel"] == AnyBookingOrSeries
    assert results["BookingHelpers.reschedule"] == RescheduledBooking
    from cal_async._generated.resources.bookings import BookingsResource
    from cal_async._generated.resources.orgs_teams_bookings import OrgsTeamsBookingsResource

    assert _hints(BookingsResource.get)["return"] == AnyBookingOrSeries
    # The lists are the generated methods (their filters widened by the generator).
    for listing in (BookingsResource.list, OrgsTeamsBookingsResource.list):
        assert _hints(listing)["return"] == AsyncPaginator[AnyBooking]


async def test_a_helper_result_is_read_back_from_its_json(made: Made) -> None:
    """A result sent to another service comes back as the same value (a request body)."""
    app = FastAPI()

    @app.post("/slot")
    async def echo_slot(slot: Annotated[Slot, Body()]) -> Slot:
        assert isinstance(slot, Slot)
        return slot

    client = TestClient(app)
    sent = client.post("/slot", json=TestClient(_app(made)).get("/first").json())
    assert sent.status_code == 200, sent.text
    _same(sent.json(), made.slots[0])
    naive = client.post("/slot", json={"start": "2030-01-07T10:00:00", "end": "2030-01-07T10:30:00Z"})
    assert naive.status_code == 422
    assert [(e["loc"], e["type"]) for e in naive.json()["detail"]] == [(["body", "start"], "timezone_aware")]
