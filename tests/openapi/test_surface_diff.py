"""The API surface diff (``python -m openapi diff``): its counts across the official snapshots match
an independent count over the same normalised documents, breaking changes in a made-up fragment
are classed breaking, ``regen`` prints it when the document changed, and operations gone from a
newer document leave nothing behind in the generated code."""

from __future__ import annotations

import copy
import itertools
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import openapi.__main__ as pipeline
from openapi.diff import KINDS, diff_documents
from openapi.generate import generate
from openapi.normalize import normalize
from tests.conftest import ROOT, SHARED_SPECS, require_spec
from tests.openapi.fragments import cursor_bookings_document

SNAPSHOTS = ["2025-04-17", "2025-06-20", "2025-08-22", "2025-09-26"]
PAIRS = list(itertools.pairwise(SNAPSHOTS))
JSON = dict[str, Any]


def _raw(name: str) -> JSON:
    loaded: JSON = json.loads(require_spec(SHARED_SPECS / f"cal-api-v2-{name}.json").read_text())
    return loaded


# --- an independent count ------------------------------------------------------------------------
# Written apart from openapi/surface.py and openapi/diff.py: each document is flattened into facts
# keyed by what they are about, and each kind of change is counted by comparing the two sets of
# facts. Shapes are nested tuples here, where the diff spells types as strings.


def _deref(doc: JSON, schema: Any) -> Any:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    return doc["components"]["schemas"].get(ref.split("/")[-1], {}) if isinstance(ref, str) else schema


def _alternatives(schema: JSON) -> list[JSON]:
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return [alt for option in schema[key] for alt in _alternatives(option)]
    if isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        return _alternatives(schema["allOf"][0])
    return [schema]


def _is_null(schema: JSON) -> bool:
    return schema.get("type") == "null" or schema.get("enum") == [None]


def _shape(schema: JSON) -> Any:
    """A comparable shape: a model by name, containers around their items, scalars by kind."""
    out = set()
    for s in _alternatives(schema):
        if _is_null(s):
            continue
        if "$ref" in s:
            out.add(("model", s["$ref"].split("/")[-1]))
        elif s.get("type") == "array":
            out.add(("list", _shape(s["items"]) if isinstance(s.get("items"), dict) else "any"))
        elif s.get("type") == "string" and s.get("format") in ("date-time", "date"):
            out.add(("scalar", s["format"]))
        elif s.get("type") in ("string", "integer", "number", "boolean"):
            out.add(("scalar", s["type"]))
        elif s.get("properties"):
            out.add(("inline",))
        elif isinstance(s.get("additionalProperties"), dict) and s["additionalProperties"]:
            out.add(("map", _shape(s["additionalProperties"])))
        elif s.get("type") == "object" or "properties" in s or "additionalProperties" in s:
            out.add(("map",))
        else:
            out.add(("scalar", "string") if isinstance(s.get("enum"), list) else ("any",))
    return frozenset(out)


def _enum(schema: JSON) -> frozenset[str]:
    for s in _alternatives(schema):
        target = s.get("items", {}) if s.get("type") == "array" else s
        if isinstance(target.get("enum"), list):
            return frozenset(str(v) for v in target["enum"] if v is not None)
    return frozenset()


def _result(doc: JSON, op: JSON) -> JSON | None:
    for code in sorted(op.get("responses", {})):
        if code.startswith("2"):
            schema = op["responses"][code].get("content", {}).get("application/json", {}).get("schema")
            if schema is None:
                return None
            props = _deref(doc, schema).get("properties", {})
            return props["data"] if "data" in props and "status" in props else schema
    return None


