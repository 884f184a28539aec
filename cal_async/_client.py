"""CalClient: the entry point users construct, and what each client holds.

A client is an immutable :class:`ClientConfig` (base URL, timeout, headers, retry policy) and a
:class:`ClientRuntime` shared by every client made from it with ``with_options`` (the HTTP client,
the retrier's pacing and rate budget, the credentials and the user's token session, telemetry).
``CalClient`` is the root of the generated resource tree (``RootResources``): each resource is a
cached property holding the client, and each operation runs through the client's request pipeline
(``_pipeline.Pipeline``: auth, retries, deadline, errors, decoding).

Retries run *above* the httpx client, around ``AsyncClient.send``, so they apply equally to the
client we create and to one the caller supplies (which we use as-is and never close). Each request
is marked so that a :class:`RetryTransport` the caller mounted themselves passes it through once
instead of multiplying the retries.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, ParamSpec, Self, TypeVar, cast

import attrs
import httpx

from ._auth import ApiKey, ManagedUser, PlatformClient, TokenSession, scrub_secrets
from ._bearer import BearerSession
from ._deadlines import Deadlines
from ._generated.resources import RootResources
from ._http_backend import AnyAsyncClient, AnyTimeout, BackendName, backend_named, backend_of
from ._pipeline import Pipeline
from ._raw_response import RawResponse, ResponseCapture
from ._retry import Retrier, RetryPolicy
from ._sentinel import UNSET, Unset
from ._version import __version__

if TYPE_CHECKING:  # imported by whoever builds one; not at ``import cal_async`` time
    from ._oauth_session import OAuthSession
    from ._telemetry import Telemetry, TracerProviderLike
    from .rate_budget import RateBudget

__all__ = ["DEFAULT_BASE_URL", "DEFAULT_TIMEOUT", "CalClient", "ClientConfig", "ClientRuntime"]

T = TypeVar("T")
P = ParamSpec("P")

logger = logging.getLogger("cal_async")

DEFAULT_BASE_URL = "https://api.cal.com"
#: 10 s to connect, 60 s for each read/write/pool wait; the retry policy's ``deadline`` bounds the
#: whole call (attempts and waits).
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)

TimeoutTypes = AnyTimeout


def _resolve_api_key(api_key: str | ApiKey | None, managed_user: ManagedUser | None) -> ApiKey | None:
    if isinstance(api_key, ApiKey):
        return api_key
    if api_key is not None:
        return ApiKey(api_key)
    if managed_user is not None:
        return None  # the managed user's token is the bearer; CAL_API_KEY must not override it
    env = os.environ.get("CAL_API_KEY")
    if not env:
        return None
    try:
        return ApiKey(env)
    except ValueError as exc:
        raise ValueError(f"CAL_API_KEY: {exc}") from None


@attrs.frozen(slots=True)
class ClientConfig:
    """What may differ between a client and its ``with_options`` copies: immutable, evolved by
    ``with_options``. ``timeout`` is in the HTTP library's own class (httpx's or httpx2's)."""

    base_url: str
    timeout: httpx.Timeout  # or httpx2's, as the runtime's HTTP client
    headers: Mapping[str, str]
    retry_policy: RetryPolicy


@attrs.define(slots=True, eq=False)
class ClientRuntime:
    """What a client and all its ``with_options`` copies share: the HTTP client and its library,
    the credentials and the user's token session, the retrier's pacing and rate budget,
    raw-response capture and telemetry. Closed once, by the client that created it."""

    backend: Any  # _http_backend's description of httpx or httpx2
    http: httpx.AsyncClient  # or httpx2's, which has the same API
    owns_http: bool
    retrier: Retrier
    api_key: ApiKey | None = attrs.field(repr=False)
    platform: PlatformClient | None = attrs.field(repr=False)
    # The session whose access token is the bearer when the client acts for a user: a managed
    # user's (TokenSession) or an OAuth app user's (OAuthSession); one core (_bearer.py).
    bearer: BearerSession[Any] | None = attrs.field(repr=False)
    # A managed user's platform client, for the operations that take only its headers.
    managed_platform: PlatformClient | None = attrs.field(default=None, repr=False)
    capture: ResponseCapture = attrs.field(factory=ResponseCapture, repr=False)
    telemetry: Telemetry = attrs.field(factory=lambda: _new_telemetry(None), repr=False)
    closed: bool = False
    deadlines: Deadlines = attrs.field(factory=Deadlines, repr=False)
    # The API key's header, built once: most calls send just that.
    key_headers: Mapping[str, str] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.key_headers = {} if self.api_key is None else {"Authorization": f"Bearer {self.api_key.value}"}

    @property
    def has_credentials(self) -> bool:
        return self.api_key is not None or self.bearer is not None or self.platform is not None

    def scrub(self, text: str) -> tuple[str, bool]:
        """``text`` with every credential this client holds masked, and whether one was there."""
        secrets: list[str] = []
        if self.api_key is not None:
            secrets.append(self.api_key.value)
        for platform in (self.platform, self.managed_platform):
            if platform is not None:
                secrets.append(platform.secret_key)
        if self.bearer is not None:  # a managed user's or an OAuth app user's tokens
            secrets.extend(self.bearer.secrets())
        return scrub_secrets(text, secrets)

    def retrier_for(self, policy: RetryPolicy) -> Retrier:
        """A retrier applying ``policy`` with this runtime's shared pacing and rate budget."""
        return self.retrier if policy is self.retrier.policy else self.retrier.with_policy(policy)

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.bearer is not None:
            await self.bearer.aclose()  # a refresh under way stores its tokens first
        if self.owns_http:
            await self.http.aclose()


