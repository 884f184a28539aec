"""The server driven by the ``mcp`` SDK's own client over an in-memory session, against the fake:
the tools listed, the booking flow, the safety policy, and errors as tool errors."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Any

import attrs
import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp import Client, MCPError

from cal_async._generated.operations import OPERATIONS
from cal_async.mcp import CalTool, RequestSchemas, ToolPolicy, all_tools, create_server
from cal_async.mcp.operation_tools import operation_tools
from cal_async.testing import FakeCal

TOOLS = {tool.name: tool for tool in all_tools()}
GETS = [op for op in OPERATIONS if op.http_method == "GET"]
ATTENDEE = {"name": "Ada Lovelace", "email": "ada@example.com", "timeZone": "Europe/Paris"}
MONDAY_9 = "2030-01-07T09:00:00Z"
RANGE = {"start": "2030-01-07", "end": "2030-01-08"}


@asynccontextmanager
async def connected(
    fake: FakeCal, policy: ToolPolicy | None = None, tools: Sequence[CalTool] | None = None
) -> AsyncIterator[Client]:
    async with fake.client() as cal, Client(create_server(cal, policy=policy, tools=tools)) as client:
        yield client


def text(result: types.CallToolResult) -> str:
    (block,) = result.content
    assert isinstance(block, types.TextContent)
    return block.text


def data(result: types.CallToolResult) -> Any:
    assert not result.is_error, text(result)
    parsed = json.loads(text(result))
    assert result.structured_content == (parsed if isinstance(parsed, dict) else {"result": parsed})
    return parsed


@pytest.fixture
def fake() -> FakeCal:
    return FakeCal()


@pytest.fixture
def intro(fake: FakeCal) -> int:
    return fake.add_event_type(slug="intro", length=30).id


# -- what is listed ----------------------------------------------------------------------------


async def test_read_only_tools_by_default_with_the_tables_schemas(fake: FakeCal) -> None:
    async with connected(fake) as client:
        listed = (await client.list_tools()).tools
    names = [t.name for t in listed]
    assert len(listed) == len(GETS) + 1 == 105  # every GET operation, and find_available_slots
    assert set(names) == {n for n, t in TOOLS.items() if t.read_only}
    assert "find_available_slots" in names and "book_slot" not in names and "bookings_cancel" not in names
    for tool in listed:
        assert tool.input_schema == TOOLS[tool.name].input_schema
        assert tool.annotations is not None and tool.annotations.read_only_hint is True
        assert tool.description == TOOLS[tool.name].description


@pytest.mark.parametrize(
    ("writes", "added"),
    [
        (["cancel_booking"], {"cancel_booking"}),
        (["bookings.cancel"], {"bookings_cancel"}),
        (
            ["bookings"],
            {
                *(f"bookings_{op.method}" for op in OPERATIONS if op.resource == "bookings"),
                "book_slot",
                "book_first_available_slot",
                "reschedule_booking",
                "cancel_booking",
            },
        ),
        (
            ["orgs.teams.event_types"],
            {n for n, t in TOOLS.items() if t.resource.startswith("orgs.teams.event_types")},
        ),
        ("all", set(TOOLS)),
    ],
)
async def test_writes_are_offered_once_enabled(fake: FakeCal, writes: Any, added: set[str]) -> None:
    async with connected(fake, ToolPolicy(writes=writes)) as client:
        listed = {t.name: t for t in (await client.list_tools()).tools}
    read_only = {n for n, t in TOOLS.items() if t.read_only}
    assert set(listed) == read_only | added
    for name in set(listed) - read_only:
        annotations = listed[name].annotations
        assert annotations is not None and annotations.read_only_hint is False
        assert annotations.destructive_hint == TOOLS[name].destructive


async def test_a_write_tool_is_absent_until_enabled(fake: FakeCal, intro: int) -> None:
    arguments = {"eventTypeId": intro, "start": MONDAY_9, "attendee": ATTENDEE}
    async with connected(fake) as client:
        with pytest.raises(MCPError, match="'book_slot': it changes data and is not enabled"):
            await client.call_tool("book_slot", arguments)
        with pytest.raises(MCPError, match="'no_such_tool': no such tool"):
            await client.call_tool("no_such_tool", {})
    assert fake.state.bookings == {}
    async with connected(fake, ToolPolicy(writes=["book_slot"])) as client:
        booked = data(await client.call_tool("book_slot", arguments))
    assert list(fake.state.bookings) == [booked["uid"]]


def test_a_selector_that_matches_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="writes names bookngs, which match no tool"):
        ToolPolicy(writes=["bookngs"]).select(list(TOOLS.values()))
    with pytest.raises(ValueError, match="only names slot, which match no tool"):
        ToolPolicy(only=["slots", "slot"]).select(list(TOOLS.values()))
    with pytest.raises(TypeError, match="not one string"):
        ToolPolicy(writes="bookings")


async def test_only_narrows_the_list(fake: FakeCal) -> None:
    async with connected(fake, ToolPolicy(writes=["bookings"], only=["slots", "book_slot"])) as client:
        names = {t.name for t in (await client.list_tools()).tools}
        with pytest.raises(MCPError, match="'me_get': it is not among this server's tools"):
            await client.call_tool("me_get", {})
    assert names == {"find_available_slots", "book_slot"} | {
        n for n, t in TOOLS.items() if t.resource == "slots" and t.read_only
    }


async def test_oauth_scopes_narrow_the_tools(fake: FakeCal) -> None:
    """Tools whose operations declare scopes are offered only when the grant has them (newer
    documents declare them; an ORG_ scope grants its TEAM_ one, as oauth-permissions.guard.ts)."""
    scoped = {
        "bookings.list": ("BOOKING_READ",),
        "orgs.teams.event_types.list": ("TEAM_EVENT_TYPE_READ",),
        "schedules.list": ("SCHEDULE_READ",),
    }
    operations = [attrs.evolve(op, oauth_scopes=scoped.get(op.name, ())) for op in OPERATIONS]
    tools = operation_tools(RequestSchemas.load(), operations)
    for grant, offered in [
        (["BOOKING_READ"], {"bookings_list"}),
        (["BOOKING_READ", "ORG_EVENT_TYPE_READ"], {"bookings_list", "orgs_teams_event_types_list"}),
        (["PROFILE_READ"], set()),
    ]:
        async with connected(fake, ToolPolicy(scopes=grant), tools) as client:
            names = {t.name for t in (await client.list_tools()).tools}
        assert names & {"bookings_list", "orgs_teams_event_types_list", "schedules_list"} == offered
        assert "me_get" in names  # declares no scope: the server decides
    async with connected(fake, ToolPolicy(scopes=["PROFILE_READ"]), tools) as client:
        with pytest.raises(MCPError, match="'bookings_list': the OAuth grant lacks BOOKING_READ"):
            await client.call_tool("bookings_list", {})
    assert "BOOKING_READ" in next(t for t in tools if t.name == "bookings_list").description


# -- the booking flow ----------------------------------------------------------------------------


async def test_find_book_reschedule_cancel(fake: FakeCal, intro: int) -> None:
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        found = data(
            await client.call_tool(
                "find_available_slots",
                {
                    "eventTypeId": intro,
                    "start": "2030-01-07",
                    "end": "2030-01-07",
                    "timeZone": "Europe/Paris",
                },
            )
        )
        # Monday 09:00-17:00 UTC in 30-minute slots, shown in Paris time (+01:00).
        assert found["count"] == 16 and found["timeZone"] == "Europe/Paris"
        assert found["slots"][0]["start"] == "2030-01-07T10:00:00+01:00"
        assert found["slots"][0]["end"] == "2030-01-07T10:30:00+01:00"

        booked = data(
            await client.call_tool(
                "book_slot", {"eventTypeId": intro, "start": found["slots"][2]["start"], "attendee": ATTENDEE}
            )
        )
        assert booked["start"] == "2030-01-07T11:00:00+01:00" and booked["status"] == "accepted"
        stored = fake.booking(booked["uid"])
        assert stored.attendees[0].email == "ada@example.com"

        got = data(await client.call_tool("bookings_get", {"bookingUid": booked["uid"]}))
        assert got["uid"] == booked["uid"] and got["start"] == "2030-01-07T10:00:00.000Z"
        page = data(await client.call_tool("bookings_list", {"take": 10, "status": ["upcoming"]}))
        assert [b["uid"] for b in page["data"]] == [booked["uid"]] and page["hasNextPage"] is False

        moved = data(
            await client.call_tool(
                "reschedule_booking",
                {
                    "bookingUid": booked["uid"],
                    "start": "2030-01-08T15:00:00+01:00",
                    "reschedulingReason": "later",
                },
            )
        )
        assert moved["uid"] != booked["uid"] and moved["start"] == "2030-01-08T14:00:00.000Z"
        assert fake.booking(booked["uid"]).status == "cancelled"

        cancelled = data(
            await client.call_tool(
                "cancel_booking",
                {"bookingUid": moved["uid"], "cancellationReason": "plans changed", "confirm": True},
            )
        )
        assert cancelled["status"] == "cancelled"
    assert fake.booking(moved["uid"]).status == "cancelled"


async def test_book_the_first_available_slot(fake: FakeCal, intro: int) -> None:
    async with connected(fake, ToolPolicy(writes=["book_first_available_slot"])) as client:
        first = data(
            await client.call_tool(
                "book_first_available_slot",
                {"eventTypeId": intro, "start": "2030-01-07", "end": "2030-01-08", "attendee": ATTENDEE},
            )
        )
        second = data(
            await client.call_tool(
                "book_first_available_slot",
                {"eventTypeSlug": "intro", "username": "fake-host", **RANGE,
                 "attendee": {**ATTENDEE, "email": "grace@example.com"}},
            )
        )  # fmt: skip
    assert first["start"] == "2030-01-07T10:00:00+01:00"
    assert second["start"] == "2030-01-07T10:30:00+01:00"  # the first one is taken now
    assert len(fake.state.bookings) == 2


# -- safety ----------------------------------------------------------------------------------------


async def test_destructive_tools_need_confirmation(fake: FakeCal, intro: int) -> None:
    uid = fake.add_booking(intro, datetime(2030, 1, 7, 9, tzinfo=UTC), attendee_email="ada@example.com").uid
    async with connected(fake, ToolPolicy(writes="all")) as client:
        listed = {t.name: t for t in (await client.list_tools()).tools}
        for tool in listed.values():  # as offered, confirm included
            Draft202012Validator.check_schema(tool.input_schema)
        for name in ("cancel_booking", "bookings_cancel", "event_types_delete", "api_keys_refresh"):
            assert "confirm" in listed[name].input_schema["required"], name
        assert "confirm" not in listed["bookings_reschedule"].input_schema["properties"]
        refused = await client.call_tool("cancel_booking", {"bookingUid": uid, "cancellationReason": "x"})
        assert refused.is_error and "'confirm' is a required property" in text(refused)
        refused = await client.call_tool("cancel_booking", {"bookingUid": uid, "confirm": False})
        assert refused.is_error and "confirm: True was expected" in text(refused)
        assert fake.booking(uid).status == "accepted"
    async with connected(fake, ToolPolicy(writes="all", confirm_destructive=False)) as client:
        listed = {t.name: t for t in (await client.list_tools()).tools}
        assert "confirm" not in listed["cancel_booking"].input_schema["properties"]
        data(
            await client.call_tool(
                "bookings_cancel", {"bookingUid": uid, "body": {"cancellationReason": "x"}}
            )
        )
    assert fake.booking(uid).status == "cancelled"


@pytest.mark.parametrize(
    ("tool", "arguments", "named"),
    [
        ("bookings_get", {}, "'bookingUid' is a required property"),
        ("bookings_get", {"bookingUID": "x", "bookingUid": "y"}, "('bookingUID' was unexpected)"),
        ("bookings_list", {"take": "ten"}, "take: 'ten' is not of type 'integer'"),
        ("bookings_list", {"take": 500}, "take: 500 is greater than the maximum of 250"),
        ("bookings_list", {"status": ["done"]}, "status.0: 'done' is not one of"),
        ("bookings_get", {"bookingUid": ".."}, "bookingUid is '..': a path parameter must not be empty"),
        ("event_types_get", {"eventTypeId": 1.5}, "eventTypeId: 1.5 is not of type 'integer'"),
        ("find_available_slots", {"eventTypeId": 1, "start": "2030-01-07", "end": "2030-01-08"},
         "'timeZone' is a required property"),
        ("find_available_slots", {"start": "2030-01-07", "end": "2030-01-08", "timeZone": "UTC"},
         "Name the event type by eventTypeId, or by eventTypeSlug"),
        ("find_available_slots", {"eventTypeId": 1, **RANGE, "timeZone": "Mars/Base"}, "Mars/Base"),
        ("book_slot", {"eventTypeId": 1, "start": "2030-01-07T09:00:00", "attendee": ATTENDEE},
         "start '2030-01-07T09:00:00' has no offset"),
        ("book_slot", {"eventTypeId": 1, "start": MONDAY_9, "attendee": {**ATTENDEE, "timeZone": "Nowhere"}},
         "attendee timeZone"),
        ("book_slot", {"eventTypeId": 1, "start": MONDAY_9, "attendee": {"name": "Ada"}},
         "attendee: 'timeZone' is a required property"),
        ("bookings_create", {"body": {"start": MONDAY_9}},
         "is not valid under any of the given schemas (closest: body: 'attendee' is a required property)"),
    ],
)  # fmt: skip
async def test_bad_arguments_are_a_tool_error_naming_the_argument(
    fake: FakeCal, tool: str, arguments: dict[str, Any], named: str
) -> None:
    async with connected(fake, ToolPolicy(writes="all")) as client:
        result = await client.call_tool(tool, arguments)
    assert result.is_error
    assert named in text(result)
    assert fake.state.bookings == {}


async def test_server_errors_are_the_sdks_message_without_secrets(fake: FakeCal, intro: int) -> None:
    taken = "2030-01-07T09:00:00Z"
    fake.add_booking(intro, datetime(2030, 1, 7, 9, tzinfo=UTC), attendee_email="grace@example.com")
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        missing = await client.call_tool("bookings_get", {"bookingUid": "nope"})
        unavailable = await client.call_tool(
            "book_slot", {"eventTypeId": intro, "start": taken, "attendee": ATTENDEE}
        )
        outside = await client.call_tool(
            "book_slot", {"eventTypeId": intro, "start": "2030-01-07T03:00:00Z", "attendee": ATTENDEE}
        )
    assert missing.is_error and text(missing).startswith(
        "NotFoundError: 404 NotFoundException: Booking with uid=nope"
    )
    assert unavailable.is_error and text(unavailable).startswith(
        "SlotUnavailableError: 2030-01-07T09:00:00+00:00 is not available; nearest free slots: "
        "2030-01-07T09:30:00+00:00"
    )
    assert outside.is_error and "SlotUnavailableError" in text(outside)
    for result in (missing, unavailable, outside):
        assert fake.api_key not in text(result) and "Traceback" not in text(result)
    assert len(fake.state.bookings) == 1


async def test_an_unexpected_failure_is_logged_not_shown(
    fake: FakeCal, caplog: pytest.LogCaptureFixture
) -> None:
    async def broken(_cal: object, _arguments: object) -> object:
        raise RuntimeError(f"internal detail {fake.api_key}")

    tool = CalTool("broken", "fails", {"type": "object", "properties": {}}, "me", broken, read_only=True)
    async with connected(fake, tools=[tool]) as client:
        result = await client.call_tool("broken", {})
    assert result.is_error
    assert text(result) == "broken failed with an unexpected RuntimeError; the server's log has the details."
    assert "internal detail" in caplog.text  # the operator sees it, the agent does not


# -- rate limits and retries ------------------------------------------------------------------------


async def test_rate_limited_says_how_long_to_wait(fake: FakeCal, intro: int) -> None:
    # One request a minute, then blocked for two: the SDK does not sleep past its 60 s max_wait.
    fake.set_rate_limit(1, window=60, block=120)
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        data(await client.call_tool("me_get", {}))
        limited = await client.call_tool(
            "book_slot", {"eventTypeId": intro, "start": MONDAY_9, "attendee": ATTENDEE}
        )
    assert limited.is_error
    assert text(limited).startswith("Rate limited by Cal.com (RateLimitError: 429 ThrottlerException")
    assert text(limited).endswith("Wait 120 s before calling it again.")
    assert fake.state.bookings == {}


async def test_a_429_storm_books_once(fake: FakeCal, intro: int) -> None:
    """429s are retried (the server did not act); the answer to the POST that got through is cut
    off, so its outcome is unknown to the SDK, which does not send it again, and says so. The
    agent's retry finds the slot taken instead of booking it twice."""
    arguments = {"eventTypeId": intro, "start": MONDAY_9, "attendee": ATTENDEE}
    storm = fake.inject(429, times=2, path_prefix="/v2/bookings", method="POST")
    cut = fake.inject(kind="truncated", times=1, path_prefix="/v2/bookings", method="POST")
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        lost = await client.call_tool("book_slot", arguments)
        retried = await client.call_tool("book_slot", arguments)
        listed = data(await client.call_tool("bookings_list", {"attendeeEmail": "ada@example.com"}))
    assert storm.hits == 2 and cut.hits == 1
    assert lost.is_error and "book_slot changes data and the request may have been carried out" in text(lost)
    assert retried.is_error and text(retried).startswith("SlotUnavailableError")
    assert len(fake.state.bookings) == 1
    assert [b["start"] for b in listed["data"]] == ["2030-01-07T09:00:00.000Z"]


async def test_a_longer_storm_gives_up_without_booking_then_books_once(fake: FakeCal, intro: int) -> None:
    arguments = {"eventTypeId": intro, "start": MONDAY_9, "attendee": ATTENDEE}
    fake.inject(429, times=3, path_prefix="/v2/bookings", method="POST")  # the first try and 2 retries
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        limited = await client.call_tool("book_slot", arguments)
        assert limited.is_error and text(limited).startswith("Rate limited by Cal.com")
        assert fake.state.bookings == {}
        booked = data(await client.call_tool("book_slot", arguments))
    assert list(fake.state.bookings) == [booked["uid"]]


async def test_a_server_error_on_a_booking_is_not_retried(fake: FakeCal, intro: int) -> None:
    fault = fake.inject(503, times=3, path_prefix="/v2/bookings", method="POST")
    body = {"eventTypeId": intro, "start": MONDAY_9, "attendee": ATTENDEE}
    async with connected(fake, ToolPolicy(writes=["bookings"])) as client:
        failed = await client.call_tool("bookings_create", {"body": body})
    assert fault.hits == 1  # a POST the server may have acted on is sent once
    assert failed.is_error and text(failed).startswith("InternalServerError: 503")
    assert "may have been carried out" in text(failed)
