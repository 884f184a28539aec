"""Each normalisation step on a small inline fragment, and the pipeline on real documents."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from openapi.document import (
    PATH_VAR,
    X_API_VERSION,
    X_AUTH,
    X_DATA_MAY_BE_ABSENT,
    X_METHOD,
    X_RESOURCE,
    iter_operations,
)
from openapi.normalize import normalize
from openapi.sdk_naming import assign_resource_names, clean_schema_names
from openapi.server_facts import (
    MAY_BE_ABSENT,
    NULLABLE,
    RESULT_MAY_BE_NULL,
    RESULT_MAY_LACK_DATA,
    RESULT_NEVER_NULL,
    WRONG_SHAPE,
    Fact,
    ServerFacts,
    apply_facts,
    apply_server_facts,
    audit,
)
from openapi.spec_repair import (
    add_missing_array_items,
    declare_path_parameters,
    integer_counts_and_ids,
    lift_auth_headers,
    pin_api_versions,
    repair_dangling_refs,
    repair_enums,
    repair_patterns,
    time_formats,
    type_scalar_objects,
    type_untyped_parameters,
    untype_self_referencing_data,
)
from tests.conftest import SHARED_SPECS, require_spec


def _doc(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.0.0", "paths": paths, "components": {"schemas": schemas or {}}}


def _op(**kw: Any) -> dict[str, Any]:
    return {"responses": {"200": {"description": "ok"}}, **kw}


def test_declare_path_parameters_adds_missing_with_schema_seen_elsewhere() -> None:
    doc = _doc(
        {
            "/v2/orgs/{orgId}/teams/{teamId}": {
                "get": _op(
                    parameters=[
                        {"name": "teamId", "in": "path", "required": True, "schema": {"type": "number"}}
                    ]
                )
            },
            "/v2/orgs/{orgId}": {
                "get": _op(
                    parameters=[
                        {"name": "orgId", "in": "path", "required": True, "schema": {"type": "number"}}
                    ]
                )
            },
        }
    )
    declare_path_parameters(doc)
    params = doc["paths"]["/v2/orgs/{orgId}/teams/{teamId}"]["get"]["parameters"]
    assert [p["name"] for p in params] == ["orgId", "teamId"]  # URL order: positional args
    assert params[0]["schema"] == {"type": "number"} and params[0]["required"] is True


def test_declare_path_parameters_drops_names_the_template_lacks() -> None:
    doc = _doc(
        {
            "/v2/teams/{teamId}/call": {
                "post": _op(
                    parameters=[
                        {"name": "orgId", "in": "path", "required": True, "schema": {"type": "number"}},
                        {"name": "q", "in": "query", "schema": {"type": "string"}},
                    ]
                )
            }
        }
    )
    declare_path_parameters(doc)
    params = doc["paths"]["/v2/teams/{teamId}/call"]["post"]["parameters"]
    assert [(p["name"], p["in"]) for p in params] == [("teamId", "path"), ("q", "query")]
    assert params[0]["schema"] == {"type": "string"}  # name seen nowhere else


def test_add_missing_array_items() -> None:
    doc = _doc(
        {},
        {
            "S": {
                "type": "object",
                "properties": {"a": {"type": "array"}, "b": {"type": "array", "items": {"type": "string"}}},
            }
        },
    )
    add_missing_array_items(doc)
    props = doc["components"]["schemas"]["S"]["properties"]
    assert props["a"]["items"] == {} and props["b"]["items"] == {"type": "string"}


def test_repair_enums_flattens_nested_lists_and_fixes_type() -> None:
    doc = _doc({}, {"T": {"type": "object", "enum": [["a", "b"], "b", None]}})
    repair_enums(doc)
    assert doc["components"]["schemas"]["T"] == {"type": "string", "enum": ["a", "b"], "nullable": True}


def test_repair_enums_turns_scalar_enum_with_list_example_into_array() -> None:
    doc = _doc(
        {}, {"W": {"properties": {"triggers": {"type": "string", "example": ["A"], "enum": ["A", "B"]}}}}
    )
    repair_enums(doc)
    assert doc["components"]["schemas"]["W"]["properties"]["triggers"] == {
        "example": ["A"],
        "type": "array",
        "items": {"type": "string", "enum": ["A", "B"]},
    }
    before = copy.deepcopy(doc)
    repair_enums(doc)
    assert doc == before


def test_repair_enums_adds_the_default_to_the_values() -> None:
    doc = _doc(
        {},
        {"F": {"properties": {"slug": {"type": "string", "enum": ["name"], "default": "rescheduleReason"}}}},
    )
    repair_enums(doc)
    assert doc["components"]["schemas"]["F"]["properties"]["slug"]["enum"] == ["name", "rescheduleReason"]


def test_repair_patterns_keeps_regular_expressions_its_schema_agrees_with() -> None:
    doc = _doc(
        {},
        {
            "Phone": {"type": "string", "pattern": "/^\\+[1-9]\\d{1,14}$/", "example": "+33612345678"},
            "Time": {"type": "string", "pattern": "TIME_FORMAT_HH_MM", "example": "08:00"},
            "Broken": {"type": "string", "pattern": "(unclosed"},
            "Fine": {"type": "string", "pattern": "^[a-z]+$", "example": "abc"},
            "Named": {"type": "object", "properties": {"pattern": {"type": "string"}}},
        },
    )
    repair_patterns(doc)
    schemas = doc["components"]["schemas"]
    assert schemas["Phone"]["pattern"] == "^\\+[1-9]\\d{1,14}$"  # the literal's source
    assert "pattern" not in schemas["Time"]  # a constant's name refusing its own example
    assert "pattern" not in schemas["Broken"]
    assert schemas["Fine"]["pattern"] == "^[a-z]+$"
    assert schemas["Named"]["properties"]["pattern"] == {"type": "string"}  # a property named so
    repair_patterns(doc)
    assert schemas["Phone"]["pattern"] == "^\\+[1-9]\\d{1,14}$"  # idempotent


def test_repair_dangling_refs() -> None:
    doc = _doc(
        {},
        {
            "Known": {"type": "object"},
            "Out": {
                "properties": {
                    "data": {
                        "oneOf": [
                            {"$ref": "#/components/schemas/Gone"},
                            {"$ref": "#/components/schemas/Known"},
                        ]
                    }
                }
            },
            "Solo": {"properties": {"x": {"$ref": "#/components/schemas/Gone", "description": "d"}}},
        },
    )
    repair_dangling_refs(doc)
    s = doc["components"]["schemas"]
    assert s["Out"]["properties"]["data"]["oneOf"] == [{"$ref": "#/components/schemas/Known"}]
    assert s["Solo"]["properties"]["x"] == {"description": "d"}


def test_lift_auth_headers_records_declared_credentials() -> None:
    op = _op(
        parameters=[
            {"name": "Authorization", "in": "header", "required": False, "schema": {"type": "string"}},
            {"name": "x-cal-secret-key", "in": "header", "schema": {"type": "string"}},
            {"name": "q", "in": "query", "schema": {"type": "string"}},
        ]
    )
    doc = _doc({"/v2/x": {"get": op}})
    lift_auth_headers(doc)
    assert op[X_AUTH] == ["Authorization", "x-cal-secret-key"]
    assert [p["name"] for p in op["parameters"]] == ["q"]


def test_pin_api_versions_moves_default_into_extension() -> None:
    op = _op(
        parameters=[
            {
                "name": "cal-api-version",
                "in": "header",
                "required": True,
                "schema": {"type": "string", "default": "2024-08-13"},
            }
        ]
    )
    plain = _op()
    doc = _doc({"/v2/bookings": {"get": op}, "/v2/other": {"get": plain}})
    pin_api_versions(doc)
    assert op[X_API_VERSION] == "2024-08-13" and "parameters" not in op
    assert X_API_VERSION not in plain  # operations without the header send none


def test_pin_api_versions_fails_loudly_without_a_value() -> None:
    op = _op(parameters=[{"name": "cal-api-version", "in": "header", "schema": {"type": "string"}}])
    with pytest.raises(ValueError, match="cal-api-version header has no value"):
        pin_api_versions(_doc({"/v2/x": {"get": op}}))


def test_type_untyped_parameters_from_examples() -> None:
    op = _op(
        parameters=[
            {"name": "eventTypeId", "in": "query", "schema": {}, "example": "100"},
            {"name": "start", "in": "query", "schema": {}, "example": "2050-09-05"},
            {"name": "flag", "in": "query", "schema": {}},
            {"name": "typed", "in": "query", "schema": {"type": "number"}, "example": "x"},
        ]
    )
    type_untyped_parameters(_doc({"/v2/slots": {"get": op}}))
    assert [p["schema"].get("type") for p in op["parameters"]] == ["integer", "string", "string", "number"]


def test_type_scalar_objects_from_example_or_default() -> None:
    doc = _doc(
        {},
        {
            "F": {
                "properties": {
                    "isDefault": {"type": "object", "default": True},
                    "logo": {"type": "object", "example": "https://x/logo.png"},
                    "meta": {"type": "object", "example": {"a": 1}},
                    "shaped": {"type": "object", "properties": {"a": {}}, "example": "x"},
                }
            }
        },
    )
    type_scalar_objects(doc)
    props = doc["components"]["schemas"]["F"]["properties"]
    assert [props[k]["type"] for k in ("isDefault", "logo", "meta", "shaped")] == [
        "boolean",
        "string",
        "object",
        "object",
    ]


def test_untype_self_referencing_data() -> None:
    ref = {"$ref": "#/components/schemas/Env"}
    doc = _doc(
        {},
        {
            "Env": {"properties": {"status": {}, "data": {"nullable": True, "allOf": [ref]}}},
            "Other": {"properties": {"data": {"$ref": "#/components/schemas/Env"}}},
        },
    )
    untype_self_referencing_data(doc)
    assert doc["components"]["schemas"]["Env"]["properties"]["data"] == {"nullable": True}
    assert doc["components"]["schemas"]["Other"]["properties"]["data"] == ref


def test_integer_counts_and_ids() -> None:
    op = _op(
        parameters=[
            {"name": "take", "in": "query", "schema": {"type": "number", "default": 250.0}},
            {"name": "duration", "in": "query", "schema": {"type": "number"}},
            {"name": "ratio", "in": "query", "schema": {"type": "number"}},
        ]
    )
    doc = _doc(
        {"/v2/x": {"get": op}},
        {
            "S": {
                "properties": {
                    "userId": {"type": "number"},
                    "price": {"type": "number"},
                    "lengthInMinutes": {"type": "number"},
                }
            }
        },
    )
    integer_counts_and_ids(doc)
    assert op["parameters"][0]["schema"] == {"type": "integer", "default": 250}
    assert op["parameters"][1]["schema"] == {"type": "integer"}  # minutes are whole
    assert op["parameters"][2]["schema"] == {"type": "number"}  # not a count by its name
    props = doc["components"]["schemas"]["S"]["properties"]
    assert props["userId"]["type"] == "integer" and props["price"]["type"] == "number"
    assert props["lengthInMinutes"]["type"] == "integer"


def test_server_facts() -> None:
    doc = _doc(
        {},
        {
            "BookingHost": {"properties": {"id": {"type": "integer", "example": 1}}},
            "UserWebhookOutputDto": {
                "properties": {
                    "id": {"type": "number"},
                    "triggers": {"type": "array", "items": {"type": "object"}},
                }
            },
            "BookingOutput_2024_08_13": {"properties": {"description": {"type": "string"}}},
        },
    )
    apply_server_facts(doc)
    s = doc["components"]["schemas"]
    assert s["BookingHost"]["properties"]["id"]["oneOf"] == [{"type": "integer"}, {"type": "string"}]
    assert s["UserWebhookOutputDto"]["properties"]["id"]["type"] == "string"
    assert s["UserWebhookOutputDto"]["properties"]["triggers"]["items"]["type"] == "string"
    assert s["BookingOutput_2024_08_13"]["properties"]["description"]["nullable"] is True


def test_path_ids_take_the_type_most_operations_give_them() -> None:
    def op(kind: str, name: str = "eventTypeId") -> dict[str, Any]:
        return _op(parameters=[{"name": name, "in": "path", "required": True, "schema": {"type": kind}}])

    ops = [op("integer"), op("integer"), op("string"), op("string", "webhookId"), op("string", "webhookId")]
    doc = _doc({f"/v2/x{i}/{{p}}": {"get": o} for i, o in enumerate(ops)}, {})
    integer_counts_and_ids(doc)
    assert [o["parameters"][0]["schema"]["type"] for o in ops] == ["integer"] * 3 + ["string"] * 2


def test_time_formats_from_examples_and_names() -> None:
    op = _op(
        parameters=[
            {"name": "afterStart", "in": "query", "schema": {"type": "string"}},
            {"name": "format", "in": "query", "schema": {"type": "string"}},
            {"name": "sortCreatedAt", "in": "query", "schema": {"type": "string", "enum": ["asc"]}},
        ]
    )
    props = {
        "start": {"type": "string", "example": "2024-08-13T15:30:00Z"},
        "createdAt": {"type": "string"},
        "day": {"type": "string", "example": "2024-08-13"},
        "startTime": {"type": "string", "example": "09:00"},  # a time of day, not an instant
        "note": {"type": "string", "example": "2024-08-13T15:30:00Z is when"},
        "emailVerified": {"type": "string", "format": "email"},
        "slots": {"type": "array", "items": {"type": "string", "example": "2024-08-13T15:30:00.000+02:00"}},
    }
    doc = _doc({"/v2/x": {"get": op}}, {"S": {"properties": props}})
    time_formats(doc)
    formats = {p["name"]: p["schema"].get("format") for p in op["parameters"]}
    assert formats == {"afterStart": "date-time", "format": None, "sortCreatedAt": None}
    assert {k: (v.get("items", v)).get("format") for k, v in props.items()} == {
        "start": "date-time",
        "createdAt": "date-time",
        "day": "date",
        "startTime": None,
        "note": None,
        "emailVerified": "email",
        "slots": "date-time",
    }


def test_clean_schema_names_newest_version_takes_the_name() -> None:
    doc = _doc(
        {
            "/v2/x": {
                "get": _op(
                    responses={
                        "200": {
                            "content": {
                                "application/json": {"schema": {"$ref": "#/components/schemas/A_2024_08_13"}}
                            }
                        }
                    }
                )
            }
        },
        {"A_2024_08_13": {}, "B_2024_04_15": {}, "B_2024_08_13": {}, "C": {}, "C_2024_06_11": {}},
    )
    clean_schema_names(doc)
    assert set(doc["components"]["schemas"]) == {"A", "B_2024_04_15", "B", "CLegacy", "C"}
    assert (
        doc["paths"]["/v2/x"]["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        == "#/components/schemas/A"
    )


def test_assign_resource_names_crud_and_fallbacks() -> None:
    list_resp = {
        "200": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "properties": {"status": {}, "data": {"type": "array", "items": {}}},
                    }
                }
            }
        }
    }
    doc = _doc(
        {
            "/v2/organizations/{orgId}/teams/{teamId}/event-types": {
                "get": _op(
                    operationId="OrgsController_getTeamEventTypes",
                    tags=["Orgs / Teams / Event Types"],
                    responses=list_resp,
                )
            },
            "/v2/organizations/{orgId}/teams/event-types": {
                "get": _op(
                    operationId="OrgsController_getTeamsEventTypes",
                    tags=["Orgs / Teams / Event Types"],
                    responses=list_resp,
                )
            },
            "/v2/bookings/{uid}/cancel": {
                "post": _op(operationId="BookingsController_2024_08_13_cancelBooking", tags=["Bookings"])
            },
            "/v2/bookings/{uid}": {
                "get": _op(operationId="BookingsController_2024_08_13_getBooking", tags=["Bookings"])
            },
        }
    )
    assign_resource_names(doc)
    got = {
        (p, m): (".".join(op[X_RESOURCE]), op[X_METHOD], op["operationId"])
        for p, m, op in iter_operations(doc)
    }
    assert got[("/v2/organizations/{orgId}/teams/{teamId}/event-types", "get")][:2] == (
        "orgs.teams.event_types",
        "list",
    )
    # The shallower path loses "list" to the canonical one and falls back to its own words.
    assert got[("/v2/organizations/{orgId}/teams/event-types", "get")][1] == "get"
    assert got[("/v2/bookings/{uid}/cancel", "post")] == ("bookings", "cancel", "bookings_cancel")
    assert got[("/v2/bookings/{uid}", "get")][1] == "get"


@pytest.mark.parametrize("name", ["2025-04-17", "2025-06-20", "2025-08-22", "2025-09-26"])
def test_pipeline_is_pure_and_idempotent_on_every_snapshot(name: str) -> None:
    raw = json.loads(require_spec(SHARED_SPECS / f"cal-api-v2-{name}.json").read_text())
    before = copy.deepcopy(raw)
    once = normalize(raw)
    assert raw == before  # input untouched
    assert normalize(once) == once
    ops = list(iter_operations(once))
    keys = [(tuple(op[X_RESOURCE]), op[X_METHOD]) for _, _, op in ops]
    assert len(set(keys)) == len(keys) == len(list(iter_operations(raw)))
    for path, _, op in ops:
        declared = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
        assert declared == PATH_VAR.findall(path)
        assert not any(
            p["in"] == "header" and p["name"].lower() in ("authorization", "cal-api-version")
            for p in op.get("parameters", [])
        )


# -- the recorded server facts (openapi/server_facts.json) ------------------------------------------


def _facts(*facts: Fact, schemas: dict[str, Any] | None = None) -> ServerFacts:
    return ServerFacts(tuple(facts), schemas or {}, {})


def _fact(kind: str, a: str, b: str, value: dict[str, Any] | None = None) -> Fact:
    return Fact(kind, (a, b), ("apps/api/v2/src/x.ts#y",), "why", value)


def _booking_doc() -> dict[str, Any]:
    envelope = {
        "type": "object",
        "properties": {
            "status": {"type": "string"},
            "data": {"$ref": "#/components/schemas/Thing_2024_08_13"},
        },
        "required": ["status", "data"],
    }
    ok = {
        "200": {
            "description": "ok",
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GetThing"}}},
        }
    }
    return _doc(
        {
            "/v2/things/{id}": {"get": {"responses": ok}},
            "/v2/things/default": {"get": {"responses": copy.deepcopy(ok)}},
        },
        {
            "GetThing": envelope,
            "Thing_2024_08_13": {
                "type": "object",
                "properties": {
                    "id": {"type": "integer"},
                    "note": {"type": "string"},
                    "owner": {"$ref": "#/components/schemas/Owner"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
                "required": ["id", "note", "owner", "tags"],
            },
            "Owner": {"type": "object", "properties": {"id": {"type": "integer"}}},
        },
    )


def test_recorded_facts_make_fields_nullable_optional_and_reshaped() -> None:
    doc = _booking_doc()
    facts = _facts(
        _fact(NULLABLE, "Thing_2024_08_13", "note"),
        _fact(NULLABLE, "Thing_2024_08_13", "owner"),
        _fact(MAY_BE_ABSENT, "Thing_2024_08_13", "id"),
        _fact(
            WRONG_SHAPE,
            "Thing_2024_08_13",
            "tags",
            {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}},
        ),
        schemas={"Tag": {"type": "object", "properties": {"name": {"type": "string"}}}},
    )
    outcomes = apply_facts(doc, facts)
    assert [o for _, o in outcomes] == ["changed"] * 4
    thing = doc["components"]["schemas"]["Thing_2024_08_13"]
    assert thing["properties"]["note"] == {"type": "string", "nullable": True}
    assert thing["properties"]["owner"] == {
        "allOf": [{"$ref": "#/components/schemas/Owner"}],
        "nullable": True,
    }
    assert thing["required"] == ["note", "owner", "tags"]
    assert thing["properties"]["tags"]["items"] == {"$ref": "#/components/schemas/Tag"}
    assert "Tag" in doc["components"]["schemas"]
    again = copy.deepcopy(doc)
    assert [o for _, o in apply_facts(again, facts)] == ["held"] * 4 and again == doc  # idempotent


def test_recorded_facts_follow_a_renamed_version_and_report_what_a_document_lacks() -> None:
    doc = _booking_doc()
    schemas = doc["components"]["schemas"]
    schemas["Thing_2025_01_01"] = schemas.pop("Thing_2024_08_13")  # a newer document's version
    outcomes = dict(
        apply_facts(
            doc,
            _facts(
                _fact(NULLABLE, "Thing_2024_08_13", "note"),
                _fact(NULLABLE, "Thing_2024_08_13", "gone"),
                _fact(NULLABLE, "Vanished_2024_08_13", "note"),
                _fact(RESULT_MAY_BE_NULL, "GET", "/v2/nowhere"),
            ),
        )
    )
    assert schemas["Thing_2025_01_01"]["properties"]["note"]["nullable"] is True
    assert [o.split(":")[0] for o in outcomes.values()] == ["changed", "absent", "absent", "absent"]


def test_recorded_result_facts_type_the_envelope_data() -> None:
    doc = _booking_doc()
    apply_facts(doc, _facts(_fact(RESULT_MAY_LACK_DATA, "GET", "/v2/things/default")))
    envelope = doc["components"]["schemas"]["GetThing"]
    assert envelope["properties"]["data"]["nullable"] is True and envelope["required"] == ["status"]
    assert doc["paths"]["/v2/things/default"]["get"][X_DATA_MAY_BE_ABSENT] is True
    assert X_DATA_MAY_BE_ABSENT not in doc["paths"]["/v2/things/{id}"]["get"]  # only the fact's operation


def test_a_never_null_fact_keeps_the_looser_type_of_a_shared_envelope() -> None:
    doc = _booking_doc()
    data = doc["components"]["schemas"]["GetThing"]["properties"]["data"]
    data.update({"allOf": [{"$ref": data.pop("$ref")}], "nullable": True})
    one = _fact(RESULT_NEVER_NULL, "GET", "/v2/things/{id}")
    (outcome,) = [o for _, o in apply_facts(doc, _facts(one))]
    assert outcome.startswith("skipped: the envelope is shared") and data["nullable"] is True
    both = _facts(one, _fact(RESULT_NEVER_NULL, "GET", "/v2/things/default"))
    assert [o for _, o in apply_facts(doc, both)] == ["changed", "held"]
    assert data == {"$ref": "#/components/schemas/Thing_2024_08_13"}


def test_a_nullable_enum_keeps_its_name_and_values() -> None:
    doc = _doc(
        {}, {"Att": {"type": "object", "properties": {"language": {"type": "string", "enum": ["en", "fr"]}}}}
    )
    apply_facts(doc, _facts(_fact(NULLABLE, "Att", "language")))
    language = doc["components"]["schemas"]["Att"]["properties"]["language"]
    assert language == {
        "oneOf": [{"type": "string", "enum": ["en", "fr"], "title": "Language"}, {"type": "null"}]
    }


def test_the_recorded_facts_on_the_current_document() -> None:
    # Every recorded fact lands on the 2025-09-26 document but one whose operation it lacks (the
    # organization-level default conferencing app, kept for documents that declare it).
    report = audit(json.loads(require_spec().read_text()))
    assert report.changed == {
        NULLABLE: 114,
        MAY_BE_ABSENT: 17,
        WRONG_SHAPE: 7,
        RESULT_MAY_BE_NULL: 2,
        RESULT_MAY_LACK_DATA: 2,
        RESULT_NEVER_NULL: 2,
    }
    assert report.unmatched == [
        "result may lack data: GET /v2/organizations/{orgId}/conferencing/default (absent: the document "
        "has no such operation (or it has no {status, data} body))"
    ]
