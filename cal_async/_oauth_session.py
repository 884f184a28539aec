"""OAuthSession: a third-party app's live tokens for one Cal.com user, refreshed single-flight.

``CalClient(oauth=OAuthSession(app, tokens, on_refresh=save))``. The client asks the session to
refresh shortly before the access token expires and after a 401 or 498; the session makes sure
that N concurrent callers cause one refresh. Refresh tokens rotate: the old one dies the moment the
server answers, so once the request is sent the refresh runs shielded from cancellation until the
new pair is stored and ``on_refresh`` has persisted it. Otherwise a caller timing out at the wrong
moment would leave the app holding a dead refresh token and force the user to log in again.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

import anyio

from ._auth import PostRefresh
from ._errors import OAuthError, ReauthorizationRequired
from ._number_checks import check_number
from ._oauth2 import TOKEN_PATH, OAuthApp, OAuthTokens, secrets_of, token_body, tokens_from_response

__all__ = ["OAuthSession"]

logger = logging.getLogger("cal_async")

OnOAuthRefresh = Callable[[OAuthTokens], "Awaitable[None] | None"]


class OAuthSession:
    """The tokens of one user of a third-party app, kept fresh for a :class:`CalClient`.

    - ``on_refresh`` (sync or async) receives every new :class:`OAuthTokens` before any request
      uses them; persist them there. If it raises, the session still keeps the new tokens (the old
      refresh token is dead) and the error propagates to the call that triggered the refresh.
    - ``refresh_margin``: refresh this many seconds before ``expires_at``.
    - A refresh refused with ``invalid_grant`` raises :class:`ReauthorizationRequired`, for that
      call and every later one: send the user through the authorization URL again.

    The refresh is sent to the ``CalClient``'s base URL (``/v2/auth/oauth2/token``).
    """

    __slots__ = ("_app", "_attempts", "_failure", "_lock", "_margin", "_on_refresh", "_tokens", "_wall_clock")

    def __init__(
        self,
        app: OAuthApp,
        tokens: OAuthTokens,
        *,
        on_refresh: OnOAuthRefresh | None = None,
        refresh_margin: float = 60.0,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if not isinstance(app, OAuthApp) or not isinstance(tokens, OAuthTokens):
            raise TypeError("OAuthSession(app, tokens) takes an OAuthApp and the OAuthTokens of one user")
        check_number("refresh_margin", refresh_margin)
        self._app = app
        self._tokens = tokens
        self._on_refresh = on_refresh
        self._margin = refresh_margin
        self._wall_clock = wall_clock
        self._lock = anyio.Lock()
        self._failure: OAuthError | None = None
        self._attempts = 0

    def __repr__(self) -> str:
        return f"<OAuthSession client_id={self._app.client_id!r}>"

    @property
    def tokens(self) -> OAuthTokens:
        return self._tokens

    @property
    def access_token(self) -> str:
        return self._tokens.access_token

    def secrets(self) -> tuple[str, ...]:
        """Every credential this session holds now (for scrubbing text that may contain one)."""
        held = (self._tokens.access_token, self._tokens.refresh_token)
        return held if self._app.client_secret is None else (*held, self._app.client_secret)

    def expires_soon(self) -> bool:
        """True within ``refresh_margin`` of ``expires_at`` (refresh before sending)."""
        expires_at = self._tokens.expires_at
        return expires_at is not None and self._wall_clock() >= expires_at - self._margin

    def expired(self) -> bool:
        """True once ``expires_at`` has passed (False when the expiry is unknown)."""
        expires_at = self._tokens.expires_at
        return expires_at is not None and self._wall_clock() >= expires_at

    async def refresh(self, stale_access_token: str, post: PostRefresh) -> OAuthTokens:
        """Make sure the access token is newer than ``stale_access_token``, refreshing at most once."""
        attempts_before = self._attempts
        async with self._lock:
            if self._tokens.access_token != stale_access_token:
                return self._tokens  # another task refreshed while we waited
            failure = self._failure
            if isinstance(failure, ReauthorizationRequired) or (
                failure is not None and self._attempts != attempts_before
            ):
                # A revoked grant stays revoked; any other failure is shared with the callers that
                # queued behind it rather than each hitting the endpoint again.
                raise failure
            self._attempts += 1
            # Shielded: once the request may have reached the server, the old refresh token may be
            # dead, so the new pair must be stored and handed to on_refresh whatever happens to
            # the caller. Cancellation is delivered when the shield ends.
            with anyio.CancelScope(shield=True):
                tokens = await self._fetch(post)
                try:
                    await self._notify(tokens)
                finally:
                    self._tokens = tokens
                    self._failure = None
            logger.info("refreshed the OAuth access token (client %s)", self._app.client_id)
            return self._tokens

    async def _fetch(self, post: PostRefresh) -> OAuthTokens:
        body = token_body(self._app, grant_type="refresh_token", refresh_token=self._tokens.refresh_token)
        path = urlsplit(self._app.token_url).path or TOKEN_PATH
        response = await post(path, {}, body)
        try:
            return tokens_from_response(response, self._wall_clock(), secrets=secrets_of(body))
        except OAuthError as exc:
            self._failure = exc
            raise

    async def _notify(self, tokens: OAuthTokens) -> None:
        if self._on_refresh is None:
            return
        result = self._on_refresh(tokens)
        if inspect.isawaitable(result):
            await result