def _body(op: JSON) -> JSON | None:
    content = op.get("requestBody", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema") if content else None
    return schema


def _names_in(schema: Any) -> set[str]:
    text = json.dumps(schema)
    return {part.split('"')[0] for part in text.split('"#/components/schemas/')[1:]}


def _facts(doc: JSON) -> dict[tuple[Any, ...], Any]:
    facts: dict[tuple[Any, ...], Any] = {}
    reach: dict[str, set[str]] = {}
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "put", "post", "delete", "patch"):
                continue
            name = ".".join([*op["x-cal-resource"], op["x-cal-method"]])
            facts["op", name] = (f"{method} {path}", op.get("x-cal-original-operation-id"))
            facts["version", name] = op.get("x-cal-api-version")
            facts["deprecated", name] = op.get("deprecated") is True
            result = _result(doc, op)
            facts["result", name] = _shape(result) if result is not None else frozenset({("any",)})
            for p in op.get("parameters", []):
                if p.get("in") in ("path", "query"):
                    schema = p.get("schema", {})
                    facts["param", name, p["name"]] = (
                        p.get("required") is True,
                        _shape(schema),
                        _enum(schema),
                        p.get("deprecated") is True,
                    )
            body = _body(op)
            if body is not None:
                facts["param", name, "body"] = (
                    op["requestBody"].get("required") is True,
                    _shape(body),
                    frozenset(),
                    False,
                )
            for role, start in (("read", result), ("sent", body)):
                todo = _names_in(start) if start is not None else set()
                while todo:
                    model = todo.pop()
                    if role not in reach.setdefault(model, set()) and model in doc["components"]["schemas"]:
                        reach[model].add(role)
                        todo |= _names_in(doc["components"]["schemas"][model])

    def fields(model: str, schema: JSON) -> None:
        required = set(schema.get("required", []))
        facts["enum", model] = _enum(schema) if not schema.get("properties") else frozenset()
        for key, prop in schema.get("properties", {}).items():
            nullable = prop.get("nullable") is True or any(_is_null(s) for s in _alternatives(prop))
            facts["field", model, key] = (
                key in required,
                nullable,
                _shape(prop),
                _enum(prop),
                prop.get("deprecated") is True,
            )
            for s in _alternatives(prop):
                inner = s.get("items", {}) if s.get("type") == "array" else s
                if "$ref" not in inner and inner.get("properties"):
                    fields(f"{model}.{key}", inner)

    for model, schema in doc["components"]["schemas"].items():
        facts["model", model] = True
        facts["roles", model] = frozenset(reach.get(model, ()))
        fields(model, schema)
    return facts


def _of(facts: dict[tuple[Any, ...], Any], kind: str) -> dict[Any, Any]:
    """The facts of one kind, keyed by what they are about (a name, or a (name, key) pair)."""
    return {(k[1:] if len(k) > 2 else k[1]): v for k, v in facts.items() if k[0] == kind}