class CalClient(RootResources):
    """Async client for the Cal.com API v2.

    ``async with CalClient(api_key) as cal: booking = await cal.bookings.get(uid)``

    - ``api_key``: a ``cal_``/``cal_live_`` key; defaults to ``$CAL_API_KEY``.
    - ``base_url``: defaults to ``http_client``'s base URL, then ``$CAL_API_URL``, then
      ``https://api.cal.com``.
    - ``timeout``: httpx timeout for each attempt (default: ``http_client``'s, else 10 s to
      connect and 60 s to read/write); the retry policy's ``deadline`` bounds the whole call.
    - ``max_retries``: overrides ``retry_policy.max_retries`` (default 2).
    - ``deadline``: seconds each call may take, attempts and waits included (``None``: no limit);
      overrides ``retry_policy.deadline`` (default 120 s). A call's own ``deadline=`` overrides it.
    - ``retry_policy``: backoff, waits, deadline and pacing (:class:`cal_async.RetryPolicy`).
    - ``http_client``: an ``httpx.AsyncClient`` or ``httpx2.AsyncClient`` to send through; used
      as-is, never closed by us.
    - ``http_backend``: ``"httpx"`` (default) or ``"httpx2"`` (``pip install 'cal-async[httpx2]'``):
      the library of the client we create when no ``http_client`` is given; defaults to
      ``$CAL_HTTP_BACKEND``, then httpx.
    - ``default_headers``: sent with every request (over the SDK's own, under per-call ones).
    - ``platform_client``: a platform OAuth client, for the operations that take
      ``x-cal-client-id``/``x-cal-secret-key``.
    - ``managed_user``: act as a platform managed user, refreshing its token when it expires.
    - ``oauth``: act for a user of a third-party OAuth app (:class:`cal_async.OAuthSession`),
      refreshing its token before it expires and after a 401/498.
    - ``rate_budget``: a budget every request takes a slot from, e.g. a
      :class:`cal_async.RedisRateBudget` shared by several processes using one credential
      (default: in-process pacing when ``retry_policy.pacing`` is on). Not closed by the client.
    - ``tracer_provider``: an OpenTelemetry ``TracerProvider`` for the client's spans (default: the
      global one, once the application imports OpenTelemetry; see ``cal_async._telemetry``).
    - ``trace_error_messages``: record a failed call's exception text and stack trace in its span
      (default: only the error's type and HTTP status, since the server's text can quote personal data).
    """

    def __init__(
        self,
        api_key: str | ApiKey | None = None,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | None = None,
        deadline: float | Unset | None = UNSET,
        retry_policy: RetryPolicy | None = None,
        http_client: AnyAsyncClient | None = None,
        http_backend: BackendName | None = None,
        default_headers: Mapping[str, str] | None = None,
        platform_client: PlatformClient | None = None,
        managed_user: ManagedUser | None = None,
        rate_budget: RateBudget | None = None,
        oauth: OAuthSession | None = None,
        tracer_provider: TracerProviderLike | None = None,
        trace_error_messages: bool = False,
    ) -> None:
        if api_key is not None and managed_user is not None:
            raise ValueError("pass either api_key or managed_user, not both: each is a bearer token")
        if oauth is not None and (api_key is not None or managed_user is not None):
            raise ValueError("pass oauth alone, without api_key or managed_user: each is a bearer token")
        if http_client is not None:
            backend = backend_of(http_client)
            if http_backend is not None and http_backend != backend.name:
                raise ValueError(
                    f"http_backend={http_backend!r} but http_client is an {backend.name}.AsyncClient: "
                    "pass one of them, or a client of the library you name"
                )
        else:
            backend = backend_named(http_backend or os.environ.get("CAL_HTTP_BACKEND") or "httpx")
        policy = _policy(retry_policy or RetryPolicy(), max_retries, deadline)
        # A caller's client brings its own base URL and timeouts unless told otherwise.
        callers_base = str(http_client.base_url) if http_client is not None else ""  # "" when it has none
        if isinstance(timeout, Unset):
            timeout = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        headers = _headers(
            {"User-Agent": f"cal-async/{__version__}", "Accept": "application/json"}, default_headers
        )
        config = ClientConfig(
            base_url=(base_url or callers_base or os.environ.get("CAL_API_URL") or DEFAULT_BASE_URL).rstrip(
                "/"
            ),
            timeout=cast(httpx.Timeout, backend.timeout(timeout)),
            headers=headers,
            retry_policy=policy,
        )
        # Typed as httpx's: httpx2's AsyncClient has the same API, and _http_backend picks the classes.
        http = http_client if http_client is not None else backend.async_client(timeout=config.timeout)
        runtime = ClientRuntime(
            backend=backend,
            http=cast(httpx.AsyncClient, http),
            owns_http=http_client is None,
            retrier=Retrier(policy, rate_budget),
            api_key=None if oauth is not None else _resolve_api_key(api_key, managed_user),
            platform=platform_client,
            bearer=TokenSession(managed_user) if managed_user is not None else oauth,
            managed_platform=(
                PlatformClient(managed_user.client_id, managed_user.secret_key)
                if managed_user is not None
                else None
            ),
            telemetry=_new_telemetry(tracer_provider, trace_error_messages),
        )
        self._compose(config, runtime, owns_runtime=True)

    def _compose(self, config: ClientConfig, runtime: ClientRuntime, *, owns_runtime: bool) -> None:
        self._config = config
        self._runtime = runtime
        self._pipeline = Pipeline(config, runtime)  # the request path every operation runs
        self._owns_runtime = owns_runtime  # the client that made the runtime closes it

    @property
    def base_url(self) -> str:
        """Where requests go, e.g. ``https://api.cal.com``."""
        return self._config.base_url

    # -- lifecycle -----------------------------------------------------------------------------

    def __repr__(self) -> str:
        runtime = self._runtime
        if isinstance(runtime.bearer, TokenSession):
            auth = "managed_user"
        elif runtime.bearer is not None:
            auth = "oauth"
        elif runtime.api_key is not None:
            auth = "api_key"
        elif runtime.platform is not None:
            auth = "platform_client"
        else:
            auth = "none"
        return f"CalClient(base_url={self.base_url!r}, auth={auth})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool if this client created it. Safe to call more than once."""
        if self._pipeline.closed:
            return
        self._pipeline.closed = True
        if self._owns_runtime:
            await self._runtime.aclose()

    def with_options(
        self,
        *,
        base_url: str | None = None,
        timeout: TimeoutTypes | Unset = UNSET,
        max_retries: int | None = None,
        deadline: float | Unset | None = UNSET,
        retry_policy: RetryPolicy | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client with other settings that shares this one's connection pool, credentials,
        token session and pacing budget. Closing it does not close the pool; closing the original
        does (so the copy must not outlive it)."""
        config = self._config
        policy = _policy(retry_policy or config.retry_policy, max_retries, deadline)
        config = attrs.evolve(
            config,
            base_url=base_url.rstrip("/") if base_url is not None else config.base_url,
            timeout=config.timeout if isinstance(timeout, Unset) else self._runtime.backend.timeout(timeout),
            headers=_headers(config.headers, default_headers),
            retry_policy=policy,
        )
        clone = type(self).__new__(type(self))
        clone._compose(config, self._runtime, owns_runtime=False)
        return clone

    # -- raw responses -------------------------------------------------------------------------

    async def with_raw_response(
        self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs
    ) -> RawResponse[T]:
        """Run ``fn(*args, **kwargs)`` (a method of this client) and return its parsed result with
        the HTTP response (headers such as ``X-Request-Id`` and the rate limits), without sending
        the request again: ``raw = await cal.with_raw_response(cal.bookings.get, uid)``."""
        return await self._runtime.capture.run(fn, *args, **kwargs)


def _policy(policy: RetryPolicy, max_retries: int | None, deadline: float | Unset | None) -> RetryPolicy:
    """``policy`` with a client's ``max_retries=``/``deadline=`` over it (checked as the policy's own)."""
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    if not isinstance(deadline, Unset):
        policy = attrs.evolve(policy, deadline=deadline)
    return policy


def _headers(base: Mapping[str, str], more: Mapping[str, str | None] | None) -> dict[str, str]:
    """``base`` updated with ``more``, where a ``None`` value removes the header."""
    merged: dict[str, str | None] = {**base, **(more or {})}
    return {name: value for name, value in merged.items() if value is not None}


def _new_telemetry(provider: TracerProviderLike | None, error_messages: bool = False) -> Telemetry:
    from ._telemetry import Telemetry  # here, not at module level: ``import cal_async`` stays as cheap

    return Telemetry(provider, error_messages=error_messages)
