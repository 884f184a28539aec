"""Facts about the live Cal.com server that its OpenAPI document contradicts.

Spec repair (``spec_repair.py``) fixes classes of defect from the document's structure alone. Some
defects cannot be seen in the document: the server sends a UUID where the document says number,
or wraps a body the document declares bare. Each such fact cites the server source
(``calcom/cal.com``, ``apps/api/v2/src/``) or the observation in ``../shared/API-FACTS.md`` it
encodes, and ``tests/test_server_facts.py`` checks the generated client against it.

Two forms, both listed in :data:`SERVER_FACTS`:

- the recorded facts, data in ``server_facts.json`` (:func:`load_facts`): which response fields may
  be null or are left out, which shapes are wrong and which results may be empty, each keyed by
  schema and property (or operation) and citing the server files it was derived from;
  :func:`apply_recorded_facts` applies them. A fact whose target a document lacks is skipped and
  reported (:func:`audit`), never fatal, so a newer document keeps every fact that still applies;
- one function per fact that is a transformation rather than a field (the slots envelope, the
  busy-times parameters, ...).
"""

from __future__ import annotations

import copy
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .document import HTTP_METHODS, JSON, SCHEMA_REF, X_DATA_MAY_BE_ABSENT, iter_operations, walk


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
    if isinstance(schema.get("enum"), list):
        # The generator ignores ``nullable`` beside an enum: the enum becomes one variant.
        _widen(schema, {"type": "null"})
        return
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


# --------------------------------------------------------------------------------------------
# recorded facts (server_facts.json)
# --------------------------------------------------------------------------------------------

FACTS_FILE = Path(__file__).with_name("server_facts.json")

NULLABLE = "nullable"
MAY_BE_ABSENT = "may be absent"
WRONG_SHAPE = "wrong shape"
RESULT_MAY_BE_NULL = "result may be null"
RESULT_MAY_LACK_DATA = "result may lack data"
RESULT_NEVER_NULL = "result never null"
PROPERTY_KINDS = (NULLABLE, MAY_BE_ABSENT)
OPERATION_KINDS = (RESULT_MAY_BE_NULL, RESULT_MAY_LACK_DATA, RESULT_NEVER_NULL)

_VERSION_SUFFIX = re.compile(r"_\d{4}_\d{2}_\d{2}$")


@dataclass(frozen=True)
class Fact:
    """One server fact: ``target`` is ``(schema, property)`` or ``("GET", "/v2/...")``."""

    kind: str
    target: tuple[str, str]
    cite: tuple[str, ...]
    why: str
    value: JSON | None = None  # the property's real schema, for a wrong shape

    def __str__(self) -> str:
        sep = " " if self.kind in OPERATION_KINDS else "."
        return f"{self.kind}: {sep.join(self.target)}"


@dataclass(frozen=True)
class ServerFacts:
    facts: tuple[Fact, ...]
    schemas: dict[str, JSON]  # component schemas the wrong shapes refer to
    read: dict[str, str]  # cited file -> the stored version read


