"""The webhook router refuses to run unverified by accident and never reads an oversized body whole
(issue 19, item 4).

``webhook_router(secret=os.environ.get("UNSET"))`` once answered a forged ``X-Cal-Signature-256:
no-secret-provided`` with 204, and a 128 MiB unsigned body was read in full before its 401.
Bodies are sent through httpx's and httpx2's ASGI transports, and as raw ASGI messages where
what matters is how much of the body the app asked for.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from collections.abc import AsyncIterator
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest
from fastapi import Depends, FastAPI, Request

from cal_async.webhooks import WebhookEvent
from cal_async.webhooks.fastapi import DEFAULT_MAX_BODY_SIZE, CalWebhook, webhook_router

SECRET = "whsec-limits-41f0"
BODY = b'{"triggerEvent":"BOOKING_CREATED","createdAt":"2025-01-01T08:59:58.412Z","payload":{"uid":"bk_1"}}'
LIBRARIES = {"httpx": httpx, "httpx2": httpx2}


def _signature(body: bytes) -> str:
    return hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()


def _app(**options: Any) -> tuple[FastAPI, list[WebhookEvent]]:
    received: list[WebhookEvent] = []

    async def handle(event: WebhookEvent) -> None:
        received.append(event)

    app = FastAPI()
    app.include_router(webhook_router(handler=handle, **{"secret": SECRET, **options}))
    return app, received


async def _nothing(event: WebhookEvent) -> None:
    return None


@pytest.mark.parametrize("secret", [os.environ.get("CAL_TEST_SURELY_UNSET_VARIABLE"), ""])
def test_a_missing_secret_is_refused_when_the_router_is_built(secret: str | None) -> None:
    with pytest.raises(ValueError, match="allow_unsigned=True"):
        webhook_router(secret=secret, handler=_nothing)
    with pytest.raises(ValueError, match="allow_unsigned=True"):
        CalWebhook(secret)


def test_a_secret_with_allow_unsigned_is_refused() -> None:
    with pytest.raises(ValueError, match="secret=None"):
        webhook_router(secret=SECRET, handler=_nothing, allow_unsigned=True)


@pytest.mark.parametrize("size", [0, -1, True, 1.5])
def test_max_body_size_must_be_a_positive_int(size: Any) -> None:
    with pytest.raises(ValueError, match="max_body_size"):
        CalWebhook(SECRET, max_body_size=size)


@pytest.mark.parametrize("library", list(LIBRARIES))
async def test_unsigned_deliveries_pass_only_when_asked_for(library: str) -> None:
    hx: ModuleType = LIBRARIES[library]
    app, received = _app(secret=None, allow_unsigned=True)
    async with hx.AsyncClient(transport=hx.ASGITransport(app=app), base_url="http://app") as client:
        unsigned = await client.post(
            "/webhooks/cal", content=BODY, headers={"X-Cal-Signature-256": "no-secret-provided"}
        )
        signed = await client.post(
            "/webhooks/cal", content=BODY, headers={"X-Cal-Signature-256": _signature(BODY)}
        )
    assert (unsigned.status_code, signed.status_code) == (204, 401)
    assert len(received) == 1


class CountingBody:
    """A request body streamed in 64 KiB chunks (no Content-Length): counts what was taken."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        chunk = b"x" * 65536
        while self.sent < self.total:
            self.sent += len(chunk)
            yield chunk


@pytest.mark.parametrize("library", list(LIBRARIES))
@pytest.mark.parametrize("signed", [True, False], ids=["signed", "unsigned"])
async def test_a_body_over_the_limit_gets_413_without_being_read_whole(library: str, signed: bool) -> None:
    hx: ModuleType = LIBRARIES[library]
    app, received = _app(max_body_size=256 * 1024)
    body = CountingBody(128 * 1024 * 1024)  # 128 MiB
    header = "0" * 64 if signed else "no-secret-provided"
    async with hx.AsyncClient(transport=hx.ASGITransport(app=app), base_url="http://app") as client:
        response = await client.post("/webhooks/cal", content=body, headers={"X-Cal-Signature-256": header})
    assert response.status_code == 413
    assert "larger than 262144 bytes" in response.text
    assert body.sent <= 256 * 1024 + 65536  # read up to the limit and one chunk, no further
    assert received == []


async def _asgi_post(app: FastAPI, headers: list[tuple[bytes, bytes]], body: bytes) -> tuple[int, int]:
    """POST ``body`` in one message to the app; returns the status and how many times the app
    asked for the body."""
    asked = 0
    status = 0

    async def receive() -> dict[str, Any]:
        nonlocal asked
        asked += 1
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/webhooks/cal",
        "raw_path": b"/webhooks/cal",
        "query_string": b"",
        "root_path": "",
        "headers": headers,
        "client": ("127.0.0.1", 1),
        "server": ("app", 80),
    }
    await app(scope, receive, send)
    return status, asked


async def test_a_declared_length_over_the_limit_is_refused_before_reading() -> None:
    app, _ = _app()
    headers = [
        (b"content-length", str(DEFAULT_MAX_BODY_SIZE + 1).encode()),
        (b"x-cal-signature-256", b"0" * 64),
    ]
    assert await _asgi_post(app, headers, b"{}") == (413, 0)


async def test_a_delivery_without_a_signature_is_refused_before_reading() -> None:
    app, _ = _app()
    assert await _asgi_post(app, [(b"content-length", b"2")], b"{}") == (401, 0)


async def test_a_body_at_the_limit_is_accepted() -> None:
    padded = BODY[:-1] + b"," + b'"pad":"' + b"x" * (DEFAULT_MAX_BODY_SIZE - len(BODY) - 9) + b'"}'
    assert len(padded) == DEFAULT_MAX_BODY_SIZE
    app, received = _app()
    headers = [
        (b"content-length", str(len(padded)).encode()),
        (b"x-cal-signature-256", _signature(padded).encode()),
    ]
    assert (await _asgi_post(app, headers, padded))[0] == 204
    assert len(received) == 1


async def test_a_users_route_can_still_read_the_raw_body() -> None:
    app = FastAPI()
    dependency = CalWebhook(SECRET)
    stored: list[bytes] = []

    @app.post("/webhooks/cal", status_code=204)
    async def receive(request: Request, event: WebhookEvent = Depends(dependency)) -> None:  # noqa: B008
        stored.append(await request.body())

    headers = [
        (b"content-length", str(len(BODY)).encode()),
        (b"x-cal-signature-256", _signature(BODY).encode()),
    ]
    assert (await _asgi_post(app, headers, BODY))[0] == 204
    assert stored == [BODY]
