"""Credentials (immutable values) and the managed-user token session (rotating state).

Every credential class hides its secrets from ``repr``/``str``; validation errors describe what
is wrong without echoing the value.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Awaitable, Callable, Iterable
from typing import TYPE_CHECKING, Any

import attrs

from ._bearer import BearerSession, PostRefresh
from ._errors import APIConnectionError, APIResponseError, APIStatusError, CalError, TokenRefreshError
from ._path_params import path_segment
from ._responses import decode_json, error_from_response

if TYPE_CHECKING:
    pass

__all__ = [
    "ApiKey",
    "ManagedUser",
    "PlatformClient",
    "TokenPair",
    "TokenSession",
    "check_secret",
    "scrub_secrets",
    "secret_validator",
]

logger = logging.getLogger("cal_async")

_API_KEY_PREFIXES = ("cal_live_", "cal_")


def check_secret(what: str, value: object) -> str:
    """``value`` if it can travel in an HTTP header as is; the error never shows the value."""
    if not isinstance(value, str):
        raise TypeError(f"{what} must be a str, got {type(value).__name__}")
    if not value:
        raise ValueError(f"{what} is empty")
    if any(ch.isspace() for ch in value):
        # Usually a trailing newline from a file or environment variable.
        raise ValueError(f"{what} contains whitespace; strip it before passing it in")
    if not value.isascii():
        # httpx would refuse it later with the whole header in its message.
        raise ValueError(f"{what} contains non-ASCII characters; copy it again from Cal.com")
    if not value.isprintable():
        raise ValueError(f"{what} contains control characters; copy it again from Cal.com")
    return value


def _validate_api_key(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
    key = check_secret("the API key", value)
    if not key.startswith(_API_KEY_PREFIXES):
        raise ValueError(
            "the API key must start with 'cal_' (test keys) or 'cal_live_' (live keys); create one in "
            "Cal.com under Settings > Developer > API keys. A managed user's access token goes in "
            "ManagedUser, not api_key"
        )
    if key in _API_KEY_PREFIXES:
        raise ValueError("the API key has a prefix but nothing after it")


def secret_validator(what: str) -> Callable[[object, attrs.Attribute[Any], object], None]:
    """An attrs validator applying :func:`check_secret`."""

    def validate(_inst: object, _attr: attrs.Attribute[Any], value: object) -> None:
        check_secret(what, value)

    return validate


def scrub_secrets(text: str, secrets: Iterable[str]) -> tuple[str, bool]:
    """``text`` with every one of ``secrets`` masked, and whether one was there.

    Each secret is looked for as sent and as httpx/h11 print a header value (a bytes repr, with
    escapes instead of raw characters)."""
    found = False
    for secret in secrets:
        for form in {secret, repr(secret.encode("utf-8", "backslashreplace"))[2:-1]}:
            if form and form in text:
                text = text.replace(form, "<redacted>")
                found = True
    return text, found


@attrs.frozen(slots=True, repr=False)
class ApiKey:
    """A Cal.com API key (``cal_...`` or ``cal_live_...``), sent as ``Authorization: Bearer``."""

    value: str = attrs.field(validator=_validate_api_key)

    @property
    def is_live(self) -> bool:
        return self.value.startswith("cal_live_")

    def __repr__(self) -> str:
        return f"ApiKey({'cal_live_' if self.is_live else 'cal_'}<redacted>)"


@attrs.frozen(slots=True, repr=False)
class PlatformClient:
    """A platform OAuth client: ``x-cal-client-id`` + ``x-cal-secret-key``, sent only to the
    operations that declare them."""

    client_id: str = attrs.field(validator=secret_validator("the platform client id"))
    secret_key: str = attrs.field(validator=secret_validator("the platform secret key"))

    def __repr__(self) -> str:
        return f"PlatformClient(client_id={self.client_id!r}, secret_key=<redacted>)"


@attrs.frozen(slots=True, repr=False)
class TokenPair:
    """A managed user's tokens as issued by Cal.com; expiry times are epoch milliseconds."""

    access_token: str
    refresh_token: str
    access_token_expires_at: int | None = None
    refresh_token_expires_at: int | None = None

    def __repr__(self) -> str:
        return (
            "TokenPair(access_token=<redacted>, refresh_token=<redacted>, "
            f"access_token_expires_at={self.access_token_expires_at!r}, "
            f"refresh_token_expires_at={self.refresh_token_expires_at!r})"
        )