@cache
def load_facts(path: Path = FACTS_FILE) -> ServerFacts:
    """The recorded facts, one per (schema, property) or operation."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    facts: list[Fact] = []
    for entry in raw["properties"]:
        if entry["kind"] not in PROPERTY_KINDS:
            raise ValueError(f"{path.name}: unknown property fact kind {entry['kind']!r}")
        for schema in entry["schemas"]:
            for prop in entry["properties"]:
                facts.append(Fact(entry["kind"], (schema, prop), tuple(entry["cite"]), entry["why"]))
    for entry in raw["shapes"]:
        target = (entry["schema"], entry["property"])
        facts.append(Fact(WRONG_SHAPE, target, tuple(entry["cite"]), entry["why"], entry["value"]))
    for entry in raw["operations"]:
        if entry["kind"] not in OPERATION_KINDS:
            raise ValueError(f"{path.name}: unknown operation fact kind {entry['kind']!r}")
        method, _, route = entry["operation"].partition(" ")
        facts.append(Fact(entry["kind"], (method.upper(), route), tuple(entry["cite"]), entry["why"]))
    return ServerFacts(tuple(facts), raw["schemas"], raw["read"])


def _schema_name(schemas: JSON, name: str) -> str | None:
    """``name`` as the document spells it, or the one schema whose name differs from it only
    by the version suffix (``BookingOutput_2024_08_13`` in a document that renamed the version,
    or after the SDK naming dropped it)."""
    if isinstance(schemas.get(name), dict):
        return name
    base = _VERSION_SUFFIX.sub("", name)
    same = [n for n in schemas if _VERSION_SUFFIX.sub("", n) == base and isinstance(schemas[n], dict)]
    return same[0] if len(same) == 1 else None


def _find_schema(schemas: JSON, name: str) -> JSON | None:
    found = _schema_name(schemas, name)
    schema: JSON | None = schemas[found] if found is not None else None
    return schema


def _with_document_refs(value: JSON, schemas: JSON) -> tuple[JSON, list[str]]:
    """A copy of a recorded schema whose ``$ref``s name the document's own spelling, and the
    names it refers to that the document lacks."""
    out = copy.deepcopy(value)
    missing = []
    for node in walk(out):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
            name = _schema_name(schemas, ref[len(SCHEMA_REF) :])
            if name is None:
                missing.append(ref[len(SCHEMA_REF) :])
            else:
                node["$ref"] = SCHEMA_REF + name
    return out, missing


def _property(doc: JSON, schema_name: str, prop: str) -> tuple[JSON, JSON] | None:
    schema = _find_schema(doc.get("components", {}).get("schemas", {}), schema_name)
    props = schema.get("properties") if schema is not None else None
    if schema is None or not isinstance(props, dict) or not isinstance(props.get(prop), dict):
        return None
    return schema, props[prop]


def _is_nullable(schema: JSON) -> bool:
    return schema.get("nullable") is True or any(
        isinstance(v, dict) and v.get("type") == "null" for k in ("oneOf", "anyOf") for v in schema.get(k, [])
    )


def _not_nullable(schema: JSON) -> None:
    schema.pop("nullable", None)
    parts = schema.get("allOf")
    if isinstance(parts, list) and len(parts) == 1 and set(parts[0]) == {"$ref"}:
        schema["$ref"] = schema.pop("allOf")[0]["$ref"]


def _envelope(doc: JSON, op: JSON) -> JSON | None:
    """The success envelope (``{status, data}``) of an operation, component or inline."""
    for code, response in op.get("responses", {}).items():
        if not str(code).startswith("2") or not isinstance(response, dict):
            continue
        schema = response.get("content", {}).get("application/json", {}).get("schema")
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            schema = doc.get("components", {}).get("schemas", {}).get(schema["$ref"][len(SCHEMA_REF) :])
        if isinstance(schema, dict) and isinstance(schema.get("properties", {}).get("data"), dict):
            return schema
    return None


def _operation(doc: JSON, method: str, route: str) -> JSON | None:
    op = doc.get("paths", {}).get(route, {}).get(method.lower())
    return op if method.lower() in HTTP_METHODS and isinstance(op, dict) else None


def _envelope_users(doc: JSON) -> dict[int, list[tuple[str, str]]]:
    """Which operations answer with each envelope (by identity): a fact about one operation's
    result must not silently tighten another's."""
    users: dict[int, list[tuple[str, str]]] = {}
    for route, method, op in iter_operations(doc):
        envelope = _envelope(doc, op)
        if envelope is not None:
            users.setdefault(id(envelope), []).append((method.upper(), route))
    return users


