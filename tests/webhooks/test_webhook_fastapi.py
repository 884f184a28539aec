"""The FastAPI integration, driven through the example app with FastAPI's TestClient."""

from __future__ import annotations

import hashlib
import hmac
import importlib.util
import json
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, Response
from fastapi.testclient import TestClient

from cal_async.webhooks import BookingEvent, BookingStatus, TemplateEvent, WebhookEvent, WebhookTrigger
from cal_async.webhooks.fastapi import CalWebhook, webhook_router
from tests.fresh_process import modules_loaded, run_python

ROOT = Path(__file__).resolve().parents[2]
SECRET = "whsec-example-8d1e"
BODY = json.dumps(
    {
        "triggerEvent": "BOOKING_CREATED",
        "createdAt": "2025-01-01T08:59:58.412Z",
        "payload": {
            "uid": "bk_8Tq2mRkL1c",
            "bookingId": 1042,
            "eventTypeId": 31,
            "startTime": "2025-01-02T10:00:00Z",
            "endTime": "2025-01-02T10:30:00Z",
            "status": "ACCEPTED",
            "organizer": {"id": 7, "email": "ada@example.com", "language": {"locale": "en"}, "utcOffset": 60},
            "attendees": [{"email": "zoe@example.org", "language": {"locale": "fr"}, "utcOffset": -300}],
        },
    },
    separators=(",", ":"),
).encode()


# Module level, as in a real app: this file's string annotations resolve names from module globals.
CAL_WEBHOOK = CalWebhook(secret=SECRET)


def signed(body: bytes, secret: str = SECRET) -> dict[str, str]:
    return {
        "X-Cal-Signature-256": hmac.new(secret.encode(), body, hashlib.sha256).hexdigest(),
        "Content-Type": "application/json",
    }


def load_example() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "fastapi_webhooks_example", ROOT / "examples/fastapi_webhooks/app.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def example_app() -> FastAPI:
    app: FastAPI = load_example().create_app(SECRET)
    return app


def test_a_signed_delivery_reaches_the_handler_as_a_typed_event(example_app: FastAPI) -> None:
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=BODY, headers=signed(BODY))

    assert response.status_code == 204
    assert response.content == b""
    [event] = example_app.state.received
    assert isinstance(event, BookingEvent)
    assert event.trigger is WebhookTrigger.BOOKING_CREATED
    assert event.uid == "bk_8Tq2mRkL1c"
    assert event.start_time == datetime(2025, 1, 2, 10, tzinfo=UTC)
    assert event.status is BookingStatus.ACCEPTED


def test_a_tampered_body_is_refused_with_401(example_app: FastAPI) -> None:
    tampered = BODY.replace(b"bk_8Tq2mRkL1c", b"bk_forged0001")
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=tampered, headers=signed(BODY))

    assert response.status_code == 401
    assert SECRET not in response.text
    assert example_app.state.received == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"X-Cal-Signature-256": "no-secret-provided"},
        {"X-Cal-Signature-256": "0" * 64},
        signed(BODY, secret="someone-elses-secret"),
    ],
    ids=["missing", "unsigned", "zeros", "wrong-secret"],
)
def test_bad_signatures_are_refused_with_401(example_app: FastAPI, headers: dict[str, str]) -> None:
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=BODY, headers=headers)
    assert response.status_code == 401
    assert example_app.state.received == []


@pytest.mark.parametrize("garbage", [b"<html>oops</html>", b"[1, 2, 3]", b""])
def test_a_correctly_signed_garbage_body_is_refused_with_400(example_app: FastAPI, garbage: bytes) -> None:
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=garbage, headers=signed(garbage))
    assert response.status_code == 400
    assert example_app.state.received == []


def test_garbage_with_a_bad_signature_is_401_before_parsing(example_app: FastAPI) -> None:
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=b"garbage", headers=signed(b"other"))
    assert response.status_code == 401


