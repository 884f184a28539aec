"""OAuth 2.0 for third-party apps: scopes, the authorization URL (with PKCE) and the token endpoint.

Cal.com's flow (``docs/api-reference/v2/oauth.mdx``): send the user to
``https://app.cal.com/auth/oauth2/authorize`` with ``client_id``, ``redirect_uri``, ``state``,
``scope`` and a PKCE ``code_challenge``; Cal.com redirects back with ``code`` and ``state``; the app
exchanges the code at ``POST https://api.cal.com/v2/auth/oauth2/token`` for a 30-minute access token
and a refresh token (30 days), which rotates on every refresh. The token endpoint is not in the
OpenAPI document (its controller is excluded), so it is written by hand here.

What the server does, from its source (``apps/api/v2/src/modules/auth/oauth2/``): the token input
pipe (``inputs/token.input.pipe.ts``) validates the body with ``forbidNonWhitelisted``, so an
unknown field is a 400; the newest ``inputs/exchange.input.ts`` lets a confidential client send
``code_verifier`` beside ``client_secret`` (older ones refused it); the reply is flat, with
``Cache-Control: no-store``, and may lack ``scope``
(``outputs/oauth2-tokens.output.ts``); errors are ``{error, error_description}``
(``services/oauth2-error.service.ts``, ``filters/oauth2-http-exception.filter.ts``).
"""

from __future__ import annotations

import enum
import ipaddress
import json
import logging
import math
import os
import re
import secrets
import time
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Final
from urllib.parse import urlencode, urlsplit

import attrs
import httpx

from ._auth import check_secret, scrub_secrets, secret_validator
from ._errors import (
    APIConnectionError,
    APITimeoutError,
    OAuthCallbackError,
    OAuthError,
    ReauthorizationRequired,
)
from ._http_backend import (
    AnyAsyncClient,
    AnyResponse,
    backend_named,
    backend_of,
    classes_named,
    timeout_errors,
)
from ._pkce import code_challenge, new_code_verifier

__all__ = [
    "MAX_TOKEN_LIFETIME",
    "TOKEN_PATH",
    "AuthorizationRequest",
    "OAuthApp",
    "OAuthScope",
    "OAuthTokens",
    "grants",
    "secrets_of",
    "token_body",
    "token_lifetime",
    "tokens_from_response",
]

logger = logging.getLogger("cal_async")

TOKEN_PATH: Final = "/v2/auth/oauth2/token"
AUTHORIZE_PATH: Final = "/auth/oauth2/authorize"
#: The token endpoint is one POST; a code is single-use, so it is never retried.
TOKEN_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
#: The longest access-token lifetime a reply is believed for (Cal.com sends 1800 s): a larger
#: ``expires_in`` is capped, so a wrong one cannot stop the refreshes ahead of expiry for long.
MAX_TOKEN_LIFETIME: Final = 86_400.0
#: The scopes of clients made before scopes existed: a token holding no others is not checked
#: (``docs/api-reference/v2/oauth.mdx``, "Legacy Client Migration").
LEGACY_SCOPES: Final = frozenset({"READ_BOOKING", "READ_PROFILE"})
# The fields of a token request that are secrets: whatever the endpoint answers is scrubbed of them.
_SECRET_FIELDS: Final = ("client_secret", "code", "code_verifier", "refresh_token")
# Server text copied into an OAuthError is cut to this length.
_MAX_ERROR_TEXT: Final = 300


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


def grants(granted: Iterable[str] | None, required: str) -> bool:
    """Whether a token holding ``granted`` may use an endpoint needing ``required``.

    An ``ORG_`` scope satisfies the ``TEAM_`` scope of the same resource, not the reverse. As the
    server's ``oauth-permissions.guard.ts`` does, a token without scopes, or with only the legacy
    ones, is not checked (True); and when the scopes are unknown (None: the token endpoint did not
    list them) the answer is True too: the server has the last word (a 403 ``insufficient_scope``).
    """
    if granted is None:
        return True
    held = set(granted)
    if held <= LEGACY_SCOPES:
        return True
    return required in held or (required.startswith("TEAM_") and "ORG_" + required[5:] in held)


