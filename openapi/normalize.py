"""Normalise the official Cal.com OpenAPI document before code generation.

The document served at ``/v2/docs-json`` has defects that make openapi-python-client drop
operations, demand auth headers on every call, or crash on live data (see
``../shared/openapi/README.md`` and ``../shared/API-FACTS.md``). Each defect class is repaired by
one named step below. Every step:

* is pure with respect to its input (``normalize`` deep-copies first),
* is idempotent (running the pipeline twice changes nothing the second time),
* derives its fix from the document's structure, never from a list of paths, so it keeps
  working on future versions of the document.

The only table of literal facts is :data:`SERVER_FACTS`: behaviour of the real server that the
document contradicts, each entry quoting the fact it encodes.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# Header parameters that are credentials: the client injects them, callers never pass them.
AUTH_HEADERS = ("Authorization", "x-cal-client-id", "x-cal-secret-key")
VERSION_HEADER = "cal-api-version"

# Vendor extensions written by this pipeline and read by the generator.
X_API_VERSION = "x-cal-api-version"
X_AUTH = "x-cal-auth"
X_RESOURCE = "x-cal-resource"
X_METHOD = "x-cal-method"
X_ORIGINAL_ID = "x-cal-original-operation-id"

_VERSION_SUFFIX = re.compile(r"_(\d{4})_(\d{2})_(\d{2})")
_PATH_VAR = re.compile(r"{([^}]+)}")


def iter_operations(doc: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def _walk(node: Any) -> Iterator[JSON]:
    """Yield every dict in a JSON tree (depth first)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            yield cur
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)


def snake_case(name: str) -> str:
    """``eventTypeId`` -> ``event_type_id``; ``Event Types`` -> ``event_types``."""
    name = name.replace("OAuth", "Oauth")
    name = re.sub(r"[^0-9A-Za-z]+", " ", name).strip()
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return "_".join(w.lower() for w in name.split())


# --------------------------------------------------------------------------------------------
# Step 1: path parameters
# --------------------------------------------------------------------------------------------


def _path_param_schemas(doc: JSON) -> dict[str, JSON]:
    """The most common declared schema of each path-parameter name across the document."""
    seen: dict[str, Counter[str]] = {}
    examples: dict[str, JSON] = {}
    for _, _, op in iter_operations(doc):
        for p in op.get("parameters", []):
            if p.get("in") == "path" and isinstance(p.get("schema"), dict):
                key = repr(sorted(p["schema"].items()))
                seen.setdefault(p["name"], Counter())[key] += 1
                examples.setdefault(key, p["schema"])
    return {name: copy.deepcopy(examples[c.most_common(1)[0][0]]) for name, c in seen.items()}


def declare_path_parameters(doc: JSON) -> None:
    """Make declared path parameters match the path template.

    openapi-python-client drops an operation whose template variables are not all declared
    (``orgId`` is missing on dozens of organisation routes) or that declares one the template
    lacks. Undeclared variables are declared with the schema the same name has elsewhere in the
    document (``string`` if it appears nowhere); declared names absent from the template are
    removed, since the server cannot receive them.
    """
    known = _path_param_schemas(doc)
    for path, item in doc.get("paths", {}).items():
        template_vars = _PATH_VAR.findall(path)
        shared = [p for p in item.get("parameters", []) if p.get("in") == "path"]
        for _, method, op in ((path, m, item[m]) for m in HTTP_METHODS if isinstance(item.get(m), dict)):
            del method
            params = op.setdefault("parameters", [])
            params[:] = [p for p in params if p.get("in") != "path" or p.get("name") in template_vars]
            declared = {p["name"] for p in params + shared if p.get("in") == "path"}
            insert_at = 0
            for var in template_vars:
                if var in declared:
                    continue
                params.insert(
                    insert_at,
                    {
                        "name": var,
                        "in": "path",
                        "required": True,
                        "schema": known.get(var, {"type": "string"}),
                    },
                )
                insert_at += 1
            # Order path parameters as they appear in the URL: they become positional arguments.
            order = {v: i for i, v in enumerate(template_vars)}
            path_params = sorted((p for p in params if p.get("in") == "path"), key=lambda p: order[p["name"]])
            rest = [p for p in params if p.get("in") != "path"]
            params[:] = path_params + rest
            if not params:
                del op["parameters"]