def _independent_counts(old_raw: JSON, new_raw: JSON) -> Counter[str]:
    old, new = _facts(normalize(old_raw)), _facts(normalize(new_raw))
    count: Counter[str] = Counter()
    old_ops, new_ops = _of(old, "op"), _of(new, "op")
    gone = [n for n in old_ops if n not in new_ops]
    came = [n for n in new_ops if n not in old_ops]
    renamed: dict[Any, Any] = {}
    for same in (lambda a, b: a[0] == b[0], lambda a, b: a[1] is not None and a[1] == b[1]):
        for g in gone:
            match = next(
                (
                    c
                    for c in came
                    if c not in renamed.values() and g not in renamed and same(old_ops[g], new_ops[c])
                ),
                None,
            )
            if match is not None:
                renamed[g] = match
    count["operation_renamed"] = len(renamed)
    count["operation_removed"] = len(gone) - len(renamed)
    count["operation_added"] = len(came) - len(renamed)
    pairs = {n: n for n in old_ops if n in new_ops} | renamed
    for o, n in pairs.items():
        count["operation_moved"] += o == n and old_ops[o][0] != new_ops[n][0]
        count["api_version_changed"] += old["version", o] != new["version", n]
        count["operation_deprecated"] += new["deprecated", n] and not old["deprecated", o]
        count["result_retyped"] += old["result", o] != new["result", n]
        old_params = {k[1]: v for k, v in _of(old, "param").items() if k[0] == o}
        new_params = {k[1]: v for k, v in _of(new, "param").items() if k[0] == n}
        count["param_removed"] += len(old_params.keys() - new_params.keys())
        count["param_added"] += len(new_params.keys() - old_params.keys())
        for key in old_params.keys() & new_params.keys():
            (req_a, shape_a, enum_a, dep_a), (req_b, shape_b, enum_b, dep_b) = (
                old_params[key],
                new_params[key],
            )
            count["param_required" if req_b else "param_optional"] += req_a != req_b
            count["param_retyped"] += (shape_a != shape_b) + (bool(enum_a) != bool(enum_b))
            count["enum_values_removed"] += bool(enum_a and enum_b and enum_a - enum_b)
            count["enum_values_added"] += bool(enum_a and enum_b and enum_b - enum_a)
            count["param_deprecated"] += dep_b and not dep_a
    old_models, new_models = set(_of(old, "model")), set(_of(new, "model"))
    count["model_removed"] = len(old_models - new_models)
    count["model_added"] = len(new_models - old_models)
    old_fields, new_fields = _of(old, "field"), _of(new, "field")
    for model in {k[0] for k in old_fields} | set(_of(old, "enum")):
        root = model.split(".")[0]
        if root not in new_models or not (old["roles", root] | new["roles", root]):
            continue
        if ("enum", model) in new:
            enum_a, enum_b = old["enum", model], new["enum", model]
            count["enum_values_removed"] += bool(enum_a and enum_b and enum_a - enum_b)
            count["enum_values_added"] += bool(enum_a and enum_b and enum_b - enum_a)
        keys_a = {k[1] for k in old_fields if k[0] == model}
        keys_b = {k[1] for k in new_fields if k[0] == model}
        if ("enum", model) not in new:
            continue  # an inline object that is gone: its parent field was retyped
        count["field_removed"] += len(keys_a - keys_b)
        count["field_added"] += len(keys_b - keys_a)
        for key in keys_a & keys_b:
            (req_a, null_a, shape_a, enum_a, dep_a) = old_fields[model, key]
            (req_b, null_b, shape_b, enum_b, dep_b) = new_fields[model, key]
            count["field_retyped"] += (shape_a != shape_b) + (bool(enum_a) != bool(enum_b))
            count["field_required" if req_b else "field_optional"] += req_a != req_b
            count["field_nullable" if null_b else "field_not_nullable"] += null_a != null_b
            count["enum_values_removed"] += bool(enum_a and enum_b and enum_a - enum_b)
            count["enum_values_added"] += bool(enum_a and enum_b and enum_b - enum_a)
            count["field_deprecated"] += dep_b and not dep_a
    return +count  # zero counts dropped


# The figures, as the independent count finds them (and the report states them).
EXPECTED_TOTALS = {
    ("2025-04-17", "2025-06-20"): 140,
    ("2025-06-20", "2025-08-22"): 102,
    ("2025-08-22", "2025-09-26"): 75,
}


@pytest.mark.parametrize(("old", "new"), PAIRS)
def test_each_kind_of_change_is_counted_as_an_independent_count_finds_it(old: str, new: str) -> None:
    old_raw, new_raw = _raw(old), _raw(new)
    report = diff_documents(old_raw, new_raw, old, new)
    counted = {kind: tally["breaking"] + tally["other"] for kind, tally in report.counts().items()}
    assert counted == dict(_independent_counts(old_raw, new_raw))
    assert len(report.changes) == EXPECTED_TOTALS[old, new]
    # Operations: the SDK names before and after (set arithmetic on the raw documents' count).
    ops_before, ops_after = (
        sum(1 for item in r["paths"].values() for m in item if m in ("get", "put", "post", "delete", "patch"))
        for r in (old_raw, new_raw)
    )
    assert counted.get("operation_added", 0) - counted.get("operation_removed", 0) == ops_after - ops_before


def test_known_changes_of_the_snapshots_are_classed_as_users_feel_them() -> None:
    first = {
        (c.kind, c.subject): c.breaking
        for c in diff_documents(_raw("2025-04-17"), _raw("2025-06-20")).changes
    }
    assert first["operation_removed", "cal.stripe.check_team_connection"] is True
    assert first["param_removed", "cal.slots.get(slot_format)"] is True
    assert first["param_added", "cal.bookings.list(booking_uid)"] is False  # optional
    assert first["param_added", "cal.calendars.sync_credentials(body)"] is True  # a required body
    assert first["enum_values_removed", "OutputIntegrationLocation.integration"] is True
    second = diff_documents(_raw("2025-06-20"), _raw("2025-08-22"))
    renamed = {c.subject: c.detail for c in second.changes if c.kind == "operation_renamed"}
    assert renamed["cal.organizations.teams_stripe.save"].startswith("now `cal.orgs.teams.stripe.save`")
    third = {
        (c.kind, c.subject): c.breaking
        for c in diff_documents(_raw("2025-08-22"), _raw("2025-09-26")).changes
    }
    assert third["param_removed", "cal.orgs.teams.list(take)"] is True
    assert third["operation_added", "cal.orgs.teams.invite.create"] is False


