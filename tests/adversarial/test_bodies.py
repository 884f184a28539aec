"""Hostile bodies: whatever arrives, and however reading it fails, the caller gets a ``CalError``
subclass, and a failure while reading is retried for reads only (a write may have been done)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from cal_async import (
    APIConnectionError,
    APIResponseError,
    BadRequestError,
    CalClient,
    InternalServerError,
    RetryPolicy,
)

pytestmark = pytest.mark.anyio

KEY = "cal_" + "bodybody" * 4
BASE = "https://api.cal.test"
# A raw body (the SDK sends what it is given; the server's answer is what these tests are about).
RAW_BOOKING: Any = {"start": "2030-01-07T09:00:00Z"}
FAST = RetryPolicy(max_retries=2, backoff_base=0.0, backoff_max=0.0)


def deep(levels: int, opener: str = "[") -> bytes:
    closer = "]" if opener == "[" else "}"
    inner = opener if opener == "[" else '{"a":'
    return (inner * levels + "1" + closer * levels).encode()


def _client(handler: Callable[[httpx.Request], httpx.Response]) -> tuple[CalClient, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    http = httpx.AsyncClient(transport=httpx.MockTransport(record))
    return CalClient(KEY, base_url=BASE, http_client=http, retry_policy=FAST), seen


@pytest.mark.parametrize("opener", ["[", "{"])
@pytest.mark.parametrize("levels", [2_000, 100_000])
async def test_deeply_nested_success_bodies_are_response_errors(opener: str, levels: int) -> None:
    body = b'{"status":"success","data":' + deep(levels, opener) + b"}"
    cal, _ = _client(
        lambda _r: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    with pytest.raises(APIResponseError, match="nested too deeply"):
        await cal.me.get()


@pytest.mark.parametrize(("status", "error"), [(400, BadRequestError), (500, InternalServerError)])
async def test_deeply_nested_error_bodies_keep_their_status_class(
    status: int, error: type[Exception]
) -> None:
    bodies = [
        deep(5_000),
        b'{"status":"error","error":{"code":"X","message":' + deep(5_000) + b"}}",
        b'{"message":' + deep(900) + b"}",  # decodes, but too deep to print back
        b'{"status":"error","error":{"message":"bad","details":{"errors":' + _validation_tree(900) + b"}}}",
    ]
    for body in bodies:
        cal, _ = _client(functools.partial(_answer, status, body))
        with pytest.raises(error) as caught:
            await cal.bookings.create(body=RAW_BOOKING)
        assert len(str(caught.value)) < 2_000


def _answer(status: int, body: bytes, _request: httpx.Request) -> httpx.Response:
    return httpx.Response(status, content=body)


def _validation_tree(levels: int) -> bytes:
    node = b'{"property":"p","constraints":{"r":"bad"},"children":[]}'
    for _ in range(levels):
        node = b'{"property":"p","children":[' + node + b"]}"
    return b"[" + node + b"]"


def _corrupt_gzip(_request: httpx.Request) -> httpx.Response:
    # A stream, not content=: httpx would decode (and fail) while building the mock response.
    stream = httpx.ByteStream(b"this is not gzip")
    return httpx.Response(200, stream=stream, headers={"content-encoding": "gzip"})


async def test_a_corrupt_content_encoding_is_retried_for_a_read() -> None:
    cal, seen = _client(_corrupt_gzip)
    with pytest.raises(APIResponseError, match="cannot be decoded") as caught:
        await cal.me.get()
    assert len(seen) == 3  # the first attempt and two retries
    assert "2 retries made" in str(caught.value)
    assert caught.value.response.status_code == 200


async def test_a_corrupt_content_encoding_is_not_retried_for_a_write() -> None:
    cal, seen = _client(_corrupt_gzip)
    with pytest.raises(APIResponseError, match="cannot be decoded"):
        await cal.bookings.create(body=RAW_BOOKING)
    assert len(seen) == 1  # the booking may exist: never sent twice


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ReadError("connection reset mid-body"),
        httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
        httpx.ReadTimeout("timed out"),
    ],
)
async def test_a_body_read_failure_is_a_connection_error_retried_for_reads(failure: Exception) -> None:
    class Breaking(httpx.AsyncByteStream):
        async def __aiter__(self):  # type: ignore[no-untyped-def]
            yield b'{"status":"suc'
            raise failure

    for call, attempts in (("get", 3), ("create", 1)):
        cal, seen = _client(lambda _r: httpx.Response(200, stream=Breaking()))
        with pytest.raises(APIConnectionError) as caught:
            if call == "get":
                await cal.me.get()
            else:
                await cal.bookings.create(body=RAW_BOOKING)
        assert len(seen) == attempts
        assert caught.value.host == "api.cal.test"
        assert f"{attempts - 1} retr" in str(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00garbage",
        b'{"status":"success","data":{"id":1',  # truncated
        b"<html><title>502</title>" + b"<title>" * 50_000,
        b'{"status":"success","data":NaN}',
        b'{"status":"success","data":"' + b"x" * 5_000_000 + b'"}',
    ],
)
async def test_odd_success_bodies_raise_only_cal_errors(body: bytes) -> None:
    cal, _ = _client(
        lambda _r: httpx.Response(200, content=body, headers={"content-type": "text/html; charset=nope"})
    )
    try:
        await cal.me.get()
    except APIResponseError:
        pass
    except Exception as exc:  # the fuzz (test_fuzz_responses) covers the models; this covers decoding
        from cal_async import ResponseValidationError

        assert isinstance(exc, ResponseValidationError), repr(exc)