# --------------------------------------------------------------------------------------------
# Step 2: arrays without items
# --------------------------------------------------------------------------------------------


def add_missing_array_items(doc: JSON) -> None:
    """Give every ``type: array`` schema without ``items`` an ``items: {}`` (any value).

    The generator drops every response that reaches such a schema (``ScheduleOutput``'s
    ``availability`` reaches twelve of them).
    """
    for node in _walk(doc):
        if node.get("type") == "array" and "items" not in node and "prefixItems" not in node:
            node["items"] = {}


def repair_dangling_refs(doc: JSON) -> None:
    """Replace ``$ref``s to schemas the document does not define.

    Older documents reference schemas that were renamed away (``Output``); the generator then
    drops every model and operation that reaches them. In a ``oneOf``/``anyOf`` the dangling
    variant is removed; elsewhere the reference becomes "any value".
    """
    prefix = "#/components/schemas/"
    defined = set(doc.get("components", {}).get("schemas", {}))

    def dangling(node: Any) -> bool:
        ref = node.get("$ref") if isinstance(node, dict) else None
        return isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] not in defined

    for node in _walk(doc):
        for key in ("oneOf", "anyOf"):
            variants = node.get(key)
            if isinstance(variants, list) and any(dangling(v) for v in variants):
                kept = [v for v in variants if not dangling(v)]
                if kept:
                    node[key] = kept
                else:
                    del node[key]
        if dangling(node):
            del node["$ref"]


# --------------------------------------------------------------------------------------------
# Step 3: malformed enums
# --------------------------------------------------------------------------------------------


def _enum_type(values: list[Any]) -> str | None:
    if all(isinstance(v, bool) for v in values):
        return "boolean"
    if all(isinstance(v, int) and not isinstance(v, bool) for v in values):
        return "integer"
    if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
        return "number"
    if all(isinstance(v, str) for v in values):
        return "string"
    return None


def repair_enums(doc: JSON) -> None:
    """Flatten nested enum lists, drop duplicates and nulls, and make ``type`` match the values.

    Seen: ``{"type": "object", "enum": [["beforeEvent", ...]]}`` — an array of strings passed
    where the values belong; and ``{"type": "string", "enum": [...], "example": ["A", "B"]}`` for
    a field that is an array of those values.
    """
    for node in _walk(doc):
        values = node.get("enum")
        if not isinstance(values, list):
            continue
        flat: list[Any] = []
        for v in values:
            flat.extend(v if isinstance(v, list) else [v])
        if None in flat:
            node["nullable"] = True
        cleaned: list[Any] = []
        for v in flat:
            if v is not None and not isinstance(v, dict) and v not in cleaned:
                cleaned.append(v)
        if not cleaned:
            del node["enum"]
            continue
        default = node.get("default")
        if default is not None and not isinstance(default, (list, dict)) and default not in cleaned:
            cleaned.append(default)  # the server's own default is a value it accepts
        node["enum"] = cleaned
        if node.get("type") == "array":
            # The values belong to the items: an array is never equal to one of them.
            items = node.setdefault("items", {})
            if isinstance(items, dict) and "enum" not in items:
                items["enum"] = cleaned
                items.setdefault("type", _enum_type(cleaned) or "string")
            del node["enum"]
            continue
        if isinstance(node.get("example"), list):
            # A list example on a scalar enum: the field is an array of those values
            # (webhook ``triggers`` is declared ``type: string``).
            item: JSON = {k: node.pop(k) for k in ("type", "enum") if k in node}
            node["type"] = "array"
            node["items"] = item
            node = item
            cleaned = item["enum"]
        kind = _enum_type(cleaned)
        if kind is None:  # mixed kinds: no Python enum can hold them; keep the values as docs only
            node.pop("enum")
            continue
        if node.get("type") != kind and not (kind == "integer" and node.get("type") == "number"):
            node["type"] = kind


# --------------------------------------------------------------------------------------------
# Step 4: auth headers
# --------------------------------------------------------------------------------------------


