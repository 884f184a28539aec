"""OAuthSession: a third-party app's live tokens for one Cal.com user, kept fresh for a client.

``CalClient(oauth=OAuthSession(app, tokens, on_refresh=save))``. The client refreshes the access
token shortly before it expires and after a 401 or 498, through the bearer-session core
(``_bearer.py``): N concurrent callers cause one refresh, which runs in its own task so that the
rotated pair is stored and handed to ``on_refresh`` whatever happens to the callers (refresh
tokens rotate: the old one dies the moment the server answers).
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from urllib.parse import urlsplit

from ._bearer import BearerSession, PostRefresh
from ._errors import CalError, ReauthorizationRequired, TokenRefreshError
from ._oauth2 import TOKEN_PATH, OAuthApp, OAuthTokens, secrets_of, token_body, tokens_from_response

__all__ = ["OAuthSession"]

OnOAuthRefresh = Callable[[OAuthTokens], "Awaitable[None] | None"]


class OAuthSession(BearerSession[OAuthTokens]):
    """The tokens of one user of a third-party app, kept fresh for a :class:`CalClient`.

    - ``on_refresh`` (sync or async) receives every new :class:`OAuthTokens`; persist them there.
      The session stores them first (the old refresh token is dead), so if it raises the session
      still uses the new tokens, and the error propagates to the call that triggered the refresh.
    - ``refresh_margin``: refresh this many seconds before ``expires_at``.
    - ``refresh_limit``: the longest a refresh may take, in seconds.
    - A refresh refused with ``invalid_grant`` raises :class:`ReauthorizationRequired`, for that
      call and every later one: send the user through the authorization URL again.

    The refresh is sent to the ``CalClient``'s base URL (``/v2/auth/oauth2/token``).
    """

    __slots__ = ("_app",)

    replays_on = frozenset({401, 498})  # the API answers an expired OAuth token with 401
    what = "the OAuth access token"

    def __init__(
        self,
        app: OAuthApp,
        tokens: OAuthTokens,
        *,
        on_refresh: OnOAuthRefresh | None = None,
        refresh_margin: float = 60.0,
        refresh_limit: float = 120.0,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        if not isinstance(app, OAuthApp) or not isinstance(tokens, OAuthTokens):
            raise TypeError("OAuthSession(app, tokens) takes an OAuthApp and the OAuthTokens of one user")
        super().__init__(
            tokens,
            on_refresh=on_refresh,
            refresh_margin=refresh_margin,
            refresh_limit=refresh_limit,
            wall_clock=wall_clock,
        )
        self._app = app

    def __repr__(self) -> str:
        return f"<OAuthSession client_id={self._app.client_id!r}>"

    def secrets(self) -> tuple[str, ...]:
        held = (self._tokens.access_token, self._tokens.refresh_token)
        return held if self._app.client_secret is None else (*held, self._app.client_secret)

    def expires_at(self) -> float | None:
        return self._tokens.expires_at

    async def _fetch(self, post: PostRefresh) -> OAuthTokens:
        body = token_body(self._app, grant_type="refresh_token", refresh_token=self._tokens.refresh_token)
        path = urlsplit(self._app.token_url).path or TOKEN_PATH
        response = await post(path, {}, body)
        return tokens_from_response(response, self._wall_clock(), secrets=secrets_of(body))

    def _refresh_failed(self, message: str) -> CalError:
        return TokenRefreshError(message)

    def _final(self, failure: CalError) -> bool:
        return isinstance(failure, ReauthorizationRequired)  # a revoked grant stays revoked
