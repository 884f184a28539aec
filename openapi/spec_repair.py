"""Repair the defects of the official Cal.com OpenAPI document, one class of defect per step.

The document served at ``/v2/docs-json`` has defects that make openapi-python-client drop
operations, demand auth headers on every call, or type values wrongly (see
``../shared/openapi/README.md``). Each public function here repairs one class of defect, and
:data:`openapi.normalize.STEPS` runs them in order. Every step:

* mutates the document it is given (``normalize`` deep-copies first),
* is idempotent (running the pipeline twice changes nothing the second time),
* derives its fix from the document's structure, never from a list of paths, so it keeps
  working on future versions of the document.

Where the live server contradicts the document on one specific operation or schema, the fix is a
server fact (``server_facts.py``), not a step here.
"""

from __future__ import annotations

import copy
import re
from collections import Counter
from typing import Any

from .document import HTTP_METHODS, JSON, PATH_VAR, SCHEMA_REF, X_API_VERSION, X_AUTH, iter_operations, walk

# Header parameters that are credentials: the client injects them, callers never pass them.
AUTH_HEADERS = ("Authorization", "x-cal-client-id", "x-cal-secret-key")
VERSION_HEADER = "cal-api-version"


# --------------------------------------------------------------------------------------------
# path parameters
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
        template_vars = PATH_VAR.findall(path)
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
# arrays without items, references to nothing
# --------------------------------------------------------------------------------------------


def add_missing_array_items(doc: JSON) -> None:
    """Give every ``type: array`` schema without ``items`` an ``items: {}`` (any value).

    The generator drops every response that reaches such a schema (``ScheduleOutput``'s
    ``availability`` reaches twelve of them).
    """
    for node in walk(doc):
        if node.get("type") == "array" and "items" not in node and "prefixItems" not in node:
            node["items"] = {}


def repair_dangling_refs(doc: JSON) -> None:
    """Replace ``$ref``s to schemas the document does not define.

    Older documents reference schemas that were renamed away (``Output``); the generator then
    drops every model and operation that reaches them. In a ``oneOf``/``anyOf`` the dangling
    variant is removed; elsewhere the reference becomes "any value".
    """
    defined = set(doc.get("components", {}).get("schemas", {}))

    def dangling(node: Any) -> bool:
        ref = node.get("$ref") if isinstance(node, dict) else None
        return isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF) :] not in defined

    for node in walk(doc):
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
# malformed enums
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


_JS_REGEX_LITERAL = re.compile(r"/(.+)/[dgimsuvy]*")


def repair_patterns(doc: JSON) -> None:
    """Make every ``pattern`` a regular expression its own schema agrees with, or drop it.

    The document prints some patterns as JavaScript regular expression literals
    (``"/^\\+[1-9]\\d{1,14}$/"``: its source is kept) and some as the name of the constant the
    server's DTO uses (``"TIME_FORMAT_HH_MM"``, which refuses the schema's own example ``"08:00"``).
    A validator taking the document at its word would refuse every real value; a pattern that does
    not compile, or that the schema's own example does not match, says nothing true and is removed.
    """
    for node in walk(doc):
        pattern = node.get("pattern")
        if not isinstance(pattern, str):
            continue
        literal = _JS_REGEX_LITERAL.fullmatch(pattern)
        source = literal.group(1) if literal else pattern
        try:
            compiled = re.compile(source)
        except re.error:
            del node["pattern"]
            continue
        example = node.get("example")
        if isinstance(example, str) and compiled.search(example) is None:
            del node["pattern"]
        else:
            node["pattern"] = source


def repair_enums(doc: JSON) -> None:
    """Flatten nested enum lists, drop duplicates and nulls, and make ``type`` match the values.

    Seen: ``{"type": "object", "enum": [["beforeEvent", ...]]}`` — an array of strings passed
    where the values belong; and ``{"type": "string", "enum": [...], "example": ["A", "B"]}`` for
    a field that is an array of those values.
    """
    for node in walk(doc):
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
# auth headers
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
# cal-api-version
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


# --------------------------------------------------------------------------------------------
# missing or impossible types
# --------------------------------------------------------------------------------------------


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
    for node in walk(doc.get("components", {}).get("schemas", {})):
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
    for name, schema in doc.get("components", {}).get("schemas", {}).items():
        props = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(props, dict) or not isinstance(props.get("data"), dict):
            continue
        data = props["data"]
        refs = [data] + [v for k in ("allOf", "oneOf", "anyOf") for v in data.get(k, [])]
        if any(isinstance(r, dict) and r.get("$ref") == SCHEMA_REF + name for r in refs):
            props["data"] = {k: v for k, v in data.items() if k in ("description", "nullable")}


# --------------------------------------------------------------------------------------------
# integers
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
    for node in walk(doc.get("components", {}).get("schemas", {})):
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


# --------------------------------------------------------------------------------------------
# query lists and query ids
# --------------------------------------------------------------------------------------------

_COMMA_LIST = re.compile(r"separated (by|with) (a )?comma", re.IGNORECASE)


def comma_separated_query_lists(doc: JSON) -> None:
    """Query parameters the document describes as comma-separated lists are lists sent so.

    ``eventTypeIds`` is declared ``type: string`` and described "Event type ids must be separated
    by a comma"; the server splits the text on commas and parses each id as a number
    (``GetBookingsInput_2024_08_13`` in calcom/cal.com
    ``packages/platform/types/bookings/2024-08-13/inputs/get-bookings.input.ts``). Such a
    parameter becomes an array sent in the document's own comma form (``style: form``,
    ``explode: false``), of integers when its name says ids (``...Ids``), so callers pass
    ``[1, 2]`` instead of building ``"1,2"``. An integer ``...Id`` query filter typed ``string``
    (``eventTypeId`` of the booking lists: ``@Type(() => Number) @IsInt()`` there) is an integer
    when the same name is an integer path parameter elsewhere in the document.
    """
    integer_path_names = {
        p.get("name")
        for _, _, op in iter_operations(doc)
        for p in op.get("parameters", [])
        if p.get("in") == "path"
        and isinstance(p.get("schema"), dict)
        and p["schema"].get("type") == "integer"
    }
    for _, _, op in iter_operations(doc):
        for p in op.get("parameters", []):
            schema = p.get("schema")
            if p.get("in") != "query" or not isinstance(schema, dict):
                continue
            name = str(p.get("name", ""))
            if _COMMA_LIST.search(str(p.get("description") or "")) and schema.get("type") in (
                "string",
                "array",
            ):
                if schema.get("type") == "string" and "enum" not in schema:
                    items = "integer" if name.endswith("Ids") else "string"
                    p["schema"] = {"type": "array", "items": {"type": items}}
                p["style"], p["explode"] = "form", False
            elif (
                schema.get("type") == "string"
                and name in integer_path_names
                and "enum" not in schema
                and "format" not in schema
            ):
                schema["type"] = "integer"


# --------------------------------------------------------------------------------------------
# time formats
# --------------------------------------------------------------------------------------------

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
    for node in walk(doc.get("components", {}).get("schemas", {})):
        props = node.get("properties")
        if not isinstance(props, dict):
            continue
        for name, schema in props.items():
            if not isinstance(schema, dict):
                continue
            for target in (schema, schema.get("items")) if schema.get("type") == "array" else (schema,):
                if isinstance(target, dict) and (fmt := _time_format(name, target)):
                    target["format"] = fmt
