"""OAuth 2.0 for third-party apps: scopes, the authorization URL (with PKCE) and the token endpoint.

Cal.com's flow (``docs/api-reference/v2/oauth.mdx``): send the user to
``https://app.cal.com/auth/oauth2/authorize`` with ``client_id``, ``redirect_uri``, ``state``,
``scope`` and a PKCE ``code_challenge``; Cal.com redirects back with ``code`` and ``state``; the app
exchanges the code at ``POST https://api.cal.com/v2/auth/oauth2/token`` for a 30-minute access token
and a refresh token, which rotates on every refresh. The token endpoint is not in the OpenAPI
document (``oauth2-token.controller.ts`` is excluded), so it is written by hand here.
"""

from __future__ import annotations

import enum
import json
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import attrs
import httpx

from ._errors import OAuthError, ReauthorizationRequired
from ._http_backend import AnyAsyncClient, AnyResponse, backend_of
from ._pkce import code_challenge, new_code_verifier

__all__ = [
    "TOKEN_PATH",
    "AuthorizationRequest",
    "OAuthApp",
    "OAuthScope",
    "OAuthTokens",
    "grants",
    "token_body",
    "tokens_from_response",
]

TOKEN_PATH: Final = "/v2/auth/oauth2/token"
AUTHORIZE_PATH: Final = "/auth/oauth2/authorize"
#: The token endpoint is one POST; a code is single-use, so it is never retried.
TOKEN_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)


class OAuthScope(enum.StrEnum):
    """The scopes a third-party app can request (``docs/api-reference/v2/oauth.mdx``).

    An ``ORG_`` scope also grants its ``TEAM_`` counterpart (``oauth-permissions.guard.ts``).
    """

    EVENT_TYPE_READ = "EVENT_TYPE_READ"
    EVENT_TYPE_WRITE = "EVENT_TYPE_WRITE"
    BOOKING_READ = "BOOKING_READ"
    BOOKING_WRITE = "BOOKING_WRITE"
    SCHEDULE_READ = "SCHEDULE_READ"
    SCHEDULE_WRITE = "SCHEDULE_WRITE"
    APPS_READ = "APPS_READ"
    APPS_WRITE = "APPS_WRITE"
    PROFILE_READ = "PROFILE_READ"
    PROFILE_WRITE = "PROFILE_WRITE"
    TEAM_EVENT_TYPE_READ = "TEAM_EVENT_TYPE_READ"
    TEAM_EVENT_TYPE_WRITE = "TEAM_EVENT_TYPE_WRITE"
    TEAM_BOOKING_READ = "TEAM_BOOKING_READ"
    TEAM_BOOKING_WRITE = "TEAM_BOOKING_WRITE"
    TEAM_SCHEDULE_READ = "TEAM_SCHEDULE_READ"
    TEAM_SCHEDULE_WRITE = "TEAM_SCHEDULE_WRITE"
    TEAM_PROFILE_READ = "TEAM_PROFILE_READ"
    TEAM_PROFILE_WRITE = "TEAM_PROFILE_WRITE"
    TEAM_MEMBERSHIP_READ = "TEAM_MEMBERSHIP_READ"
    TEAM_MEMBERSHIP_WRITE = "TEAM_MEMBERSHIP_WRITE"
    ORG_EVENT_TYPE_READ = "ORG_EVENT_TYPE_READ"
    ORG_EVENT_TYPE_WRITE = "ORG_EVENT_TYPE_WRITE"
    ORG_BOOKING_READ = "ORG_BOOKING_READ"
    ORG_BOOKING_WRITE = "ORG_BOOKING_WRITE"
    ORG_SCHEDULE_READ = "ORG_SCHEDULE_READ"
    ORG_SCHEDULE_WRITE = "ORG_SCHEDULE_WRITE"
    ORG_PROFILE_READ = "ORG_PROFILE_READ"
    ORG_PROFILE_WRITE = "ORG_PROFILE_WRITE"


# Newer servers add scopes before this enum knows them: a plain name in the same form is accepted.
_SCOPE_NAME = re.compile(r"[A-Z][A-Z_]*[A-Z]")


def _scope_names(scopes: Iterable[OAuthScope | str]) -> tuple[str, ...]:
    if isinstance(scopes, str):
        raise TypeError("scopes must be a list of OAuthScope, not one string")
    names: list[str] = []
    for scope in scopes:
        name = str(scope.value if isinstance(scope, OAuthScope) else scope)
        if _SCOPE_NAME.fullmatch(name) is None:
            raise ValueError(
                f"{name!r} is not a Cal.com scope name; use OAuthScope (e.g. OAuthScope.BOOKING_READ)"
            )
        if name not in names:
            names.append(name)
    if not names:
        raise ValueError("request at least one scope: Cal.com refuses an authorization without one")
    return tuple(names)


