"""Robustness: the main list/get operations parse Prism's *random*, schema-valid responses.

Prism's dynamic mode (``--dynamic --seed N``) generates each response with json-schema-faker
from the schema instead of returning the examples: wrong-looking but schema-valid strings,
negative fractional "ids", empty lists, every ``oneOf`` variant. A response is the same for the
same request under one seed, so robustness comes from several seeds (one Prism each).

Prism is given the official document with two repairs that do not widen what it may send (every
response stays valid for the official document):

* ``add_missing_array_items`` (the SDK's own normalisation step): ``ScheduleOutput.availability``
  is an array without ``items``;
* ``minProperties: 1`` on property-less ``type: object`` schemas: json-schema-faker 0.5 crashes
  ("Cannot read properties of undefined (reading 'items')" in ``shouldClean``) when an empty
  object sits inside an array under a ``oneOf``, which every booking list hits.

``slots.get_reserved`` is left out: its response schema refers to itself (see SDK_DEFECTS in
``test_prism_contract.py``) and json-schema-faker recurses until Node's stack overflows, killing
Prism.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from cal_async._generated.operations import OPERATIONS
from openapi.spec_repair import add_missing_array_items

from .calls import READ_REFUSED, SUMMARY, Outcome, call_operation
from .instances import InstanceGenerator
from .prism import run_prism

SEEDS = ("1", "2", "3", "4", "5", "6")
MAIN_OPERATIONS = (
    ("bookings", "list"),
    ("bookings", "get"),
    ("slots", "get"),
    ("event_types", "list"),
    ("event_types", "get"),
    ("schedules", "list"),
    ("schedules", "get"),
    ("schedules", "get_default"),
    ("webhooks", "list"),
    ("webhooks", "get"),
    ("me", "get"),
    ("teams", "list"),
    ("teams", "get"),
)

#: (seed, "resource.method") -> why it fails. Each is an SDK defect: fix it, then delete the entry.
#: (seed, operation) pairs whose random response does not parse, with why. Empty since oneOf list
#: variants are chosen by their items (list[A] no longer swallows list[B]).
KNOWN_FAILURES: dict[tuple[str, str], str] = {}


def _prism_document(raw: dict[str, Any]) -> dict[str, Any]:
    doc = json.loads(json.dumps(raw))
    add_missing_array_items(doc)
    stack: list[Any] = [doc]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if node.get("type") == "object" and not node.get("properties") and "minProperties" not in node:
                node["minProperties"] = 1
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return doc


@pytest.fixture(scope="module")
def dynamic_document(
    prism_ready: Path, raw_spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    path = tmp_path_factory.mktemp("prism-dynamic") / "cal-api-v2-dynamic.json"
    path.write_text(json.dumps(_prism_document(raw_spec)))
    return path


@pytest.fixture(scope="module", params=SEEDS, ids=[f"seed{s}" for s in SEEDS])
def prism_dynamic(request: pytest.FixtureRequest, dynamic_document: Path) -> Iterator[tuple[str, str]]:
    seed: str = request.param
    log = dynamic_document.parent / f"dynamic-{seed}.log"
    with run_prism(dynamic_document, log, dynamic=True, seed=seed) as base_url:
        yield seed, base_url


def _refused(outcome: Outcome) -> bool:
    """Refused with the typed error: on reading a field, or the body's shape on the call itself
    (the raw document describes GET /v2/slots's body without the envelope the server sends)."""
    return outcome.reason.startswith((READ_REFUSED, "ResponseValidationError:"))


_INFOS = {(o.resource, o.method): o for o in OPERATIONS}
_OUTCOMES: dict[tuple[str, str], Outcome] = {}


@pytest.mark.parametrize("resource,method", MAIN_OPERATIONS, ids=[f"{r}.{m}" for r, m in MAIN_OPERATIONS])
async def test_random_responses_parse(
    prism_dynamic: tuple[str, str],
    generator: InstanceGenerator,
    spec_ops: dict[str, Any],
    resource: str,
    method: str,
) -> None:
    seed, base_url = prism_dynamic
    info = _INFOS[(resource, method)]
    outcome = await call_operation(base_url, generator, info, spec_ops[info.operation_id])
    name = f"{resource}.{method}"
    _OUTCOMES[(seed, name)] = outcome
    known = KNOWN_FAILURES.get((seed, name))
    if known is None:
        assert outcome.status is not None and outcome.status < 300, outcome.reason
        # Random values follow the raw document (ids as floats, strings for times): a read either
        # returns the annotated type or refuses the value with ResponseValidationError.
        assert outcome.conforms or _refused(outcome), f"seed {seed}, {name}: {outcome.reason}"
    else:
        assert not outcome.conforms, f"seed {seed}, {name} parses now: remove it from KNOWN_FAILURES"
    if len(_OUTCOMES) == len(SEEDS) * len(MAIN_OPERATIONS):
        ok = sum(1 for o in _OUTCOMES.values() if o.conforms)
        refused = sum(1 for o in _OUTCOMES.values() if _refused(o))
        SUMMARY.append(
            f"dynamic mode: {len(_OUTCOMES)} random responses: {ok} parsed whole, {refused} refused a "
            f"value with ResponseValidationError, {len(_OUTCOMES) - ok - refused} other "
            f"({len(MAIN_OPERATIONS)} operations x {len(SEEDS)} seeds; "
            f"known SDK defects: {len(KNOWN_FAILURES)})"
        )
