"""A bearer session: the access token a client sends for one user, refreshed single-flight.

A platform managed user (``TokenSession``, ``_auth.py``) and a user of a third-party OAuth app
(``OAuthSession``, ``_oauth_session.py``) differ only in how a refresh is fetched, when the access
token expires, which statuses mean it has, and which secrets to scrub from errors. What they share
is written once here:

- **Single flight.** Callers note the access token they sent; when it turns out stale they call
  :meth:`BearerSession.refresh` with it. The first caller starts a refresh; every caller that finds
  the same stale token while it runs waits for that one, so N concurrent expiries cause one
  refresh, and if it fails they all get its error instead of each trying again (a call made after
  it tries again, unless the failure is final: a revoked OAuth grant).
- **Durable once sent.** A refresh token is single-use: once the request is sent, the server may
  have rotated the pair, and losing the answer would lock the user out. So the refresh runs in a
  task of its own (``_detached``) that no caller's cancellation or deadline reaches, bounded by
  ``refresh_limit``. The rotated pair is stored before anything else happens; then the waiting
  calls replay with it, and ``on_refresh`` persists it. The caller that started the refresh hears
  of a failing ``on_refresh``; the session keeps the new pair either way. :meth:`aclose` waits for a
  refresh under way.
"""

from __future__ import annotations

import inspect
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

import anyio
import httpx

from ._detached import start_detached
from ._errors import CalError
from ._number_checks import check_number

if TYPE_CHECKING:
    import asyncio

__all__ = ["BearerSession", "PostRefresh"]

logger = logging.getLogger("cal_async")

# Posts a refresh request: (path, headers, json body) -> the response, its body read.
PostRefresh = Callable[[str, Mapping[str, str], Mapping[str, Any]], Awaitable[httpx.Response]]


class HasAccessToken(Protocol):
    @property
    def access_token(self) -> str: ...


Tokens = TypeVar("Tokens", bound=HasAccessToken)


class _Flight(Generic[Tokens]):
    """One refresh in progress, shared by every caller that found the same stale token."""

    __slots__ = ("callback_error", "failure", "finished", "stored", "tokens")

    def __init__(self) -> None:
        self.stored = anyio.Event()  # the outcome is known (new tokens stored, or a failure)
        self.finished = anyio.Event()  # ... and on_refresh has run
        self.tokens: Tokens | None = None
        self.failure: CalError | ValueError | None = None
        self.callback_error: Exception | None = None


