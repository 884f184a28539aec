"""FastAPI endpoints returning SDK models, lists of them and pages (issue 14, item 3).

The bookings come from the fake through an httpx2 client, and the app is driven by FastAPI's
TestClient, which runs on httpx2 too when it is installed (no deprecation warning).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any

import pydantic
import pytest
import starlette.testclient
from fastapi import Body, FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.testclient import TestClient

from cal_async.pagination import Page
from cal_async.types import BookingOutput

NOW = datetime(2030, 1, 7, 8, 0, tzinfo=UTC)  # a Monday
EXTRA = {"undeclaredByTheDocument": {"nested": [1, "two"]}}  # a field the server adds


@pytest.fixture
async def bookings() -> AsyncIterator[tuple[BookingOutput, Page[BookingOutput]]]:
    from cal_async.testing import FakeCal

    fake = FakeCal(now=NOW)
    event_type = fake.add_event_type(slug="intro", length=30)
    for n in range(3):
        fake.add_booking(event_type, NOW + timedelta(days=1, hours=1, minutes=30 * n))
    async with fake.client(http_backend="httpx2") as cal:
        page = await cal.bookings.list(take=2)
        one = await cal.bookings.get(page.items[0].uid)
    assert isinstance(one, BookingOutput)
    # As if the server had sent a field the document does not declare.
    yield BookingOutput.from_dict({**one.to_dict(), **EXTRA}), page


def _app(booking: BookingOutput, page: Page[BookingOutput]) -> FastAPI:
    app = FastAPI()

    @app.get("/booking", response_model=BookingOutput)
    async def get_booking() -> Any:
        return booking

    @app.get("/bookings", response_model=list[BookingOutput])
    async def list_bookings() -> Any:
        return [booking, *page.items]

    @app.get("/page")
    async def get_page() -> Page[BookingOutput]:  # the annotation is the response model
        return page

    @app.get("/bare-page", response_model=Page)  # items of any type
    async def bare_page() -> Any:
        return page

    @app.get("/untyped")
    async def untyped():  # type: ignore[no-untyped-def]  # no response model: jsonable_encoder
        return {"booking": booking, "page": page}

    @app.get("/any")
    async def as_any() -> dict[str, Any]:  # pydantic serialises values typed Any
        return {"booking": booking, "page": page}

    @app.post("/echo", response_model=BookingOutput)
    async def echo(body: Annotated[BookingOutput, Body()]) -> Any:  # a request body validated as the model
        assert isinstance(body, BookingOutput)
        return body

    return app


def _page_json(page: Page[BookingOutput]) -> dict[str, Any]:
    return {
        "data": [item.to_dict() for item in page.items],
        "pagination": dict(page.pagination or {}),
        "offset": 0,
        "limit": 2,
        "hasNextPage": True,
    }


def test_the_test_client_runs_on_httpx2() -> None:
    assert starlette.testclient.httpx.__name__ == "httpx2"


async def test_endpoints_return_models_lists_and_pages_as_the_api_sent_them(
    bookings: tuple[BookingOutput, Page[BookingOutput]],
) -> None:
    booking, page = bookings
    client = TestClient(_app(booking, page))
    sent = client.get("/booking").json()
    assert sent == booking.to_dict()
    assert sent["eventTypeId"] == booking.event_type_id  # the API's names, not Python's
    assert sent["undeclaredByTheDocument"] == EXTRA["undeclaredByTheDocument"]
    assert client.get("/bookings").json() == [booking.to_dict()] + [b.to_dict() for b in page.items]
    assert client.get("/page").json() == client.get("/bare-page").json() == _page_json(page)
    for path in ("/untyped", "/any"):
        assert client.get(path).json() == {"booking": booking.to_dict(), "page": _page_json(page)}


async def test_jsonable_encoder(bookings: tuple[BookingOutput, Page[BookingOutput]]) -> None:
    booking, page = bookings
    assert jsonable_encoder(booking) == booking.to_dict()
    assert jsonable_encoder([booking]) == [booking.to_dict()]
    assert jsonable_encoder(page) == _page_json(page)


async def test_a_json_body_is_checked_field_by_field(
    bookings: tuple[BookingOutput, Page[BookingOutput]],
) -> None:
    booking, page = bookings
    client = TestClient(_app(booking, page))
    echoed = client.post("/echo", json=booking.to_dict())
    assert echoed.status_code == 200 and echoed.json() == booking.to_dict()
    sent = booking.to_dict()
    assert sent["hosts"] and sent["attendees"]
    broken = client.post("/echo", json={**sent, "start": "next tuesday"})
    assert broken.status_code == 422
    assert broken.json() == {
        "detail": [
            {
                "type": "wrong_type",
                "loc": ["body", "start"],
                "msg": "Input should be an ISO 8601 date-time",
                "input": "next tuesday",
                "ctx": {"expected": "an ISO 8601 date-time"},
            }
        ]
    }
    missing = {k: v for k, v in sent.items() if k != "uid"}
    assert _errors(client, missing) == [("missing", ["body", "uid"], "Field required")]
    assert _errors(client, [sent]) == [
        ("model_type", ["body"], "Input should be a valid dictionary or instance of BookingOutput")
    ]


def _errors(client: TestClient, body: object) -> list[tuple[str, list[str | int], str]]:
    response = client.post("/echo", json=body)
    assert response.status_code == 422
    return [(e["type"], e["loc"], e["msg"]) for e in response.json()["detail"]]


async def test_a_body_error_is_located_inside_nested_models_and_worded_for_the_request(
    bookings: tuple[BookingOutput, Page[BookingOutput]],
) -> None:
    """Issue 20 item 8: FastAPI's usual ``loc`` down to the field, every error at once, and words
    about the caller's input (nothing was sent to a server)."""
    booking, page = bookings
    client = TestClient(_app(booking, page))
    sent = booking.to_dict()
    host = sent["hosts"][0]
    attendee = {k: v for k, v in sent["attendees"][0].items() if k != "timeZone"}
    body = {
        **sent,
        "duration": "30",
        "hosts": [host, {**host, "email": 5}],
        "attendees": [attendee],
        "metadata": {"any": ["json", 1]},  # a free-form field takes any JSON object
    }
    assert sorted(_errors(client, body)) == [
        ("missing", ["body", "attendees", 0, "timeZone"], "Field required"),
        ("wrong_type", ["body", "duration"], "Input should be an integer"),
        ("wrong_type", ["body", "hosts", 1, "email"], "Input should be a string"),
    ]
    # A list of the wrong item type names the item.
    assert _errors(client, {**sent, "guests": ["a@example.com", 7]}) == [
        ("wrong_type", ["body", "guests", 1], "Input should be a string")
    ]
    response = client.post("/echo", json=body)
    assert "server" not in response.text