def grants(granted: Iterable[str], required: str) -> bool:
    """Whether a token holding ``granted`` may use an endpoint needing ``required``.

    An ``ORG_`` scope satisfies the ``TEAM_`` scope of the same resource, not the reverse.
    """
    held = set(granted)
    return required in held or (required.startswith("TEAM_") and "ORG_" + required[5:] in held)


@attrs.frozen(slots=True, repr=False)
class OAuthTokens:
    """An access token (30 minutes) and the refresh token that renews it (rotated on every refresh).

    ``expires_at`` is a Unix time in seconds (None when the server gave no ``expires_in``); store
    all four fields and rebuild the value with ``OAuthTokens(...)``.
    """

    access_token: str
    refresh_token: str
    expires_at: float | None = None
    scope: tuple[str, ...] = ()
    token_type: str = "bearer"

    def __repr__(self) -> str:
        return (
            f"OAuthTokens(access_token=<redacted>, refresh_token=<redacted>, expires_at={self.expires_at!r}, "
            f"scope={self.scope!r})"
        )

    def allows(self, scope: OAuthScope | str) -> bool:
        """Whether these tokens carry ``scope`` (an ``ORG_`` scope covers its ``TEAM_`` one)."""
        return grants(self.scope, str(scope))


@attrs.frozen(slots=True, repr=False)
class AuthorizationRequest:
    """Where to send the user, and what to keep (server side) until the callback arrives.

    Keep ``state`` and ``code_verifier`` with the user's session; the callback must bring the same
    ``state`` back and the exchange needs the ``code_verifier``.
    """

    url: str
    state: str
    code_verifier: str

    def __repr__(self) -> str:
        return f"AuthorizationRequest(url={self.url!r}, state=<redacted>, code_verifier=<redacted>)"