def lift_auth_headers(doc: JSON) -> None:
    """Move credential header parameters out of operations into ``x-cal-auth``.

    Auth is the client's job: left in place, they become a required ``authorization: str``
    argument of 127 functions. ``x-cal-auth`` keeps which credential headers the operation
    declares, so the client sends a platform secret only where the operation takes one.
    """
    wanted = {h.lower(): h for h in AUTH_HEADERS}
    for _, _, op in iter_operations(doc):
        params = op.get("parameters", [])
        found = [
            wanted[p["name"].lower()]
            for p in params
            if p.get("in") == "header" and p.get("name", "").lower() in wanted
        ]
        if X_AUTH not in op:
            op[X_AUTH] = sorted(set(found), key=AUTH_HEADERS.index)
        elif found:
            op[X_AUTH] = sorted(set(op[X_AUTH]) | set(found), key=AUTH_HEADERS.index)
        kept = [p for p in params if not (p.get("in") == "header" and p.get("name", "").lower() in wanted)]
        if kept:
            op["parameters"] = kept
        else:
            op.pop("parameters", None)


# --------------------------------------------------------------------------------------------
# Step 5: cal-api-version
# --------------------------------------------------------------------------------------------


def pin_api_versions(doc: JSON) -> None:
    """Replace the ``cal-api-version`` header parameter by ``x-cal-api-version: <its default>``.

    The server answers a wrong or missing version with other response shapes or a 404, so the
    right value per operation is not the caller's choice. Operations that do not declare the
    header send none (some routes 404 on any value but the implicit default).
    """
    for path, method, op in iter_operations(doc):
        params = op.get("parameters", [])
        version = [
            p for p in params if p.get("in") == "header" and p.get("name", "").lower() == VERSION_HEADER
        ]
        if version:
            schema = version[0].get("schema", {})
            value = schema.get("default") or (schema.get("enum") or [None])[0]
            if not value:
                match = re.search(r"\d{4}-\d{2}-\d{2}", version[0].get("description", ""))
                value = match.group(0) if match else None
            if not value:
                raise ValueError(f"{method.upper()} {path}: cal-api-version header has no value to pin")
            op[X_API_VERSION] = value
            kept = [p for p in params if p is not version[0]]
            if kept:
                op["parameters"] = kept
            else:
                op.pop("parameters", None)


def type_untyped_parameters(doc: JSON) -> None:
    """Give parameters declared with an empty schema the type of their example.

    ``GET /v2/slots`` declares every query parameter as ``{}``, so the generator types them
    ``Any``; their examples (``100``, ``"2050-09-05"``) say what they are.
    """
    for _, _, op in iter_operations(doc):
        for p in op.get("parameters", []):
            schema = p.get("schema")
            if not isinstance(schema, dict) or any(
                k in schema for k in ("type", "$ref", "oneOf", "anyOf", "allOf", "enum")
            ):
                continue
            example = p.get("example", schema.get("example"))
            if isinstance(example, str) and example.isdigit():
                example = int(example)  # "100" for an event type id: a number written as text
            for py, name in _SCALAR_KINDS:
                if isinstance(example, py):
                    schema["type"] = name
                    break
            else:
                schema["type"] = "string"  # a query string value is text unless it says otherwise


_SCALAR_KINDS = ((bool, "boolean"), (int, "integer"), (float, "number"), (str, "string"))


def type_scalar_objects(doc: JSON) -> None:
    """Type ``type: object`` schemas that have no shape of their own from their example/default.

    ``isDefault: {"type": "object", "default": true}`` or ``logo: {"type": "object", "example":
    "https://..."}``: the server sends a boolean and a string, and an "object" makes the generator
    wrap them in an empty model that cannot hold them.
    """
    shape_keys = ("properties", "additionalProperties", "$ref", "oneOf", "anyOf", "allOf", "items")
    for node in _walk(doc.get("components", {}).get("schemas", {})):
        if node.get("type") != "object" or any(k in node for k in shape_keys):
            continue
        sample = node.get("example", node.get("default"))
        if isinstance(sample, (dict, list)) or sample is None:
            continue
        for py, name in _SCALAR_KINDS:
            if isinstance(sample, py):
                node["type"] = name
                break


def untype_self_referencing_data(doc: JSON) -> None:
    """Make an envelope's ``data`` that refers to the envelope itself an untyped value.

    ``GetReservedSlotOutput.data`` is declared as ``GetReservedSlotOutput``: no finite value has
    that shape, and the server sends the reservation. With no way to tell the real schema from the
    document, the value is passed through as decoded JSON rather than mistyped.
    """
    prefix = "#/components/schemas/"
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict) or not isinstance(props.get("data"), dict):
            continue
        data = props["data"]
        refs = [data] + [v for k in ("allOf", "oneOf", "anyOf") for v in data.get(k, [])]
        if any(isinstance(r, dict) and r.get("$ref") == prefix + name for r in refs):
            props["data"] = {k: v for k, v in data.items() if k in ("description", "nullable")}