# --- classification on a made-up fragment ------------------------------------------------------


def _changed(doc: JSON) -> JSON:
    """The fragment after a release that breaks things, and adds some."""
    new = copy.deepcopy(doc)
    listing = new["paths"]["/v2/bookings"]["get"]
    listing["parameters"] = [p for p in listing["parameters"] if p["name"] != "status"]  # removed
    next(p for p in listing["parameters"] if p["name"] == "limit")["required"] = True  # made required
    listing["parameters"].append(
        {
            "name": "sortStart",
            "in": "query",
            "required": False,
            "schema": {"type": "string", "enum": ["asc", "desc"]},
        }
    )
    del new["paths"]["/v2/bookings/{bookingUid}"]  # the deprecated operation is gone
    booking = new["components"]["schemas"]["BookingOutput_2024_08_13"]
    booking["properties"]["title"]["nullable"] = True  # a read field may now be null
    booking["properties"]["status"]["enum"] = ["cancelled", "accepted", "pending", "awaiting_host"]
    booking["properties"]["location"] = {"type": "string"}  # a new optional field
    booking["properties"]["id"] = {"type": "string"}  # retyped
    new["paths"]["/v2/me"] = {
        "get": {
            "operationId": "MeController_getMe",
            "tags": ["Me"],
            "responses": {"200": {"description": ""}},
        }
    }
    return new


def test_breaking_changes_in_a_fragment_are_classed_breaking() -> None:
    old = cursor_bookings_document()
    report = diff_documents(old, _changed(old))
    got = {(c.kind, c.subject, c.breaking) for c in report.changes}
    assert got == {
        ("operation_removed", "cal.bookings.get", True),
        ("operation_added", "cal.me.get", False),
        ("param_removed", "cal.bookings.list(status)", True),
        ("param_required", "cal.bookings.list(limit)", True),
        ("param_added", "cal.bookings.list(sort_start)", False),
        ("field_nullable", "BookingOutput.title", True),
        ("field_retyped", "BookingOutput.id", True),
        ("field_added", "BookingOutput.location", False),
        ("enum_values_removed", "BookingOutput.status", True),
        ("enum_values_added", "BookingOutput.status", False),
    }
    assert report.bump == "major"
    assert "**Semantic version bump: major** (6 breaking, 10 changes in all)" in report.markdown()


def test_additions_alone_are_a_minor_release_and_nothing_a_patch() -> None:
    old = cursor_bookings_document()
    new = copy.deepcopy(old)
    new["components"]["schemas"]["BookingOutput_2024_08_13"]["properties"]["location"] = {"type": "string"}
    assert diff_documents(old, new).bump == "minor"
    assert diff_documents(old, copy.deepcopy(old)).bump == "patch"
    assert "No change of the SDK surface." in diff_documents(old, copy.deepcopy(old)).markdown()


def test_a_field_sent_and_a_field_read_break_in_opposite_ways() -> None:
    """Made optional: harmless for what callers send, breaking for what they read."""
    old = cursor_bookings_document()
    old["paths"]["/v2/bookings"]["post"] = {
        "operationId": "BookingsController_2024_08_13_createBooking",
        "tags": ["Bookings"],
        "requestBody": {
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/CreateBookingInput_2024_08_13"}}
            },
        },
        "responses": {"201": {"description": ""}},
    }
    old["components"]["schemas"]["CreateBookingInput_2024_08_13"] = {
        "type": "object",
        "properties": {"start": {"type": "string", "format": "date-time"}, "note": {"type": "string"}},
        "required": ["start"],
    }
    new = copy.deepcopy(old)
    new["components"]["schemas"]["CreateBookingInput_2024_08_13"]["required"] = ["note"]
    new["components"]["schemas"]["BookingOutput_2024_08_13"]["required"].remove("title")
    got = {(c.kind, c.subject, c.breaking) for c in diff_documents(old, new).changes}
    assert got == {
        ("field_optional", "CreateBookingInput.start", False),
        ("field_required", "CreateBookingInput.note", True),
        ("field_optional", "BookingOutput.title", True),
    }


