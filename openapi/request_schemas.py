"""What each operation takes, in the normalised document's own schemas: the data ``cal_async.mcp``
builds its tools' input schemas from (``request_schemas.json`` beside the generated code).

The operation descriptions (``Operation.params``) say where each argument goes and whether it is
required, but not its JSON type, format, bounds or description, nor the shape of a request body;
the document says all of that, repaired by the normalisation (integer ids, time formats, enums,
the server facts), which is also where the SDK's typed request models come from. So the schemas are
carried as data, keyed by operation name (``bookings.cancel``), each with the component schemas
its ``$ref``s reach. Pure functions: ``generate.py`` writes the file.
"""

from __future__ import annotations

import json

from .document import JSON, SCHEMA_REF, X_METHOD, X_RESOURCE, iter_operations, walk

__all__ = ["FILENAME", "dump", "request_schemas"]

FILENAME = "request_schemas.json"
# What a parameter says about its value besides its schema (where it goes is the operation's).
_PARAMETER_FACTS = ("description", "example", "deprecated")


def request_schemas(doc: JSON) -> JSON:
    """``{"operations": {name: {"parameters": {key: {...}}, "body": {...}}}, "components": {...}}``.

    A parameter carries its ``schema`` and, when the document gives them, its ``description``,
    ``example`` and ``deprecated``; a body its JSON ``schema``, ``description`` and ``required``.
    ``components`` holds every component schema those reach, directly or through others.
    """
    operations: JSON = {}
    for _path, _method, op in iter_operations(doc):
        name = ".".join(op[X_RESOURCE]) + "." + op[X_METHOD]
        parameters: JSON = {}
        for param in op.get("parameters", []):
            entry = {"schema": param.get("schema", {})}
            entry.update((fact, param[fact]) for fact in _PARAMETER_FACTS if fact in param)
            parameters[param["name"]] = entry
        taken: JSON = {"parameters": parameters}
        request_body = op.get("requestBody")
        if isinstance(request_body, dict):
            schema = request_body.get("content", {}).get("application/json", {}).get("schema", {})
            body = {"schema": schema, "required": request_body.get("required") is True}
            if request_body.get("description"):
                body["description"] = request_body["description"]
            taken["body"] = body
        operations[name] = taken
    return {"operations": operations, "components": _reached(doc, operations)}


def _reached(doc: JSON, roots: object) -> JSON:
    """The component schemas ``roots`` refer to, and the ones those refer to, by name."""
    schemas: JSON = doc.get("components", {}).get("schemas", {})
    found: JSON = {}
    pending = [roots]
    while pending:
        for node in walk(pending.pop()):
            ref = node.get("$ref")
            if not isinstance(ref, str):
                continue
            if not ref.startswith(SCHEMA_REF) or ref[len(SCHEMA_REF) :] not in schemas:
                raise ValueError(f"a request schema refers to {ref!r}, which is no component schema")
            name = ref[len(SCHEMA_REF) :]
            if name not in found:
                found[name] = schemas[name]
                pending.append(schemas[name])
    return {name: found[name] for name in sorted(found)}


def dump(data: JSON) -> str:
    """The file's text: sorted keys, so that a regeneration changes no byte."""
    text: str = json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)
    return text + "\n"
