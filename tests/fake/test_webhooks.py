"""Webhook CRUD and deliveries: one signed POST per active subscribed webhook."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from fake_spec import validate_success
from fake_support import BOOKINGS, NOW, book

from cal_async.testing import TRIGGERS, FakeCal, sign
from cal_async.testing.webhook_templates import template_body

FIXTURES = Path(__file__).resolve().parents[1] / "webhooks" / "fixtures"


class Receiver:
    """Captures what the fake POSTs, through an httpx.MockTransport."""

    def __init__(self, status: int = 200) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status)


@pytest.fixture
def receiver() -> Receiver:
    return Receiver()


@pytest.fixture
async def wired(receiver: Receiver) -> AsyncIterator[tuple[FakeCal, httpx.AsyncClient]]:
    fake = FakeCal(now=NOW, webhook_transport=receiver.transport)
    async with fake.http_client() as http:
        http.event_hooks["response"].append(validate_success)
        yield fake, http
    await fake.aclose()


async def subscribe(
    http: httpx.AsyncClient, url: str, triggers: list[str], **extra: object
) -> dict[str, object]:
    response = await http.post(
        "/v2/webhooks", json={"subscriberUrl": url, "triggers": triggers, "active": True, **extra}
    )
    assert response.status_code == 201, response.text
    return response.json()["data"]  # type: ignore[no-any-return]


def expected_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def test_crud_rules(http: httpx.AsyncClient) -> None:
    hook = await subscribe(http, "https://hooks.example/a", ["BOOKING_CREATED"], secret="s")
    assert uuid.UUID(str(hook["id"])) and hook["payloadTemplate"] is None and hook["secret"] == "s"
    duplicate = await http.post(
        "/v2/webhooks",
        json={"subscriberUrl": "https://hooks.example/a", "triggers": ["BOOKING_PAID"], "active": True},
    )
    assert duplicate.status_code == 409 and duplicate.json()["error"]["code"] == "ConflictException"
    for bad in (["BOOKING_CONFIRMED"], ["BOOKING_COMPLETED"], "BOOKING_CREATED", None):
        response = await http.post(
            "/v2/webhooks", json={"subscriberUrl": "https://hooks.example/b", "triggers": bad, "active": True}
        )
        assert response.status_code == 400, bad
        assert response.json()["error"]["details"]["errors"][0]["property"] == "triggers"
    every = await subscribe(http, "https://hooks.example/c", list(TRIGGERS))
    assert len(every["triggers"]) == 18  # type: ignore[arg-type]
    listed = (await http.get("/v2/webhooks", params={"take": 1, "skip": 1})).json()["data"]
    assert [w["id"] for w in listed] == [every["id"]]
    assert (await http.get(f"/v2/webhooks/{uuid.uuid4()}")).status_code == 404


async def test_an_empty_trigger_list_is_valid(http: httpx.AsyncClient) -> None:
    # webhook.input.ts: @IsArray() @IsEnum(WebhookTriggerEvents, { each: true }) accepts [].
    hook = await subscribe(http, "https://hooks.example/none", [])
    assert hook["triggers"] == []
    updated = await http.patch(f"/v2/webhooks/{hook['id']}", json={"triggers": []})
    assert updated.status_code == 200 and updated.json()["data"]["triggers"] == []


async def test_another_users_webhook_is_forbidden(fake: FakeCal, http: httpx.AsyncClient) -> None:
    # IsUserWebhookGuard (apps/api/v2/src/modules/webhooks/guards/is-user-webhook-guard.ts): 403
    # for a webhook of someone else, after the 404 of an unknown id.
    other = fake.add_user("other")
    async with fake.http_client(api_key=fake.add_api_key(other).key) as theirs:
        hook = await subscribe(theirs, "https://other.example/hook", ["BOOKING_CREATED"])
    path = f"/v2/webhooks/{hook['id']}"
    for response in (
        await http.get(path),
        await http.patch(path, json={"active": False}),
        await http.delete(path),
    ):
        assert response.status_code == 403, response.text
        error = response.json()["error"]
        assert error["code"] == "ForbiddenException"
        assert error["message"] == (
            f"IsUserWebhookGuard - user with id=({fake.user.id}) "
            f"is not the owner of webhook with id=({hook['id']})"
        )
    assert fake.state.webhooks[str(hook["id"])].active is True


async def test_delivery_on_create_with_exact_signature(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    hook = await subscribe(http, "https://app.example/cal-hook", ["BOOKING_CREATED"], secret="whsec-123")
    et = fake.add_event_type(slug="chat", length=30)
    booking = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]
    assert len(receiver.requests) == 1
    sent = receiver.requests[0]
    assert (sent.method, str(sent.url)) == ("POST", "https://app.example/cal-hook")
    assert sent.headers["X-Cal-Signature-256"] == expected_signature("whsec-123", sent.content)
    assert sent.headers["content-type"] == "application/json"
    body = json.loads(sent.content)
    assert set(body) == {"triggerEvent", "createdAt", "payload"}
    assert (body["triggerEvent"], body["createdAt"]) == ("BOOKING_CREATED", "2025-10-20T08:00:00.000Z")
    payload = body["payload"]
    assert (payload["uid"], payload["bookingId"], payload["eventTypeId"]) == (
        booking["uid"],
        booking["id"],
        et.id,
    )
    assert (payload["startTime"], payload["endTime"]) == ("2025-10-21T09:00:00Z", "2025-10-21T09:30:00Z")
    assert payload["status"] == "ACCEPTED"
    assert payload["organizer"]["email"] == fake.user.email
    assert payload["attendees"][0]["utcOffset"] == 60  # Europe/London on 21 Oct 2025 is BST
    assert payload["attendees"][0]["language"] == {"locale": "en"}
    record = fake.deliveries[0]
    assert (record.webhook_id, record.status_code, record.body) == (hook["id"], 200, sent.content)
    assert record.signature == sign(sent.content, "whsec-123")


async def test_reschedule_and_cancel_deliveries(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    await subscribe(
        http, "https://app.example/all", ["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"]
    )
    et = fake.add_event_type(slug="chat", length=30)
    old = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]
    new = (
        await http.post(
            f"/v2/bookings/{old['uid']}/reschedule", json={"start": "2025-10-21T11:00:00Z"}, headers=BOOKINGS
        )
    ).json()["data"]
    await http.post(f"/v2/bookings/{new['uid']}/cancel", json={"cancellationReason": "Ill"}, headers=BOOKINGS)
    bodies = [json.loads(r.content) for r in receiver.requests]
    assert [b["triggerEvent"] for b in bodies] == [
        "BOOKING_CREATED",
        "BOOKING_RESCHEDULED",
        "BOOKING_CANCELLED",
    ]
    rescheduled = bodies[1]["payload"]
    assert (rescheduled["uid"], rescheduled["rescheduleUid"], rescheduled["rescheduleId"]) == (
        new["uid"], old["uid"], old["id"]
    )  # fmt: skip
    assert rescheduled["rescheduleStartTime"] == "2025-10-21T09:00:00Z"
    assert rescheduled["startTime"] == "2025-10-21T11:00:00Z"
    cancelled = bodies[2]["payload"]
    assert (cancelled["status"], cancelled["cancellationReason"]) == ("CANCELLED", "Ill")
    # handleCancelBooking.ts formats with dayjs(...).format(): +00:00, unlike the Z elsewhere.
    assert (cancelled["startTime"], cancelled["endTime"]) == (
        "2025-10-21T11:00:00+00:00",
        "2025-10-21T11:30:00+00:00",
    )
    # No secret: the header is the literal placeholder.
    assert {r.headers["X-Cal-Signature-256"] for r in receiver.requests} == {"no-secret-provided"}


async def test_only_active_subscribed_hooks_get_a_delivery(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    await subscribe(http, "https://a.example/created", ["BOOKING_CREATED"])
    await subscribe(http, "https://a.example/cancel-only", ["BOOKING_CANCELLED"])
    paused = await subscribe(http, "https://a.example/paused", ["BOOKING_CREATED"])
    await http.patch(f"/v2/webhooks/{paused['id']}", json={"active": False})
    other_user = fake.add_user("other")
    other_key = fake.add_api_key(other_user).key
    async with fake.http_client(api_key=other_key) as other:
        await subscribe(other, "https://a.example/other-user", ["BOOKING_CREATED"])
    et = fake.add_event_type(slug="chat", length=30)
    await book(http, et.id, "2025-10-21T09:00:00Z")
    assert [str(r.url) for r in receiver.requests] == ["https://a.example/created"]


async def test_payload_template_replaces_the_body(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    template = (
        '{\n  "text": "{{title}} at {{startTime}} ({{triggerEvent}})",\n'
        '  "who": "{{organizer.name}}",\n  "x": "{{nope}}"\n}'
    )
    await subscribe(
        http, "https://chat.example/hook", ["BOOKING_CREATED"], payloadTemplate=template, secret="k"
    )
    et = fake.add_event_type(title="Q&A", slug="chat", length=30)
    await book(http, et.id, "2025-10-21T09:00:00Z")
    sent = receiver.requests[0]
    # sendPayload.ts applyTemplate: handlebars (HTML-escaped values, unknown ones empty), then
    # JSON.stringify(JSON.parse(...)): compact, whatever the template's own spacing.
    assert sent.content == (
        b'{"text":"Q&amp;A between Fake Host and Ada Lovelace at 2025-10-21T09:00:00Z (BOOKING_CREATED)",'
        b'"who":"Fake Host","x":""}'
    )
    assert sent.headers["content-type"] == "application/json"
    assert sent.headers["X-Cal-Signature-256"] == expected_signature("k", sent.content)


async def test_a_non_json_template_is_sent_form_urlencoded_and_signed(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    from cal_async.webhooks import TemplateEvent, parse_event, verify_signature

    fake, http = wired
    template = "event={{triggerEvent}}&uid={{uid}}&email={{attendees.0.email}}"
    await subscribe(
        http, "https://forms.example/hook", ["BOOKING_CREATED"], payloadTemplate=template, secret="k"
    )
    et = fake.add_event_type(slug="chat", length=30)
    uid = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    sent = receiver.requests[0]
    # sendPayload.ts: a template that is not JSON keeps its rendering, as form-urlencoded.
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert sent.content == f"event=BOOKING_CREATED&uid={uid}&email=ada@example.com".encode()
    assert sent.headers["X-Cal-Signature-256"] == expected_signature("k", sent.content)
    verify_signature(sent.content, sent.headers["X-Cal-Signature-256"], "k")
    event = parse_event(sent.content, sent.headers["content-type"])
    assert isinstance(event, TemplateEvent)
    assert event.payload == {"event": "BOOKING_CREATED", "uid": uid, "email": "ada@example.com"}


@pytest.mark.parametrize("name", ["template_json", "template_json_invalid_render", "template_form"])
def test_template_rendering_matches_handlebars(name: str) -> None:
    # tests/webhooks/fixtures/<name>.json holds the body Node + handlebars 4.7.8 produced with the
    # server's applyTemplate steps (sign_fixtures.mjs); the fake must send the same bytes.
    fixture = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    body, content_type = template_body(fixture["template"], fixture["data"])
    assert (body.decode(), content_type) == (fixture["rendered"], fixture["contentType"])


async def test_failing_receiver_does_not_fail_the_booking(fake: FakeCal) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    broken = FakeCal(now=NOW, webhook_transport=httpx.MockTransport(refuse))
    async with broken.http_client() as http:
        await subscribe(http, "https://down.example/hook", ["BOOKING_CREATED"])
        et = broken.add_event_type(slug="chat", length=30)
        assert (await book(http, et.id, "2025-10-21T09:00:00Z")).status_code == 201
    record = broken.deliveries[0]
    assert record.status_code is None and record.error is not None and "ConnectError" in record.error


async def test_crashing_receiver_app_does_not_fail_the_booking() -> None:
    async def crashing_app(scope: object, receive: object, send: object) -> None:
        raise RuntimeError("receiver bug")

    fake = FakeCal(now=NOW, webhook_transport=httpx.ASGITransport(app=crashing_app))  # type: ignore[arg-type]
    async with fake.http_client() as http:
        await subscribe(http, "http://app.test/hook", ["BOOKING_CREATED"])
        et = fake.add_event_type(slug="chat", length=30)
        assert (await book(http, et.id, "2025-10-21T09:00:00Z")).status_code == 201
    assert fake.deliveries[0].error == "RuntimeError: receiver bug" and fake.errors == []


async def test_no_transport_records_without_sending(http: httpx.AsyncClient, fake: FakeCal) -> None:
    await subscribe(http, "https://nowhere.example/hook", ["BOOKING_CREATED"], secret="abc")
    et = fake.add_event_type(slug="chat", length=30)
    await book(http, et.id, "2025-10-21T09:00:00Z")
    (record,) = fake.deliveries
    assert record.status_code is None and record.error is None
    assert record.signature == expected_signature("abc", record.body)
    assert record.json()["payload"]["type"] == "chat"


async def test_delivery_into_an_asgi_app_verifying_the_signature() -> None:
    """What a user's web app sees: the raw body and a header it can verify with its secret."""
    verified: list[bool] = []

    async def app(
        scope: dict[str, object], receive: Callable[[], object], send: Callable[[dict[str, object]], object]
    ) -> None:
        body = b""
        while True:
            message = await receive()  # type: ignore[misc]
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        headers = dict(scope["headers"])  # type: ignore[call-overload]
        verified.append(headers[b"x-cal-signature-256"].decode() == expected_signature("topsecret", body))
        await send({"type": "http.response.start", "status": 204, "headers": []})  # type: ignore[misc]
        await send({"type": "http.response.body", "body": b""})  # type: ignore[misc]

    fake = FakeCal(now=NOW, webhook_transport=httpx.ASGITransport(app=app))  # type: ignore[arg-type]
    async with fake.http_client() as http:
        await subscribe(http, "http://my-app.test/webhooks/cal", ["BOOKING_CREATED"], secret="topsecret")
        et = fake.add_event_type(slug="chat", length=30)
        await book(http, et.id, "2025-10-21T09:00:00Z")
    await fake.aclose()
    assert verified == [True] and fake.deliveries[0].status_code == 204


