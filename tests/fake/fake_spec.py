"""Validate the fake's success bodies against the official spec's response schemas.

The spec is read from ``../shared/openapi/cal-api-v2-2025-09-26.json`` (relative to the repo root) or
``$CAL_SPEC``; it is never copied into the repo. Where the spec is wrong about the real server (see
``../shared/API-FACTS.md``) the *schema* is corrected here, each correction listed in ``CORRECTIONS``
with its reason, rather than bending the fake away from the real server.
"""

from __future__ import annotations

import copy
import json
import os
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import jsonschema
import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SPEC = REPO_ROOT.parent / "shared" / "openapi" / "cal-api-v2-2025-09-26.json"

Schemas = dict[str, Any]

BOOKING_SCHEMAS = (
    "BookingOutput_2024_08_13",
    "RecurringBookingOutput_2024_08_13",
    "CreateSeatedBookingOutput_2024_08_13",
    "CreateRecurringSeatedBookingOutput_2024_08_13",
    "GetSeatedBookingOutput_2024_08_13",
    "GetRecurringSeatedBookingOutput_2024_08_13",
)


def _booking_status_and_nullables(s: Schemas) -> None:
    """API-FACTS: booking ``status`` can be ``awaiting_host`` (missing from the enum); ``description``,
    ``location``, ``updatedAt`` and ``rating`` are nullable in practice, and so is attendee ``language``."""
    for name in BOOKING_SCHEMAS:
        props = s[name]["properties"]
        props["status"]["enum"] = [*props["status"]["enum"], "awaiting_host"]
        for field in ("description", "location", "updatedAt", "rating"):
            props[field]["nullable"] = True
    for name in ("BookingAttendee", "SeatedAttendee"):
        s[name]["properties"]["language"]["nullable"] = True


def _pagination_current_page(s: Schemas) -> None:
    """API-FACTS: ``currentPage`` is 0 when there are no results; the spec says minimum 1."""
    s["PaginationMetaDto"]["properties"]["currentPage"]["minimum"] = 0


def _webhook_id_and_triggers(s: Schemas) -> None:
    """API-FACTS: a webhook ``id`` is a UUID string (spec: number). ``triggers`` items are the trigger
    names, strings (spec: objects). ``payloadTemplate`` is null when none was given (the column is
    nullable and the DTO exposes it as stored)."""
    props = s["UserWebhookOutputDto"]["properties"]
    props["id"] = {"type": "string", "format": "uuid"}
    props["triggers"]["items"] = {"type": "string"}
    props["payloadTemplate"]["nullable"] = True


def _reserved_slot_self_reference(s: Schemas) -> None:
    """``GetReservedSlotOutput_2024_09_04.data`` refers to the envelope itself, so no real body could
    match; its data is the stored reservation (SlotsOutputService_2024_09_04.getReservationSlot,
    apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots-output.service.ts): the fields of
    ``ReserveSlotOutput_2024_09_04`` without ``reservationDuration``, which the row does not keep;
    and null for an unknown uid (slots.service.ts getReservedSlot)."""
    stored = copy.deepcopy(s["ReserveSlotOutput_2024_09_04"])
    del stored["properties"]["reservationDuration"]
    stored["required"] = [name for name in stored["required"] if name != "reservationDuration"]
    s["GetReservedSlotOutput_2024_09_04"]["properties"]["data"] = {**stored, "nullable": True}


def _schedule_days_and_times(s: Schemas) -> None:
    """Schedule availability: ``days`` carries the weekday ``enum`` at array level (it belongs to the
    items, where it also is), and ``startTime``/``endTime`` have the literal ``pattern``
    "TIME_FORMAT_HH_MM" (a constant's name, not a regex). Drop the first, make the second a regex."""
    for name in ("ScheduleAvailabilityInput_2024_06_11", "ScheduleOverrideInput_2024_06_11"):
        props = s[name]["properties"]
        props.get("days", {}).pop("enum", None)
        for field in ("startTime", "endTime"):
            props[field]["pattern"] = r"^\d{2}:\d{2}$"


def _event_type_scalar_objects(s: Schemas) -> None:
    """Event types: booking fields' ``isDefault`` and the email field's ``required`` are declared
    ``type: object`` but are booleans; ``slotInterval`` and ``seatsPerTimeSlot`` are declared
    ``object`` but are numbers (``@IsInt() seatsPerTimeSlot!: number | null`` in the output DTO)."""
    for name, schema in s.items():
        if name.endswith("FieldOutput_2024_06_14"):
            props = schema.get("properties", {})
            for field in ("isDefault", "required"):
                if props.get(field, {}).get("type") == "object":
                    props[field] = {"type": "boolean"}
    for name in ("EventTypeOutput_2024_06_14", "TeamEventTypeOutput_2024_06_14"):
        for field in ("slotInterval", "seatsPerTimeSlot"):
            s[name]["properties"][field] = {"type": "number", "nullable": True}


def _team_event_type_hosts(s: Schemas) -> None:
    """``hosts`` are TeamEventTypeResponseHost objects (userId, mandatory, priority, name, username,
    avatarUrl: packages/platform/types/event-types/event-types_2024_06_14/outputs/
    event-type.output.ts), not strings; the team's branding fields are null until set."""
    s["TeamEventTypeOutput_2024_06_14"]["properties"]["hosts"]["items"] = {
        "type": "object",
        "required": ["userId", "name"],
        "properties": {"userId": {"type": "number"}, "name": {"type": "string"}},
    }
    for field in ("slug", "name", "bannerUrl", "logoUrl", "brandColor", "darkBrandColor", "theme"):
        s["EventTypeTeam"]["properties"][field]["nullable"] = True


