"""examples/fastapi_oauth end to end against the fake: login, callback, calls, a refresh after
expiry with rotation, and a revoked grant sending the user back to /login."""

from __future__ import annotations

import runpy
from pathlib import Path

import httpx

from cal_async.testing import FakeCal

from .conftest import URL

ROOT = Path(__file__).resolve().parents[2]
APP_URL = "http://localhost:8000"  # plain http only to a loopback host


async def test_login_calls_refresh_rotation_and_revocation(fake: FakeCal, http: httpx.AsyncClient) -> None:
    registered = fake.app.oauth.register_client(f"{APP_URL}/callback", ["PROFILE_READ", "BOOKING_READ"])
    module = runpy.run_path(str(ROOT / "examples/fastapi_oauth/app.py"))
    store = module["TokenStore"]()
    app = module["create_app"](registered.app(URL), http_client=http, store=store, clock=fake.clock.timestamp)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as browser,
    ):
        # /login sends the browser to Cal.com, which (the fake auto-consents) sends it back.
        to_cal = await browser.get("/login")
        assert to_cal.status_code == 302
        back = await http.get(to_cal.headers["location"])
        assert back.status_code == 302 and back.headers["location"].startswith(f"{APP_URL}/callback?code=")
        signed_in = await browser.get(back.headers["location"])
        assert signed_in.status_code == 302 and signed_in.headers["location"] == "/me"
        (user_key, first), *_ = store.tokens.items()

        me = await browser.get("/me")
        assert me.json() == {"id": fake.user.id, "username": fake.user.username}
        assert (await browser.get("/bookings")).json() == {"count": 0}

        # Half an hour later the access token has expired: the client refreshes by itself and the
        # rotated pair reaches the store.
        fake.clock.advance(1801)
        assert (await browser.get("/me")).status_code == 200
        rotated = store.tokens[user_key]
        assert rotated.refresh_token != first.refresh_token and rotated.expires_at > first.expires_at
        assert fake.app.oauth.token_requests == 2

        # The user revokes the app in Cal.com: the access token lives on until it expires (the API
        # does not look it up), then the refresh is refused and the user is sent to log in again.
        fake.app.oauth.revoke(registered.client_id)
        assert (await browser.get("/me")).status_code == 200
        fake.clock.advance(1801)
        gone = await browser.get("/me")
        assert gone.status_code == 401
        assert gone.json() == {"error": "reauthorization_required", "login": "/login"}
        assert user_key not in store.tokens
        assert (await browser.get("/me")).status_code == 401  # and stays signed out


async def test_a_forged_callback_is_refused(fake: FakeCal, http: httpx.AsyncClient) -> None:
    registered = fake.app.oauth.register_client(f"{APP_URL}/callback", ["PROFILE_READ", "BOOKING_READ"])
    module = runpy.run_path(str(ROOT / "examples/fastapi_oauth/app.py"))
    app = module["create_app"](registered.app(URL), http_client=http)
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=APP_URL) as browser,
    ):
        await browser.get("/login")
        forged = await browser.get("/callback", params={"code": "stolen", "state": "not-ours"})
        assert forged.status_code == 400 and forged.json()["error"] == "state_mismatch"
