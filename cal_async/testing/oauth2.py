"""The fake's OAuth 2.0 provider for third-party apps: authorize (auto-consent), token, scopes.

Register a client with ``fake.app.oauth.register_client(...)``; ``GET /auth/oauth2/authorize``
then consents at once for the client's user and redirects to ``redirect_uri`` with ``code`` and
``state``, and ``POST /v2/auth/oauth2/token`` exchanges codes and refresh tokens (JSON or form
encoded). Sources, under ``apps/api/v2/src/modules/auth/oauth2/`` unless said otherwise:

- ``inputs/token.input.pipe.ts``, ``inputs/exchange.input.ts``, ``inputs/refresh.input.ts``: the
  body is checked with ``forbidNonWhitelisted`` against one of four inputs (confidential when it
  has ``client_secret``), every failure a 400 ``invalid_request`` whose description lists
  ``<property> property is wrong,<constraints> ``; a confidential exchange may carry
  ``code_verifier`` (the newest input; older ones refused it).
- ``controllers/oauth2.controller.ts``: ``Cache-Control: no-store`` and ``Pragma: no-cache`` on the
  token endpoint's answers; the reply is flat (``wrap_token_reply`` plays the older controller that
  wrapped it in ``{status, data}``); ``outputs/oauth2-tokens.output.ts`` exposes no ``scope``
  (``reply_scope = True`` adds it, as ``docs/api-reference/v2/oauth.mdx`` shows).
- ``services/oauth2-error.service.ts``, ``filters/oauth2-http-exception.filter.ts``: errors are
  ``{error, error_description}`` with the service's reason.
- ``packages/features/oauth/services/OAuthService.ts``: the checks and their order, PKCE (S256
  only: ``pkce_missing_parameters_or_invalid_method``, ``pkce_verification_failed``), access tokens
  of 1800 s, refresh tokens of 30 days that rotate (a used one is ``refresh_token_revoked``), and
  the authorize step's ``pkce_required`` / ``invalid_code_challenge_method``.
- ``apps/api/v2/src/modules/auth/guards/oauth-permissions/oauth-permissions.guard.ts``: scopes (an
  endpoint without ``@OAuthPermissions`` refuses third-party tokens; ``ORG_`` implies ``TEAM_``; a
  token without scopes, or with only legacy ones, is not checked; a 403 ``insufficient_scope``).
- ``apps/api/v2/src/modules/auth/strategies/api-auth/api-auth.strategy.ts``: an access token that
  is not a valid JWT (expired included) falls through to the platform token lookup, which answers
  401 ``Invalid Access Token.``; an access token is not looked up in a database, so revoking a
  grant ends its refresh token at once and its access token when it expires.

Tokens are opaque random strings here (Cal.com's are JWTs).
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final
from urllib.parse import parse_qs, urlencode

import attrs

from .._oauth2 import AUTHORIZE_PATH, LEGACY_SCOPES, TOKEN_PATH, OAuthApp, OAuthScope, grants
from .._pkce import code_challenge
from .errors import HttpError
from .routing import Request, Response, Route, dump

if TYPE_CHECKING:
    from .fake import FakeCal

ACCESS_TOKEN_TTL: Final = 1800.0  # expires_in: 1800 (OAuthService.ts, oauth.mdx)
REFRESH_TOKEN_TTL: Final = 30 * 24 * 3600.0  # refreshTokenExpiresIn: 30 days (OAuthService.ts)
CODE_TTL: Final = 600.0  # access codes live 10 minutes
INVALID_ACCESS_TOKEN: Final = "Invalid Access Token."  # @calcom/platform-constants INVALID_ACCESS_TOKEN
_B, _EV, _SC, _P = "BOOKING", "EVENT_TYPE", "SCHEDULE", "PROFILE"
# controllers/oauth2.controller.ts: @Header("Cache-Control", "no-store") @Header("Pragma", "no-cache").
NO_STORE: Final = {"Cache-Control": "no-store", "Pragma": "no-cache"}

# The scope each of the fake's routes needs from a third-party token (oauth.mdx "Available Scopes",
# "Team Scopes", "Organization Scopes"). () marks the public booking routes that need none (the
# note under the table); slots and reservations are public to bookers too. A route missing here is
# refused to third-party tokens, as the guard refuses a handler without @OAuthPermissions.
ROUTE_SCOPES: Final[dict[tuple[str, str], tuple[str, ...]]] = {
    ("GET", "/v2/me"): ("PROFILE_READ",),
    ("PATCH", "/v2/me"): ("PROFILE_WRITE",),
    ("POST", "/v2/event-types"): ("EVENT_TYPE_WRITE",),
    ("GET", "/v2/event-types"): ("EVENT_TYPE_READ",),
    ("GET", "/v2/event-types/{eventTypeId}"): ("EVENT_TYPE_READ",),
    ("PATCH", "/v2/event-types/{eventTypeId}"): ("EVENT_TYPE_WRITE",),
    ("DELETE", "/v2/event-types/{eventTypeId}"): ("EVENT_TYPE_WRITE",),
    ("POST", "/v2/schedules"): ("SCHEDULE_WRITE",),
    ("GET", "/v2/schedules"): ("SCHEDULE_READ",),
    ("GET", "/v2/schedules/default"): ("SCHEDULE_READ",),
    ("GET", "/v2/schedules/{scheduleId}"): ("SCHEDULE_READ",),
    ("PATCH", "/v2/schedules/{scheduleId}"): ("SCHEDULE_WRITE",),
    ("DELETE", "/v2/schedules/{scheduleId}"): ("SCHEDULE_WRITE",),
    ("GET", "/v2/slots"): (),
    ("POST", "/v2/slots/reservations"): (),
    ("GET", "/v2/slots/reservations/{uid}"): (),
    ("PATCH", "/v2/slots/reservations/{uid}"): (),
    ("DELETE", "/v2/slots/reservations/{uid}"): (),
    ("POST", "/v2/bookings"): (),
    ("GET", "/v2/bookings"): ("BOOKING_READ",),
    ("GET", "/v2/bookings/{bookingUid}"): (),
    ("POST", "/v2/bookings/{bookingUid}/cancel"): (),
    ("POST", "/v2/bookings/{bookingUid}/reschedule"): (),
    ("POST", "/v2/bookings/{bookingUid}/confirm"): ("BOOKING_WRITE",),
    ("POST", "/v2/bookings/{bookingUid}/decline"): ("BOOKING_WRITE",),
    ("GET", "/v2/teams"): ("TEAM_PROFILE_READ",),
    ("GET", "/v2/teams/{teamId}"): ("TEAM_PROFILE_READ",),
    ("GET", "/v2/teams/{teamId}/memberships"): ("TEAM_MEMBERSHIP_READ",),
    ("POST", "/v2/teams/{teamId}/memberships"): ("TEAM_MEMBERSHIP_WRITE",),
    ("GET", "/v2/teams/{teamId}/event-types"): ("TEAM_EVENT_TYPE_READ",),
    ("POST", "/v2/teams/{teamId}/event-types"): ("TEAM_EVENT_TYPE_WRITE",),
    ("GET", "/v2/teams/{teamId}/event-types/{eventTypeId}"): ("TEAM_EVENT_TYPE_READ",),
    ("GET", "/v2/organizations/{orgId}/teams"): ("ORG_PROFILE_READ",),
    ("POST", "/v2/organizations/{orgId}/teams"): ("ORG_PROFILE_WRITE",),
    ("GET", "/v2/organizations/{orgId}/teams/{teamId}"): ("TEAM_PROFILE_READ",),
    ("GET", "/v2/organizations/{orgId}/teams/{teamId}/memberships"): ("TEAM_MEMBERSHIP_READ",),
    ("POST", "/v2/organizations/{orgId}/teams/{teamId}/memberships"): ("TEAM_MEMBERSHIP_WRITE",),
    ("GET", "/v2/organizations/{orgId}/teams/{teamId}/event-types"): ("TEAM_EVENT_TYPE_READ",),
    ("POST", "/v2/organizations/{orgId}/teams/{teamId}/event-types"): ("TEAM_EVENT_TYPE_WRITE",),
    ("GET", "/v2/organizations/{orgId}/teams/{teamId}/event-types/{eventTypeId}"): ("TEAM_EVENT_TYPE_READ",),
    ("GET", "/v2/organizations/{orgId}/teams/{teamId}/bookings"): ("TEAM_BOOKING_READ",),
}


@attrs.frozen(repr=False)
class FakeOAuthClient:
    """A registered OAuth client; ``client_secret`` is None for a public client (PKCE only)."""

    client_id: str
    client_secret: str | None
    redirect_uri: str
    scopes: frozenset[str]
    user_id: int  # who consents when the authorize page is visited

    def __repr__(self) -> str:
        return f"FakeOAuthClient(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"

    def app(self, url: str) -> OAuthApp:
        """The SDK's :class:`OAuthApp` for this client, pointed at a fake served at ``url``."""
        return OAuthApp(
            client_id=self.client_id,
            redirect_uri=self.redirect_uri,
            client_secret=self.client_secret,
            app_url=url,
            api_url=url,
        )