# --- the command, and regen printing it ----------------------------------------------------------


def test_the_command_prints_markdown_or_json(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(json.dumps(cursor_bookings_document()))
    new.write_text(json.dumps(_changed(cursor_bookings_document())))
    run = [sys.executable, "-m", "openapi", "diff", str(old), str(new)]
    markdown = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert markdown.startswith(f"# API surface changes: {old} → {new}")
    assert "### parameter removed (1)\n\n- `cal.bookings.list(status)`" in markdown
    as_json = json.loads(
        subprocess.run([*run, "--json"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    )
    assert as_json["bump"] == "major" and as_json["breaking"] == 6 and as_json["total"] == 10
    assert set(as_json["counts"]) <= set(KINDS)
    assert {
        "kind": "operation_removed",
        "subject": "cal.bookings.get",
        "breaking": True,
        "detail": "GET /v2/bookings/{bookingUid}",
    } in as_json["changes"]


@pytest.fixture
def sandbox(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The pipeline's outputs (lock, cache, generated tree) moved into ``tmp_path``."""
    monkeypatch.setattr(pipeline, "LOCK", tmp_path / "spec.lock.json")
    monkeypatch.setattr(pipeline, "CACHE", tmp_path / ".cache" / "openapi.json")
    monkeypatch.setattr(pipeline, "DOCUMENTS", tmp_path / ".cache" / "documents")
    monkeypatch.setattr(pipeline, "SURFACE_DIFF", tmp_path / ".cache" / "surface-diff")
    monkeypatch.setattr(pipeline, "DEST", tmp_path / "_generated")
    monkeypatch.setattr(pipeline, "ROOT", tmp_path)
    return tmp_path


def test_regen_prints_the_surface_diff_when_the_document_changed(
    sandbox: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = str(require_spec(SHARED_SPECS / "cal-api-v2-2025-08-22.json"))
    newer = str(require_spec(SHARED_SPECS / "cal-api-v2-2025-09-26.json"))
    assert pipeline.cmd_regen(older) == 0
    assert "API surface: the lock named no document before this one" in capsys.readouterr().out
    assert pipeline.cmd_regen(newer) == 0
    out = capsys.readouterr().out
    assert f"# API surface changes: {older} → {newer}" in out
    assert "**Semantic version bump: major** (39 breaking, 75 changes in all)" in out
    saved = json.loads((sandbox / ".cache" / "surface-diff.json").read_text())
    assert (saved["old"], saved["new"], saved["total"]) == (older, newer, 75)
    lock = json.loads((sandbox / "spec.lock.json").read_text())
    unchanged = pipeline._surface_report(lock, lock, Path(newer).read_bytes())
    assert unchanged == "API surface: the document is unchanged (no surface diff)"


# --- operations gone from a newer document ---------------------------------------------------------


def test_regenerating_a_newer_document_leaves_no_module_of_a_gone_operation(tmp_path: Path) -> None:
    dest = tmp_path / "_generated"
    older, newer = normalize(_raw("2025-06-20")), normalize(_raw("2025-08-22"))
    assert generate(older, dest) == []
    gone = dest / "resources" / "organizations_teams_stripe.py"  # renamed to orgs.teams.stripe in 08-22
    assert gone.is_file() and "save" in gone.read_text()
    assert (dest / "models" / "attendee.py").is_file()
    assert generate(newer, dest) == []
    assert not gone.exists()
    # One module per node of the newer tree (every prefix of every operation's resource path).
    nodes = {
        "_".join(op["x-cal-resource"][:i])
        for item in newer["paths"].values()
        for op in item.values()
        for i in range(1, len(op["x-cal-resource"]) + 1)
    }
    modules = {p.stem for p in (dest / "resources").glob("*.py")}
    assert modules == nodes | {"root", "__init__"}
    models = {p.stem for p in (dest / "models").glob("*.py")}
    assert "attendee" not in models  # a schema of 06-20 only (BookingAttendee, CreateBookingAttendee since)
    assert "organizations_teams_stripe" not in (dest / "operations.py").read_text()
