"""What every stage of the spec pipeline shares about the OpenAPI document.

Spec repair, the server facts, SDK naming and the generator all walk the same JSON tree and pass
the same vendor extensions along; they take both from here so that no stage depends on another
for them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

JSON = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")

# How a reference to a component schema starts: ``#/components/schemas/<name>``.
SCHEMA_REF = "#/components/schemas/"

# A variable of a path template: ``/v2/bookings/{bookingUid}`` -> ``bookingUid``.
PATH_VAR = re.compile(r"{([^}]+)}")

# Vendor extensions written by the normalisation and read by the generator.
X_API_VERSION = "x-cal-api-version"
X_AUTH = "x-cal-auth"
X_RESOURCE = "x-cal-resource"
X_METHOD = "x-cal-method"
X_ORIGINAL_ID = "x-cal-original-operation-id"
# On an operation whose server may answer {"status": "success"} without ``data`` (its result is None).
X_DATA_MAY_BE_ABSENT = "x-cal-data-may-be-absent"


def iter_operations(doc: JSON) -> Iterator[tuple[str, str, JSON]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                yield path, method, op


def walk(node: Any) -> Iterator[JSON]:
    """Yield every dict in a JSON tree (depth first)."""
    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, dict):
            yield cur
            stack.extend(cur.values())
        elif isinstance(cur, list):
            stack.extend(cur)
