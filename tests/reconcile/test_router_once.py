"""``webhook_router(..., once=claims)``: a delivery reaches the handler once, across retries, replays
and workers; a handler that fails leaves it unhandled."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
import pytest
from fastapi import FastAPI, Response

from bench.redis_server import RedisServer
from cal_async import ClaimStore, MemoryClaims, RedisClaims
from cal_async.webhooks import WebhookEvent, delivery_key, parse_event, sign
from cal_async.webhooks.fastapi import webhook_router

SECRET = "whsec-once"


def _body(uid: str = "bk_1", sent_at: str = "2030-01-01T08:00:00.000Z", **payload: Any) -> bytes:
    fields = {"uid": uid, "startTime": "2030-01-07T09:00:00Z", "endTime": "2030-01-07T09:30:00Z", **payload}
    body = {"triggerEvent": "BOOKING_CREATED", "createdAt": sent_at, "payload": fields}
    return json.dumps(body, separators=(",", ":")).encode()


Handler = Callable[[WebhookEvent], Awaitable[Response | None]]


def _app(claims: ClaimStore, handler: Handler) -> FastAPI:
    app = FastAPI()
    app.include_router(webhook_router(secret=SECRET, handler=handler, once=claims))
    return app


async def _post(app: FastAPI, body: bytes, content_type: str = "application/json") -> int:
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://worker") as http:
        headers = {"X-Cal-Signature-256": sign(body, SECRET), "Content-Type": content_type}
        response = await http.post("/webhooks/cal", content=body, headers=headers)
    return response.status_code


class Recorder:
    def __init__(self) -> None:
        self.events: list[WebhookEvent] = []
        self.fail_next = 0

    async def __call__(self, event: WebhookEvent) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise RuntimeError("the database is down")
        self.events.append(event)


async def test_a_replayed_or_re_sent_delivery_runs_the_handler_once() -> None:
    recorder = Recorder()
    app = _app(MemoryClaims(), recorder)
    assert await _post(app, _body()) == 204
    assert await _post(app, _body()) == 204  # a replay: answered, not handled again
    assert await _post(app, _body(sent_at="2030-01-01T08:05:00.000Z")) == 204  # sent again later
    assert len(recorder.events) == 1


async def test_another_change_of_the_same_booking_is_another_delivery() -> None:
    recorder = Recorder()
    app = _app(MemoryClaims(), recorder)
    await _post(app, _body(attendees=[{"email": "a@example.com"}]))
    await _post(app, _body(attendees=[{"email": "a@example.com"}, {"email": "b@example.com"}]))  # a seat
    await _post(app, _body(startTime="2030-01-08T09:00:00Z"))
    assert len(recorder.events) == 3


async def test_a_duplicate_racing_the_original_gets_409_and_the_handler_runs_once() -> None:
    entered, leave = asyncio.Event(), asyncio.Event()
    handled: list[WebhookEvent] = []

    async def slow(event: WebhookEvent) -> None:
        handled.append(event)
        entered.set()
        await leave.wait()

    app = _app(MemoryClaims(), slow)
    original = asyncio.create_task(_post(app, _body()))
    await entered.wait()
    assert await _post(app, _body()) == 409  # another worker is on it: try again later
    leave.set()
    assert await original == 204
    assert len(handled) == 1


async def test_a_handler_that_fails_leaves_the_delivery_unhandled() -> None:
    recorder = Recorder()
    recorder.fail_next = 1
    app = _app(MemoryClaims(), recorder)
    assert await _post(app, _body()) == 500
    assert await _post(app, _body()) == 204  # the retry runs the handler
    assert await _post(app, _body()) == 204
    assert len(recorder.events) == 1


async def test_a_handler_answering_an_error_leaves_it_unhandled_too() -> None:
    answers = [Response(status_code=503), None]
    calls: list[WebhookEvent] = []

    async def flaky(event: WebhookEvent) -> Response | None:
        calls.append(event)
        return answers.pop(0)

    app = _app(MemoryClaims(), flaky)
    assert await _post(app, _body()) == 503
    assert await _post(app, _body()) == 204
    assert await _post(app, _body()) == 204
    assert len(calls) == 2


async def test_a_template_body_is_identified_by_its_text() -> None:
    recorder = Recorder()
    app = _app(MemoryClaims(), recorder)
    form = "application/x-www-form-urlencoded"
    for body in (b"booking=bk_1&start=09:00", b"booking=bk_1&start=09:00", b"booking=bk_1&start=10:00"):
        assert await _post(app, body, form) == 204
    assert len(recorder.events) == 2


def test_the_delivery_key_names_trigger_and_subject_and_ignores_the_send_time() -> None:
    first = delivery_key(parse_event(_body()))
    assert first.startswith("BOOKING_CREATED:bk_1:") and len(first.rsplit(":", 1)[1]) == 64
    assert delivery_key(parse_event(_body(sent_at="2031-01-01T00:00:00.000Z"))) == first
    assert delivery_key(parse_event(_body(endTime="2030-01-07T10:00:00Z"))) != first
    custom = delivery_key(parse_event(b'{"booking": "bk_1"}'))
    assert custom.startswith("custom:-:")


@pytest.mark.parametrize("ttl", [{"once_ttl": 0}, {"claim_ttl": -1}])
def test_the_ttls_are_checked_when_the_router_is_made(ttl: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="ttl"):
        webhook_router(secret=SECRET, handler=Recorder(), once=MemoryClaims(), **ttl)


async def test_workers_sharing_redis_claims_handle_a_delivery_once(redis_server: RedisServer) -> None:
    recorders = [Recorder(), Recorder(), Recorder()]
    stores = [RedisClaims(redis_server.url) for _ in recorders]
    workers = [_app(store, recorder) for store, recorder in zip(stores, recorders, strict=True)]
    try:
        recorders[0].fail_next = 1
        assert await _post(workers[0], _body()) == 500  # failed on one worker: not handled
        answers = [await _post(worker, _body()) for worker in workers]  # retried on each worker
    finally:
        for store in stores:
            await store.aclose()
    assert answers == [204, 204, 204]
    assert [len(r.events) for r in recorders] == [1, 0, 0]


async def test_with_redis_down_each_worker_still_handles_and_deduplicates_its_own(
    redis_server: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder()
    async with RedisClaims(redis_server.url, timeout=0.2, retry_interval=60) as claims:
        app = _app(claims, recorder)
        redis_server.stop()
        with caplog.at_level(logging.WARNING, logger="cal_async"):
            assert await _post(app, _body()) == 204
            assert await _post(app, _body()) == 204
    assert len(recorder.events) == 1  # handled (never dropped), once in this process
    assert [r.getMessage() for r in caplog.records if "Redis failed" in r.getMessage()]
