"""Every operation of the official document maps to exactly one typed resource method, and
calling that method sends the right method, path, query, body and ``cal-api-version``."""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
import respx

from cal_async import CalClient
from cal_async._generated.operations import OPERATIONS
from openapi.document import X_API_VERSION, X_METHOD, X_RESOURCE
from openapi.sdk_naming import snake_case
from tests.operation_calls import BASE, KEY, resolve, sample, sample_envelope, spec, spec_operations

__all__ = ["spec"]  # the fixture, imported for pytest


def test_every_spec_operation_has_exactly_one_method(spec: dict[str, Any]) -> None:
    ops = spec_operations(spec)
    assert len(ops) == 230
    table = {(o.http_method, o.path): o for o in OPERATIONS}
    assert len(table) == len(OPERATIONS) == 230
    client = CalClient(KEY, base_url=BASE)
    seen = set()
    for path, method, op in ops:
        info = table[(method.upper(), path)]
        assert (info.resource, info.method) == (".".join(op[X_RESOURCE]), op[X_METHOD])
        fn = resolve(client, info.resource, info.method)
        assert callable(fn) and fn.__doc__, f"{info.resource}.{info.method} is not a documented method"
        seen.add((info.resource, info.method))
    assert len(seen) == 230  # no two operations share a method


def test_every_paged_operation_returns_a_paginator(spec: dict[str, Any]) -> None:
    paged = {
        (method.upper(), path)
        for path, method, op in spec_operations(spec)
        if {"take", "skip"} <= {p["name"] for p in op.get("parameters", [])}
        or {"limit", "offset"} <= {p["name"] for p in op.get("parameters", [])}
    }
    assert len(paged) == 34  # 33 take/skip + managed users' limit/offset
    assert {(o.http_method, o.path) for o in OPERATIONS if o.paginated} == paged


def test_issue_examples_exist() -> None:
    client = CalClient(KEY, base_url=BASE)
    sig = inspect.signature(client.orgs.teams.event_types.list)
    positional = [p.name for p in sig.parameters.values() if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == ["org_id", "team_id"]
    assert all(
        p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD)
        for p in inspect.signature(client.bookings.list).parameters.values()
    )


@pytest.mark.parametrize("index", range(230))
async def test_call_sends_the_right_request(spec: dict[str, Any], index: int) -> None:
    path, method, op = spec_operations(spec)[index]
    info = next(o for o in OPERATIONS if (o.http_method, o.path) == (method.upper(), path))
    async with CalClient(KEY, base_url=BASE) as client:
        fn = resolve(client, info.resource, info.method)
        sig = inspect.signature(fn)
        args: list[Any] = []
        kwargs: dict[str, Any] = {}
        expected_path = path
        expected_query: dict[str, Any] = {}
        for p in op.get("parameters", []):
            value, text = sample(p.get("schema", {}), p["name"])
            if p["in"] == "path":
                args.append(value)
                expected_path = expected_path.replace("{" + p["name"] + "}", str(value))
            elif p["in"] == "query":
                py = snake_case(p["name"])
                if py not in sig.parameters:
                    assert not p.get("required"), f"required query {p['name']} missing from signature"
                    continue
                if p["name"] in ("take", "limit"):
                    value, text = 5, "5"
                kwargs[py] = value
                expected_query[p["name"]] = text
        expected_body = None
        if "requestBody" in op:
            expected_body = {"probe": 1, "nested": {"a": [1, 2]}}
            kwargs["body"] = expected_body
        payload = sample_envelope(spec, op)
        with respx.mock(assert_all_called=True) as router:
            route = router.request(method.upper(), url__regex=rf"^{BASE}/v2/.*").mock(
                return_value=httpx.Response(200 if method != "post" else 201, json=payload)
            )
            result = fn(*args, **kwargs)
            if inspect.isawaitable(result):
                await result
        request = route.calls.last.request
        assert request.method == method.upper()
        assert request.url.path == expected_path
        got_query: dict[str, Any] = {}
        for k, v in request.url.params.multi_items():
            if isinstance(expected_query.get(k), list):
                got_query.setdefault(k, []).append(v)
            else:
                got_query[k] = v
        assert got_query == expected_query
        assert request.headers.get("cal-api-version") == op.get(X_API_VERSION)
        if "Authorization" in info.auth or not info.auth:
            assert request.headers["authorization"] == f"Bearer {KEY}"
        else:  # platform-only routes (x-cal-secret-key): an API key is not theirs to receive
            assert "authorization" not in request.headers
        if expected_body is None:
            assert request.content == b""
        else:
            assert json.loads(request.content) == expected_body
