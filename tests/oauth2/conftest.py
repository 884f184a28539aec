"""A fake Cal.com with a registered OAuth client, its clock frozen so expiry is stepped by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from cal_async import AuthorizationRequest, OAuthApp, OAuthScope, OAuthTokens
from cal_async.testing import FakeCal
from cal_async.testing.oauth2 import FakeOAuthClient
from tests.adversarial.secret_checks import debug_logs

__all__ = ["debug_logs"]  # every logger at DEBUG, for the tests that look for secrets in logs

URL = "http://cal.test"
REDIRECT = "https://app.example/callback"
SCOPES = (OAuthScope.BOOKING_READ, OAuthScope.PROFILE_READ, OAuthScope.ORG_PROFILE_READ)


@pytest.fixture
def fake() -> FakeCal:
    return FakeCal(now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC))


@pytest.fixture
def registered(fake: FakeCal) -> FakeOAuthClient:
    return fake.app.oauth.register_client(REDIRECT, SCOPES)


@pytest.fixture
def app(registered: FakeOAuthClient) -> OAuthApp:
    return registered.app(URL)


@pytest.fixture
async def http(fake: FakeCal) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=fake.app), base_url=URL) as client:
        yield client


async def consent(http: httpx.AsyncClient, login: AuthorizationRequest) -> dict[str, str]:
    """Visit the authorize URL as the user's browser would; the query of the redirect back."""
    response = await http.get(login.url)
    assert response.status_code == 302, response.text
    location = urlsplit(response.headers["location"])
    assert f"{location.scheme}://{location.netloc}{location.path}" == REDIRECT
    return {key: values[0] for key, values in parse_qs(location.query).items()}


async def login(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient, scopes: tuple[OAuthScope, ...] = SCOPES
) -> OAuthTokens:
    """Log in as the fake's default user: authorize, consent, exchange (on the fake's clock)."""
    request = app.authorization_request(scopes)
    code = app.code_from_callback(await consent(http, request), state=request.state)
    return await app.exchange_code(
        code, code_verifier=request.code_verifier, http_client=http, wall_clock=fake.clock.timestamp
    )