# --------------------------------------------------------------------------------------------
# Step 6: integers
# --------------------------------------------------------------------------------------------

# Names that always denote a count or an identifier when the document says "number".
_COUNT_NAMES = {"take", "skip", "limit", "offset", "page", "count", "position"}
_INTEGER_NAME = re.compile(r"(Id|Ids|_id|Count|Limit|Minutes|^duration|Duration)$")


def _is_integer_name(name: str) -> bool:
    return name in _COUNT_NAMES or bool(_INTEGER_NAME.search(name))


def _integralise(schema: JSON) -> None:
    if schema.get("type") == "number":
        schema["type"] = "integer"
        for key in ("default", "minimum", "maximum", "example"):
            if isinstance(schema.get(key), float) and schema[key].is_integer():
                schema[key] = int(schema[key])
    elif schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _integralise(schema["items"])


def integer_counts_and_ids(doc: JSON) -> None:
    """Type counts and ids as ``integer`` where the document says ``number``.

    ``take: float`` or ``user_id: float`` is wrong and lets callers send ``2.5``. A name is a
    count or id by its shape (``take``, ``skip``, ``...Id``, ``...Count``), in parameters and in
    schema properties alike.
    """
    for _, _, op in iter_operations(doc):
        for p in op.get("parameters", []):
            is_path_id = p.get("in") == "path" and p.get("name") == "id"
            if (_is_integer_name(p.get("name", "")) or is_path_id) and isinstance(p.get("schema"), dict):
                _integralise(p["schema"])
    for node in _walk(doc.get("components", {}).get("schemas", {})):
        props = node.get("properties")
        if isinstance(props, dict):
            for name, schema in props.items():
                if isinstance(schema, dict) and (_is_integer_name(name) or name == "id"):
                    _integralise(schema)
    _unify_path_ids(doc)


def _unify_path_ids(doc: JSON) -> None:
    """A path parameter typed ``integer`` by most operations is an integer in all of them.

    ``eventTypeId`` is a string in one operation and an integer in the others; the server parses
    it as a number everywhere (``Number(eventTypeId)``): ``event_types.get(12)`` is right and
    ``event_types.get("12")`` is a type error.
    """
    kinds: dict[str, Counter[str]] = {}
    params = [
        p for _, _, op in iter_operations(doc) for p in op.get("parameters", []) if p.get("in") == "path"
    ]
    for p in params:
        schema = p.get("schema") if isinstance(p.get("schema"), dict) else {}
        kinds.setdefault(p.get("name", ""), Counter())[str(schema.get("type"))] += 1
    for p in params:
        seen = kinds[p.get("name", "")]
        schema = p.get("schema")
        if (
            isinstance(schema, dict)
            and schema.get("type") == "string"
            and "enum" not in schema
            and "format" not in schema
            and seen["integer"] > seen["string"]
        ):
            schema["type"] = "integer"


_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Instants by name (camelCase, case-sensitive: "format" is no "...At"): start, end, createdAt,
# startTime, afterStart, beforeUpdatedAt; not weekStart (a day name). A non-ISO example vetoes
# the name ("09:00").
_TIME_NAME = re.compile(r"^(start|end)$|[a-z](At|Time)$|^(after|before)[A-Z]")


def _time_format(name: str, schema: JSON) -> str | None:
    if schema.get("type") != "string" or "format" in schema or "enum" in schema:
        return None
    example = schema.get("example", schema.get("default"))
    if isinstance(example, str):
        if _ISO_DATE_TIME.match(example):
            return "date-time"
        if _ISO_DATE.match(example):
            return "date"
        return None
    return "date-time" if example is None and _TIME_NAME.search(name) else None


def time_formats(doc: JSON) -> None:
    """Give time fields ``format: date-time`` (or ``date``), which the document mostly omits.

    A string is a date-time when its example is ISO 8601, or, with no example, when its name is
    an instant's (``start``, ``end``, ``...At``, ``...Time``, ``afterStart``). Schemas with an
    enum or a format keep theirs. Generated models then read aware ``datetime``s and ``date``s.
    """
    for _, _, op in iter_operations(doc):
        for p in op.get("parameters", []):
            schema = p.get("schema")
            if isinstance(schema, dict) and (fmt := _time_format(p.get("name", ""), schema)):
                schema["format"] = fmt
    for node in _walk(doc.get("components", {}).get("schemas", {})):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        for name, schema in props.items():
            if not isinstance(schema, dict):
                continue
            for target in (schema, schema.get("items")) if schema.get("type") == "array" else (schema,):
                if isinstance(target, dict) and (fmt := _time_format(name, target)):
                    target["format"] = fmt


