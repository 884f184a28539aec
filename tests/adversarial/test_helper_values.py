"""Every server value a helper relies on is checked: an odd one raises ``ResponseValidationError``
naming the field, never ``KeyError``/``ValueError``/``OverflowError``/``AttributeError``."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

from cal_async import APIResponseError, CalClient, ResponseValidationError
from cal_async._models import ResponseValidationError as FromModels
from cal_async.resources import Attendee, CalendarRef, Reservation
from cal_async.resources._refs import event_type_ref
from cal_async.resources.calendars import selected_calendars
from cal_async.types import ConnectedCalendarsData, ReserveSlotOutput

BASE = "https://api.cal.test"
KEY = "cal_" + "helpers0" * 4
START = datetime(2030, 1, 7, 9, tzinfo=UTC)
ADA = Attendee("Ada", "UTC", email="ada@example.com")
GOOD_BOOKING = {"uid": "bk-1", "start": "2030-01-07T09:00:00Z", "end": "2030-01-07T09:30:00Z"}
GOOD_HOLD = {"reservationUid": "r-1", "eventTypeId": 42, "slotStart": "2030-01-07T09:00:00Z",
             "slotEnd": "2030-01-07T09:30:00Z", "reservationUntil": "2030-01-07T09:05:00Z"}  # fmt: skip
Call = Callable[[CalClient], Awaitable[Any]]


def _book(cal: CalClient) -> Awaitable[Any]:
    return cal.bookings.book(42, START, ADA, check_slot=False)


def _slots(cal: CalClient) -> Awaitable[Any]:
    return cal.slots.available(42, START, datetime(2030, 1, 8, tzinfo=UTC), time_zone="UTC")


def _hold(cal: CalClient) -> Awaitable[Any]:
    return cal.slots.hold(42, START)


def _busy(cal: CalClient) -> Awaitable[Any]:
    return cal.calendars.busy_times(START, datetime(2030, 1, 8, tzinfo=UTC), time_zone="UTC")


def _busy_of(cal: CalClient) -> Awaitable[Any]:
    ref = CalendarRef(1, "primary")
    return cal.calendars.busy_times(START, datetime(2030, 1, 8, tzinfo=UTC), time_zone="UTC", calendars=[ref])


CASES: dict[str, tuple[Call, str, str, Any]] = {
    # label: (call, method, path, the odd "data")
    "booking without uid": (_book, "POST", "/v2/bookings", {**GOOD_BOOKING, "uid": None}),
    "booking uid missing": (_book, "POST", "/v2/bookings", {"start": GOOD_BOOKING["start"]}),
    "booking start soon": (_book, "POST", "/v2/bookings", {**GOOD_BOOKING, "start": "soon"}),
    "booking end number": (_book, "POST", "/v2/bookings", {**GOOD_BOOKING, "end": 5}),
    "booking list of junk": (_book, "POST", "/v2/bookings", ["x"]),
    "booking empty list": (_book, "POST", "/v2/bookings", []),
    "slot start soon": (_slots, "GET", "/v2/slots", {"2030-01-07": [{"start": "soon"}]}),
    "slot start missing": (_slots, "GET", "/v2/slots", {"2030-01-07": [{"end": "2030-01-07T09:00:00Z"}]}),
    "slot end odd": (
        _slots,
        "GET",
        "/v2/slots",
        {"2030-01-07": [{"start": "2030-01-07T09:00:00Z", "end": []}]},
    ),
    "slot day not a list": (_slots, "GET", "/v2/slots", {"2030-01-07": "x"}),
    "slot item not an object": (_slots, "GET", "/v2/slots", {"2030-01-07": [1]}),
    "slots data a list": (_slots, "GET", "/v2/slots", []),
    "slot year 0": (_slots, "GET", "/v2/slots", {"d": [{"start": "0000-01-01T00:00:00Z"}]}),
    "hold eventTypeId 4.2": (_hold, "POST", "/v2/slots/reservations", {**GOOD_HOLD, "eventTypeId": 4.2}),
    "hold eventTypeId bool": (_hold, "POST", "/v2/slots/reservations", {**GOOD_HOLD, "eventTypeId": True}),
    "hold eventTypeId str": (_hold, "POST", "/v2/slots/reservations", {**GOOD_HOLD, "eventTypeId": "42"}),
    "hold until missing": (_hold, "POST", "/v2/slots/reservations", {**GOOD_HOLD, "reservationUntil": None}),
    "hold uid number": (_hold, "POST", "/v2/slots/reservations", {**GOOD_HOLD, "reservationUid": 7}),
    "connected calendars nested lists": (_busy, "GET", "/v2/calendars", {"connectedCalendars": [["x"]]}),
    "connected calendars str": (_busy, "GET", "/v2/calendars", {"connectedCalendars": "x"}),
    "calendar credential 1.5": (
        _busy,
        "GET",
        "/v2/calendars",
        {
            "connectedCalendars": [
                {"calendars": [{"isSelected": True, "externalId": "a", "credentialId": 1.5}]}
            ]
        },
    ),
    "calendar without externalId": (
        _busy,
        "GET",
        "/v2/calendars",
        {"connectedCalendars": [{"credentialId": 1, "calendars": [{"isSelected": True}]}]},
    ),
    "busy time end missing": (
        _busy_of,
        "GET",
        "/v2/calendars/busy-times",
        [{"start": "2030-01-07T09:00:00Z"}],
    ),
    "busy time not an object": (_busy_of, "GET", "/v2/calendars/busy-times", [["x"]]),
    "busy times an object": (_busy_of, "GET", "/v2/calendars/busy-times", {"start": "x"}),
}


@pytest.mark.parametrize("label", list(CASES))
async def test_odd_server_values_raise_response_validation_error(label: str) -> None:
    call, method, path, data = CASES[label]
    async with CalClient(KEY, base_url=BASE) as cal:
        with respx.mock(assert_all_called=False) as router:
            body = {"status": "success", "data": data}
            router.route(method=method, path=path).mock(return_value=httpx.Response(200, json=body))
            router.route().mock(return_value=httpx.Response(200, json={"status": "success", "data": {}}))
            with pytest.raises(ResponseValidationError):
                await call(cal)


async def test_nan_and_infinity_never_reach_a_helper() -> None:
    # The body decoder is strict JSON: NaN/Infinity (which json.dumps writes) make the whole
    # response an APIResponseError before any helper sees it.
    async with CalClient(KEY, base_url=BASE) as cal:
        with respx.mock() as router:
            body = json.dumps({"status": "success", "data": {**GOOD_HOLD, "eventTypeId": float("nan")}})
            router.post(f"{BASE}/v2/slots/reservations").mock(return_value=httpx.Response(201, content=body))
            with pytest.raises(APIResponseError):
                await cal.slots.hold(42, START)
    # And were such a value to come through another decoder, the typed read refuses it.
    for bad in (float("nan"), float("inf"), -float("inf")):
        with pytest.raises(ResponseValidationError, match="eventTypeId"):
            Reservation.from_model(ReserveSlotOutput.from_dict({**GOOD_HOLD, "eventTypeId": bad}))
        calendars = {
            "connectedCalendars": [
                {"calendars": [{"isSelected": True, "externalId": "a", "credentialId": bad}]}
            ]
        }
        with pytest.raises(ResponseValidationError, match="credentialId"):
            selected_calendars(ConnectedCalendarsData.from_dict(calendars))


async def test_good_values_still_pass() -> None:
    async with CalClient(KEY, base_url=BASE) as cal:
        with respx.mock() as router:
            router.post(f"{BASE}/v2/slots/reservations").mock(
                return_value=httpx.Response(
                    201, json={"status": "success", "data": {**GOOD_HOLD, "eventTypeId": 42.0}}
                )
            )
            hold = await cal.slots.hold(42, START)
    assert hold.event_type_id == 42 and hold.until == datetime(2030, 1, 7, 9, 5, tzinfo=UTC)


class _Model:
    def __init__(self, ident: object) -> None:
        self.id = ident


@pytest.mark.parametrize("ident", [float("nan"), float("inf"), 0, -3, "42", None, True])
def test_an_event_type_model_with_an_odd_id_is_a_response_error(ident: object) -> None:
    with pytest.raises(ResponseValidationError):
        event_type_ref(_Model(ident))  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["42", 4.2, b"x", None, [42], 0, -1, True])
def test_a_bad_event_type_from_the_caller_is_a_value_error(value: object) -> None:
    with pytest.raises(ValueError):
        event_type_ref(value)  # type: ignore[arg-type]


def test_response_validation_error_is_importable_from_both_places() -> None:
    assert FromModels is ResponseValidationError
