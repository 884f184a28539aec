"""Generated operations that follow the server where its document is wrong (issue 11, items 7, 11, 12).

Each case cites the server source it encodes; the normalisation that produces it is in
``openapi/server_facts.py`` (``SERVER_FACTS``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
import respx

from cal_async import CalClient, ResponseValidationError
from cal_async._generated.operations import OPERATIONS
from cal_async.types import AvailableSlot

BASE = "https://api.cal.test"
KEY = "cal_" + "ab" * 16


async def _call(
    respond: dict[str, Any], fn_name: str, *args: Any, **kwargs: Any
) -> tuple[Any, httpx.Request]:
    async with CalClient(KEY, base_url=BASE) as cal:
        with respx.mock() as router:
            route = router.route().mock(return_value=httpx.Response(200, json=respond))
            target: Any = cal
            for part in fn_name.split("."):
                target = getattr(target, part)
            result = await target(*args, **kwargs)
        return result, route.calls.last.request


async def test_busy_times_send_calendars_to_load() -> None:
    # apps/api/v2/src/modules/calendars/inputs/busy-times.input.ts: calendarsToLoad is an array
    # of {credentialId, externalId} read from calendarsToLoad[i][...]; top-level ids are rejected.
    _, request = await _call(
        {"status": "success", "data": []},
        "calendars.get_busy_times",
        logged_in_users_tz="Europe/Paris",
        calendars_to_load=[
            {"credentialId": 7, "externalId": "work@example.com"},
            {"credentialId": 8, "externalId": "home@example.com"},
        ],
        date_from="2030-01-07",
    )
    assert dict(request.url.params) == {
        "loggedInUsersTz": "Europe/Paris",
        "dateFrom": "2030-01-07",
        "calendarsToLoad[0][credentialId]": "7",
        "calendarsToLoad[0][externalId]": "work@example.com",
        "calendarsToLoad[1][credentialId]": "8",
        "calendarsToLoad[1][externalId]": "home@example.com",
    }


async def test_slots_get_returns_the_typed_map_not_the_envelope() -> None:
    # slots-output.service.ts: data maps "YYYY-MM-DD" to slot objects; seated event types add
    # seatsBooked/seatsRemaining/seatsTotal/bookingUid; format=range adds end.
    body = {
        "status": "success",
        "data": {
            "2030-01-07": [
                {"start": "2030-01-07T09:00:00.000+01:00", "end": "2030-01-07T09:30:00.000+01:00"},
                {
                    "start": "2030-01-07T10:00:00.000Z",
                    "seatsBooked": 2,
                    "seatsRemaining": 3,
                    "seatsTotal": 5,
                    "bookingUid": "seated-1",
                },
            ]
        },
    }
    slots, request = await _call(
        body,
        "slots.get",
        start=datetime(2030, 1, 7, tzinfo=UTC),
        end=datetime(2030, 1, 8, tzinfo=UTC),
        event_type_id=42,
    )
    assert request.headers["cal-api-version"] == "2024-09-04"
    assert list(slots) == ["2030-01-07"]
    first, seated = slots["2030-01-07"]
    assert isinstance(first, AvailableSlot)
    assert first.start == datetime(2030, 1, 7, 8, tzinfo=UTC) and first.end == datetime(
        2030, 1, 7, 8, 30, tzinfo=UTC
    )
    assert (seated.seats_booked, seated.seats_remaining, seated.seats_total, seated.booking_uid) == (
        2,
        3,
        5,
        "seated-1",
    )
    with pytest.raises(ResponseValidationError, match="should be an object of"):
        await _call(
            {"status": "success", "data": ["not", "a", "map"]},
            "slots.get",
            start=datetime(2030, 1, 7, tzinfo=UTC),
            end=datetime(2030, 1, 8, tzinfo=UTC),
        )


def test_private_links_send_no_api_version() -> None:
    # The server's private-links controllers: at the document's date (2025-09) the controller is
    # declared without a version (modules/event-types-private-links/...controller.ts:
    # @Controller({path: "/v2/event-types/:eventTypeId/private-links"})), so it answers the default
    # version, which a request without cal-api-version gets. Later servers keep it reachable there
    # (EventTypesPrivateLinksController_2024_06_14, versions 2024-04-15 .. 2024-08-13) beside a new
    # 2024-09-04 controller; only one early commit registered 2024-06-14 alone. No header works on
    # all of them but that one, and the document declares none.
    private = [o for o in OPERATIONS if "/private-links" in o.path]
    assert len(private) == 8
    assert {o.api_version for o in private} == {None}