# --------------------------------------------------------------------------------------------
# Step 7: facts about the live server that the document contradicts
# --------------------------------------------------------------------------------------------


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


# Each entry: (fact from ../shared/API-FACTS.md, fix). Schema names are matched by pattern so a
# renamed version suffix does not silently disable the fact.
def _fact_host_id_may_be_unknown(doc: JSON) -> None:
    # "a host's `id` can be the string "unknown"".
    for _, props in _props(doc, r"BookingHost.*"):
        if "id" in props:
            _widen(props["id"], {"type": "string"})


def _fact_webhook_id_is_uuid(doc: JSON) -> None:
    # "Webhook `id` is a UUID string (the spec says number)"; its `triggers` are the trigger names
    # (the spec says objects).
    for _, props in _props(doc, r".*WebhookOutput(Dto)?"):
        if "id" in props:
            props["id"].clear()
            props["id"].update({"type": "string", "example": "2f6a1b9e-1c55-4f7e-9f0e-6d5f1f3d2c11"})
        triggers = props.get("triggers")
        if isinstance(triggers, dict) and triggers.get("items", {}).get("type") == "object":
            triggers["items"] = {"type": "string", "example": "BOOKING_CREATED"}


def _fact_booking_nullables(doc: JSON) -> None:
    # "Nullable in practice: description, location, updatedAt, rating, attendee language."
    for _, props in _props(doc, r".*Booking.*Output.*|.*Attendee.*"):
        for key in ("description", "location", "updatedAt", "rating", "language", "meetingUrl"):
            if key in props and isinstance(props[key], dict):
                _make_nullable(props[key])


def _fact_slot_items_are_objects(doc: JSON) -> None:
    # "The spec's default-format schema (array of strings) is wrong: items are objects."
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
    # list (e.g. organizations-users-bookings-controller.ts returns GetBookingsOutput_2024_08_13).
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
    # calendar (apps/api/v2/src/modules/calendars/inputs/busy-times.input.ts); the document's
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
    # (apps/api/v2/src/modules/slots/slots-2024-09-04/services/slots-output.service.ts).
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


# --------------------------------------------------------------------------------------------
# Step 8: schema names
# --------------------------------------------------------------------------------------------


def _clean_schema_name(name: str) -> str:
    return _VERSION_SUFFIX.sub("", name)


def clean_schema_names(doc: JSON) -> None:
    """Drop ``_2024_08_13``-style version suffixes from schema names.

    ``BookingOutput_2024_08_13`` becomes ``BookingOutput``. Where several schemas would take one
    name, the newest version takes it, an unversioned one (the 2024-04-15 controllers' schema)
    becomes ``<Name>Legacy``, and older versions keep their suffix. All ``$ref``s follow.
    """
    schemas = doc.get("components", {}).get("schemas", {})
    groups: dict[str, list[str]] = {}
    for name in schemas:
        groups.setdefault(_clean_schema_name(name), []).append(name)
    renames: dict[str, str] = {}
    for clean, names in groups.items():
        versioned = sorted(n for n in names if n != clean)
        if not versioned:
            continue
        newest = versioned[-1]  # suffixes are dates: the lexical order is the version order
        renames[newest] = clean
        if clean in names and f"{clean}Legacy" not in schemas:
            renames[clean] = f"{clean}Legacy"
    if not renames:
        return
    doc["components"]["schemas"] = {renames.get(n, n): s for n, s in schemas.items()}
    prefix = "#/components/schemas/"
    for node in _walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in renames:
            node["$ref"] = prefix + renames[ref[len(prefix) :]]


# --------------------------------------------------------------------------------------------
# Step 9: resource tree and method names
# --------------------------------------------------------------------------------------------

_WORD_ALIASES = {"organizations": "orgs", "organization": "orgs"}


