"""The fake's OAuth 2.0 provider for third-party apps: authorize (auto-consent), token, scopes.

Register a client with ``fake.app.oauth.register_client(...)``; ``GET /auth/oauth2/authorize``
then consents at once for the client's user and redirects to ``redirect_uri`` with ``code`` and
``state``, and ``POST /v2/auth/oauth2/token`` exchanges codes and refresh tokens (JSON or form
encoded). Sources: ``docs/api-reference/v2/oauth.mdx`` (parameters, errors, 30-minute tokens),
``apps/api/v2/src/modules/auth/oauth2/controllers/oauth2-token.controller.ts`` (the reply wrapped
in ``{status, data}``; the docs show it flat: ``wrap_token_reply`` picks),
``apps/api/v2/src/modules/auth/oauth2/services/oauth2-error.service.ts`` (``{error,
error_description}``) and ``apps/api/v2/src/modules/auth/guards/oauth-permissions/
oauth-permissions.guard.ts`` (scopes: an endpoint without ``@OAuthPermissions`` refuses
third-party tokens; ``ORG_`` implies ``TEAM_``; a 403 ``insufficient_scope``).

Tokens are opaque random strings here (Cal.com's are JWTs). An expired access token answers 401.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Final
from urllib.parse import parse_qs, urlencode

import attrs

from .._oauth2 import AUTHORIZE_PATH, TOKEN_PATH, OAuthApp, OAuthScope, grants
from .._pkce import code_challenge
from .errors import HttpError
from .routing import Request, Response, Route, dump

if TYPE_CHECKING:
    from .fake import FakeCal

ACCESS_TOKEN_TTL: Final = 1800.0  # expires_in: 1800 (oauth.mdx)
CODE_TTL: Final = 600.0  # access codes live 10 minutes
_B, _EV, _SC, _P = "BOOKING", "EVENT_TYPE", "SCHEDULE", "PROFILE"

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
    expires_at: float


@attrs.frozen
class _Grant:
    """What one access or refresh token stands for."""

    grant_id: str  # one per authorization: revoking it kills every token it produced
    client_id: str
    user_id: int
    scopes: tuple[str, ...]
    expires_at: float | None


class OAuthProvider:
    """The OAuth state of one fake: clients, codes, tokens; and the two endpoints.

    ``wrap_token_reply``: answer ``{status: "success", data: {...}}`` as the controller does,
    instead of the flat reply the docs show.
    """

    def __init__(self, fake: FakeCal) -> None:
        self._fake = fake
        self.clients: dict[str, FakeOAuthClient] = {}
        self._codes: dict[str, _Code] = {}
        self._access: dict[str, _Grant] = {}
        self._refresh: dict[str, _Grant] = {}
        self._revoked: set[str] = set()
        self.wrap_token_reply = False
        self.token_requests = 0  # how many times the token endpoint was called

    # --- test knobs ---------------------------------------------------------------------------

    def register_client(
        self,
        redirect_uri: str,
        scopes: Iterable[OAuthScope | str],
        *,
        confidential: bool = True,
        user: int | None = None,
    ) -> FakeOAuthClient:
        """A client allowed ``scopes``; the default user consents unless ``user`` (an id) says."""
        client = FakeOAuthClient(
            client_id=secrets.token_hex(12),
            client_secret=secrets.token_urlsafe(24) if confidential else None,
            redirect_uri=redirect_uri,
            scopes=frozenset(str(s) for s in scopes),
            user_id=user if user is not None else self._fake.user.id,
        )
        self.clients[client.client_id] = client
        return client

    def revoke(self, client_id: str, user_id: int | None = None) -> None:
        """The user takes back the app's access: its access and refresh tokens stop working."""
        for grant in (*self._access.values(), *self._refresh.values()):
            if grant.client_id == client_id and (user_id is None or grant.user_id == user_id):
                self._revoked.add(grant.grant_id)

    # --- hooks the app calls --------------------------------------------------------------------

    async def endpoint(self, request: Request) -> Response | None:
        """The answer when ``request`` is for an OAuth endpoint, else None."""
        if request.method == "GET" and request.path.rstrip("/") == AUTHORIZE_PATH:
            return self._authorize(request)
        if request.path.rstrip("/") == TOKEN_PATH:
            if request.method != "POST":
                raise HttpError(404, f"Cannot {request.method} {request.path}")
            self.token_requests += 1
            return self._token(request)
        return None

    def user_id(self, token: str) -> int | None:
        """The user an OAuth access token acts for; None when it is not one of ours."""
        grant = self._access.get(token)
        if grant is None:
            return None
        if grant.grant_id in self._revoked:
            raise HttpError(401, "Invalid Access Token.")
        if grant.expires_at is not None and self._now() >= grant.expires_at:
            raise HttpError(401, "Access token expired.")
        return grant.user_id

    def enforce(self, request: Request, route: Route) -> None:
        """403 when the request's OAuth token lacks the scope the route needs."""
        header = request.headers.get("authorization", "")
        grant = self._access.get(header.partition(" ")[2].strip())
        if grant is None:
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
            return _oauth_error(400, "invalid_request", "client_not_found")
        redirect_uri = request.arg("redirect_uri")
        if redirect_uri is None or redirect_uri != client.redirect_uri:
            return _oauth_error(400, "invalid_request", "redirect_uri_mismatch")
        state = request.arg("state")
        raw_scope = request.arg("scope")
        if not raw_scope:
            return _oauth_error(400, "invalid_request", "scope parameter is required for this OAuth client")
        scopes = tuple(dict.fromkeys(raw_scope.replace(",", " ").split()))
        known = {s.value for s in OAuthScope}
        if any(scope not in known for scope in scopes):
            return _redirect(redirect_uri, state, error="Requested scope is not a recognized scope")
        if not set(scopes) <= client.scopes:
            return _redirect(
                redirect_uri, state, error="Requested scope exceeds the client's registered scopes"
            )
        challenge = request.arg("code_challenge")
        method = request.arg("code_challenge_method") or "S256"
        if challenge is None and client.client_secret is None:
            return _redirect(redirect_uri, state, error="code_challenge required for public clients")
        if challenge is not None and method != "S256":
            return _redirect(redirect_uri, state, error="code_challenge_method must be S256")
        code = secrets.token_urlsafe(24)
        self._codes[code] = _Code(
            client.client_id, client.user_id, scopes, redirect_uri, challenge, self._now() + CODE_TTL
        )
        return _redirect(redirect_uri, state, code=code)

    def _token(self, request: Request) -> Response:
        body = _form_or_json(request)
        client_id = body.get("client_id")
        if not client_id:
            return _oauth_error(400, "invalid_request", "client_id is required")
        grant_type = body.get("grant_type")
        if grant_type not in ("authorization_code", "refresh_token"):
            return _oauth_error(
                400, "invalid_request", "grant_type must be 'authorization_code' or 'refresh_token'"
            )
        client = self.clients.get(client_id)
        if client is None:
            return _oauth_error(401, "invalid_client", "client_not_found")
        if client.client_secret is not None and not _same(body.get("client_secret"), client.client_secret):
            return _oauth_error(401, "invalid_client", "invalid_client_credentials")
        if grant_type == "authorization_code":
            return self._exchange(client, body)
        return self._rotate(client, body)

    def _exchange(self, client: FakeOAuthClient, body: Mapping[str, str]) -> Response:
        if not body.get("code") or not body.get("redirect_uri"):
            return _oauth_error(400, "invalid_request", "code and redirect_uri are required")
        code = self._codes.pop(body["code"], None)  # single use, even when the exchange fails
        if code is None or code.client_id != client.client_id or self._now() >= code.expires_at:
            return _oauth_error(400, "invalid_grant", "code_invalid_or_expired")
        if body["redirect_uri"] != code.redirect_uri:
            return _oauth_error(400, "invalid_grant", "redirect_uri_mismatch")
        if code.challenge is not None:
            verifier = body.get("code_verifier")
            try:
                matches = verifier is not None and _same(code_challenge(verifier), code.challenge)
            except ValueError:
                matches = False
            if not matches:
                return _oauth_error(400, "invalid_grant", "invalid_code_verifier")
        return self._issue(secrets.token_hex(8), client.client_id, code.user_id, code.scopes)

    def _rotate(self, client: FakeOAuthClient, body: Mapping[str, str]) -> Response:
        grant = self._refresh.pop(body.get("refresh_token") or "", None)  # rotated: single use
        if grant is None or grant.client_id != client.client_id or grant.grant_id in self._revoked:
            return _oauth_error(400, "invalid_grant", "invalid_refresh_token")
        return self._issue(grant.grant_id, grant.client_id, grant.user_id, grant.scopes)

    def _issue(self, grant_id: str, client_id: str, user_id: int, scopes: tuple[str, ...]) -> Response:
        access, refresh = f"oat_{secrets.token_urlsafe(24)}", f"ort_{secrets.token_urlsafe(24)}"
        self._access[access] = _Grant(grant_id, client_id, user_id, scopes, self._now() + ACCESS_TOKEN_TTL)
        self._refresh[refresh] = _Grant(grant_id, client_id, user_id, scopes, None)
        tokens = {
            "access_token": access,
            "refresh_token": refresh,
            "token_type": "bearer",
            "expires_in": int(ACCESS_TOKEN_TTL),
            "scope": " ".join(scopes),
        }
        payload = {"status": "success", "data": tokens} if self.wrap_token_reply else tokens
        return Response(200, dump(payload))

    def _now(self) -> float:
        return self._fake.clock.timestamp()


def _same(given: str | None, expected: str) -> bool:
    return given is not None and secrets.compare_digest(given.encode(), expected.encode())


def _form_or_json(request: Request) -> dict[str, str]:
    kind = request.headers.get("content-type", "").split(";")[0].strip()
    if kind == "application/x-www-form-urlencoded":
        form = parse_qs(request.body.decode("latin-1"), keep_blank_values=True)
        return {key: values[-1] for key, values in form.items()}
    try:
        data = json.loads(request.body) if request.body.strip() else {}
    except ValueError:
        data = None
    if not isinstance(data, dict):
        return {}
    return {key: value for key, value in data.items() if isinstance(value, str)}


def _oauth_error(status: int, error: str, description: str) -> Response:
    return Response(status, dump({"error": error, "error_description": description}))


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
