"""Seeded fuzz of response bodies and transport faults over all 230 operations.

Each case calls one operation's typed method (sample arguments) through a client whose transport
answers with a hostile response drawn from a seeded RNG: any status code, wrong shapes at the top
level and in ``data`` (null, numbers, strings, lists for objects, objects for lists), deep nesting,
truncated JSON, HTML, invalid UTF-8 and odd charsets, corrupt Content-Encoding, huge strings,
NaN/Infinity, empty bodies, and transport failures before or during the body. Half the cases use
a managed user, so 498 answers go through the token refresh (whose answers are fuzzed too).

Only ``CalError`` subclasses may escape. Untyped exceptions are counted by type and origin,
printed, and fail the test. Generic over ``OPERATIONS`` and the spec, not generated internals.
"""

from __future__ import annotations

import json
import random
from typing import Any

import httpx

from cal_async import CalClient, CalError, ManagedUser, RetryPolicy
from cal_async._generated.operations import OPERATIONS
from tests.adversarial.calls import call_args
from tests.adversarial.fuzz_report import UntypedTally
from tests.operation_calls import normalised_spec, resolve, spec_operations

SEED = 20261201
CASES_PER_OPERATION = 25
KEY = "cal_" + "fuzzfuzz" * 4
BASE = "https://api.cal.test"
FAST = RetryPolicy(max_retries=1, backoff_base=0.0, backoff_max=0.0, max_wait=0.05, deadline=5.0)
STATUSES = [200, 200, 200, 201, 201, 204, 202, 299, 301, 400, 401, 403, 404, 409, 410, 418, 422, 429, 498,
            500, 502, 503, 504, 520, 599]  # fmt: skip


def _deep(rng: random.Random) -> bytes:
    levels = rng.choice([500, 990, 3_000, 200_000])
    opener, closer = rng.choice([(b"[", b"]"), (b'{"a":', b"}")])
    return opener * levels + b"1" + closer * levels


def _value(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value of a random shape (what a wrong ``data`` or field may be)."""
    kinds = ["null", "bool", "int", "float", "str", "list", "dict", "big", "nan"]
    kind = rng.choice(kinds if depth < 3 else kinds[:5])
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice([0, -1, 7, 2**63, -(2**70)])
    if kind == "float":
        return rng.choice([0.5, -1e308, 1e-320, 3.0])
    if kind == "str":
        return rng.choice(
            [
                "",
                "x",
                "2030-01-07T09:00:00Z",
                "soon",
                "\x00",
                "é" * 3,
                "\ufffd",
                "🙂",
            ]
        )
    if kind == "list":
        return [_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    if kind == "dict":
        keys = ["id", "uid", "data", "start", "end", "status", "items", "email", "x"]
        return {rng.choice(keys): _value(rng, depth + 1) for _ in range(rng.randint(0, 4))}
    if kind == "big":
        return "x" * rng.choice([10_000, 200_000])
    return float(rng.choice(["nan", "inf", "-inf"]))


def _body(rng: random.Random) -> tuple[bytes, dict[str, str]]:
    """A hostile body and its headers."""
    json_type = {"content-type": "application/json"}
    kind = rng.choice(["envelope", "envelope", "envelope", "top", "deep", "deep data", "truncated", "html",
                       "bytes", "charset", "empty", "gzip", "error envelope", "huge"])  # fmt: skip
    if kind == "envelope":
        return json.dumps(
            {"status": rng.choice(["success", "error", None]), "data": _value(rng)}
        ).encode(), json_type
    if kind == "top":
        return json.dumps(_value(rng)).encode(), json_type
    if kind == "deep":
        return _deep(rng), json_type
    if kind == "deep data":
        return b'{"status":"success","data":' + _deep(rng) + b"}", json_type
    if kind == "truncated":
        full = json.dumps({"status": "success", "data": {"id": 1, "uid": "u", "items": [1, 2, 3]}}).encode()
        return full[: rng.randint(1, len(full) - 1)], json_type
    if kind == "html":
        return b"<html><head><title>502 Bad Gateway</title></head><body>cloudflare</body></html>", {
            "content-type": "text/html"
        }
    if kind == "bytes":
        return bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))), json_type
    if kind == "charset":
        body = json.dumps({"status": "success", "data": {"name": "Zoë"}}).encode("utf-16")
        return body, {
            "content-type": rng.choice(["application/json; charset=utf-16", "application/json; charset=nope"])
        }
    if kind == "empty":
        return b"", json_type
    if kind == "gzip":
        return b"\x1f\x8b not really gzip", {
            **json_type,
            "content-encoding": rng.choice(["gzip", "deflate", "br", "zstd", "x-odd"]),
        }
    if kind == "error envelope":
        error = {"code": _value(rng), "message": _value(rng), "details": _value(rng)}
        return json.dumps({"status": "error", "error": error}).encode(), json_type
    huge = b'"' + b"y" * 2_000_000 + b'"'  # as a list operation's data, or inside an object
    return b'{"status":"success","data":' + rng.choice([huge, b'{"name":' + huge + b"}"]) + b"}", json_type


class _Breaks(httpx.AsyncByteStream):
    def __init__(self, start: bytes, error: Exception) -> None:
        self.start, self.error = start, error

    async def __aiter__(self):  # type: ignore[no-untyped-def]
        yield self.start
        raise self.error


def _response(rng: random.Random, request: httpx.Request) -> httpx.Response:
    roll = rng.random()
    if roll < 0.06:
        raise rng.choice([httpx.ConnectError("refused"), httpx.ReadTimeout("slow"),
                          httpx.RemoteProtocolError("garbage"), httpx.WriteError("reset")])  # fmt: skip
    status = rng.choice(STATUSES)
    body, headers = _body(rng)
    if status == 429 and rng.random() < 0.5:
        headers["X-RateLimit-Reset-Default"] = rng.choice(
            ["0", "0.01", "-5", "nan", "inf", "1e400", "soon", "99999"]
        )
        headers["X-RateLimit-Remaining-Default"] = rng.choice(["0", "-1", "x"])
    if roll < 0.10:
        return httpx.Response(
            status, headers=headers, stream=_Breaks(body[:10], httpx.ReadError("reset mid-body"))
        )
    # A stream rather than content=, so that decoding happens where the SDK reads the body.
    return httpx.Response(status, headers=headers, stream=httpx.ByteStream(body))


async def test_fuzz_response_bodies_over_every_operation() -> None:
    spec = normalised_spec()
    ops = spec_operations(spec)
    assert len(ops) == len(OPERATIONS) == 230
    rng = random.Random(SEED)
    untyped = UntypedTally()

    def handler(request: httpx.Request) -> httpx.Response:
        return _response(rng, request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    user = ManagedUser("access-token-0", "refresh-token-0", "client-1", "secret-key-1")
    keyed = CalClient(KEY, base_url=BASE, http_client=http, retry_policy=FAST)
    managed = CalClient(managed_user=user, base_url=BASE, http_client=http, retry_policy=FAST)
    async with http, keyed, managed:
        for path, method, op in ops:
            info = next(o for o in OPERATIONS if (o.http_method, o.path) == (method.upper(), path))
            for case in range(CASES_PER_OPERATION):
                cal = managed if case % 2 else keyed
                fn = resolve(cal, info.resource, info.method)
                args, kwargs = call_args(op, fn, {})
                label = f"{info.resource}.{info.method}"
                await untyped.run(fn, (args, kwargs), label, (CalError,))
    untyped.print(f"response fuzz: {untyped.cases} cases over {len(ops)} operations (seed {SEED})")
    assert untyped.cases == 230 * CASES_PER_OPERATION
    untyped.check()
