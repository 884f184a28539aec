"""Name the SDK: Python names for schemas, resources and methods.

The document's names are the server's internals: ``BookingOutput_2024_08_13`` for a schema,
``BookingsController_2024_08_13_cancelBooking`` for an operation. These steps, run last by
:data:`openapi.normalize.STEPS` on the repaired document, choose what SDK users write instead
(``BookingOutput``, ``cal.bookings.cancel``) and record it in the document for the generator
(``x-cal-resource``, ``x-cal-method`` and a readable ``operationId``). They repair nothing: a
naming choice lives here, a spec defect in ``spec_repair.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .document import JSON, PATH_VAR, SCHEMA_REF, X_METHOD, X_ORIGINAL_ID, X_RESOURCE, iter_operations, walk

_VERSION_SUFFIX = re.compile(r"_(\d{4})_(\d{2})_(\d{2})")


def snake_case(name: str) -> str:
    """``eventTypeId`` -> ``event_type_id``; ``Event Types`` -> ``event_types``."""
    name = name.replace("OAuth", "Oauth")
    name = re.sub(r"[^0-9A-Za-z]+", " ", name).strip()
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return "_".join(w.lower() for w in name.split())


# --------------------------------------------------------------------------------------------
# schema names
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
    for node in walk(doc):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF) and ref[len(SCHEMA_REF) :] in renames:
            node["$ref"] = SCHEMA_REF + renames[ref[len(SCHEMA_REF) :]]


# --------------------------------------------------------------------------------------------
# resource tree and method names
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
                "depth": len(PATH_VAR.findall(path)),
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
