"""The tools against the operation table: one per operation, named, described and shaped by it;
every input schema valid JSON Schema; sample arguments of every tool round-trip through the SDK's
request builder, and through the client's own method to the wire."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from jsonschema import Draft202012Validator

from cal_async import CalClient, Operation
from cal_async._generated.operations import OPERATIONS
from cal_async.mcp import RequestSchemas, ToolServer, all_tools
from cal_async.mcp.operation_tools import BODY, OperationCall, operation_tool
from cal_async.mcp.policy import ToolPolicy
from tests.mcp.sample_arguments import sample_arguments

SCHEMAS = RequestSchemas.load()
TOOLS = all_tools(SCHEMAS)
OPERATION_TOOLS = {tool.operation: tool for tool in TOOLS if tool.operation}
HELPERS = [tool for tool in TOOLS if not tool.operation]
BY_NAME = {op.name: op for op in OPERATIONS}
# What model APIs accept as a tool name (OpenAI's and Anthropic's: 64 characters at most).
TOOL_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")


def test_one_tool_per_operation_and_the_helpers() -> None:
    assert len(OPERATIONS) == 230
    assert set(OPERATION_TOOLS) == set(BY_NAME)
    assert [t.name for t in HELPERS] == [
        "find_available_slots",
        "book_slot",
        "book_first_available_slot",
        "reschedule_booking",
        "cancel_booking",
    ]
    names = [t.name for t in TOOLS]
    assert len(names) == len(set(names)) == 235
    assert [n for n in names if not TOOL_NAME.fullmatch(n)] == []


def test_the_generated_schemas_describe_exactly_the_operation_table() -> None:
    assert set(SCHEMAS.operations) == set(BY_NAME)
    for op in OPERATIONS:
        taken = SCHEMAS.operations[op.name]
        keys = {p.key for p in op.params if p.location != "body"}
        assert set(taken["parameters"]) == keys, op.name
        assert ("body" in taken) == any(p.location == "body" for p in op.params), op.name


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
def test_schema_follows_the_operation(op: Operation[Any]) -> None:
    tool = OPERATION_TOOLS[op.name]
    schema = tool.input_schema
    Draft202012Validator.check_schema(schema)
    assert schema["type"] == "object" and schema["additionalProperties"] is False
    keys = [BODY if p.location == "body" else p.key for p in op.params]
    assert list(schema["properties"]) == keys
    assert schema.get("required", []) == [k for k, p in zip(keys, op.params, strict=True) if p.required]
    for param in op.params:
        if param.choices is not None:  # a closed enum: the schema offers the same values
            prop = schema["properties"][param.key]
            offered = prop.get("enum") or prop.get("items", {}).get("enum")
            assert set(offered) == set(param.choices), param.key
    # Named and described from the operation (no x-mcp in this document).
    assert tool.name == op.name.replace(".", "_")[-len(tool.name) :]
    assert op.summary.rstrip(".") in tool.description and f"`{op.http_method} {op.path}`" in tool.description
    assert tool.read_only == (op.http_method == "GET")
    assert tool.destructive == (op.http_method == "DELETE" or op.method.split("_")[0] in {
        "cancel", "decline", "delete", "disconnect", "remove", "unassign", "revoke", "refresh", "force"
    })  # fmt: skip
    assert tool.oauth_scopes == op.oauth_scopes


def test_formats_ids_and_nulls_come_from_the_normalised_document() -> None:
    get = OPERATION_TOOLS["bookings.list"].input_schema["properties"]
    assert get["afterStart"]["type"] == "string" and get["afterStart"]["format"] == "date-time"
    # take/skip: the document's type and default, the bounds the SDK's paginator checks.
    assert get["take"] == {**get["take"], "type": "integer", "default": 100, "minimum": 1, "maximum": 250}
    assert get["skip"]["minimum"] == 0
    assert get["status"]["items"]["enum"] == ["upcoming", "recurring", "past", "cancelled", "unconfirmed"]
    event_type = OPERATION_TOOLS["event_types.get"].input_schema["properties"]["eventTypeId"]
    assert event_type["type"] == "integer"  # the document's `number`, repaired
    # The body's variants: any of them (oneOf would refuse a body that fits two).
    body = OPERATION_TOOLS["bookings.create"].input_schema["properties"]["body"]
    assert [v["$ref"] for v in body["anyOf"]] == [
        "#/$defs/CreateBookingInput",
        "#/$defs/CreateInstantBookingInput",
        "#/$defs/CreateRecurringBookingInput",
    ]
    defs = OPERATION_TOOLS["bookings.create"].input_schema["$defs"]
    assert "CreateBookingAttendee" in defs and "nullable" not in json.dumps(defs)
    # The document's patterns: a JavaScript literal's source is kept; a constant's name
    # (TIME_FORMAT_HH_MM, which refuses the document's own example "08:00") is left out.
    schedule = OPERATION_TOOLS["schedules.create"].input_schema["$defs"]["ScheduleAvailabilityInput"]
    assert "pattern" not in schedule["properties"]["startTime"]
    call = OPERATION_TOOLS["teams.event_types.create_phone_call"].input_schema["$defs"]
    assert call["CreatePhoneCallInput"]["properties"]["numberToCall"]["pattern"] == r"^\+[1-9]\d{1,14}$"


def test_helper_schemas_are_valid_and_reuse_the_document() -> None:
    for tool in HELPERS:
        Draft202012Validator.check_schema(tool.input_schema)
    book = next(t for t in HELPERS if t.name == "book_slot").input_schema
    assert book["properties"]["attendee"]["$ref"] == "#/$defs/CreateBookingAttendee"
    assert book["$defs"]["CreateBookingAttendee"]["required"] == ["name", "timeZone"]
    assert book["properties"]["eventTypeId"]["type"] == "integer"


def _values(op: Operation[Any], arguments: dict[str, Any]) -> list[object]:
    return OperationCall(op).values(arguments)


@pytest.mark.parametrize("full", [False, True], ids=["required", "every-argument"])
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
def test_sample_arguments_round_trip_through_the_request_builder(op: Operation[Any], full: bool) -> None:
    tool = OPERATION_TOOLS[op.name]
    arguments = sample_arguments(tool.input_schema, full=full)
    Draft202012Validator(dict(tool.input_schema)).validate(arguments)
    call = OperationCall(op)
    request = call.request(arguments)
    assert request == op.build(call.values(arguments))  # the SDK's builder, under the SDK's names
    url = op.path
    for param in op.params:
        if param.location == "path":
            url = url.replace("{" + param.key + "}", quote(str(arguments[param.key]), safe=""))
    assert request["url"] == url and request["method"] == op.http_method
    sent = request.get("params", {})
    for param in op.params:
        given = param.key in arguments
        if param.location == "query":
            assert given == any(k == param.key or k.startswith(param.key + "[") for k in sent), param.key
    if BODY in arguments:
        assert request["json"] == arguments[BODY]
    else:
        assert "json" not in request


class _Recorder:
    """A transport that records what reaches the wire and answers an empty success."""

    def __init__(self) -> None:
        self.sent: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": None})


# cal.schedules.create(body=...) with an override: ScheduleHelpers' checked_body puts a `date`
# object into the body, which cannot be encoded (cal.schedules.create(overrides=[...]) works).
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.name)
async def test_every_operation_tool_runs_the_clients_own_method(op: Operation[Any]) -> None:
    """The call goes through ``cal.<resource>.<method>`` (helpers' widened methods included) and
    sends what the request builder made of the same arguments."""
    tool = OPERATION_TOOLS[op.name]
    arguments = sample_arguments(tool.input_schema, full=True)
    recorder = _Recorder()
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder), base_url="http://cal.test")
    async with http, CalClient("cal_" + "a" * 32, http_client=http, max_retries=0) as cal:
        server = ToolServer.of([tool], ToolPolicy(writes="all", confirm_destructive=False))
        result = await server.call(cal, tool.name, arguments)
    expected = OperationCall(op).request(arguments)
    assert len(recorder.sent) == 1, result.content
    (sent,) = recorder.sent
    assert sent.method == op.http_method
    assert sent.url.path == httpx.URL("http://cal.test" + expected["url"]).path
    if op.api_version:
        assert sent.headers["cal-api-version"] == op.api_version
    expected_query = httpx.Request("GET", "http://cal.test/", params=expected.get("params", {})).url.params
    assert sorted(sent.url.params.multi_items()) == sorted(expected_query.multi_items())
    if "json" in expected:
        assert json.loads(sent.content) == expected["json"]
    else:
        assert sent.content == b""


def test_x_mcp_names_and_describes_the_tool() -> None:
    op = BY_NAME["orgs.attributes.list"]
    hinted = type(op)(
        op.resource,
        op.method,
        op.http_method,
        op.path,
        op.params,
        op.result,
        operation_id=op.operation_id,
        summary=op.summary,
        mcp_name="get_org_attributes",
        mcp_guidance="List all attributes defined for an organization. Supports pagination with skip/take.",
    )
    tool = operation_tool(hinted, SCHEMAS)
    assert tool.name == "get_org_attributes"
    assert tool.description.splitlines()[:2] == [
        "Get all attributes.",
        "List all attributes defined for an organization. Supports pagination with skip/take.",
    ]