def _destination_calendar(s: Schemas) -> None:
    """A user with no connected calendar has no destination calendar: ``null``. Its ``id`` is the
    row's integer id (the spec's ``type: object`` comes from an untyped ``@ApiProperty``)."""
    s["DestinationCalendar"]["properties"]["id"] = {"type": "number"}
    s["ConnectedCalendarsData"]["properties"]["destinationCalendar"] = {
        "nullable": True,
        "allOf": [{"$ref": "#/components/schemas/DestinationCalendar"}],
    }


def _org_memberships_list(s: Schemas) -> None:
    """``GetAllOrgMemberships.data`` is an array (``@IsArray() data!: OrganizationMembershipOutput[]``
    in apps/api/v2/src/modules/organizations/memberships/outputs/get-all-memberships.output.ts);
    the spec lost the ``isArray``."""
    s["GetAllOrgMemberships"]["properties"]["data"] = {
        "type": "array",
        "items": {"$ref": "#/components/schemas/OrganizationMembershipOutput"},
    }


CORRECTIONS: tuple[Callable[[Schemas], None], ...] = (
    _org_memberships_list,
    _team_event_type_hosts,
    _destination_calendar,
    _booking_status_and_nullables,
    _pagination_current_page,
    _webhook_id_and_triggers,
    _reserved_slot_self_reference,
    _schedule_days_and_times,
    _event_type_scalar_objects,
)

# API-FACTS: slot items are objects (``{"start"}``, plus ``end`` with format=range), not the strings
# the spec's default-format schema declares. One schema covers both formats.
SLOTS_RESPONSE = {
    "type": "object",
    "required": ["status", "data"],
    "properties": {
        "status": {"type": "string", "enum": ["success"]},
        "data": {
            "type": "object",
            "additionalProperties": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["start"],
                    "properties": {"start": {"type": "string"}, "end": {"type": "string"}},
                },
            },
        },
    },
}


def _to_json_schema(node: Any) -> Any:
    """OpenAPI 3.0 → JSON Schema: ``nullable`` becomes a null alternative, and ``oneOf`` becomes
    ``anyOf`` because the spec's variants overlap (no discriminator, no additionalProperties: false),
    so a body the server really sends can match several of them."""
    if isinstance(node, list):
        return [_to_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _to_json_schema(value) for key, value in node.items()}
    if "oneOf" in out:
        out["anyOf"] = out.pop("oneOf")
    if out.pop("nullable", False):
        return {"anyOf": [out, {"type": "null"}]}
    return out


def spec_path() -> Path:
    return Path(os.environ.get("CAL_SPEC") or DEFAULT_SPEC)


@cache
def _load() -> dict[str, Any]:
    path = spec_path()
    if not path.exists():
        pytest.skip(f"official spec not found at {path} (set CAL_SPEC to its location)")
    spec: dict[str, Any] = json.loads(path.read_text())
    schemas = copy.deepcopy(spec["components"]["schemas"])
    for correct in CORRECTIONS:
        correct(schemas)
    schemas["_SlotsResponse"] = SLOTS_RESPONSE
    spec["components"]["schemas"] = _to_json_schema(schemas)
    return spec


def response_schema(method: str, path: str, status: int) -> dict[str, Any]:
    spec = _load()
    if path == "/v2/slots" and method == "get":
        return {"$ref": "#/components/schemas/_SlotsResponse"}
    operation = spec["paths"][path][method]
    content = operation["responses"][str(status)]["content"]["application/json"]
    return _to_json_schema(content["schema"])  # type: ignore[no-any-return]


def assert_spec(response: httpx.Response, path: str) -> Any:
    """Assert a success response matches the spec's schema for (method, path template, status);
    returns the parsed body."""
    assert response.status_code in (200, 201), f"{response.status_code}: {response.text}"
    body = response.json()
    spec = _load()
    schema = {
        **response_schema(response.request.method.lower(), path, response.status_code),
        "components": spec["components"],
    }
    validator = jsonschema.Draft7Validator(schema)
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors[:5])
    return body


@cache
def _templates() -> list[tuple[str, re.Pattern[str], str]]:
    """(method, regex, template) for every spec operation, literal segments before parameters so
    ``/v2/schedules/default`` wins over ``/v2/schedules/{scheduleId}``."""
    out = []
    for template, item in _load()["paths"].items():
        regex = re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "/?$")
        for method in item:
            if method in ("get", "post", "patch", "put", "delete"):
                out.append((method, regex, template))
    return sorted(out, key=lambda entry: (entry[2].count("{"), entry[2]))


def template_for(method: str, path: str) -> str | None:
    return next((t for m, regex, t in _templates() if m == method and regex.match(path)), None)


async def validate_success(response: httpx.Response) -> None:
    """httpx response hook: every 2xx the fake answers must match the spec (as corrected). Without
    the spec it checks nothing, so the behaviour tests still run; test_spec_shapes then skips."""
    if response.status_code not in (200, 201) or not spec_path().exists():
        return
    await response.aread()
    method, path = response.request.method.lower(), response.request.url.path
    template = template_for(method, path)
    assert template is not None, f"the spec has no operation {method.upper()} {path}"
    assert_spec(response, template)
