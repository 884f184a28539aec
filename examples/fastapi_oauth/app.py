"""A FastAPI app that signs users in with Cal.com (OAuth 2.0 + PKCE) and calls the API for them.

Run it against Cal.com::

    pip install "cal-async[fastapi]" uvicorn
    export CAL_OAUTH_CLIENT_ID=...        # Settings > Developer > OAuth in Cal.com
    export CAL_OAUTH_CLIENT_SECRET=...    # leave unset for a public client (PKCE only)
    export CAL_OAUTH_REDIRECT_URI=http://localhost:8000/callback
    uvicorn examples.fastapi_oauth.app:create_app --factory --port 8000

or against the command-line fake, which registers the client and prints the settings to export
(``CAL_API_URL`` and ``CAL_APP_URL`` point the app at it; they default to Cal.com's)::

    pip install "cal-async[fastapi,testing]"
    python -m cal_async.testing --port 8787 --oauth-client http://localhost:8000/callback
    # in another shell: paste the "export ..." line it printed, then
    uvicorn examples.fastapi_oauth.app:create_app --factory --port 8000

then open http://localhost:8000/login. The flow:

- ``/login`` makes an authorization request (state + PKCE verifier, kept server side under a
  cookie) and redirects the browser to Cal.com;
- ``/callback`` checks the state, exchanges the code for tokens and remembers them for the user;
- ``/me`` and ``/bookings`` call the API through a ``CalClient(oauth=OAuthSession(...))``, which
  refreshes the 30-minute access token by itself and hands every rotated pair to ``TokenStore.save``;
- when the user revokes the app, the refresh fails with ``ReauthorizationRequired`` and the app
  answers 401 with where to log in again.

Everything is kept in memory to stay short: keep ``TokenStore`` in a database in a real app, since
the old refresh token stops working the moment a new one is issued.
"""

from __future__ import annotations

import os
import secrets
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import attrs
import httpx
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, RedirectResponse

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

SCOPES = (OAuthScope.PROFILE_READ, OAuthScope.BOOKING_READ)
LOGIN_COOKIE, SESSION_COOKIE = "cal_login", "cal_session"


class TokenStore:
    """Where each user's tokens live between requests (a dict here; a table in a real app)."""

    def __init__(self) -> None:
        self.tokens: dict[str, OAuthTokens] = {}

    def save(self, user: str, tokens: OAuthTokens) -> None:
        self.tokens[user] = tokens

    def forget(self, user: str) -> None:
        self.tokens.pop(user, None)


@attrs.define
class _User:
    session: OAuthSession
    cal: CalClient


def create_app(
    oauth_app: OAuthApp | None = None,
    *,
    http_client: httpx.AsyncClient | None = None,
    api_url: str | None = None,
    store: TokenStore | None = None,
    clock: Callable[[], float] = time.time,
) -> FastAPI:
    """The app; by default configured from the environment (see the module docstring).

    ``http_client`` / ``api_url`` / ``clock`` let a test point it at the fake Cal.com.
    """
    if oauth_app is None:
        oauth_app = OAuthApp(
            client_id=os.environ["CAL_OAUTH_CLIENT_ID"],
            client_secret=os.environ.get("CAL_OAUTH_CLIENT_SECRET") or None,
            redirect_uri=os.environ["CAL_OAUTH_REDIRECT_URI"],
            app_url=os.environ.get("CAL_APP_URL") or "https://app.cal.com",  # the authorize page
            api_url=os.environ.get("CAL_API_URL") or "https://api.cal.com",  # token endpoint and API
        )
    tokens = store if store is not None else TokenStore()
    pending: dict[str, AuthorizationRequest] = {}  # login id -> what the callback must match
    users: dict[str, _User] = {}  # session id -> the user's live session and client

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with httpx.AsyncClient() if http_client is None else _borrowed(http_client) as http:
            app.state.http = http
            yield
            for user in users.values():
                await user.cal.aclose()

    app = FastAPI(lifespan=lifespan)

    def client_for(session_id: str) -> _User | None:
        user = users.get(session_id)
        if user is None and session_id in tokens.tokens:
            session = OAuthSession(
                oauth_app,
                tokens.tokens[session_id],
                on_refresh=lambda new: tokens.save(session_id, new),
                wall_clock=clock,
            )
            cal = CalClient(oauth=session, base_url=api_url or oauth_app.api_url, http_client=app.state.http)
            user = users[session_id] = _User(session, cal)
        return user

    def reauthorize(session_id: str) -> JSONResponse:
        tokens.forget(session_id)
        users.pop(session_id, None)
        return JSONResponse({"error": "reauthorization_required", "login": "/login"}, status_code=401)

    @app.get("/login")
    async def login() -> RedirectResponse:
        request = oauth_app.authorization_request(SCOPES)
        login_id = secrets.token_urlsafe(16)
        pending[login_id] = request
        response = RedirectResponse(request.url, status_code=302)
        response.set_cookie(LOGIN_COOKIE, login_id, httponly=True, samesite="lax")
        return response

    @app.get("/callback", response_model=None)
    async def callback(request: Request) -> RedirectResponse | JSONResponse:
        started = pending.pop(request.cookies.get(LOGIN_COOKIE, ""), None)
        if started is None:
            return JSONResponse({"error": "no login in progress", "login": "/login"}, status_code=400)
        try:
            code = oauth_app.code_from_callback(dict(request.query_params), state=started.state)
            new = await oauth_app.exchange_code(
                code, code_verifier=started.code_verifier, http_client=app.state.http, wall_clock=clock
            )
        except OAuthError as exc:
            return JSONResponse({"error": exc.error, "login": "/login"}, status_code=400)
        session_id = secrets.token_urlsafe(16)
        tokens.save(session_id, new)
        response = RedirectResponse("/me", status_code=302)
        response.delete_cookie(LOGIN_COOKIE)
        response.set_cookie(SESSION_COOKIE, session_id, httponly=True, samesite="lax")
        return response

    async def call_api(request: Request, work: Callable[[CalClient], Any]) -> Any:
        session_id = request.cookies.get(SESSION_COOKIE, "")
        user = client_for(session_id)
        if user is None:
            return JSONResponse({"error": "not logged in", "login": "/login"}, status_code=401)
        try:
            return await work(user.cal)
        except ReauthorizationRequired:  # the user revoked the app, or the grant expired
            return reauthorize(session_id)

    @app.get("/me", response_model=None)
    async def me(request: Request) -> Any:
        async def work(cal: CalClient) -> dict[str, Any]:
            user = await cal.me.get()
            return {"id": user.id, "username": user.username}

        return await call_api(request, work)

    @app.get("/bookings", response_model=None)
    async def bookings(request: Request) -> Any:
        async def work(cal: CalClient) -> dict[str, Any]:
            page = await cal.bookings.list()
            return {"count": len(page)}

        return await call_api(request, work)

    return app


@asynccontextmanager
async def _borrowed(http: httpx.AsyncClient) -> AsyncIterator[httpx.AsyncClient]:
    yield http  # the caller's client: theirs to close