OnRefresh = Callable[[TokenPair], "Awaitable[None] | None"]


@attrs.frozen(slots=True, repr=False)
class ManagedUser:
    """A platform managed user: its tokens plus the OAuth client that can refresh them.

    ``on_refresh`` (sync or async) receives the rotated :class:`TokenPair` after every refresh;
    persist it, since the old refresh token stops working. An exception it raises propagates to
    the call that triggered the refresh (the client already uses the new tokens).
    """

    access_token: str = attrs.field(validator=secret_validator("the access token"))
    refresh_token: str = attrs.field(validator=secret_validator("the refresh token"))
    client_id: str = attrs.field(validator=secret_validator("the platform client id"))
    secret_key: str = attrs.field(validator=secret_validator("the platform secret key"))
    access_token_expires_at: int | None = None
    on_refresh: OnRefresh | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return (
            f"ManagedUser(client_id={self.client_id!r}, access_token=<redacted>, refresh_token=<redacted>, "
            f"secret_key=<redacted>, access_token_expires_at={self.access_token_expires_at!r})"
        )


class TokenSession(BearerSession[TokenPair]):
    """The live tokens of one managed user, refreshed single-flight and durably (``_bearer``):
    refreshed with the platform client's secret at ``POST /v2/oauth/{clientId}/refresh``, after a
    498 or ahead of ``accessTokenExpiresAt`` (epoch milliseconds)."""

    __slots__ = ("_user",)

    what = "the managed user's access token"

    def __init__(
        self,
        user: ManagedUser,
        *,
        wall_clock: Callable[[], float] = time.time,
        refresh_margin: float = 60.0,
        refresh_limit: float = 120.0,
    ) -> None:
        super().__init__(
            TokenPair(user.access_token, user.refresh_token, user.access_token_expires_at),
            on_refresh=user.on_refresh,
            refresh_margin=refresh_margin,
            refresh_limit=refresh_limit,
            wall_clock=wall_clock,
        )
        self._user = user

    def __repr__(self) -> str:
        return f"<TokenSession client_id={self._user.client_id!r}>"

    @property
    def client_id(self) -> str:
        return self._user.client_id

    @property
    def secret_key(self) -> str:
        return self._user.secret_key

    def secrets(self) -> tuple[str, ...]:
        return (self._tokens.access_token, self._tokens.refresh_token, self._user.secret_key)

    def expires_at(self) -> float | None:
        millis = self._tokens.access_token_expires_at
        return None if millis is None else millis / 1000

    def _refresh_failed(self, message: str) -> CalError:
        return TokenRefreshError(message)

    async def _fetch(self, post: PostRefresh) -> TokenPair:
        path = f"/v2/oauth/{path_segment('client_id', self._user.client_id)}/refresh"
        headers = {"x-cal-secret-key": self._user.secret_key}
        try:
            response = await post(path, headers, {"refreshToken": self._tokens.refresh_token})
        except (APIConnectionError, APIStatusError) as exc:  # no response, or a 429 too long to wait
            status = exc.status_code if isinstance(exc, APIStatusError) else None
            raise TokenRefreshError(
                f"refreshing the managed user's access token failed: {exc}", status_code=status
            ) from exc
        request_id = response.headers.get("x-request-id")
        if not response.is_success:
            error: APIStatusError = error_from_response(response)
            raise TokenRefreshError(
                f"refreshing the managed user's access token failed: {error}; sign the user in again "
                "(the refresh token may be expired or already rotated)",
                status_code=response.status_code,
                request_id=request_id,
            ) from error
        try:
            data = decode_json(response)["data"]
            return TokenPair(
                access_token=_token(data["accessToken"]),
                refresh_token=_token(data["refreshToken"]),
                access_token_expires_at=_millis(data.get("accessTokenExpiresAt")),
                refresh_token_expires_at=_millis(data.get("refreshTokenExpiresAt")),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise TokenRefreshError(
                "the token refresh response did not contain a new token pair",
                status_code=response.status_code,
                request_id=request_id,
            ) from exc
        except APIResponseError as exc:
            raise TokenRefreshError(
                "the token refresh response is not JSON",
                status_code=response.status_code,
                request_id=request_id,
            ) from exc


def _token(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError("token missing")
    return check_secret("the issued token", value)


def _millis(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return int(value)
