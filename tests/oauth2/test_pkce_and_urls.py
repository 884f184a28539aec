"""PKCE (RFC 7636), the authorization URL, the callback and the token endpoint's reply shapes."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from cal_async import (
    AuthorizationRequest,
    OAuthApp,
    OAuthError,
    OAuthScope,
    OAuthTokens,
    ReauthorizationRequired,
)
from cal_async._oauth2 import grants, tokens_from_response
from cal_async._pkce import code_challenge, new_code_verifier

APP = OAuthApp(
    client_id="client-1", redirect_uri="https://app.example/callback", client_secret="s3cret-value"
)


def test_s256_matches_rfc7636_appendix_b() -> None:
    # RFC 7636, Appendix B: the example verifier and its S256 challenge.
    verifier = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"
    assert code_challenge(verifier) == "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"


def test_new_verifiers_are_valid_and_distinct() -> None:
    verifiers = {new_code_verifier() for _ in range(50)}
    assert len(verifiers) == 50
    for verifier in verifiers:
        assert re.fullmatch(r"[A-Za-z0-9\-._~]{43,128}", verifier)
        assert re.fullmatch(r"[A-Za-z0-9\-_]{43}", code_challenge(verifier))


@pytest.mark.parametrize("bad", ["short", "x" * 129, "has space" + "x" * 40, "é" * 43])
def test_malformed_verifier_is_a_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="43 to 128"):
        code_challenge(bad)


def test_authorization_url_carries_everything_cal_com_reads() -> None:
    request = APP.authorization_request(
        [OAuthScope.BOOKING_READ, OAuthScope.PROFILE_READ, OAuthScope.BOOKING_READ]
    )
    parts = urlsplit(request.url)
    # docs/api-reference/v2/oauth.mdx, "2. Authorize".
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "app.cal.com", "/auth/oauth2/authorize")
    query = {key: values[0] for key, values in parse_qs(parts.query).items()}
    assert query == {
        "client_id": "client-1",
        "redirect_uri": "https://app.example/callback",
        "state": request.state,
        "scope": "BOOKING_READ PROFILE_READ",
        "code_challenge": code_challenge(request.code_verifier),
        "code_challenge_method": "S256",
    }
    assert len(request.state) >= 32
    assert APP.authorization_request([OAuthScope.BOOKING_READ]).state != request.state
    assert "s3cret" not in request.url


def test_scopes_are_checked() -> None:
    with pytest.raises(ValueError, match="at least one scope"):
        APP.authorization_request([])
    with pytest.raises(TypeError, match="not one string"):
        APP.authorization_request("BOOKING_READ")
    with pytest.raises(ValueError, match=r"not a Cal\.com scope name"):
        APP.authorization_request(["booking:read"])
    # A scope newer than the enum passes as its plain name.
    assert "WEBHOOK_READ" in APP.authorization_request(["WEBHOOK_READ"]).url


def test_org_scope_implies_team_scope_only() -> None:
    # apps/api/v2/src/modules/auth/guards/oauth-permissions/oauth-permissions.guard.ts
    assert grants(["ORG_PROFILE_READ"], "TEAM_PROFILE_READ")
    assert not grants(["TEAM_PROFILE_READ"], "ORG_PROFILE_READ")
    assert not grants(["ORG_PROFILE_READ"], "TEAM_BOOKING_READ")
    assert OAuthTokens("a", "r", scope=("ORG_BOOKING_READ",)).allows(OAuthScope.TEAM_BOOKING_READ)
    # Every ORG_ scope has the TEAM_ scope it implies (oauth.mdx, "Organization Scopes").
    for scope in OAuthScope:
        if scope.startswith("ORG_"):
            assert OAuthScope("TEAM_" + scope[4:])


def test_secrets_stay_out_of_reprs() -> None:
    request = APP.authorization_request([OAuthScope.BOOKING_READ])
    tokens = OAuthTokens("access-secret", "refresh-secret", 10.0, ("BOOKING_READ",))
    for text in (repr(APP), repr(request), repr(tokens)):
        assert "s3cret" not in text and "secret" not in text.replace("client_secret", "")
    assert request.code_verifier not in repr(request)


def test_callback_checks_state_and_errors() -> None:
    assert APP.code_from_callback({"code": "c1", "state": "st"}, state="st") == "c1"
    with pytest.raises(OAuthError, match="state_mismatch") as caught:
        APP.code_from_callback({"code": "c1", "state": "other"}, state="st")
    assert caught.value.error == "state_mismatch"
    with pytest.raises(OAuthError, match="state_mismatch"):
        APP.code_from_callback({"code": "c1"}, state="st")
    with pytest.raises(OAuthError, match="access_denied") as denied:
        APP.code_from_callback(
            {"error": "access_denied", "error_description": "no", "state": "st"}, state="st"
        )
    assert denied.value.error_description == "no"


def _reply(status: int, payload: object) -> httpx.Response:
    return httpx.Response(status, json=payload, request=httpx.Request("POST", "https://api.cal.com/x"))


TOKENS = {
    "access_token": "at",
    "refresh_token": "rt",
    "token_type": "bearer",
    "expires_in": 1800,
    "scope": "BOOKING_READ BOOKING_WRITE",
}


@pytest.mark.parametrize(
    "payload",
    [
        TOKENS,  # docs/api-reference/v2/oauth.mdx, "Success Response (200)"
        {"status": "success", "data": TOKENS},  # oauth2-token.controller.ts returns {status, data}
    ],
)
def test_both_reply_shapes(payload: object) -> None:
    tokens = tokens_from_response(_reply(200, payload), now=1000.0)
    assert tokens == OAuthTokens("at", "rt", 2800.0, ("BOOKING_READ", "BOOKING_WRITE"))


@pytest.mark.parametrize(
    ("status", "payload", "cls", "error"),
    [
        (
            400,
            {"error": "invalid_grant", "error_description": "code_invalid_or_expired"},
            ReauthorizationRequired,
            "invalid_grant",
        ),
        (
            401,
            {"error": "invalid_client", "error_description": "client_not_found"},
            OAuthError,
            "invalid_client",
        ),
        # The controller's HttpException("invalid_request") inside Nest's envelope.
        (
            400,
            {"status": "error", "error": {"code": "BadRequestException", "message": "invalid_request"}},
            OAuthError,
            "invalid_request",
        ),
        (502, "<html>bad gateway</html>", OAuthError, "server_error"),
    ],
)
def test_error_replies(status: int, payload: object, cls: type[OAuthError], error: str) -> None:
    with pytest.raises(cls) as caught:
        tokens_from_response(_reply(status, payload), now=0.0)
    assert type(caught.value) is cls
    assert caught.value.error == error and caught.value.status_code == status


def test_a_reply_without_tokens_is_an_oauth_error() -> None:
    with pytest.raises(OAuthError, match="lacks access_token"):
        tokens_from_response(_reply(200, {"status": "success", "data": {"access_token": "a"}}), now=0.0)
    with pytest.raises(OAuthError, match="not a token object"):
        tokens_from_response(_reply(200, ["x"]), now=0.0)


def test_app_validates_its_fields() -> None:
    with pytest.raises(ValueError, match="redirect_uri must be an absolute"):
        OAuthApp(client_id="c", redirect_uri="/callback")
    with pytest.raises(ValueError, match="client_secret is empty"):
        OAuthApp(client_id="c", redirect_uri="https://x/cb", client_secret="")
    assert isinstance(APP.authorization_request([OAuthScope.APPS_READ]), AuthorizationRequest)