def _tag_parts(tag: str, roots: set[str]) -> list[str]:
    """``"Orgs / Teams / Event Types"`` -> ``["orgs", "teams", "event_types"]``.

    A flat tag whose leading words name another tag's root (``"Teams Verified Resources"``)
    becomes a child of it (``["teams", "verified_resources"]``).
    """
    parts = [snake_case(p) for p in tag.split("/") if p.strip()]
    if len(parts) == 1:
        words = parts[0].split("_")
        for n in range(len(words) - 1, 0, -1):
            head = "_".join(words[:n])
            if head in roots:
                return [head, "_".join(words[n:])]
    return parts


def _norm_segment(seg: str) -> str:
    return re.sub(r"[^a-z0-9]", "", seg.lower())


def _operation_words(operation_id: str) -> str:
    """``BookingsController_2024_08_13_cancelBooking`` -> ``cancel_booking``."""
    name = _VERSION_SUFFIX.sub("", operation_id)
    name = name.split("_")[-1] if "Controller" in operation_id or "_" in name else name
    return snake_case(name)


def _singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("ses"):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def _remove_word(words: str, noun: str) -> str:
    """``get_booking_references`` without ``booking`` -> ``get_references`` (whole words only)."""
    out = re.sub(rf"(^|_){re.escape(noun)}(?=_|$)", "", words).strip("_")
    return re.sub(r"__+", "_", out)


def _strip_resource_words(words: str, resource: list[str]) -> str:
    """``cancel_booking`` in ``bookings`` -> ``cancel``; keep the name if nothing would be left."""
    last = resource[-1]
    for noun in sorted({last, _singular(last)}, key=len, reverse=True):
        stripped = _remove_word(words, noun)
        if stripped != words:
            return stripped or words
    return words


def _response_is_list(doc: JSON, op: JSON) -> bool:
    """Does the success response carry an array (directly or as its ``data``)?"""
    for code, resp in op.get("responses", {}).items():
        if not str(code).startswith("2"):
            continue
        for media in resp.get("content", {}).values():
            schema = _deref(doc, media.get("schema", {}))
            if schema.get("type") == "array":
                return True
            data = _deref(doc, schema.get("properties", {}).get("data", {}))
            if data.get("type") == "array":
                return True
    return False


def _deref(doc: JSON, schema: JSON) -> JSON:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema and seen < 20:
        name = schema["$ref"].rsplit("/", 1)[-1]
        schema = doc.get("components", {}).get("schemas", {}).get(name, {})
        seen += 1
    if isinstance(schema, dict) and len(schema.get("allOf", [])) == 1:
        return _deref(doc, schema["allOf"][0])
    return schema if isinstance(schema, dict) else {}


_PAGING_PARAMS = {"take", "skip", "limit", "offset"}


def _crud_name(doc: JSON, path: str, method: str, op: JSON, resource: list[str]) -> str | None:
    """``list/get/create/update/delete`` when the path addresses the resource itself."""
    segments = [s for s in path.split("/") if s]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    statics = [s for s in segments if not s.startswith("{")]
    if not statics or _norm_segment(statics[-1]) != _norm_segment(resource[-1]):
        return None
    # The resource segment must be the last static one: /bookings/{uid} or /bookings.
    if ends_with_param and segments[-2:-1] != [statics[-1]]:
        return None
    if method == "get":
        if ends_with_param:
            return "get"
        paged = any(p.get("name") in _PAGING_PARAMS for p in op.get("parameters", []))
        return "list" if paged or _response_is_list(doc, op) else "get"
    if method == "post" and not ends_with_param:
        return "create"
    if method in ("patch", "put"):
        return "update"
    if method == "delete":
        return "delete"
    return None


def _resource_nouns(resource: list[str]) -> list[str]:
    nouns: set[str] = set()
    for part in resource:
        for alias in (part, *(k for k, v in _WORD_ALIASES.items() if v == part)):
            nouns.update({alias, _singular(alias)})
    return sorted(nouns, key=len, reverse=True)


def _strip_nouns(words: str, resource: list[str]) -> str:
    """``delete_all_event_type_webhooks`` in ``event_types.webhooks`` -> ``delete_all``."""
    out = words
    for noun in _resource_nouns(resource):
        out = _remove_word(out, noun)
    return out or words


