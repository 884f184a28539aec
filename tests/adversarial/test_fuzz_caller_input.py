"""Seeded fuzz of caller input at call time over all 230 operations.

Each case calls one operation's typed method with one argument (a path parameter, a query
parameter of its signature, or the body) replaced by a value of a random type: None, bools,
huge and negative ints, NaN and infinities, empty, whitespace, control-character and non-ASCII
strings, bytes, lists, dicts, sets, objects, datetimes. Whatever the value, the call either sends
a request or raises ``ValueError`` (or a ``CalError``) before sending anything. Any other
exception is counted by type and origin, printed, and fails the test.
"""

from __future__ import annotations

import datetime
import decimal
import inspect
import random
import uuid
from typing import Any

import httpx
import pytest

from cal_async import CalClient, CalError
from cal_async._generated.operations import OPERATIONS
from openapi.sdk_naming import snake_case
from tests.adversarial.calls import call_args
from tests.adversarial.fuzz_report import UntypedTally
from tests.operation_calls import normalised_spec, resolve, spec_operations

SEED = 20261202
CASES_PER_OPERATION = 20
KEY = "cal_" + "callfuzz" * 4
BASE = "https://api.cal.test"


def _hostile(rng: random.Random) -> Any:
    return rng.choice(
        [
            None, True, False, 0, -1, 2**64, -(2**70), 1.5, float("nan"), float("inf"), -0.0,
            "", " ", "\x00", "\r\nX-Injected: 1", "é", "🙂", "a" * 100_000, "..", "%2e%2e", "?a=b&c",
            b"bytes", bytearray(b"x"), [], [None], [1, "a", {}], ["x"] * 300, {}, {"a": float("nan")},
            {"nested": {"deep": [1, {"x": object()}]}}, {1: "int key"}, {"\x00": "k"}, {"k"}, ("t",),
            object(), datetime.datetime(2030, 1, 1), datetime.date(2030, 1, 1), decimal.Decimal("1.5"),
            uuid.UUID(int=1), complex(1, 2), range(3), Ellipsis,
        ]
    )  # fmt: skip


async def test_fuzz_caller_input_over_every_operation() -> None:
    ops = spec_operations(normalised_spec())
    assert len(ops) == 230
    rng = random.Random(SEED)
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": {}})

    untyped = UntypedTally()
    sent_after_refusal = 0
    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with http, CalClient(KEY, base_url=BASE, http_client=http, max_retries=0) as cal:
        for path, method, op in ops:
            info = next(o for o in OPERATIONS if (o.http_method, o.path) == (method.upper(), path))
            fn = resolve(cal, info.resource, info.method)
            signature = set(inspect.signature(fn).parameters)
            targets = [p["name"] for p in op.get("parameters", []) if p["in"] == "path"]
            targets += [
                p["name"]
                for p in op.get("parameters", [])
                if p["in"] == "query" and snake_case(p["name"]) in signature
            ]
            if "requestBody" in op:
                targets.append("body")
            for _ in range(CASES_PER_OPERATION):
                target = rng.choice(targets) if targets else None
                value = _hostile(rng)
                args, kwargs = call_args(op, fn, {target: value} if target else {})
                before = len(sent)
                label = f"{info.resource}.{info.method}({target}={str(value)[:30]!r})"
                outcome = await untyped.run(fn, (args, kwargs), label, (ValueError, CalError))
                if outcome == "ValueError" and len(sent) != before:
                    sent_after_refusal += 1
    untyped.print(f"caller-input fuzz: {untyped.cases} cases over {len(ops)} operations (seed {SEED})")
    assert untyped.cases == 230 * CASES_PER_OPERATION
    assert sent_after_refusal == 0
    untyped.check()


BAD_OPTIONS = [
    {"deadline": -1},
    {"deadline": float("nan")},
    {"deadline": "2"},
    {"deadline": True},
    {"timeout": "5"},
    {"timeout": [1]},
    {"timeout": -1},
    {"max_retries": "2"},
    {"max_retries": -1},
    {"max_retries": 1.5},
    {"max_retries": True},
    {"extra_headers": [("a", "b")]},
    {"extra_headers": {"X-A": 1}},
    {"extra_query": "a=b"},
]


@pytest.mark.parametrize("options", BAD_OPTIONS, ids=repr)
async def test_bad_request_options_are_refused_before_sending(options: dict[str, Any]) -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"status": "success", "data": {}})

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    async with http, CalClient(KEY, base_url=BASE, http_client=http) as cal:
        with pytest.raises(ValueError, match=rf"^{next(iter(options))} must"):
            await cal.me.get(**options)
        with pytest.raises(ValueError, match=r"^query parameter 'a' must be a string"):
            await cal.me.get(extra_query={"a": {"nested": 1}})
    assert sent == []
