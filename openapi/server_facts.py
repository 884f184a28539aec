"""Facts about the live Cal.com server that its OpenAPI document contradicts.

Spec repair (``spec_repair.py``) fixes classes of defect from the document's structure alone. Some
defects cannot be seen in the document: the server sends a UUID where the document says number,
or wraps a body the document declares bare. Each such fact is one function here, listed in
:data:`SERVER_FACTS`, that cites the server source (``calcom/cal.com``, ``apps/api/v2/src/``) or the
observation in ``../shared/API-FACTS.md`` it encodes. ``tests/test_server_facts.py`` checks the
generated client against each one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from .document import JSON, iter_operations


def _widen(schema: JSON, *alternatives: JSON) -> None:
    """Turn a property schema into ``oneOf [original, alternatives...]`` (idempotent)."""
    if "oneOf" in schema:
        return
    original = {k: v for k, v in schema.items() if k not in ("description", "example", "deprecated")}
    meta = {k: v for k, v in schema.items() if k in ("description", "example", "deprecated")}
    schema.clear()
    schema.update(meta)
    schema["oneOf"] = [original, *alternatives]


def _props(doc: JSON, schema_pattern: str) -> Iterator[tuple[str, JSON]]:
    rx = re.compile(schema_pattern)
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        if rx.fullmatch(name) and isinstance(schema.get("properties"), dict):
            yield name, schema["properties"]


def _make_nullable(schema: JSON) -> None:
    if "$ref" in schema:
        ref = schema.pop("$ref")
        schema["allOf"] = [{"$ref": ref}]
    schema["nullable"] = True


# Each fact names the server file that produces the behaviour (calcom/cal.com, paths under
# apps/api/v2/src/), and quotes ../shared/API-FACTS.md where the behaviour was observed. Schema
# names are matched by pattern so a renamed version suffix does not silently disable the fact.
def _fact_host_id_may_be_unknown(doc: JSON) -> None:
    # "a host's `id` can be the string "unknown"": a booking without a user gets the host
    # {id: "unknown", ...} (OutputBookingsService_2024_08_13.getHost in
    # ee/bookings/2024-08-13/services/output.service.ts).
    for _, props in _props(doc, r"BookingHost.*"):
        if "id" in props:
            _widen(props["id"], {"type": "string"})


def _fact_webhook_id_is_uuid(doc: JSON) -> None:
    # "Webhook `id` is a UUID string (the spec says number)": WebhooksRepository creates every
    # webhook with id = uuidv4() (modules/webhooks/webhooks.repository.ts). Its `triggers` are the
    # trigger names (the spec says objects): WebhookOutputPipe sends the row's eventTriggers
    # (modules/webhooks/pipes/WebhookOutputPipe.ts).
    for _, props in _props(doc, r".*WebhookOutput(Dto)?"):
        if "id" in props:
            props["id"].clear()
            props["id"].update({"type": "string", "example": "2f6a1b9e-1c55-4f7e-9f0e-6d5f1f3d2c11"})
        triggers = props.get("triggers")
        if isinstance(triggers, dict) and triggers.get("items", {}).get("type") == "object":
            triggers["items"] = {"type": "string", "example": "BOOKING_CREATED"}


def _fact_booking_nullables(doc: JSON) -> None:
    # "Nullable in practice: description, location, updatedAt, rating, attendee language.":
    # OutputBookingsService_2024_08_13.getOutputBooking copies description, updatedAt and rating
    # from the database row, location (also sent as meetingUrl) from the row or the video call
    # URL, and an attendee's language from its locale, typed `string | null` there
    # (ee/bookings/2024-08-13/services/output.service.ts).
    for _, props in _props(doc, r".*Booking.*Output.*|.*Attendee.*"):
        for key in ("description", "location", "updatedAt", "rating", "language", "meetingUrl"):
            if key in props and isinstance(props[key], dict):
                _make_nullable(props[key])


def _fact_slot_items_are_objects(doc: JSON) -> None:
    # "The spec's default-format schema (array of strings) is wrong: items are objects.": every
    # slot is built as {start} (SlotsOutputService_2024_09_04.getAvailableTimeSlot in
    # modules/slots/slots-2024-09-04/services/slots-output.service.ts).
    for _, schema in doc.get("components", {}).get("schemas", {}).items():
        extra = schema.get("additionalProperties")
        if not isinstance(extra, dict) or extra.get("type") != "array":
            continue
        items = extra.get("items", {})
        if items.get("type") == "string" and "slot" in str(schema.get("description", "")).lower():
            extra["items"] = {
                "type": "object",
                "properties": {"start": {"type": "string"}},
                "required": ["start"],
                "additionalProperties": True,
            }


def _fact_paged_bodies_are_envelopes(doc: JSON) -> None:
    # Paged operations that declare no 200 body answer {status, data: [...]} like every other
    # list (e.g. modules/organizations/users/bookings/controllers/
    # organizations-users-bookings-controller.ts returns GetBookingsOutput_2024_08_13).
    for _, _, op in iter_operations(doc):
        names = {p.get("name") for p in op.get("parameters", [])}
        if not ({"take", "skip"} <= names or {"limit", "offset"} <= names):
            continue
        ok = op.get("responses", {}).get("200")
        if isinstance(ok, dict) and not ok.get("content"):
            ok["content"] = {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {
                            "status": {"type": "string", "enum": ["success", "error"]},
                            "data": {"type": "array", "items": {"type": "object"}},
                        },
                        "required": ["status", "data"],
                    }
                }
            }


def _fact_busy_times_take_calendars_to_load(doc: JSON) -> None:
    # GET /v2/calendars/busy-times reads calendarsToLoad[i][credentialId|externalId], one pair per
    # calendar (modules/calendars/inputs/busy-times.input.ts); the document's
    # top-level credentialId/externalId are rejected.
    op = doc.get("paths", {}).get("/v2/calendars/busy-times", {}).get("get")
    if not isinstance(op, dict):
        return
    params = [p for p in op.get("parameters", []) if p.get("name") not in ("credentialId", "externalId")]
    if any(p.get("name") == "calendarsToLoad" for p in params):
        return
    params.append(
        {
            "name": "calendarsToLoad",
            "in": "query",
            "required": True,
            "style": "deepObject",
            "explode": True,
            "description": "The calendars whose busy times to load, one credential and calendar id each",
            "schema": {
                "type": "array",
                "items": {
                    "title": "CalendarToLoad",
                    "type": "object",
                    "properties": {
                        "credentialId": {"type": "integer", "example": 1},
                        "externalId": {"type": "string", "example": "primary@example.com"},
                    },
                    "required": ["credentialId", "externalId"],
                },
            },
        }
    )
    op["parameters"] = params


_SEAT_FIELDS: JSON = {
    "seatsBooked": {"type": "integer"},
    "seatsRemaining": {"type": "integer"},
    "seatsTotal": {"type": "integer"},
    "bookingUid": {"type": "string"},
}


def _fact_slots_answer_an_envelope(doc: JSON) -> None:
    # GET /v2/slots declares two date -> slots maps (strings, or {start, end} with format=range)
    # as the whole body; the server wraps the map in {status, data} like every other operation,
    # and every slot is an object: a start, an end with format=range, and seat counts and the
    # booking uid for seated event types
    # (modules/slots/slots-2024-09-04/services/slots-output.service.ts).
    op = doc.get("paths", {}).get("/v2/slots", {}).get("get")
    media = op.get("responses", {}).get("200", {}).get("content", {}).get("application/json") if op else None
    if not isinstance(media, dict) or "oneOf" not in media.get("schema", {}):
        return
    slot = {
        "title": "AvailableSlot",
        "type": "object",
        "properties": {
            "start": {"type": "string", "format": "date-time"},
            "end": {"type": "string", "format": "date-time", "description": "With format=range"},
            **_SEAT_FIELDS,
        },
        "required": ["start"],
    }
    media["schema"] = {
        "type": "object",
        "properties": {
            "status": {"type": "string", "enum": ["success", "error"]},
            "data": {
                "type": "object",
                "title": "AvailableSlotsByDate",
                "description": "Available slots by date (YYYY-MM-DD), in the requested time zone",
                "additionalProperties": {"type": "array", "items": slot},
            },
        },
        "required": ["status", "data"],
    }


SERVER_FACTS: tuple[Callable[[JSON], None], ...] = (
    _fact_busy_times_take_calendars_to_load,
    _fact_slots_answer_an_envelope,
    _fact_paged_bodies_are_envelopes,
    _fact_host_id_may_be_unknown,
    _fact_webhook_id_is_uuid,
    _fact_booking_nullables,
    _fact_slot_items_are_objects,
)


def apply_server_facts(doc: JSON) -> None:
    """Encode the live server's behaviour where the document is wrong (see SERVER_FACTS)."""
    for fact in SERVER_FACTS:
        fact(doc)
