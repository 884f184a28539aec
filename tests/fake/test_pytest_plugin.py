"""The pytest plugin as a user enables it: a small FastAPI project tested in a separate pytest run.

The project's files below are the README's example, so the README stays true."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("fastapi")
REPO_ROOT = Path(__file__).resolve().parents[2]

MYAPP = """
from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, FastAPI

from cal_async import CalClient
from cal_async.webhooks import WebhookEvent
from cal_async.webhooks.fastapi import webhook_router

CAL_USERNAME = "acme"
DEMO_SLUG = "demo"
WEBHOOK_SECRET = "whsec-demo"

app = FastAPI()
received: list[WebhookEvent] = []


async def get_cal() -> AsyncIterator[CalClient]:
    async with CalClient() as cal:  # reads CAL_API_KEY in production
        yield cal


@app.post("/demo-calls")
async def book_demo(email: str, start: str, cal: Annotated[CalClient, Depends(get_cal)]) -> dict[str, str]:
    booking = await cal.bookings.create(
        body={
            "eventTypeSlug": DEMO_SLUG,
            "username": CAL_USERNAME,
            "start": start,
            "attendee": {"name": email, "email": email, "timeZone": "Europe/Paris"},
        }
    )
    return {"uid": booking.uid}


async def on_cal_event(event: WebhookEvent) -> None:
    received.append(event)


app.include_router(webhook_router(secret=WEBHOOK_SECRET, handler=on_cal_event))
"""

CONFTEST = """
pytest_plugins = ["cal_async.testing.pytest_plugin"]
"""

TEST_MYAPP = """
import httpx
import pytest

from myapp import WEBHOOK_SECRET, app, get_cal, received


@pytest.mark.asyncio
async def test_booking_a_demo_call(cal_fake, cal_client):
    # Seed the fake Cal.com: the host, their event type, and a webhook pointing at our app.
    host = cal_fake.add_user("acme", time_zone="Europe/Paris")
    cal_fake.add_event_type(host, slug="demo", length=30)
    cal_fake.add_webhook(
        host,
        subscriber_url="http://myapp.test/webhooks/cal",
        triggers=["BOOKING_CREATED"],
        secret=WEBHOOK_SECRET,
    )
    cal_fake.deliver_webhooks_to(httpx.ASGITransport(app=app))
    # Our app talks to the fake instead of api.cal.com.
    app.dependency_overrides[get_cal] = lambda: cal_client
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://myapp.test") as client:
            response = await client.post(
                "/demo-calls", params={"email": "ada@example.com", "start": "2030-01-07T09:00:00Z"}
            )
    finally:
        app.dependency_overrides.clear()

    assert response.status_code == 200
    booking = cal_fake.booking(response.json()["uid"])
    assert booking.attendees[0].email == "ada@example.com"
    # The fake delivered a signed BOOKING_CREATED to our webhook route, which verified it.
    assert [d.status_code for d in cal_fake.deliveries] == [204]
    assert [e.trigger for e in received] == ["BOOKING_CREATED"]
"""


def test_plugin_in_a_users_fastapi_project(tmp_path: Path) -> None:
    for name, text in (("myapp.py", MYAPP), ("conftest.py", CONFTEST), ("test_myapp.py", TEST_MYAPP)):
        (tmp_path / name).write_text(textwrap.dedent(text).lstrip())
    # A pytest.ini of its own keeps pytest from picking up this repo's configuration.
    (tmp_path / "pytest.ini").write_text("[pytest]\nasyncio_default_fixture_loop_scope = function\n")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO_ROOT), str(tmp_path)])}
    env.pop("CAL_API_KEY", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
