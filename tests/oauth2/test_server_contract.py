"""The token endpoint as Cal.com's server implements it, checked against the SDK and the fake.

Sources (calcom/cal.com, the newest versions found): apps/api/v2/src/modules/auth/oauth2/
inputs/token.input.pipe.ts, inputs/exchange.input.ts, inputs/refresh.input.ts,
controllers/oauth2.controller.ts, outputs/oauth2-tokens.output.ts, services/oauth2-error.service.ts,
filters/oauth2-http-exception.filter.ts; packages/features/oauth/services/OAuthService.ts;
apps/api/v2/src/modules/auth/guards/oauth-permissions/oauth-permissions.guard.ts;
docs/api-reference/v2/oauth.mdx.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from cal_async import (
    AuthorizationRequest,
    CalClient,
    OAuthApp,
    OAuthError,
    OAuthScope,
    OAuthSession,
    OAuthTokens,
    ReauthorizationRequired,
)
from cal_async._oauth2 import grants
from cal_async.testing import FakeCal
from cal_async.testing.oauth2 import REFRESH_TOKEN_TTL, FakeOAuthClient

from .conftest import REDIRECT, SCOPES, URL, consent, login

TOKEN = "/v2/auth/oauth2/token"


def _sent_bodies(http: httpx.AsyncClient) -> list[dict[str, Any]]:
    bodies: list[dict[str, Any]] = []

    async def record(request: httpx.Request) -> None:
        if request.url.path == TOKEN:
            bodies.append(json.loads(request.content))

    http.event_hooks["request"].append(record)
    return bodies


# inputs/token.input.pipe.ts picks the confidential input when the body has client_secret and
# validates with whitelist + forbidNonWhitelisted; the newest inputs/exchange.input.ts declares
# code_verifier (optional) on OAuth2ExchangeConfidentialInput, and OAuthService.verifyPKCE checks it
# for a confidential client whose code carries a challenge. So the SDK sends both.
async def test_confidential_exchange_sends_secret_and_verifier(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    bodies = _sent_bodies(http)
    await login(fake, app, http)
    assert set(bodies[0]) == {
        "client_id",
        "client_secret",
        "grant_type",
        "code",
        "redirect_uri",
        "code_verifier",
    }
    assert fake.app.oauth.token_requests == 1


async def test_the_pipe_refuses_unknown_and_missing_fields(
    registered: FakeOAuthClient, http: httpx.AsyncClient
) -> None:
    base = {"client_id": registered.client_id, "client_secret": registered.client_secret}
    unknown = await http.post(
        TOKEN, json={**base, "grant_type": "refresh_token", "refresh_token": "r", "scope": "x"}
    )
    assert (unknown.status_code, unknown.json()) == (
        400,
        {
            "error": "invalid_request",
            "error_description": "scope property is wrong,property scope should not exist ",
        },
    )
    missing = await http.post(TOKEN, json={**base, "grant_type": "authorization_code", "code": 7})
    assert missing.json()["error_description"] == (
        "code property is wrong,code must be a string , "
        "redirect_uri property is wrong,redirect_uri must be a string "
    )
    assert (await http.post(TOKEN, json={})).json() == {
        "error": "invalid_request",
        "error_description": "client_id is required",
    }


# controllers/oauth2.controller.ts: @Header("Cache-Control", "no-store") and @Header("Pragma",
# "no-cache") are set before the handler runs, so the OAuth error answers carry them too.
async def test_token_answers_are_not_stored(registered: FakeOAuthClient, http: httpx.AsyncClient) -> None:
    for body in (
        {"client_id": registered.client_id, "grant_type": "refresh_token", "refresh_token": "nope"},
        {"client_id": "unknown", "grant_type": "refresh_token", "refresh_token": "nope"},
    ):
        answer = await http.post(TOKEN, json=body)
        assert answer.status_code in (400, 401)
        assert (answer.headers["cache-control"], answer.headers["pragma"]) == ("no-store", "no-cache")


async def test_a_successful_reply_is_flat_uncached_and_may_lack_scope(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    reply = await http.post(
        TOKEN,
        json={
            "client_id": app.client_id,
            "client_secret": app.client_secret,
            "grant_type": "refresh_token",
            "refresh_token": tokens.refresh_token,
        },
    )
    assert reply.headers["cache-control"] == "no-store" and reply.headers["pragma"] == "no-cache"
    # outputs/oauth2-tokens.output.ts: access_token, token_type, refresh_token, expires_in; no scope.
    assert set(reply.json()) == {"access_token", "token_type", "refresh_token", "expires_in"}


# A reply without scope leaves the granted scopes unknown, not empty: allows() must not answer False
# for everything. oauth-permissions.guard.ts does not check a token without scopes or with only
# legacy ones (READ_BOOKING, READ_PROFILE: oauth.mdx "Legacy Client Migration").
def test_unknown_or_legacy_scopes_allow_everything_and_the_server_decides() -> None:
    unknown = OAuthTokens("a", "r")
    assert unknown.scope is None
    assert all(unknown.allows(scope) for scope in OAuthScope)
    assert OAuthTokens("a", "r", scope=()).allows(OAuthScope.BOOKING_WRITE)
    assert OAuthTokens("a", "r", scope=("READ_BOOKING", "READ_PROFILE")).allows("ORG_PROFILE_WRITE")
    listed = OAuthTokens("a", "r", scope=("BOOKING_READ",))
    assert listed.allows(OAuthScope.BOOKING_READ) and not listed.allows(OAuthScope.BOOKING_WRITE)
    assert not grants(["READ_BOOKING", "PROFILE_READ"], "BOOKING_READ")  # a new scope: checked


async def test_a_legacy_clients_token_without_scopes_is_not_checked(
    fake: FakeCal, http: httpx.AsyncClient
) -> None:
    legacy = fake.app.oauth.register_client(REDIRECT, []).app(URL)
    request = legacy.authorization_request([OAuthScope.PROFILE_READ])
    # The old authorize URL, without scope: a legacy client is not asked for one.
    params = {k: v[0] for k, v in parse_qs(urlsplit(request.url).query).items() if k != "scope"}
    code = legacy.code_from_callback(await consent(http, _as_request(params)), state=request.state)
    tokens = await legacy.exchange_code(code, code_verifier=request.code_verifier, http_client=http)
    async with CalClient(oauth=OAuthSession(legacy, tokens), base_url=URL, http_client=http) as cal:
        await cal.webhooks.list()  # no @OAuthPermissions there: refused to a checked token


# OAuthService.verifyPKCE: a missing verifier (or a method other than S256) is invalid_request
# pkce_missing_parameters_or_invalid_method; a verifier that does not match is invalid_grant
# pkce_verification_failed (RFC 7636 4.6).
async def test_pkce_error_reasons(fake: FakeCal, http: httpx.AsyncClient) -> None:
    public = fake.app.oauth.register_client(REDIRECT, SCOPES, confidential=False)
    app = public.app(URL)
    request = app.authorization_request([OAuthScope.PROFILE_READ])
    code = app.code_from_callback(await consent(http, request), state=request.state)
    body = {"client_id": public.client_id, "grant_type": "authorization_code", "code": code}
    no_verifier = await http.post(TOKEN, json={**body, "redirect_uri": REDIRECT, "code_verifier": ""})
    assert no_verifier.json() == {
        "error": "invalid_request",
        "error_description": "pkce_missing_parameters_or_invalid_method",
    }
    request = app.authorization_request([OAuthScope.PROFILE_READ])
    code = app.code_from_callback(await consent(http, request), state=request.state)
    wrong = app.authorization_request([OAuthScope.PROFILE_READ]).code_verifier
    with pytest.raises(ReauthorizationRequired) as caught:
        await app.exchange_code(code, code_verifier=wrong, http_client=http)
    assert (caught.value.status_code, caught.value.error_description) == (400, "pkce_verification_failed")


# OAuthService.generateAuthorizationCode: a public client must send code_challenge (pkce_required)
# and code_challenge_method S256 (invalid_code_challenge_method: there is no default method); a
# confidential client sending a challenge must name S256 as well. The authorize page sends the user
# back with the reason's text (OAUTH_ERROR_REASONS).
@pytest.mark.parametrize("confidential", [False, True])
async def test_authorize_refuses_a_challenge_without_its_method(
    fake: FakeCal, http: httpx.AsyncClient, confidential: bool
) -> None:
    client = fake.app.oauth.register_client(REDIRECT, SCOPES, confidential=confidential)
    query = parse_qs(urlsplit(client.app(URL).authorization_request([OAuthScope.PROFILE_READ]).url).query)
    params = {key: values[0] for key, values in query.items() if key != "code_challenge_method"}
    refused = await consent(http, _as_request(params))
    assert (refused["error"], refused["error_description"]) == (
        "invalid_request",
        "code_challenge_method must be S256",
    )
    assert "code" not in refused


def _as_request(params: dict[str, str]) -> AuthorizationRequest:
    """An authorization request for a hand-made query (to leave out what the SDK always sends)."""
    return AuthorizationRequest(f"{URL}/auth/oauth2/authorize?{urlencode(params)}", params["state"], "v" * 43)


# OAuthService.mintTokens: refresh tokens are JWTs of 30 days; once one has expired, jwt.verify
# fails and the refresh is invalid_grant invalid_refresh_token. Each refresh rotates the stored
# secret, so a used refresh token is invalid_grant refresh_token_revoked.
async def test_refresh_tokens_expire_after_30_days_and_rotate(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    first = await login(fake, app, http)
    fake.clock.advance(REFRESH_TOKEN_TTL - 1)
    second = await app.refresh(first.refresh_token, http_client=http, wall_clock=fake.clock.timestamp)
    with pytest.raises(ReauthorizationRequired, match="refresh_token_revoked"):
        await app.refresh(first.refresh_token, http_client=http)
    fake.clock.advance(REFRESH_TOKEN_TTL)
    with pytest.raises(ReauthorizationRequired) as caught:
        await app.refresh(second.refresh_token, http_client=http)
    assert caught.value.error_description == "invalid_refresh_token"
    assert "send the user through the authorization URL again" in str(caught.value)


# api-auth.strategy.ts: an expired third-party token no longer decodes, falls through to the
# platform token lookup and gets 401 INVALID_ACCESS_TOKEN ("Invalid Access Token."); the session
# refreshes on that 401 and replays the call.
async def test_an_expired_access_token_is_a_401_the_session_refreshes_on(
    fake: FakeCal, app: OAuthApp, http: httpx.AsyncClient
) -> None:
    tokens = await login(fake, app, http)
    fake.expire_token(tokens.access_token)
    raw = await http.get("/v2/me", headers={"Authorization": f"Bearer {tokens.access_token}"})
    assert (raw.status_code, raw.json()["error"]["message"]) == (401, "Invalid Access Token.")
    saved: list[OAuthTokens] = []
    session = OAuthSession(app, tokens, on_refresh=saved.append, wall_clock=fake.clock.timestamp)
    async with CalClient(oauth=session, base_url=URL, http_client=http) as cal:
        assert (await cal.me.get()).id == fake.user.id
    assert len(saved) == 1


# services/oauth2-error.service.ts + filters/oauth2-http-exception.filter.ts answer
# {error, error_description}; an older path sent Nest's envelope with the OAuth body in details.
async def test_an_oauth_error_inside_nests_envelope_is_read(app: OAuthApp) -> None:
    envelope = {
        "status": "error",
        "error": {
            "code": "HttpException",
            "message": "Http Exception",
            "details": {"error": "invalid_request", "error_description": "client_id is required"},
        },
    }

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(400, json=envelope)

    async with httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http:
        with pytest.raises(OAuthError) as caught:
            await app.refresh("rt", http_client=http)
    assert (caught.value.error, caught.value.error_description) == (
        "invalid_request",
        "client_id is required",
    )