async def test_sdk_receiver_accepts_the_fakes_deliveries(wired: tuple[FakeCal, httpx.AsyncClient]) -> None:
    """Cross-check with cal_async.webhooks: its verifier and parser accept what the fake sends."""
    from cal_async.webhooks import BookingEvent, parse_event, verify_signature

    fake, http = wired
    triggers = ["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"]
    await subscribe(http, "https://app.example/hook", triggers, secret="shh")
    et = fake.add_event_type(slug="chat", length=30)
    uid = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    moved = await http.post(
        f"/v2/bookings/{uid}/reschedule", json={"start": "2025-10-21T10:00:00Z"}, headers=BOOKINGS
    )
    await http.post(
        f"/v2/bookings/{moved.json()['data']['uid']}/cancel",
        json={"cancellationReason": "x"},
        headers=BOOKINGS,
    )
    assert [d.trigger for d in fake.deliveries] == triggers
    for delivery in fake.deliveries:
        verify_signature(delivery.body, delivery.signature, "shh")
        event = parse_event(delivery.body)
        assert isinstance(event, BookingEvent) and event.trigger == delivery.trigger
        assert event.uid == delivery.json()["payload"]["uid"]
        assert event.start_time is not None and event.start_time.tzinfo is not None
    rescheduled = parse_event(fake.deliveries[1].body)
    assert isinstance(rescheduled, BookingEvent) and rescheduled.reschedule_uid == uid


