"""``x-mcp`` (newer Cal.com documents: ``{name, guidance}`` on read operations) carried by the
generator into the operation description, and from there into the tool; tested on a document
fragment shaped like the current docs' ``api-reference/v2/openapi.json``."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import openapi.generate as generate_module
from cal_async.mcp import RequestSchemas
from cal_async.mcp.operation_tools import operation_tool
from openapi.document import iter_operations
from openapi.mcp_hints import mcp_hint_of
from openapi.normalize import normalize

AUTH = {"name": "Authorization", "in": "header", "required": True, "schema": {"type": "string"}}
ORG = {"name": "orgId", "required": True, "in": "path", "schema": {"type": "number"}}
TAKE = {
    "name": "take",
    "required": False,
    "in": "query",
    "description": "Maximum number of items to return",
    "schema": {"minimum": 1, "maximum": 250, "default": 250, "example": 25, "type": "number"},
}
OUTPUT = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/AttributesOutput"}}}}
FRAGMENT: dict[str, Any] = {
    "openapi": "3.0.0",
    "info": {"title": "fragment", "version": "1"},
    "paths": {
        "/v2/organizations/{orgId}/attributes": {
            "get": {
                "operationId": "OrganizationsAttributesController_getOrganizationAttributes",
                "parameters": [AUTH, ORG, TAKE],
                "responses": {"200": {"description": "", **OUTPUT}},
                "summary": "Get all attributes",
                "tags": ["Orgs / Attributes"],
                "x-mcp": {
                    "name": "get_org_attributes",
                    "guidance": "List all attributes defined for an organization.\n  Supports pagination.",
                },
                "x-oauth-scopes": ["ORG_ATTRIBUTES_READ"],
            },
            "post": {  # writes carry no x-mcp in the documents seen so far
                "operationId": "OrganizationsAttributesController_createOrganizationAttribute",
                "parameters": [AUTH, ORG],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/CreateInput"}}},
                },
                "responses": {"201": {"description": "", **OUTPUT}},
                "summary": "Create an attribute",
                "tags": ["Orgs / Attributes"],
            },
        }
    },
    "components": {
        "schemas": {
            "Attribute": {
                "type": "object",
                "properties": {"id": {"type": "string"}, "name": {"type": "string"}},
                "required": ["id", "name"],
            },
            "AttributesOutput": {
                "type": "object",
                "properties": {
                    "status": {"type": "string", "enum": ["success", "error"]},
                    "data": {"type": "array", "items": {"$ref": "#/components/schemas/Attribute"}},
                },
                "required": ["status", "data"],
            },
            "CreateInput": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "type": {"type": "string", "enum": ["TEXT", "NUMBER"]},
                },
                "required": ["name", "type"],
            },
        }
    },
}


def test_the_hint_of_each_operation() -> None:
    found = {op["operationId"]: mcp_hint_of(op) for _, _, op in iter_operations(FRAGMENT)}
    assert found == {
        "OrganizationsAttributesController_getOrganizationAttributes": (
            "get_org_attributes",
            "List all attributes defined for an organization. Supports pagination.",
        ),
        "OrganizationsAttributesController_createOrganizationAttribute": ("", ""),
    }


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("get_org_attributes", "should be an object"),
        ({"guidance": "no name"}, "is not an MCP tool name"),
        ({"name": "get org attributes"}, "is not an MCP tool name"),
        ({"name": "x" * 129}, "is not an MCP tool name"),
        ({"name": "ok", "guidance": ["a"]}, "guidance should be a string"),
    ],
)
def test_unexpected_shapes_stop_generation(value: object, problem: str) -> None:
    with pytest.raises(ValueError, match=problem) as caught:
        mcp_hint_of({"operationId": "X_get", "x-mcp": value})
    assert str(caught.value).startswith("X_get: ")


def test_generated_operations_carry_the_hint_to_the_tool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fragment has none of the nodes overrides/resource_helpers.yaml extends.
    monkeypatch.setattr(generate_module, "load_resource_helpers", lambda path=None: {})
    errors = generate_module.generate(normalize(FRAGMENT), tmp_path / "_generated")
    assert errors == []
    source = (tmp_path / "_generated" / "resources" / "orgs_attributes.py").read_text()
    assert 'mcp_name="get_org_attributes",' in source
    assert source.count("mcp_name=") == 1 and source.count("mcp_guidance=") == 1

    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        module = importlib.import_module("_generated.resources.orgs_attributes")
        listed, create = module.LIST, module.CREATE
    finally:
        for name in [m for m in sys.modules if m == "_generated" or m.startswith("_generated.")]:
            del sys.modules[name]
    assert (listed.mcp_name, listed.mcp_guidance) == (
        "get_org_attributes",
        "List all attributes defined for an organization. Supports pagination.",
    )
    assert (create.mcp_name, create.mcp_guidance) == ("", "")

    data = json.loads((tmp_path / "_generated" / "request_schemas.json").read_text())
    schemas = RequestSchemas(data["operations"], data["components"])
    tool = operation_tool(listed, schemas)
    assert tool.name == "get_org_attributes"
    assert tool.description.splitlines()[:2] == [
        "Get all attributes.",
        "List all attributes defined for an organization. Supports pagination.",
    ]
    assert tool.oauth_scopes == ("ORG_ATTRIBUTES_READ",)
    assert tool.input_schema["properties"]["take"]["type"] == "integer"  # repaired like any document
    written = operation_tool(create, schemas)
    assert written.name == "orgs_attributes_create" and not written.read_only
    assert written.input_schema["properties"]["body"] == {"$ref": "#/$defs/CreateInput"}
    assert written.input_schema["$defs"]["CreateInput"]["required"] == ["name", "type"]
