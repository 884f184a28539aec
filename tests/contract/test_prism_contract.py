"""Every operation, called through its typed resource method, against Prism mocking the official
document (static mode: Prism answers from the document's own examples).

An operation *conforms* when Prism accepted the request (no 422, no request entry in
``sl-violations``) and the SDK turned the response into the declared typed objects (every
property of every model read without error, models where models are declared).

The operations that do not conform are listed below, each with why, in two groups. The suite
asserts that the failing set is exactly their union, so a fix (or a regression) shows up here.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from cal_async._generated.operations import OPERATIONS
from cal_async._operation import Operation
from openapi.document import SCHEMA_REF, iter_operations, walk
from openapi.server_facts import WRONG_SHAPE, load_facts
from tests.conftest import CURRENT_SPEC

from .calls import READ_REFUSED, SUMMARY, Outcome, call_operation
from .instances import InstanceGenerator

TOTAL = len(OPERATIONS)

_NO_BODY = "spec omission: no 200 body declared for a paged operation (Prism answers an empty body)"
_TRIGGERS = (
    "spec self-contradictory: `triggers` is declared `type: string` with an enum, while its own "
    "example is an array (with values outside that enum); the server takes an array (API-FACTS), "
    "which the SDK sends, so Prism answers 422 'triggers must be string'"
)
_PHONE = (
    "spec self-contradictory: `yourPhoneNumber`/`numberToCall` carry pattern "
    "'/^\\+[1-9]\\d{1,14}$/' with the JavaScript regex slashes inside the string, which no value "
    "can match (a '/' before '^')"
)


def _server_shapes() -> dict[str, tuple[str, str]]:
    """Operations whose document-declared answer has a shape the server facts correct
    (openapi/server_facts.json): Prism answers the document's shape, which the SDK refuses."""
    if not CURRENT_SPEC.is_file():
        return {}
    doc = json.loads(CURRENT_SPEC.read_text())
    schemas = doc["components"]["schemas"]
    facts = [f for f in load_facts().facts if f.kind == WRONG_SHAPE]
    shaped = {f.target[0]: str(f) for f in facts}
    # A list whose envelope declares one object is refused while paging, before any item is read.
    lists = {f.target[0] for f in facts if f.target[1] == "data" and (f.value or {}).get("type") == "array"}
    found: dict[str, tuple[str, str]] = {}
    for _, _, op in iter_operations(doc):
        ok = [r for code, r in op.get("responses", {}).items() if code.startswith("2")]
        seen: set[str] = set()
        todo = [node for r in ok for node in walk(r)]
        while todo:
            ref = todo.pop().get("$ref")
            name = ref[len(SCHEMA_REF) :] if isinstance(ref, str) else None
            if name is not None and name not in seen and name in schemas:
                seen.add(name)
                todo.extend(walk(schemas[name]))
        names = sorted(shaped[n] for n in seen & shaped.keys())
        if names:
            prefix = "ResponseValidationError" if seen & lists else READ_REFUSED
            found[op["operationId"]] = (prefix, "the server sends another shape (" + "; ".join(names) + ")")
    return found