async def test_confirmation_flow_triggers(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    await subscribe(
        http, "https://app.example/h", ["BOOKING_REQUESTED", "BOOKING_CREATED", "BOOKING_REJECTED"]
    )
    et = fake.add_event_type(slug="vetted", length=30, requires_confirmation=True)
    first = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    second = (await book(http, et.id, "2025-10-21T10:00:00Z")).json()["data"]["uid"]
    await http.post(f"/v2/bookings/{first}/confirm", headers=BOOKINGS)
    await http.post(f"/v2/bookings/{second}/decline", json={"reason": "no"}, headers=BOOKINGS)
    seen = [
        (d.trigger, d.json()["payload"]["status"], d.json()["payload"]["startTime"]) for d in fake.deliveries
    ]
    assert seen == [
        ("BOOKING_REQUESTED", "PENDING", "2025-10-21T09:00:00Z"),
        ("BOOKING_REQUESTED", "PENDING", "2025-10-21T10:00:00Z"),
        ("BOOKING_CREATED", "ACCEPTED", "2025-10-21T09:00:00Z"),
        # confirm.handler.ts builds the rejection's times with toISOString(): milliseconds.
        ("BOOKING_REJECTED", "REJECTED", "2025-10-21T10:00:00.000Z"),
    ]


async def test_meeting_started_and_ended_are_scheduled_and_sent_flat(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    from cal_async.webhooks import MeetingEvent, parse_event, verify_signature

    fake, http = wired
    await subscribe(http, "https://app.example/meetings", ["MEETING_STARTED", "MEETING_ENDED"], secret="m")
    et = fake.add_event_type(slug="chat", length=30)
    booking = (await book(http, et.id, "2025-10-21T09:00:00Z")).json()["data"]
    dropped = (await book(http, et.id, "2025-10-21T10:00:00Z")).json()["data"]
    await http.post(
        f"/v2/bookings/{dropped['uid']}/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS
    )
    assert await fake.run_scheduled_webhooks() == [] and receiver.requests == []

    fake.freeze_time(NOW.replace(day=21, hour=9))  # the booking's start
    [started] = await fake.run_scheduled_webhooks()
    fake.advance(timedelta(minutes=30).total_seconds())
    [ended] = await fake.run_scheduled_webhooks()
    assert await fake.run_scheduled_webhooks() == []  # each job is sent once; the cancelled one never

    assert [r.headers["content-type"] for r in receiver.requests] == ["application/json"] * 2
    for delivery, trigger in ((started, "MEETING_STARTED"), (ended, "MEETING_ENDED")):
        # scheduleTrigger.ts stores JSON.stringify({ triggerEvent, ...booking }): no envelope, and
        # the root createdAt is the booking's (created at NOW), not the delivery time.
        body = delivery.json()
        assert "payload" not in body
        assert (body["triggerEvent"], body["uid"], body["id"]) == (trigger, booking["uid"], booking["id"])
        assert (body["createdAt"], body["startTime"]) == (
            "2025-10-20T08:00:00.000Z",
            "2025-10-21T09:00:00.000Z",
        )
        assert body["status"] == "ACCEPTED" and body["user"]["email"] == fake.user.email
        verify_signature(delivery.body, delivery.signature, "m")
        event = parse_event(delivery.body)
        assert isinstance(event, MeetingEvent) and event.trigger == trigger
        assert event.created_at is None and event.booking_created_at == NOW
        assert event.uid == booking["uid"] and event.attendees[0].email == "ada@example.com"


async def test_a_late_scheduled_meeting_trigger_is_dropped_after_a_day(
    wired: tuple[FakeCal, httpx.AsyncClient], receiver: Receiver
) -> None:
    fake, http = wired
    await subscribe(http, "https://app.example/meetings", ["MEETING_STARTED"])
    et = fake.add_event_type(slug="chat", length=30)
    await book(http, et.id, "2025-10-21T09:00:00Z")
    # handleWebhookScheduledTriggers.ts deletes jobs whose startAfter is more than a day ago.
    fake.freeze_time(NOW.replace(day=22, hour=9, minute=1))
    assert await fake.run_scheduled_webhooks() == [] and receiver.requests == []


async def test_every_delivery_the_fake_makes_verifies_and_parses_in_the_sdk(
    wired: tuple[FakeCal, httpx.AsyncClient],
) -> None:
    from cal_async.webhooks import BookingEvent, MeetingEvent, parse_event, verify_signature

    fake, http = wired
    produced = [
        "BOOKING_CREATED", "BOOKING_REQUESTED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED",
        "BOOKING_REJECTED", "MEETING_STARTED", "MEETING_ENDED",
    ]  # fmt: skip
    await subscribe(http, "https://app.example/all", produced, secret="all")
    chat = fake.add_event_type(slug="chat", length=30)
    vetted = fake.add_event_type(slug="vetted", length=30, requires_confirmation=True)
    uid = (await book(http, chat.id, "2025-10-21T09:00:00Z")).json()["data"]["uid"]
    moved = (
        await http.post(
            f"/v2/bookings/{uid}/reschedule", json={"start": "2025-10-21T11:00:00Z"}, headers=BOOKINGS
        )
    ).json()["data"]["uid"]
    kept = (await book(http, chat.id, "2025-10-21T13:00:00Z")).json()["data"]["uid"]
    await http.post(f"/v2/bookings/{moved}/cancel", json={"cancellationReason": "x"}, headers=BOOKINGS)
    pending = (await book(http, vetted.id, "2025-10-21T15:00:00Z")).json()["data"]["uid"]
    await http.post(f"/v2/bookings/{pending}/decline", json={"reason": "no"}, headers=BOOKINGS)
    fake.freeze_time(NOW.replace(day=21, hour=14))
    await fake.run_scheduled_webhooks()

    assert sorted({d.trigger for d in fake.deliveries}) == sorted(produced)
    for delivery in fake.deliveries:
        verify_signature(delivery.body, delivery.signature, "all")
        event = parse_event(delivery.body, delivery.headers["Content-Type"])
        assert event.trigger == delivery.trigger
        family = MeetingEvent if delivery.trigger.startswith("MEETING_") else BookingEvent
        assert isinstance(event, family), delivery.trigger
        assert event.start_time is not None and event.start_time.tzinfo is not None
        assert event.uid in {uid, moved, kept, pending}
    meetings = [parse_event(d.body) for d in fake.deliveries if d.trigger.startswith("MEETING_")]
    # The jobs of the moved and the cancelled booking were dropped.
    assert {m.uid for m in meetings if isinstance(m, MeetingEvent)} == {kept} and len(meetings) == 2