def test_an_app_without_a_secret_accepts_only_unsigned_deliveries() -> None:
    app: FastAPI = load_example().create_app(None, allow_unsigned=True)
    with TestClient(app) as client:
        ok = client.post("/webhooks/cal", content=BODY, headers={"X-Cal-Signature-256": "no-secret-provided"})
        signed_one = client.post("/webhooks/cal", content=BODY, headers=signed(BODY))
    assert ok.status_code == 204
    assert signed_one.status_code == 401
    assert len(app.state.received) == 1


def test_two_apps_keep_their_own_secrets() -> None:
    example = load_example()
    first: FastAPI = example.create_app("secret-one")
    second: FastAPI = example.create_app("secret-two")
    with TestClient(first) as one, TestClient(second) as two:
        assert one.post("/webhooks/cal", content=BODY, headers=signed(BODY, "secret-one")).status_code == 204
        assert two.post("/webhooks/cal", content=BODY, headers=signed(BODY, "secret-one")).status_code == 401


def test_the_handler_can_answer_with_its_own_response() -> None:
    async def handler(event: WebhookEvent) -> Response:
        return Response(content=f"got {event.trigger}", status_code=200)

    app = FastAPI()
    app.include_router(webhook_router(secret=SECRET, handler=handler, path="/hooks"))
    with TestClient(app) as client:
        response = client.post("/hooks", content=BODY, headers=signed(BODY))
    assert (response.status_code, response.text) == (200, "got BOOKING_CREATED")


def test_the_dependency_works_on_a_users_own_route() -> None:
    app = FastAPI()

    @app.post("/mine")
    async def mine(event: Annotated[WebhookEvent, Depends(CAL_WEBHOOK)]) -> dict[str, str | None]:
        assert isinstance(event, BookingEvent)
        return {"uid": event.uid}

    with TestClient(app) as client:
        good = client.post("/mine", content=BODY, headers=signed(BODY))
        bad = client.post("/mine", content=BODY + b" ", headers=signed(BODY))
    assert good.json() == {"uid": "bk_8Tq2mRkL1c"}
    assert bad.status_code == 401


def test_the_dependency_repr_hides_the_secret() -> None:
    assert SECRET not in repr(CalWebhook(secret=SECRET))


def test_importing_the_webhooks_package_does_not_import_fastapi() -> None:
    assert modules_loaded("import cal_async.webhooks", "fastapi") == []


def test_a_signed_form_urlencoded_template_delivery_is_accepted(example_app: FastAPI) -> None:
    # A non-JSON payloadTemplate is delivered rendered, as application/x-www-form-urlencoded and
    # signed like any body (packages/features/webhooks/lib/sendPayload.ts): not a 400.
    body = b"kind=BOOKING_CREATED&booking=bk_8Tq2mRkL1c&who=Zo%C3%AB+Guest"
    headers = {**signed(body), "Content-Type": "application/x-www-form-urlencoded"}
    with TestClient(example_app) as client:
        response = client.post("/webhooks/cal", content=body, headers=headers)
        forged = client.post("/webhooks/cal", content=body + b"&x=1", headers=headers)
    assert (response.status_code, forged.status_code) == (204, 401)
    [event] = example_app.state.received
    assert isinstance(event, TemplateEvent)
    assert event.payload == {"kind": "BOOKING_CREATED", "booking": "bk_8Tq2mRkL1c", "who": "Zoë Guest"}
    assert event.text == body.decode()


def test_importing_the_fastapi_integration_without_fastapi_names_the_extra() -> None:
    # sys.modules[name] = None makes `import name` fail as if the package were not installed.
    code = (
        "import sys; sys.modules['fastapi'] = None\n"
        "try:\n"
        "    import cal_async.webhooks.fastapi\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
        "else:\n"
        "    raise SystemExit('imported without fastapi')\n"
    )
    out = run_python(code)
    assert "pip install 'cal-async[fastapi]'" in out
    assert "cal_async.webhooks.fastapi needs FastAPI" in out