def _optional_time(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError(f"{attr.name} must be a finite Unix time in seconds, or None when unknown")


def _scope_tuple(_inst: object, attr: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not (isinstance(value, tuple) and all(isinstance(s, str) for s in value)):
        raise TypeError(f"{attr.name} must be a tuple of scope names, or None when unknown")


@attrs.frozen(slots=True, repr=False)
class OAuthTokens:
    """An access token (30 minutes) and the refresh token that renews it (30 days, rotated on every
    refresh).

    - ``expires_at``: Unix time in seconds when the access token expires; None when unknown.
    - ``scope``: the granted scopes; None when unknown (Cal.com's token endpoint may leave them
      out), and then :meth:`allows` answers True, leaving the decision to the server.

    Both tokens must be printable ASCII without whitespace (they travel in a header): anything
    else is a ``ValueError`` that does not show the value. Store all five fields and rebuild the
    value with ``OAuthTokens(...)``.
    """

    access_token: str = attrs.field(validator=secret_validator("the access token"))
    refresh_token: str = attrs.field(validator=secret_validator("the refresh token"))
    expires_at: float | None = attrs.field(default=None, validator=_optional_time)
    scope: tuple[str, ...] | None = attrs.field(default=None, validator=_scope_tuple)
    token_type: str = "bearer"

    def __repr__(self) -> str:
        return (
            f"OAuthTokens(access_token=<redacted>, refresh_token=<redacted>, expires_at={self.expires_at!r}, "
            f"scope={self.scope!r})"
        )

    def allows(self, scope: OAuthScope | str) -> bool:
        """Whether these tokens carry ``scope`` (an ``ORG_`` scope covers its ``TEAM_`` one); True
        when the granted scopes are unknown or not checked by the server (see :func:`grants`)."""
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


_Validator = Callable[[object, "attrs.Attribute[Any]", object], None]


def _is_loopback(host: str | None) -> bool:
    if host is None:
        return False
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_url(what: str, value: object, *, redirect: bool = False) -> str:
    """``value`` if it is an absolute http(s) URL without user information or fragment; for a
    ``redirect`` URI also https unless it goes to a loopback host (RFC 6749 3.1.2, RFC 8252 7.3).
    The error never shows the URL (user information may hold a password)."""
    url = check_secret(what, value)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{what} must be an absolute http(s) URL")
    if "@" in parts.netloc:
        raise ValueError(f"{what} must not carry user information (user:password@)")
    if "#" in url:
        raise ValueError(f"{what} must not have a fragment (#...)")
    if redirect and parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValueError(
            f"{what} must use https: plain http is allowed only to a loopback host "
            "(localhost, 127.0.0.1, [::1]), where nothing on the network can read the code"
        )
    return url


def _url_validator(
    what: str, *, redirect: bool = False
) -> Callable[[object, attrs.Attribute[Any], object], None]:
    def validate(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        check_url(what, value, redirect=redirect)

    return validate


def _optional_secret(what: str) -> _Validator:
    def validate(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            check_secret(what, value)

    return validate


@attrs.frozen(slots=True, repr=False)
class OAuthApp:
    """A Cal.com OAuth client as registered in Settings > Developer > OAuth.

    - ``client_id`` / ``redirect_uri``: as registered (the redirect URI must match exactly; https,
      or http to a loopback host; no user information, no fragment).
    - ``client_secret``: for a confidential client; None for a public one (PKCE alone).
    - ``app_url`` / ``api_url``: where the authorize page and the token endpoint live (Cal.com's by
      default; a fake's URL in tests).
    """

    client_id: str = attrs.field(validator=secret_validator("client_id"))
    redirect_uri: str = attrs.field(validator=_url_validator("redirect_uri", redirect=True))
    client_secret: str | None = attrs.field(default=None, validator=_optional_secret("client_secret"))
    app_url: str = attrs.field(default="https://app.cal.com", validator=_url_validator("app_url"))
    api_url: str = attrs.field(default="https://api.cal.com", validator=_url_validator("api_url"))

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
        state = check_secret("state", state) if state is not None else secrets.token_urlsafe(32)
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

        ``params`` is the callback's query; ``state`` the one this login started with (an empty
        one is a ``ValueError``: it would accept anyone's callback). An error redirect (e.g. the
        user denied access) raises :class:`OAuthCallbackError` with Cal.com's error; a missing or
        different state raises it with ``state_mismatch``, and a missing or malformed code with
        ``invalid_callback``: nothing is sent to Cal.com in any of these cases.
        """
        if not isinstance(state, str) or not state:
            raise ValueError(
                "state is empty: pass the state this login started with (AuthorizationRequest.state, "
                "kept server side); an empty one would accept a callback from anyone's login"
            )
        if params.get("error"):
            known = (state, *(() if self.client_secret is None else (self.client_secret,)))
            raise _oauth_error(
                OAuthCallbackError, params["error"], params.get("error_description"), secrets=known
            )
        got = params.get("state")
        if not isinstance(got, str) or not secrets.compare_digest(got.encode(), state.encode()):
            raise OAuthCallbackError(
                "state_mismatch", "the callback's state is not the one this login started with"
            )
        code = params.get("code")
        if not code:
            raise OAuthCallbackError("invalid_callback", "the callback carries no code")
        try:
            return check_secret("the callback's code", code)
        except (TypeError, ValueError) as exc:
            raise OAuthCallbackError("invalid_callback", str(exc)) from None

    async def exchange_code(
        self,
        code: str,
        *,
        code_verifier: str,
        http_client: AnyAsyncClient | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> OAuthTokens:
        """Exchange the callback's code for tokens (the verifier proves this app started the login).

        A confidential client sends ``client_secret`` and ``code_verifier`` together: the newest
        server input (``exchange.input.ts``) accepts both, and its ``OAuthService`` checks the
        verifier of every code issued with a challenge. A failed send raises
        :class:`APIConnectionError` (or :class:`APITimeoutError`).
        """
        code_challenge(code_verifier)  # a malformed verifier is a ValueError here, not a server 400
        body = token_body(
            self,
            grant_type="authorization_code",
            code=check_secret("the authorization code", code),
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
        refresh_token = check_secret("the refresh token", refresh_token)
        body = token_body(self, grant_type="refresh_token", refresh_token=refresh_token)
        return await self._post(body, http_client, wall_clock)

    async def _post(
        self, body: Mapping[str, str], http_client: AnyAsyncClient | None, wall_clock: Callable[[], float]
    ) -> OAuthTokens:
        hidden = secrets_of(body)
        try:
            if http_client is not None:
                # The timeout in the client's library: httpx2 cannot take httpx's Timeout.
                timeout = backend_of(http_client).timeout(TOKEN_TIMEOUT)
                response = await http_client.post(self.token_url, json=dict(body), timeout=timeout)
            else:
                backend = backend_named(os.environ.get("CAL_HTTP_BACKEND") or "httpx")
                async with backend.async_client(timeout=backend.timeout(TOKEN_TIMEOUT)) as http:
                    response = await http.post(self.token_url, json=dict(body))
        except classes_named("HTTPError") as exc:  # httpx's or httpx2's
            error, cause = _sending_error(exc, self.token_url, hidden)
            raise error from cause
        except UnicodeEncodeError:  # a header of the caller's client; its text would quote the value
            raise ValueError(
                f"POST {self.token_url}: a header of http_client cannot be sent (only ASCII can)"
            ) from None
        return tokens_from_response(response, wall_clock(), secrets=hidden)


def _sending_error(
    exc: Exception, url: str, hidden: Iterable[str]
) -> tuple[APIConnectionError, BaseException | None]:
    """A failed POST to the token endpoint as the SDK's typed error, secrets scrubbed from its text
    (and then not chained: the original text would show them)."""
    text, scrubbed = scrub_secrets(str(exc), hidden)
    parts = httpx.URL(url)
    kind = APITimeoutError if isinstance(exc, timeout_errors()) else APIConnectionError
    what = "timed out" if kind is APITimeoutError else "failed"
    error = kind(
        f"POST {parts.host}{parts.path} {what}: {type(exc).__name__}: {text}",
        method="POST",
        path=parts.path,
        host=parts.host,
        retries=0,
    )
    return error, None if scrubbed else exc


def token_body(app: OAuthApp, **fields: str) -> dict[str, str]:
    """A token request's JSON body: ``fields`` plus the client's id (and secret, when it has one)."""
    body = {"client_id": app.client_id, **fields}
    if app.client_secret is not None:
        body["client_secret"] = app.client_secret
    return body


def secrets_of(body: Mapping[str, str]) -> tuple[str, ...]:
    """The secret values of a token request body (what its answer must be scrubbed of)."""
    return tuple(body[name] for name in _SECRET_FIELDS if body.get(name))


def token_lifetime(expires_in: object) -> float | None:
    """The access token's lifetime in seconds from a reply's ``expires_in``.

    A number of seconds above 0 is taken, capped at :data:`MAX_TOKEN_LIFETIME` (a day; Cal.com
    sends 1800). Anything else (absent, NaN, infinite, 0 or less, not a number) makes the expiry
    unknown (None): the session then refreshes when the API answers 401 or 498 instead of ahead
    of time, and a warning is logged (not for an absent one).
    """
    if expires_in is None:
        return None
    if isinstance(expires_in, bool) or not isinstance(expires_in, (int, float)):
        logger.warning("the OAuth token endpoint sent an expires_in that is not a number; expiry unknown")
        return None
    if not math.isfinite(expires_in) or expires_in <= 0:
        logger.warning("the OAuth token endpoint sent expires_in=%r; the expiry is unknown", expires_in)
        return None
    if expires_in > MAX_TOKEN_LIFETIME:
        logger.warning(
            "the OAuth token endpoint sent expires_in=%r; using %g s", expires_in, MAX_TOKEN_LIFETIME
        )
        return MAX_TOKEN_LIFETIME
    return float(expires_in)


def tokens_from_response(response: AnyResponse, now: float, *, secrets: Iterable[str] = ()) -> OAuthTokens:
    """The tokens of a token-endpoint reply, flat or wrapped in ``{status, data}``.

    An error reply (``{error, error_description}``, or Nest's envelope) raises
    :class:`OAuthError`, and :class:`ReauthorizationRequired` for ``invalid_grant``; its text is
    scrubbed of ``secrets`` (what the request sent). A reply whose tokens cannot travel in a
    header (whitespace, control or non-ASCII characters) is an ``invalid_response`` OAuthError.
    """
    hidden = tuple(secrets)
    request_id = response.headers.get("x-request-id")
    try:
        body: object = json.loads(response.content) if response.content.strip() else None
    except ValueError:
        body = None
    if not response.is_success:
        error, description = _error_of(body)
        cls = ReauthorizationRequired if error == "invalid_grant" else OAuthError
        raise _oauth_error(
            cls, error, description, secrets=hidden, status_code=response.status_code, request_id=request_id
        )

    def invalid(problem: str) -> OAuthError:
        return OAuthError(
            "invalid_response", problem, status_code=response.status_code, request_id=request_id
        )

    data = body.get("data") if isinstance(body, dict) and "access_token" not in body else body
    if not isinstance(data, dict):
        raise invalid("the token endpoint's reply is not a token object")
    access, refresh = data.get("access_token"), data.get("refresh_token")
    if not (isinstance(access, str) and access and isinstance(refresh, str) and refresh):
        raise invalid("the token endpoint's reply lacks access_token or refresh_token")
    lifetime = token_lifetime(data.get("expires_in"))
    raw_scope = data.get("scope")
    # No "scope" (the server's output DTO may not expose it): unknown, not "none granted".
    scope = tuple(raw_scope.replace(",", " ").split()) if isinstance(raw_scope, str) else None
    token_type = data.get("token_type")
    try:
        return OAuthTokens(
            access_token=access,
            refresh_token=refresh,
            expires_at=now + lifetime if lifetime is not None else None,
            scope=scope,
            token_type=token_type if isinstance(token_type, str) else "bearer",
        )
    except ValueError as exc:  # the message names the token, never its value
        raise invalid(f"the token endpoint's reply is unusable: {exc}") from None


def _oauth_error(
    cls: type[OAuthError],
    error: str,
    description: str | None,
    *,
    secrets: Iterable[str],
    status_code: int | None = None,
    request_id: str | None = None,
) -> OAuthError:
    """``cls(error, description)`` with server text scrubbed of ``secrets`` and cut short."""
    hidden = tuple(secrets)

    def clean(text: str) -> str:
        text = scrub_secrets(text, hidden)[0]
        return text if len(text) <= _MAX_ERROR_TEXT else text[: _MAX_ERROR_TEXT - 1] + "…"

    return cls(
        clean(error),
        clean(description) if description is not None else None,
        status_code=status_code,
        request_id=request_id,
    )


def _error_of(body: object) -> tuple[str, str | None]:
    """(error, error_description) from the OAuth shape, Nest's envelope or a bare message."""
    if isinstance(body, dict):
        if isinstance(body.get("error"), str):
            description = body.get("error_description")
            return body["error"], description if isinstance(description, str) else None
        envelope = body.get("error")
        if isinstance(envelope, dict):
            details = envelope.get("details")
            if isinstance(details, dict) and isinstance(details.get("error"), str):
                # An HttpException({error, error_description}) through Nest's global filter.
                return _error_of(details)
            if isinstance(envelope.get("message"), str):
                # The controller rethrows as HttpException(err.message): the message is the OAuth code.
                return envelope["message"], None
        if isinstance(body.get("message"), str):
            return body["message"], None
    return "server_error", "the token endpoint sent no OAuth error"