def _candidates(doc: JSON, path: str, method: str, op: JSON, resource: list[str]) -> list[str]:
    words = _operation_words(op.get("operationId") or f"{method}_{path}")
    names = [
        _crud_name(doc, path, method, op, resource),
        _strip_nouns(words, resource),
        _strip_resource_words(words, resource),
        words,
    ]
    out: list[str] = []
    for n in names:
        if n and n not in out:
            out.append(f"{n}_" if n in _PY_RESERVED else n)
    return out


def assign_resource_names(doc: JSON) -> None:
    """Give each operation a resource path and a method name, and a matching clean operationId.

    Tags give the resource tree (``"Orgs / Teams / Event Types"`` -> ``orgs.teams.event_types``);
    the HTTP shape gives ``list/get/create/update/delete`` where the path addresses the resource
    itself; anything else is named from its operationId without controller prefix, version or the
    resource's own noun (``BookingsController_2024_08_13_cancelBooking`` -> ``cancel``). When
    names collide within a resource, the operation with the most path parameters (the canonical
    one: ``/teams/{teamId}/event-types`` over ``/teams/event-types``) keeps it and the others
    fall back to longer names. The operationId becomes ``<resource>_<method>``, which names
    generated modules and inline models readably (``BookingsListStatusItem``).
    """
    ops = [(p, m, op) for p, m, op in iter_operations(doc) if not (X_METHOD in op and X_RESOURCE in op)]
    if not ops:
        return
    roots = {_tag_parts((op.get("tags") or ["default"])[0], set())[0] for _, _, op in iter_operations(doc)}
    entries: list[dict[str, Any]] = []
    for path, method, op in ops:
        resource = _tag_parts((op.get("tags") or ["default"])[0], roots)
        entries.append(
            {
                "op": op,
                "resource": resource,
                "cands": _candidates(doc, path, method, op, resource),
                "level": 0,
                "depth": len(_PATH_VAR.findall(path)),
            }
        )
    fixed: set[tuple[str, ...]] = {
        (*op[X_RESOURCE], op[X_METHOD])
        for _, _, op in iter_operations(doc)
        if X_METHOD in op and X_RESOURCE in op
    }

    def key(e: dict[str, Any]) -> tuple[str, ...]:
        level = min(e["level"], len(e["cands"]) - 1)
        return (*e["resource"], e["cands"][level])

    for _ in range(10):
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for e in entries:
            groups.setdefault(key(e), []).append(e)
        clashes = [g for k, g in groups.items() if len(g) > 1 or k in fixed]
        clashes = [g for g in clashes if any(e["level"] < len(e["cands"]) - 1 for e in g)]
        if not clashes:
            break
        for group in clashes:
            deepest = max(e["depth"] for e in group)
            keep = [e for e in group if e["depth"] == deepest]
            winner = keep[0] if len(keep) == 1 and key(keep[0]) not in fixed else None
            for e in group:
                if e is not winner and e["level"] < len(e["cands"]) - 1:
                    e["level"] += 1
    counts: Counter[tuple[str, ...]] = Counter(fixed)
    for e in entries:
        base = key(e)
        final = base
        n = 2
        while counts[final]:
            final = (*base[:-1], f"{base[-1]}_{n}")
            n += 1
        counts[final] += 1
        op = e["op"]
        op.setdefault(X_ORIGINAL_ID, op.get("operationId"))
        op[X_RESOURCE] = e["resource"]
        op[X_METHOD] = final[-1]
        op["operationId"] = "_".join(final)
        op["tags"] = ["_".join(e["resource"])]


_PY_RESERVED = {"import", "from", "class", "def", "return", "del", "global", "with", "for", "in", "is"}


# --------------------------------------------------------------------------------------------
# The pipeline
# --------------------------------------------------------------------------------------------

STEPS: tuple[Callable[[JSON], None], ...] = (
    declare_path_parameters,
    add_missing_array_items,
    repair_dangling_refs,
    repair_enums,
    lift_auth_headers,
    pin_api_versions,
    type_untyped_parameters,
    type_scalar_objects,
    untype_self_referencing_data,
    integer_counts_and_ids,
    apply_server_facts,
    time_formats,
    clean_schema_names,
    assign_resource_names,
)


def normalize(doc: JSON) -> JSON:
    """Return a normalised deep copy of ``doc``; ``normalize(normalize(d)) == normalize(d)``."""
    out = copy.deepcopy(doc)
    for step in STEPS:
        step(out)
    out.setdefault("servers", [])
    if not out["servers"]:
        out["servers"] = [{"url": "https://api.cal.com"}]
    return out