#: Operations no correct client can pass against Prism, because the document contradicts itself.
SPEC_CONTRADICTIONS: dict[str, tuple[str, str]] = {
    # (expected start of the failure, why)
    "BookingsController_2024_08_13_createBooking": (
        "Prism rejected the request",
        "spec self-contradictory: the body is `oneOf` CreateBookingInput / CreateInstantBookingInput / "
        "CreateRecurringBookingInput with no `additionalProperties: false`; the recurring variant "
        "requires nothing the plain one lacks and the instant one only adds `instant`, so every body "
        "matches at least two variants and `oneOf` ('exactly one') can never hold",
    ),
    "WebhooksController_createWebhook": ("Prism rejected the request", _TRIGGERS),
    "EventTypeWebhooksController_createEventTypeWebhook": ("Prism rejected the request", _TRIGGERS),
    "OrganizationsWebhooksController_createOrganizationWebhook": ("Prism rejected the request", _TRIGGERS),
    "OAuthClientWebhooksController_createOAuthClientWebhook": ("Prism rejected the request", _TRIGGERS),
    "OrganizationsConferencingController_getTeamDefaultApp": (
        "Prism rejected the request",
        "spec self-contradictory: declares a required path parameter `app` that the path "
        "/v2/organizations/{orgId}/teams/{teamId}/conferencing/default does not contain",
    ),
    "OrganizationsEventTypesController_createPhoneCall": ("Prism rejected the request", _PHONE),
    "TeamsEventTypesController_createPhoneCall": (
        "Prism rejected the request",
        _PHONE + "; it also declares a required path parameter `orgId` absent from /v2/teams/{teamId}/...",
    ),
    # The document declares no 200 body for three paged operations; the server answers
    # {status, data: [...]} (organizations-users-bookings-controller.ts returns
    # GetBookingsOutput_2024_08_13), so the SDK reads an envelope and refuses Prism's empty answer.
    "OrganizationsUsersBookingsController_getOrganizationUserBookings": ("ResponseValidationError", _NO_BODY),
    "OrganizationsUsersOOOController_getOrganizationUsersOOO": ("ResponseValidationError", _NO_BODY),
    "OrganizationsUsersOOOController_getOrganizationUserOOO": ("ResponseValidationError", _NO_BODY),
    # The server reads calendarsToLoad[i][credentialId|externalId] (busy-times.input.ts,
    # API-FACTS) and rejects the document's top-level credentialId/externalId, so the SDK sends
    # what the server reads and Prism (the document) refuses it.
    "CalendarsController_getBusyTimes": (
        "Prism rejected the request",
        "server differs from the document: busy times take calendarsToLoad[i][...], not top-level ids",
    ),
    "OrganizationTeamWorkflowsController_createWorkflow": (
        "Prism rejected the request",
        "spec self-contradictory: `trigger` is a `oneOf` of twelve DTOs, five of which "
        "(OnRejected/OnRequested/OnPaid/OnPaymentInitiated/OnNoShowUpdate) accept any string `type` "
        "(no enum), so every trigger matches several variants; and `WorkflowTriggerOffsetDto.unit` is "
        "`type: object` with a string enum, which no value satisfies",
    ),
    **_server_shapes(),
}

#: Operations that fail because of an SDK or generator defect, with the failure's start and why.
#: Empty since the normalisation types scalar "objects" from their examples, untypes
#: self-referencing envelopes, and oneOf list variants are chosen by their items; a defect found
#: later is listed here until it is fixed.
SDK_DEFECTS: dict[str, tuple[str, str]] = {}

_WEBHOOK_ID = (
    "webhook `id`: the SDK declares str (the server sends UUIDs, API-FACTS); the document says number"
)
_SLOT_DURATION = "slotDuration: type number, but the document's example is the string '30'"
#: Values whose type differs from the SDK's declaration: reading them raises ResponseValidationError
#: (a read never returns a value of another type than its annotation), so these cannot conform.
SCALAR_TYPE_NOTES: dict[str, str] = {
    **{
        op: _WEBHOOK_ID
        for op in (
            "WebhooksController_getWebhook",
            "WebhooksController_getWebhooks",
            "WebhooksController_updateWebhook",
            "WebhooksController_deleteWebhook",
            "EventTypeWebhooksController_getEventTypeWebhook",
            "EventTypeWebhooksController_getEventTypeWebhooks",
            "EventTypeWebhooksController_updateEventTypeWebhook",
            "EventTypeWebhooksController_deleteEventTypeWebhook",
            "OrganizationsWebhooksController_getOrganizationWebhook",
            "OrganizationsWebhooksController_getAllOrganizationWebhooks",
            "OrganizationsWebhooksController_updateOrgWebhook",
            "OrganizationsWebhooksController_deleteWebhook",
            "OAuthClientWebhooksController_getOAuthClientWebhook",
            "OAuthClientWebhooksController_getOAuthClientWebhooks",
            "OAuthClientWebhooksController_updateOAuthClientWebhook",
            "OAuthClientWebhooksController_deleteOAuthClientWebhook",
        )
    },
    **{
        op: "WorkflowStepOutputDto.email: type string, but the document's example is the number 31214"
        for op in (
            "OrganizationTeamWorkflowsController_getWorkflowById",
            "OrganizationTeamWorkflowsController_getWorkflows",
            "OrganizationTeamWorkflowsController_updateWorkflow",
        )
    },
    "SlotsController_2024_09_04_reserveSlot": _SLOT_DURATION,
    "SlotsController_2024_09_04_updateReservedSlot": _SLOT_DURATION,
    "OrganizationsAttributesOptionsController_getOrganizationAttributeAssignedOptions": (
        "assignedUserIds: items declared string, example [124, 224]"
    ),
    "OrganizationsAttributesOptionsController_getOrganizationAttributeAssignedOptionsBySlug": (
        "assignedUserIds: items declared string, example [124, 224]"
    ),
}

