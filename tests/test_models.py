"""Generated models: live data the spec does not describe still parses and stays reachable."""

from __future__ import annotations

import pickle
from typing import Any

import httpx
import pytest
import respx

from cal_async import CalClient, ResponseValidationError
from cal_async._generated.models import BookingOutput, BookingOutputStatus, GetBookingsOutput

KEY = "cal_" + "ab" * 16


def booking(uid: str = "bk_1", **over: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": 10,
        "uid": uid,
        "title": "Intro call",
        "description": None,
        "hosts": [
            {
                "id": "unknown",
                "name": "Jane",
                "email": "j@x.io",
                "username": "jane",
                "timeZone": "Europe/Paris",
            }
        ],
        "status": "awaiting_host",
        "start": "2025-10-01T09:00:00.000Z",
        "end": "2025-10-01T09:30:00.000Z",
        "duration": 30,
        "eventTypeId": 5,
        "eventType": {"id": 5, "slug": "intro"},
        "location": None,
        "absentHost": False,
        "createdAt": "2025-09-01T10:00:00.000Z",
        "updatedAt": None,
        "attendees": [],
        "guests": [],
        "bookingFieldsResponses": {},
        "brandNewField": {"nested": [1, 2]},
    }
    data.update(over)
    return data


def test_live_booking_with_values_the_spec_lacks_parses() -> None:
    b = BookingOutput.from_dict(booking())
    assert b.status == "awaiting_host" and isinstance(b.status, BookingOutputStatus)
    assert not b.status.is_known and BookingOutputStatus("accepted").is_known
    assert b.hosts[0].id == "unknown"
    assert b.hosts[0].time_zone == "Europe/Paris"
    assert b.description is None and b.location is None
    assert b.model_extra == {"brandNewField": {"nested": [1, 2]}}
    assert b["brandNewField"]["nested"] == [1, 2]
    assert b.to_dict()["brandNewField"] == {"nested": [1, 2]}


def test_models_are_immutable_comparable_and_picklable() -> None:
    a, b = BookingOutput.from_dict(booking()), BookingOutput.from_dict(booking())
    assert a == b and hash(a) == hash(b)
    with pytest.raises(AttributeError, match="immutable"):
        a.title = "x"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(a)) == a


def test_missing_required_field_is_a_clear_typed_error_on_access() -> None:
    data = booking()
    del data["uid"]
    b = BookingOutput.from_dict(data)
    assert b.title == "Intro call"  # other fields still readable
    with pytest.raises(ResponseValidationError, match="'uid'"):
        _ = b.uid


def test_keyword_construction_builds_the_json_body() -> None:
    from cal_async._generated.models import CreateWebhookInputDto

    body = CreateWebhookInputDto(
        subscriber_url="https://example.com/hook", triggers=["BOOKING_CREATED"], active=True
    )
    assert body.to_dict()["subscriberUrl"] == "https://example.com/hook"
    assert body.active is True


def test_secret_fields_are_masked_in_repr() -> None:
    from cal_async._generated.models import ManagedUserOutput

    m = ManagedUserOutput.from_dict(
        {"id": 1, "email": "a@b.c", "accessToken": "tok-SECRET", "refreshToken": "r-SECRET"}
    )
    assert "SECRET" not in repr(m) and "a@b.c" in repr(m)


async def test_list_page_parses_through_the_client_and_keeps_pagination() -> None:
    page_body = {
        "status": "success",
        "data": [booking("a"), booking("b", status="accepted")],
        "pagination": {"totalItems": 2, "hasNextPage": False, "currentPage": 1},
    }
    async with CalClient(KEY, base_url="https://api.cal.test") as cal:
        with respx.mock() as router:
            router.get("https://api.cal.test/v2/bookings").mock(
                return_value=httpx.Response(200, json=page_body)
            )
            page = await cal.bookings.list(status=["upcoming"], take=2)
    assert [b.uid for b in page.items] == ["a", "b"]  # type: ignore[union-attr]
    assert page.total_items == 2 and page.has_next_page is False
    assert GetBookingsOutput.from_dict(page_body).pagination.total_items == 2


def test_a_scalar_where_an_object_is_declared_is_a_typed_error() -> None:
    with pytest.raises(ResponseValidationError, match="expected a JSON object, the server sent bool"):
        BookingOutput.from_dict(True)  # type: ignore[arg-type]
    data = booking(eventType="not-an-object")
    b = BookingOutput.from_dict(data)
    assert b.title == "Intro call"
    with pytest.raises(ResponseValidationError, match="sent str 'not-an-object'"):
        _ = b.event_type


def test_a_model_built_from_python_values_is_sent_as_json() -> None:
    # from_dict wraps what it is given; a helper may give it Python values (a date, a datetime, a
    # nested model, an enum), which the request body must still carry as JSON.
    from datetime import UTC, date, datetime

    from cal_async._generated.models import CreateScheduleInput, ScheduleOverrideInput
    from cal_async._models import to_json

    override = ScheduleOverrideInput.from_dict(
        {"date": date(2030, 1, 7), "startTime": "09:00", "endTime": "12:00"}
    )
    body = CreateScheduleInput.from_dict(
        {
            "name": "Hours",
            "timeZone": "UTC",
            "isDefault": True,
            "overrides": [override],
            "at": datetime(2030, 1, 7, tzinfo=UTC),
        }
    )
    assert to_json(body) == {
        "name": "Hours",
        "timeZone": "UTC",
        "isDefault": True,
        "overrides": [{"date": "2030-01-07", "startTime": "09:00", "endTime": "12:00"}],
        "at": "2030-01-07T00:00:00.000Z",
    }