def _apply(doc: JSON, fact: Fact, never_null: set[tuple[str, str]]) -> str:
    """Apply one fact; returns ``"changed"``, ``"held"`` (already true) or why it was skipped."""
    if fact.kind in OPERATION_KINDS:
        op = _operation(doc, *fact.target)
        envelope = _envelope(doc, op) if op is not None else None
        if op is None or envelope is None:
            return "absent: the document has no such operation (or it has no {status, data} body)"
        data = envelope["properties"]["data"]
        if fact.kind == RESULT_NEVER_NULL:
            sharing = set(_envelope_users(doc).get(id(envelope), [])) - never_null
            if sharing:
                # The looser type stays: another operation answering with this envelope may send null.
                return f"skipped: the envelope is shared with {sorted(sharing)}"
            if not _is_nullable(data):
                return "held"
            _not_nullable(data)
            return "changed"
        changed = not _is_nullable(data)
        if changed:
            _make_nullable(data)
        if fact.kind == RESULT_MAY_LACK_DATA:
            required = envelope.get("required", [])
            changed = changed or "data" in required or not op.get(X_DATA_MAY_BE_ABSENT)
            envelope["required"] = [r for r in required if r != "data"]
            op[X_DATA_MAY_BE_ABSENT] = True
        return "changed" if changed else "held"
    found = _property(doc, *fact.target)
    if found is None:
        return "absent: the document has no such schema property"
    schema, prop = found
    if fact.kind == WRONG_SHAPE:
        assert fact.value is not None
        value, missing = _with_document_refs(fact.value, doc["components"]["schemas"])
        if missing:
            return f"absent: the document has no schema {', '.join(sorted(missing))}"
        shaped: JSON = {k: prop[k] for k in ("description", "deprecated") if k in prop}
        shaped.update(value)
        nullable_shaped = copy.deepcopy(shaped)
        _make_nullable(nullable_shaped)  # a result fact may have made it nullable since
        if prop in (shaped, nullable_shaped):
            return "held"
        prop.clear()
        prop.update(shaped)
        return "changed"
    if fact.kind == NULLABLE:
        if _is_nullable(prop):
            return "held"
        if (prop.get("type") == "object" or "enum" in prop) and "title" not in prop:
            # Keeps the inline class's name (``TeamOutputDtoMetadata``, ``BookingAttendeeLanguage``):
            # in a nullable union the generator would name it ``..._type_0``. A model is named by
            # its title alone, an enum by its parent's name and its title.
            pascal = fact.target[1][:1].upper() + fact.target[1][1:]
            owner = "" if "enum" in prop else _VERSION_SUFFIX.sub("", fact.target[0])
            prop["title"] = owner + pascal
        _make_nullable(prop)
        return "changed"
    required = schema.get("required", [])
    if fact.target[1] not in required:
        return "held"
    schema["required"] = [r for r in required if r != fact.target[1]]
    return "changed"


def apply_facts(doc: JSON, facts: ServerFacts) -> list[tuple[Fact, str]]:
    """Apply ``facts``; each fact's outcome: ``changed``, ``held`` or why it was not applied."""
    schemas = doc.setdefault("components", {}).setdefault("schemas", {})
    for name, schema in facts.schemas.items():
        if _schema_name(schemas, name) is None:
            schemas[name] = copy.deepcopy(schema)
    never_null = {f.target for f in facts.facts if f.kind == RESULT_NEVER_NULL}
    # Shapes first: a result fact may then make the reshaped ``data`` nullable.
    ordered = sorted(facts.facts, key=lambda f: f.kind != WRONG_SHAPE)
    return [(fact, _apply(doc, fact, never_null)) for fact in ordered]


def apply_recorded_facts(doc: JSON) -> None:
    """Apply ``server_facts.json`` to the document (idempotent; absent targets are skipped)."""
    apply_facts(doc, load_facts())


@dataclass(frozen=True)
class FactsAudit:
    """What the recorded facts did to one document."""

    outcomes: tuple[tuple[Fact, str], ...]

    @property
    def changed(self) -> Counter[str]:
        """How many targets each kind of fact changed."""
        return Counter(f.kind for f, outcome in self.outcomes if outcome == "changed")

    @property
    def unmatched(self) -> list[str]:
        applied = ("changed", "held")
        return [f"{fact} ({outcome})" for fact, outcome in self.outcomes if outcome not in applied]

    def summary(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.changed.items()))
        lines = [f"server facts: {len(self.outcomes)} recorded, changed {counts or 'nothing'}"]
        lines += [f"  not applied: {line}" for line in self.unmatched]
        return "\n".join(lines)


def audit(raw: JSON) -> FactsAudit:
    """Run the pipeline on a copy of the raw document up to the recorded facts, apply them and say
    what each did: the regeneration report names the facts whose target a document lacks."""
    from .normalize import STEPS  # the pipeline imports this module

    doc = copy.deepcopy(raw)
    for step in STEPS:
        if step is apply_server_facts:
            for fact in SERVER_FACTS:
                if fact is apply_recorded_facts:
                    return FactsAudit(tuple(apply_facts(doc, load_facts())))
                fact(doc)
        step(doc)
    raise AssertionError("the recorded facts are not in the pipeline")  # pragma: no cover


SERVER_FACTS: tuple[Callable[[JSON], None], ...] = (
    _fact_busy_times_take_calendars_to_load,
    _fact_slots_answer_an_envelope,
    _fact_paged_bodies_are_envelopes,
    _fact_host_id_may_be_unknown,
    _fact_webhook_id_is_uuid,
    _fact_slot_items_are_objects,
    apply_recorded_facts,
)


def apply_server_facts(doc: JSON) -> None:
    """Encode the live server's behaviour where the document is wrong (see SERVER_FACTS)."""
    for fact in SERVER_FACTS:
        fact(doc)