async def test_the_openapi_schema_describes_the_json(
    bookings: tuple[BookingOutput, Page[BookingOutput]],
) -> None:
    openapi = _app(*bookings).openapi()
    schemas = openapi["components"]["schemas"]
    booking = schemas["BookingOutput"]
    assert booking["type"] == "object" and booking["additionalProperties"] is True
    assert set(booking["properties"]) == BookingOutput._fields  # JSON names: eventTypeId
    assert set(booking["required"]) == BookingOutput._required
    assert booking["properties"]["start"] == {"type": "string", "format": "date-time"}
    assert booking["properties"]["hosts"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/BookingHost"},
    }
    assert booking["properties"]["status"] == {"$ref": "#/components/schemas/BookingOutputStatus"}
    assert "cancellationReason" not in booking["required"]  # optional: ``str | Unset``
    assert "email" in schemas["BookingHost"]["properties"]

    def response(path: str, method: str = "get") -> Any:
        return openapi["paths"][path][method]["responses"]["200"]["content"]["application/json"]["schema"]

    ref = {"$ref": "#/components/schemas/BookingOutput"}
    assert response("/booking") == ref
    assert response("/bookings")["type"] == "array" and response("/bookings")["items"] == ref
    page = response("/page")
    assert page["properties"]["data"]["items"] == ref
    assert set(page["required"]) == {"data", "pagination", "offset", "limit", "hasNextPage"}
    body = openapi["paths"]["/echo"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert body == ref


def test_every_generated_model_has_a_json_schema() -> None:
    from cal_async._generated import models
    from cal_async._models import ApiModel

    failures = []
    for name in models.__all__:
        cls = getattr(models, name)
        if isinstance(cls, type) and issubclass(cls, ApiModel):
            try:
                schema = pydantic.TypeAdapter(cls).json_schema(mode="serialization")
            except Exception as exc:  # collected: one failure should not hide the others
                failures.append(f"{name}: {exc!r}")
            else:
                assert schema["title"] == name or "$ref" in schema
    assert failures == []