class BearerSession(Generic[Tokens]):
    """The live tokens of one user, kept fresh for a ``CalClient`` (see the module doc).

    A subclass says how: :meth:`_fetch` (the refresh request), :meth:`expires_at`, :meth:`secrets`,
    :attr:`replays_on`, :meth:`_refresh_failed` (the error for a failure that is not already one of
    the SDK's) and, optionally, :meth:`_final`.
    """

    __slots__ = (
        "_failure",
        "_flight",
        "_margin",
        "_on_refresh",
        "_refresh_limit",
        "_task",
        "_tokens",
        "_wall_clock",
    )

    #: Statuses answering a request whose access token has expired: refresh once, then replay.
    replays_on: ClassVar[frozenset[int]] = frozenset({498})
    #: What is refreshed, for logs: "the managed user's access token".
    what: ClassVar[str] = "the access token"

    def __init__(
        self,
        tokens: Tokens,
        *,
        on_refresh: Callable[[Tokens], Awaitable[None] | None] | None,
        refresh_margin: float,
        refresh_limit: float,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        check_number("refresh_margin", refresh_margin)
        check_number("refresh_limit", refresh_limit)
        self._tokens = tokens
        self._on_refresh = on_refresh
        self._margin = float(refresh_margin)
        self._refresh_limit = float(refresh_limit)
        self._wall_clock = wall_clock
        self._flight: _Flight[Tokens] | None = None
        # The asyncio task of the flight: the loop keeps only a weak reference (trio keeps its own).
        self._task: asyncio.Task[None] | None = None
        self._failure: CalError | None = None  # a final failure: every later refresh raises it

    # -- what a subclass says ------------------------------------------------------------------

    def expires_at(self) -> float | None:
        """When the access token expires, in Unix seconds; None when unknown."""
        raise NotImplementedError

    def secrets(self) -> tuple[str, ...]:
        """Every credential this session holds now (for scrubbing text that may contain one)."""
        raise NotImplementedError

    async def _fetch(self, post: PostRefresh) -> Tokens:
        """Send the refresh request and read the new tokens (raises the SDK's error if refused)."""
        raise NotImplementedError

    def _refresh_failed(self, message: str) -> CalError:
        """The error for a refresh that failed in a way that is not already the SDK's error."""
        raise NotImplementedError

    def _final(self, failure: CalError) -> bool:
        """Whether ``failure`` is final: later refreshes raise it without asking again."""
        return False

    # -- the shared part -----------------------------------------------------------------------

    @property
    def tokens(self) -> Tokens:
        return self._tokens

    @property
    def access_token(self) -> str:
        return self._tokens.access_token

    def expires_soon(self) -> bool:
        """True within ``refresh_margin`` of the expiry (refresh before sending)."""
        expires_at = self.expires_at()
        return expires_at is not None and self._wall_clock() >= expires_at - self._margin

    def expired(self) -> bool:
        """True once the expiry has passed (False when the expiry is unknown)."""
        expires_at = self.expires_at()
        return expires_at is not None and self._wall_clock() >= expires_at

    async def refresh(self, stale_access_token: str, post: PostRefresh) -> Tokens:
        """Make sure the access token is newer than ``stale_access_token``, refreshing at most once.

        Cancelling the caller (or its deadline) stops only the wait: the refresh itself goes on.
        """
        if self._tokens.access_token != stale_access_token:
            return self._tokens  # another task refreshed already
        if self._failure is not None:
            raise self._failure
        flight = self._flight
        started = flight is None
        if flight is None:
            flight = self._flight = _Flight()
            self._task = start_detached(self._fly, flight, post)
        await flight.stored.wait()
        if flight.failure is not None:
            raise flight.failure
        if started:
            # The caller that started the refresh hears of a failing on_refresh.
            await flight.finished.wait()
            if flight.callback_error is not None:
                raise flight.callback_error
        assert flight.tokens is not None
        return flight.tokens

    async def aclose(self) -> None:
        """Wait for a refresh in progress to store its tokens and run ``on_refresh``."""
        flight = self._flight
        if flight is not None:
            with anyio.CancelScope(shield=True):
                await flight.finished.wait()

    async def _fly(self, flight: _Flight[Tokens], post: PostRefresh) -> None:
        """The refresh itself, in its own task: nothing outside can cancel it half-way."""
        try:
            tokens: Tokens | None = None
            with anyio.move_on_after(self._refresh_limit):
                try:
                    tokens = await self._fetch(post)
                except (CalError, ValueError) as exc:  # the SDK's error, or the caller's input refused
                    flight.failure = exc
                except Exception as exc:  # whatever it was, the waiting callers get a typed error
                    flight.failure = self._refresh_failed(
                        f"refreshing {self.what} failed ({type(exc).__name__})"
                    )
            if tokens is None and flight.failure is None:  # the refresh limit cut it off
                flight.failure = self._refresh_failed(
                    f"refreshing {self.what} took over {self._refresh_limit:g} s"
                )
            if tokens is None:
                if isinstance(flight.failure, CalError) and self._final(flight.failure):
                    self._failure = flight.failure
                return
            self._tokens = flight.tokens = tokens  # stored before anything else
            logger.info("refreshed %s", self.what)
            flight.stored.set()  # replays go ahead now; a slow callback must not hold them up
            if self._on_refresh is not None:
                try:
                    result = self._on_refresh(tokens)
                    if inspect.isawaitable(result):
                        await result
                except Exception as exc:
                    flight.callback_error = exc
                    logger.error(
                        "on_refresh raised %s; the client uses the new tokens, but they were not persisted",
                        type(exc).__name__,
                    )
        finally:
            if self._flight is flight:
                self._flight = None
            flight.stored.set()
            flight.finished.set()
