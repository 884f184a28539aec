"""The fake's authorize and token endpoints and its scope checks, driven through the SDK.

Server behaviour encoded here: docs/api-reference/v2/oauth.mdx (parameters, errors, expires_in
1800, rotation), apps/api/v2/src/modules/auth/oauth2/controllers/oauth2-token.controller.ts (JSON
or form bodies, {status, data}), apps/api/v2/src/modules/auth/guards/oauth-permissions/
oauth-permissions.guard.ts (403 insufficient_scope, ORG_ implies TEAM_).
"""

from __future__ import annotations

import httpx
import pytest

from cal_async import (
    CalClient,
    OAuthApp,
    OAuthError,
    OAuthScope,
    OAuthSession,
    PermissionDeniedError,
    ReauthorizationRequired,
)
from cal_async.testing import FakeCal
from cal_async.testing.oauth2 import CODE_TTL, FakeOAuthClient

from .conftest import REDIRECT, SCOPES, URL, consent, login


async def test_confidential_login_gives_30_minute_tokens(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    assert tokens.expires_at == fake.clock.timestamp() + 1800
    # outputs/oauth2-tokens.output.ts exposes no scope: the granted scopes are unknown...
    assert tokens.scope is None
    # ...unless the server lists them, as the docs show it.
    fake.app.oauth.reply_scope = True
    assert (await login(fake, app, http)).scope == ("BOOKING_READ", "PROFILE_READ", "ORG_PROFILE_READ")
    me = await http.get("/v2/me", headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert me.status_code == 200 and me.json()["data"]["id"] == fake.user.id


async def test_public_client_needs_pkce(fake: FakeCal, http: httpx.AsyncClient) -> None:
    public = fake.app.oauth.register_client(REDIRECT, SCOPES, confidential=False)
    app = public.app(URL)
    assert app.client_secret is None
    request = app.authorization_request([OAuthScope.BOOKING_READ])
    code = app.code_from_callback(await consent(http, request), state=request.state)
    wrong = app.authorization_request([OAuthScope.BOOKING_READ]).code_verifier
    with pytest.raises(ReauthorizationRequired) as caught:
        await app.exchange_code(code, code_verifier=wrong, http_client=http)
    # packages/features/oauth/services/OAuthService.ts verifyPKCE: RFC 7636 4.6's invalid_grant.
    assert caught.value.error_description == "pkce_verification_failed"
    # The right verifier works, and so does refreshing without a secret (oauth.mdx 3.2 and 4.2).
    request = app.authorization_request([OAuthScope.BOOKING_READ])
    code = app.code_from_callback(await consent(http, request), state=request.state)
    tokens = await app.exchange_code(code, code_verifier=request.code_verifier, http_client=http)
    assert tokens.access_token and tokens.scope is None
    renewed = await app.refresh(tokens.refresh_token, http_client=http)
    assert renewed.refresh_token != tokens.refresh_token
    # Without a challenge a public client is refused at the authorize step.
    bare = await http.get(
        "/auth/oauth2/authorize",
        params={
            "client_id": public.client_id,
            "redirect_uri": REDIRECT,
            "state": "s",
            "scope": "BOOKING_READ",
        },
    )
    assert "code_challenge+required" in bare.headers["location"]


async def test_a_code_is_single_use_and_expires(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    request = app.authorization_request(SCOPES)
    code = app.code_from_callback(await consent(http, request), state=request.state)
    await app.exchange_code(code, code_verifier=request.code_verifier, http_client=http)
    with pytest.raises(ReauthorizationRequired, match="code_invalid_or_expired"):
        await app.exchange_code(code, code_verifier=request.code_verifier, http_client=http)

    request = app.authorization_request(SCOPES)
    code = app.code_from_callback(await consent(http, request), state=request.state)
    fake.clock.advance(CODE_TTL + 1)
    with pytest.raises(ReauthorizationRequired, match="code_invalid_or_expired"):
        await app.exchange_code(code, code_verifier=request.code_verifier, http_client=http)


async def test_wrong_secret_and_unknown_client(
    fake: FakeCal, registered: FakeOAuthClient, http: httpx.AsyncClient
) -> None:
    request = registered.app(URL).authorization_request(SCOPES)
    code = registered.app(URL).code_from_callback(await consent(http, request), state=request.state)
    impostor = registered.app(URL).__class__(
        client_id=registered.client_id, redirect_uri=REDIRECT, client_secret="wrong", app_url=URL, api_url=URL
    )
    with pytest.raises(OAuthError) as caught:
        await impostor.exchange_code(code, code_verifier=request.code_verifier, http_client=http)
    assert (caught.value.status_code, caught.value.error, caught.value.error_description) == (
        401,
        "invalid_client",
        "invalid_client_credentials",
    )
    assert type(caught.value) is OAuthError


async def test_token_endpoint_takes_form_bodies_and_checks_grant_type(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    form = {
        "client_id": app.client_id,
        "client_secret": app.client_secret or "",
        "grant_type": "refresh_token",
        "refresh_token": tokens.refresh_token,
    }
    reply = await http.post("/v2/auth/oauth2/token", data=form)
    assert reply.status_code == 200 and reply.json()["expires_in"] == 1800
    bad = await http.post("/v2/auth/oauth2/token", json={**form, "grant_type": "password"})
    assert bad.status_code == 400
    assert bad.json() == {
        "error": "invalid_request",
        "error_description": "grant_type must be 'authorization_code' or 'refresh_token'",
    }


async def test_scope_checks_on_authorize(
    fake: FakeCal, registered: FakeOAuthClient, http: httpx.AsyncClient
) -> None:
    app = registered.app(URL)
    params = await consent(http, app.authorization_request([OAuthScope.SCHEDULE_WRITE]))
    assert params["error"] == "invalid_request"
    assert params["error_description"] == "Requested scope exceeds the client's registered scopes"
    with pytest.raises(OAuthError, match="invalid_request"):
        app.code_from_callback(params, state=params["state"])


async def test_refresh_rotates_and_revocation_ends_it(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    first = await login(fake, app, http)
    second = await app.refresh(first.refresh_token, http_client=http)
    assert second.refresh_token != first.refresh_token
    # OAuthService.refreshAccessToken: the rotated token's stored secret is gone.
    with pytest.raises(ReauthorizationRequired, match="refresh_token_revoked"):
        await app.refresh(first.refresh_token, http_client=http)  # rotated away
    fake.app.oauth.revoke(app.client_id)
    with pytest.raises(ReauthorizationRequired, match="refresh_token_revoked"):
        await app.refresh(second.refresh_token, http_client=http)
    # The access token is a JWT the API does not look up: it works until it expires.
    headers = {"Authorization": f"Bearer {second.access_token}"}
    assert (await http.get("/v2/me", headers=headers)).status_code == 200
    fake.clock.advance(1800)
    gone = await http.get("/v2/me", headers=headers)
    assert (gone.status_code, gone.json()["error"]["message"]) == (401, "Invalid Access Token.")


async def test_wrapped_reply_is_read_too(fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient) -> None:
    fake.app.oauth.wrap_token_reply = True
    tokens = await login(fake, app, http)
    raw = await http.post(
        "/v2/auth/oauth2/token",
        json={
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
        },
    )
    assert raw.json()["status"] == "success" and "access_token" in raw.json()["data"]


async def test_routes_enforce_scopes(fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient) -> None:
    tokens = await login(fake, app, http, (OAuthScope.PROFILE_READ, OAuthScope.ORG_PROFILE_READ))
    session = OAuthSession(app, tokens, wall_clock=fake.clock.timestamp)
    team = fake.add_team(None, "sales", members=[fake.user])
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        assert (await cal.me.get()).id == fake.user.id
        with pytest.raises(PermissionDeniedError, match="Required: BOOKING_READ"):
            await cal.bookings.list()
        # ORG_PROFILE_READ covers TEAM_PROFILE_READ.
        assert (await cal.teams.get(team.id)).id == team.id
        # Webhooks carry no @OAuthPermissions: third-party tokens are refused outright.
        with pytest.raises(PermissionDeniedError, match="not available for third-party"):
            await cal.webhooks.list()
    # The same routes still work with an API key: the check is for OAuth tokens only.
    async with fake.client() as cal:
        await cal.bookings.list()
