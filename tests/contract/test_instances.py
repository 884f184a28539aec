"""The schema -> instance generator the contract suite builds its arguments with."""

from __future__ import annotations

from typing import Any

from cal_async._generated.operations import OPERATIONS

from .instances import InstanceGenerator

DOC: dict[str, Any] = {
    "components": {
        "schemas": {
            "Attendee": {
                "type": "object",
                "properties": {
                    "name": {"type": "string", "example": "Ada"},
                    "email": {"type": "string", "format": "email"},
                    "note": {"type": "string"},
                },
                "required": ["name", "email"],
            },
            "Plain": {"type": "object", "properties": {"kind": {"type": "string"}}, "required": ["kind"]},
            "Tagged": {
                "type": "object",
                "properties": {"kind": {"type": "string", "enum": ["tagged"]}, "n": {"type": "integer"}},
                "required": ["kind", "n"],
                "additionalProperties": False,
            },
        }
    }
}


def gen() -> InstanceGenerator:
    return InstanceGenerator(DOC)


def test_examples_defaults_and_enums_come_first() -> None:
    g = gen()
    assert g.value({"type": "string", "example": "hello"}) == "hello"
    assert g.value({"type": "integer", "default": 7}) == 7
    assert g.value({"type": "string", "enum": ["b", "a"]}) == "b"
    # An example that contradicts its own schema is not used.
    assert g.value({"type": "number", "example": "30"}) == 1


def test_required_properties_formats_and_refs() -> None:
    value = gen().value({"$ref": "#/components/schemas/Attendee"})
    assert value == {"name": "Ada", "email": "contract@example.com"}  # optional `note` left out
    assert gen().value({"type": "string", "format": "date-time"}) == "2030-01-07T09:00:00Z"
    assert gen().value({"type": "string", "format": "uuid"}).count("-") == 4


def test_bounds_and_lengths() -> None:
    g = gen()
    assert g.value({"type": "integer", "minimum": 10, "maximum": 20}) == 10
    assert g.value({"type": "integer", "maximum": 0}) == 0
    assert g.value({"type": "number", "minimum": 1, "exclusiveMinimum": True}) == 2
    assert len(g.value({"type": "string", "minLength": 40})) == 40
    assert g.value({"type": "array", "items": {"type": "string", "enum": ["x", "y"]}, "minItems": 2}) == [
        "x",
        "y",
    ]


def test_all_of_merges_and_one_of_picks_a_variant_that_validates() -> None:
    g = gen()
    merged = g.value(
        {
            "allOf": [
                {"$ref": "#/components/schemas/Attendee"},
                {"type": "object", "properties": {"age": {"type": "integer"}}, "required": ["age"]},
            ]
        }
    )
    assert merged == {"name": "Ada", "email": "contract@example.com", "age": 1}
    # The Tagged variant's own instance {"kind": "tagged", "n": 1} also matches Plain, so only
    # Plain's instance satisfies "exactly one".
    schema = {"oneOf": [{"$ref": "#/components/schemas/Tagged"}, {"$ref": "#/components/schemas/Plain"}]}
    assert g.value(schema) == {"kind": "contract-kind"}
    assert g.is_valid(schema, g.value(schema))
    assert not g.is_valid(schema, {"kind": "tagged", "n": 1})


def test_nullable_is_understood() -> None:
    g = gen()
    assert g.is_valid({"type": "string", "nullable": True}, None)
    assert not g.is_valid({"type": "string"}, None)


def test_generated_query_and_path_values_validate(
    generator: InstanceGenerator, spec_ops: dict[str, Any]
) -> None:
    """Every parameter value built for the suite satisfies its own schema."""
    bad = []
    for info in OPERATIONS:
        for param in spec_ops[info.operation_id].get("parameters", []):
            schema = param.get("schema", {})
            value = generator.value(schema, param["name"])
            if generator.errors(schema, value):
                bad.append((info.operation_id, param["name"], value))
    assert bad == []