@attrs.frozen
class _Code:
    client_id: str
    user_id: int
    scopes: tuple[str, ...]
    redirect_uri: str
    challenge: str | None
    method: str | None
    expires_at: float


@attrs.frozen
class _Grant:
    """What one access or refresh token stands for."""

    grant_id: str  # one per authorization: revoking it kills every refresh token it produced
    client_id: str
    user_id: int
    scopes: tuple[str, ...]
    expires_at: float


# The four token inputs (exchange.input.ts, refresh.input.ts): required and optional properties.
_INPUTS: Final[dict[tuple[str, bool], tuple[tuple[str, ...], tuple[str, ...]]]] = {
    ("authorization_code", True): (
        ("client_id", "grant_type", "code", "redirect_uri"),
        ("client_secret", "code_verifier"),
    ),
    ("authorization_code", False): (("client_id", "grant_type", "code", "redirect_uri", "code_verifier"), ()),
    ("refresh_token", True): (("client_id", "grant_type", "refresh_token"), ("client_secret",)),
    ("refresh_token", False): (("client_id", "grant_type", "refresh_token"), ()),
}


class _OAuthReply(Exception):
    """An OAuth error answer: ``{error, error_description}`` with the status."""

    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


class OAuthProvider:
    """The OAuth state of one fake: clients, codes, tokens; and the two endpoints.

    Knobs: ``wrap_token_reply`` (the older ``{status: "success", data: {...}}`` reply) and
    ``reply_scope`` (add ``scope`` to the reply, as the docs show).
    """

    def __init__(self, fake: FakeCal) -> None:
        self._fake = fake
        self.clients: dict[str, FakeOAuthClient] = {}
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._revoked: set[str] = set()  # grants the user took back
        self._spent: set[str] = set()  # refresh tokens already rotated away
        self.wrap_token_reply = False
        self.reply_scope = False
        self.token_requests = 0  # how many times the token endpoint was called

    # --- test knobs ---------------------------------------------------------------------------

    def register_client(
        self,
        redirect_uri: str,
        scopes: Iterable[OAuthScope | str],
        *,
        confidential: bool = True,
        user: int | None = None,
        client_id: str | None = None,
        client_secret: str | None = None,
    ) -> FakeOAuthClient:
        """A client allowed ``scopes`` (none: a legacy client, whose tokens are not checked); the
        default user consents unless ``user`` (an id) says. ``client_id`` / ``client_secret`` pick
        the credentials (random by default)."""
        if client_secret is not None and not confidential:
            raise ValueError("a public client (confidential=False) has no client_secret")
        client = FakeOAuthClient(
            client_id=client_id or secrets.token_hex(12),
            client_secret=(client_secret or secrets.token_urlsafe(24)) if confidential else None,
            redirect_uri=redirect_uri,
            scopes=frozenset(str(s) for s in scopes),
            user_id=user if user is not None else self._fake.user.id,
        )
        if client.client_id in self.clients:
            raise ValueError(f"an OAuth client with id {client.client_id!r} is registered already")
        self.clients[client.client_id] = client
        return client

    def revoke(self, client_id: str, user_id: int | None = None) -> None:
        """The user takes back the app's access: its refresh tokens stop working at once, its access
        tokens when they expire (the API does not look them up)."""
        for grant in self._refresh.values():
            if grant.client_id == client_id and (user_id is None or grant.user_id == user_id):
                self._revoked.add(grant.grant_id)

    def expire(self, token: str) -> bool:
        """Expire an access or refresh token this provider issued; False when it issued none such."""
        for table in (self._access, self._refresh):
            grant = table.get(token)
            if grant is not None:
                table[token] = attrs.evolve(grant, expires_at=min(grant.expires_at, self._now()))
                return True
        return False

    # --- hooks the app calls --------------------------------------------------------------------

    async def endpoint(self, request: Request) -> Response | None:
        """The answer when ``request`` is for an OAuth endpoint, else None."""
        if request.method == "GET" and request.path.rstrip("/") == AUTHORIZE_PATH:
            return self._authorize(request)
        if request.path.rstrip("/") == TOKEN_PATH:
            if request.method != "POST":
                raise HttpError(404, f"Cannot {request.method} {request.path}")
            self.token_requests += 1
            try:
                response = self._token(request)
            except _OAuthReply as reply:
                response = _oauth_error(reply)
            response.headers.update(NO_STORE)  # set before the handler runs: errors carry it too
            return response
        return None

    def user_id(self, token: str) -> int | None:
        """The user an OAuth access token acts for; None when it is not one of ours."""
        grant = self._access.get(token)
        if grant is None:
            return None
        if self._now() >= grant.expires_at:
            raise HttpError(401, INVALID_ACCESS_TOKEN)
        return grant.user_id

    def enforce(self, request: Request, route: Route) -> None:
        """403 when the request's OAuth token lacks the scope the route needs."""
        header = request.headers.get("authorization", "")
        grant = self._access.get(header.removeprefix("Bearer ").strip())
        if grant is None or set(grant.scopes) <= LEGACY_SCOPES:  # not checked: a legacy token
            return
        required = ROUTE_SCOPES.get((route.method, route.template))
        if required is None:
            raise HttpError(
                403, "insufficient_scope: this endpoint is not available for third-party OAuth tokens"
            )
        missing = [scope for scope in required if not grants(grant.scopes, scope)]
        if missing:
            raise HttpError(
                403,
                "insufficient_scope: token does not have the required scopes. "
                f"Required: {', '.join(missing)}. Token has: {', '.join(grant.scopes)}",
            )

    # --- the endpoints ----------------------------------------------------------------------------

    def _authorize(self, request: Request) -> Response:
        client = self.clients.get(request.arg("client_id") or "")
        if client is None:
            return _oauth_error(_OAuthReply(400, "invalid_request", "client_not_found"))
        redirect_uri = request.arg("redirect_uri")
        if redirect_uri is None or redirect_uri != client.redirect_uri:
            return _oauth_error(_OAuthReply(400, "invalid_request", "redirect_uri_mismatch"))
        state = request.arg("state")
        raw_scope = request.arg("scope")
        scopes = tuple(dict.fromkeys((raw_scope or "").replace(",", " ").split()))
        if client.scopes:  # a legacy client (no scopes) is not checked
            if not scopes:
                return _oauth_error(
                    _OAuthReply(400, "invalid_request", "scope parameter is required for this OAuth client")
                )
            known = {s.value for s in OAuthScope}
            if any(scope not in known for scope in scopes):
                return _redirect(redirect_uri, state, error="Requested scope is not a recognized scope")
            if not set(scopes) <= client.scopes:
                return _redirect(
                    redirect_uri, state, error="Requested scope exceeds the client's registered scopes"
                )
        # OAuthService.generateAuthorizationCode: a public client must send a challenge with method
        # S256; a confidential one that sends a challenge must name S256 too (no default).
        challenge = request.arg("code_challenge")
        method = request.arg("code_challenge_method")
        if client.client_secret is None and not challenge:
            return _redirect(redirect_uri, state, error="code_challenge required for public clients")
        if challenge and method != "S256":
            return _redirect(redirect_uri, state, error="code_challenge_method must be S256")
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Code(
            client.client_id, client.user_id, scopes, redirect_uri, challenge, method, self._now() + CODE_TTL
        )
        return _redirect(redirect_uri, state, code=code)

    def _token(self, request: Request) -> Response:
        body = _checked_input(_form_or_json(request))
        client = self.clients.get(body["client_id"])
        if client is None:
            raise _OAuthReply(401, "invalid_client", "client_not_found")
        if body["grant_type"] == "authorization_code":
            return self._exchange(client, body)
        return self._rotate(client, body)

    def _check_secret(self, client: FakeOAuthClient, body: Mapping[str, str]) -> None:
        """OAuthService.validateClient: a confidential client must send its secret."""
        if client.client_secret is not None and not _same(body.get("client_secret"), client.client_secret):
            raise _OAuthReply(401, "invalid_client", "invalid_client_credentials")

    def _exchange(self, client: FakeOAuthClient, body: Mapping[str, str]) -> Response:
        if body["redirect_uri"] != client.redirect_uri:
            raise _OAuthReply(400, "invalid_grant", "redirect_uri_mismatch")
        self._check_secret(client, body)
        code = self._codes.pop(body["code"], None)  # single use, even when the exchange fails
        if code is None or code.client_id != client.client_id or self._now() >= code.expires_at:
            raise _OAuthReply(400, "invalid_grant", "code_invalid_or_expired")
        if client.client_secret is None or code.challenge is not None:  # OAuthService.verifyPKCE
            verifier = body.get("code_verifier")
            if not code.challenge or not verifier or (code.method or "S256") != "S256":
                raise _OAuthReply(400, "invalid_request", "pkce_missing_parameters_or_invalid_method")
            try:
                matches = _same(code_challenge(verifier), code.challenge)
            except ValueError:
                matches = False
            if not matches:
                raise _OAuthReply(400, "invalid_grant", "pkce_verification_failed")
        return self._issue(secrets.token_hex(8), client.client_id, code.user_id, code.scopes)

    def _rotate(self, client: FakeOAuthClient, body: Mapping[str, str]) -> Response:
        self._check_secret(client, body)
        token = body["refresh_token"]
        grant = self._refresh.get(token)
        if grant is None or self._now() >= grant.expires_at:  # a JWT that does not verify
            raise _OAuthReply(400, "invalid_grant", "invalid_refresh_token")
        if grant.client_id != client.client_id:
            raise _OAuthReply(400, "invalid_grant", "client_id_mismatch")
        if token in self._spent or grant.grant_id in self._revoked:  # its stored secret is gone
            raise _OAuthReply(400, "invalid_grant", "refresh_token_revoked")
        self._spent.add(token)  # rotated: the new token's secret replaces this one's
        return self._issue(grant.grant_id, grant.client_id, grant.user_id, grant.scopes)

    def _issue(self, grant_id: str, client_id: str, user_id: int, scopes: tuple[str, ...]) -> Response:
        access, refresh = f"oat_{secrets.token_urlsafe(24)}", f"ort_{secrets.token_urlsafe(24)}"
        now = self._now()
        self._access[access] = _Grant(grant_id, client_id, user_id, scopes, now + ACCESS_TOKEN_TTL)
        self._refresh[refresh] = _Grant(grant_id, client_id, user_id, scopes, now + REFRESH_TOKEN_TTL)
        tokens: dict[str, object] = {
            "access_token": access,
            "token_type": "bearer",
            "refresh_token": refresh,
            "expires_in": int(ACCESS_TOKEN_TTL),
        }
        if self.reply_scope:
            tokens["scope"] = " ".join(scopes)
        payload = {"status": "success", "data": tokens} if self.wrap_token_reply else tokens
        return Response(200, dump(payload))

    def _now(self) -> float:
        return self._fake.clock.timestamp()