def _check(what: str, value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    if not value or any(ch.isspace() for ch in value):
        raise ValueError(f"{what} is empty or contains whitespace")
    return value


def _check_url(what: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def validate(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        parts = urlsplit(_check(what, value))
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise ValueError(f"{what} must be an absolute http(s) URL, got {value!r}")

    return validate


def _nonempty(what: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def validate(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            _check(what, value)

    return validate


@attrs.frozen(slots=True, repr=False)
class OAuthApp:
    """A Cal.com OAuth client as registered in Settings > Developer > OAuth.

    - ``client_id`` / ``redirect_uri``: as registered (the redirect URI must match exactly).
    - ``client_secret``: for a confidential client; None for a public one (PKCE alone).
    - ``app_url`` / ``api_url``: where the authorize page and the token endpoint live (Cal.com's by
      default; a fake's URL in tests).
    """

    client_id: str = attrs.field(validator=_nonempty("client_id"))
    redirect_uri: str = attrs.field(validator=_check_url("redirect_uri"))
    client_secret: str | None = attrs.field(default=None, validator=_nonempty("client_secret"))
    app_url: str = attrs.field(default="https://app.cal.com", validator=_check_url("app_url"))
    api_url: str = attrs.field(default="https://api.cal.com", validator=_check_url("api_url"))

    def __repr__(self) -> str:
        secret = "<redacted>" if self.client_secret is not None else "None"
        return (
            f"OAuthApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r}, "
            f"client_secret={secret})"
        )

    @property
    def token_url(self) -> str:
        return self.api_url.rstrip("/") + TOKEN_PATH

    def authorization_request(
        self, scopes: Iterable[OAuthScope | str], *, state: str | None = None
    ) -> AuthorizationRequest:
        """The authorize URL with a fresh ``state`` (unless given) and a fresh PKCE pair (S256)."""
        state = _check("state", state) if state is not None else secrets.token_urlsafe(32)
        verifier = new_code_verifier()
        query = urlencode(
            {
                "client_id": self.client_id,
                "redirect_uri": self.redirect_uri,
                "state": state,
                "scope": " ".join(_scope_names(scopes)),
                "code_challenge": code_challenge(verifier),
                "code_challenge_method": "S256",
            }
        )
        return AuthorizationRequest(f"{self.app_url.rstrip('/')}{AUTHORIZE_PATH}?{query}", state, verifier)

    def code_from_callback(self, params: Mapping[str, str], *, state: str) -> str:
        """The authorization code of the redirect back to ``redirect_uri``.

        ``params`` is the callback's query; ``state`` the one this login started with. An error
        redirect (e.g. the user denied access) raises :class:`OAuthError`; a missing or different
        state raises ``OAuthError("state_mismatch")``: the callback did not come from this login.
        """
        if params.get("error"):
            raise OAuthError(params["error"], params.get("error_description"))
        got = params.get("state")
        if got is None or not secrets.compare_digest(got.encode(), state.encode()):
            raise OAuthError("state_mismatch", "the callback's state is not the one this login started with")
        code = params.get("code")
        if not code:
            raise OAuthError("invalid_request", "the callback carries no code")
        return code

    async def exchange_code(
        self,
        code: str,
        *,
        code_verifier: str,
        http_client: AnyAsyncClient | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> OAuthTokens:
        """Exchange the callback's code for tokens (the verifier proves this app started the login)."""
        code_challenge(code_verifier)  # a malformed verifier is a ValueError here, not a server 400
        body = token_body(
            self,
            grant_type="authorization_code",
            code=_check("code", code),
            redirect_uri=self.redirect_uri,
            code_verifier=code_verifier,
        )
        return await self._post(body, http_client, wall_clock)

    async def refresh(
        self,
        refresh_token: str,
        *,
        http_client: AnyAsyncClient | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> OAuthTokens:
        """A new token pair for ``refresh_token`` (which stops working: store the new one)."""
        refresh_token = _check("refresh_token", refresh_token)
        body = token_body(self, grant_type="refresh_token", refresh_token=refresh_token)
        return await self._post(body, http_client, wall_clock)

    async def _post(
        self, body: Mapping[str, str], http_client: AnyAsyncClient | None, wall_clock: Callable[[], float]
    ) -> OAuthTokens:
        if http_client is not None:
            # The timeout in the client's library: httpx2 cannot take httpx's Timeout.
            timeout = backend_of(http_client).timeout(TOKEN_TIMEOUT)
            response = await http_client.post(self.token_url, json=dict(body), timeout=timeout)
        else:
            async with httpx.AsyncClient(timeout=TOKEN_TIMEOUT) as http:
                response = await http.post(self.token_url, json=dict(body))
        return tokens_from_response(response, wall_clock())


def token_body(app: OAuthApp, **fields: str) -> dict[str, str]:
    """A token request's JSON body: ``fields`` plus the client's id (and secret, when it has one)."""
    body = {"client_id": app.client_id, **fields}
    if app.client_secret is not None:
        body["client_secret"] = app.client_secret
    return body


def tokens_from_response(response: AnyResponse, now: float) -> OAuthTokens:
    """The tokens of a token-endpoint reply, flat or wrapped in ``{status, data}``.

    An error reply (``{error, error_description}``, or Nest's envelope) raises
    :class:`OAuthError`, and :class:`ReauthorizationRequired` for ``invalid_grant``.
    """
    request_id = response.headers.get("x-request-id")
    try:
        body: object = json.loads(response.content) if response.content.strip() else None
    except ValueError:
        body = None
    if not response.is_success:
        error, description = _error_of(body)
        cls = ReauthorizationRequired if error == "invalid_grant" else OAuthError
        raise cls(error, description, status_code=response.status_code, request_id=request_id)
    data = body.get("data") if isinstance(body, dict) and "access_token" not in body else body
    if not isinstance(data, dict):
        raise OAuthError(
            "invalid_response",
            "the token endpoint's reply is not a token object",
            status_code=response.status_code,
            request_id=request_id,
        )
    try:
        access, refresh = data["access_token"], data["refresh_token"]
        if not (isinstance(access, str) and access and isinstance(refresh, str) and refresh):
            raise KeyError("token")
    except KeyError:
        raise OAuthError(
            "invalid_response",
            "the token endpoint's reply lacks access_token or refresh_token",
            status_code=response.status_code,
            request_id=request_id,
        ) from None
    expires_in = data.get("expires_in")
    lifetime: float | None = None
    if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
        lifetime = float(expires_in)
    scope = data.get("scope")
    scopes = tuple(scope.replace(",", " ").split()) if isinstance(scope, str) else ()
    token_type = data.get("token_type")
    return OAuthTokens(
        access_token=access,
        refresh_token=refresh,
        expires_at=now + lifetime if lifetime is not None else None,
        scope=scopes,
        token_type=token_type if isinstance(token_type, str) else "bearer",
    )


def _error_of(body: object) -> tuple[str, str | None]:
    """(error, error_description) from the OAuth shape, Nest's envelope or a bare message."""
    if isinstance(body, dict):
        if isinstance(body.get("error"), str):
            description = body.get("error_description")
            return body["error"], description if isinstance(description, str) else None
        envelope = body.get("error")
        if isinstance(envelope, dict) and isinstance(envelope.get("message"), str):
            # The controller rethrows as HttpException(err.message): the message is the OAuth code.
            return envelope["message"], None
        if isinstance(body.get("message"), str):
            return body["message"], None
    return "server_error", "the token endpoint sent no OAuth error"