#: Outcomes of this session, by operation id (the summary completes it when tests were deselected).
RESULTS: dict[str, Outcome] = {}


def test_known_lists_name_real_operations() -> None:
    ids = {info.operation_id for info in OPERATIONS}
    assert TOTAL == 230
    assert not set(SPEC_CONTRADICTIONS) & set(SDK_DEFECTS)
    assert not (set(SPEC_CONTRADICTIONS) | set(SDK_DEFECTS)) & set(SCALAR_TYPE_NOTES)
    for listed in (SPEC_CONTRADICTIONS, SDK_DEFECTS, SCALAR_TYPE_NOTES):
        assert set(listed) <= ids, set(listed) - ids


@pytest.mark.parametrize("info", OPERATIONS, ids=[o.operation_id for o in OPERATIONS])
async def test_operation_against_prism(
    prism_static: str, generator: InstanceGenerator, spec_ops: dict[str, Any], info: Operation[Any]
) -> None:
    outcome = await call_operation(prism_static, generator, info, spec_ops[info.operation_id])
    RESULTS[info.operation_id] = outcome
    known = SPEC_CONTRADICTIONS.get(info.operation_id) or SDK_DEFECTS.get(info.operation_id)
    if info.operation_id in SCALAR_TYPE_NOTES:
        known = (READ_REFUSED, SCALAR_TYPE_NOTES[info.operation_id])
    if known is None:
        assert outcome.conforms, f"{info.resource}.{info.method}: {outcome.reason}"
        return
    prefix, why = known
    assert not outcome.conforms, f"{info.operation_id} conforms now: remove it from the known list ({why})"
    assert outcome.reason.startswith(prefix), f"{info.operation_id} fails differently: {outcome.reason}"


async def test_conformance_summary(
    prism_static: str, generator: InstanceGenerator, spec_ops: dict[str, Any]
) -> None:
    for info in OPERATIONS:  # operations whose own test was deselected or has not run
        if info.operation_id not in RESULTS:
            RESULTS[info.operation_id] = await call_operation(
                prism_static, generator, info, spec_ops[info.operation_id]
            )
    conforming = sum(1 for o in RESULTS.values() if o.conforms)
    failing = {op for op, o in RESULTS.items() if not o.conforms}
    response_violations = sum(1 for o in RESULTS.values() if o.response_violations)
    SUMMARY.append(f"{conforming}/{TOTAL} operations conform")
    SUMMARY.append(
        f"  {len(SPEC_CONTRADICTIONS)} cannot pass against the document (it contradicts itself, omits "
        "a body, or the server differs from it); "
        f"{len(SDK_DEFECTS)} fail on SDK defects (listed in tests/contract/test_prism_contract.py)"
    )
    for op in sorted(failing):
        SUMMARY.append(f"  - {op}: {RESULTS[op].reason[:160]}")
    SUMMARY.append(
        f"  {response_violations} operations: Prism's own example violates the document's schema "
        "(response entries in sl-violations; the SDK still parsed them)"
    )
    SUMMARY.append(
        f"  {len(SCALAR_TYPE_NOTES)} operations: a value of another type than declared, refused on read "
        "with ResponseValidationError (listed with the reason)"
    )
    print("\n".join(SUMMARY))
    assert failing == set(SPEC_CONTRADICTIONS) | set(SDK_DEFECTS) | set(SCALAR_TYPE_NOTES)