def _checked_input(raw: object) -> dict[str, str]:
    """OAuth2TokenInputPipe: the body, checked against the input its grant type and
    ``client_secret`` select (``whitelist``, ``forbidNonWhitelisted``, every property a string)."""
    if not isinstance(raw, dict):  # no body or a JSON array: the pipe then finds no client_id
        raw = {}
    client_id = raw.get("client_id")
    if not client_id or not isinstance(client_id, str):
        raise _OAuthReply(400, "invalid_request", "client_id is required")
    grant_type = raw.get("grant_type")
    if grant_type not in ("authorization_code", "refresh_token"):
        raise _OAuthReply(
            400, "invalid_request", "grant_type must be 'authorization_code' or 'refresh_token'"
        )
    confidential = "client_secret" in raw
    required, optional = _INPUTS[(grant_type, confidential)]
    allowed = {*required, *optional}
    # class-validator reports the properties that should not exist first, then each declared one.
    problems = [
        f"{name} property is wrong,property {name} should not exist " for name in raw if name not in allowed
    ]
    for name in (*required, *optional):
        value = raw.get(name)
        if not isinstance(value, str) and (name in required or value is not None):
            problems.append(f"{name} property is wrong,{name} must be a string ")
    if problems:
        raise _OAuthReply(400, "invalid_request", ", ".join(problems))
    return {name: value for name, value in raw.items() if isinstance(value, str)}


def _same(given: str | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())


def _form_or_json(request: Request) -> object:
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind == "application/x-www-form-urlencoded":
        form = parse_qs(request.body.decode("latin-1"), keep_blank_values=True)
        return {key: values[-1] for key, values in form.items()}
    try:
        return json.loads(request.body) if request.body.strip() else None
    except ValueError:
        return None


def _oauth_error(reply: _OAuthReply) -> Response:
    return Response(reply.status, dump({"error": reply.error, "error_description": reply.description}))


def _redirect(
    redirect_uri: str, state: str | None, *, code: str | None = None, error: str | None = None
) -> Response:
    params = (
        {"code": code} if code is not None else {"error": "invalid_request", "error_description": error or ""}
    )
    if state is not None:
        params["state"] = state
    separator = "&" if "?" in redirect_uri else "?"
    return Response(302, b"", {"Location": redirect_uri + separator + urlencode(params)})
