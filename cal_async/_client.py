"""CalClient: the entry point users construct, and the request path every operation runs.

A client is an immutable :class:`ClientConfig` (base URL, timeout, headers, retry policy) and a
:class:`ClientRuntime` shared by every client made from it with ``with_options`` (the HTTP client,
the retrier's pacing and rate budget, the credentials and token session, telemetry). Resources are
cached properties (``RootResources``, generated), each holding the client.

Resources run an operation's description (``_operation.Operation``) through
``APIResource._run``, which calls :meth:`CalClient._request`. This module turns that into an HTTP
exchange: credentials per the operation's declared auth headers, retries (``_retry.Retrier``),
one token refresh on 498, errors mapped to ``_errors``, and the response handed to
``with_raw_response``.

Retries run *above* the httpx client, around ``AsyncClient.send``, so they apply equally to the
client we create and to one the caller supplies (which we use as-is and never close). Each request
is marked so that a :class:`RetryTransport` the caller mounted themselves passes it through once
instead of multiplying the retries.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Awaitable, Callable, Coroutine, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, ParamSpec, Self, TypeVar, cast

import anyio
import attrs
import httpx

from ._auth import ApiKey, ManagedUser, PlatformClient, TokenSession, scrub_secrets
from ._deadlines import Deadlines
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    CalError,
    OAuthError,
    ResponseValidationError,
    TokenRefreshError,
    decode_json,
    error_from_response,
)
from ._generated.resources import RootResources
from ._http_backend import (
    AnyAsyncClient,
    AnyTimeout,
    BackendName,
    backend_named,
    backend_of,
    classes_named,
    timeout_errors,
)
from ._options import RequestOptions
from ._pool_repair import reclaim_orphaned_connections
from ._raw_response import RawResponse, ResponseCapture
from ._request_input import checked_options, checked_query, encode_body
from ._retry import RETRY_EXTENSION, Retrier, RetryPolicy
from ._sentinel import UNSET, Unset
from ._version import __version__

if TYPE_CHECKING:  # imported by whoever builds one; not at ``import cal_async`` time
    from ._oauth_session import OAuthSession
    from ._operation import Operation
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


# Marks our requests for a RetryTransport a caller mounted: pass them through once.
_NO_RETRIES: Final = MappingProxyType({"max_retries": 0})

# What parsing a decoded body of an unexpected shape can raise.
_SHAPE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError, RecursionError)


class _UndecodableBody(httpx.DecodingError):
    """A response whose body could not be decoded (corrupt ``Content-Encoding``); keeps the
    response's status and headers for the error raised once retrying is over."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        super().__init__(str(cause), request=response.request)
        self.response = type(response)(  # httpx's or httpx2's, as the client's
            response.status_code, headers=response.headers, content=b"", request=response.request
        )


class _Call:
    """One call's attempts: its deadline (on the retry policy's clock), how many were sent, the
    bearer token each carried, and sending one attempt (``attempt``, what the retrier repeats)."""

    __slots__ = ("attempts", "bearer", "built_token", "clock", "ends_at", "request", "runtime", "sent_token")

    def __init__(self, runtime: ClientRuntime, clock: Callable[[], float], budget: float | None) -> None:
        self.runtime = runtime
        self.clock = clock
        self.ends_at = None if budget is None else clock() + budget
        self.attempts = 0
        self.bearer: TokenSession | OAuthSession | None = None  # sends its current token at each attempt
        self.sent_token: str | None = None  # the token the last attempt sent
        self.built_token: str | None = None  # the session token the request was built with
        self.request: httpx.Request | None = None  # the HTTP request, for the errors

    def token(self) -> str | None:
        """The session token the call was last sent with (to refresh it once on a 498)."""
        return self.sent_token if self.bearer is not None else self.built_token

    def left(self) -> float | None:
        return None if self.ends_at is None else max(0.0, self.ends_at - self.clock())

    async def attempt(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` once and read its whole body: a connection dropped or a read timing out
        mid-body is then a failed attempt the retrier can repeat (for idempotent methods), not a
        failure after the retries are over."""
        self.attempts += 1
        if self.bearer is not None:
            self.sent_token = self.bearer.access_token
            request.headers["Authorization"] = f"Bearer {self.sent_token}"
        runtime = self.runtime
        runtime.telemetry.attempt(request)
        try:
            response = await runtime.http.send(request, stream=True)
        except BaseException:
            # httpcore 1.0.9 can leave a connection a cancelled request was given stuck in the
            # pool (encode/httpcore#1093): take such orphans out before anything else waits.
            await reclaim_orphaned_connections(runtime.http)
            raise
        try:
            await response.aread()
        except classes_named("DecodingError") as exc:
            await response.aclose()
            raise _UndecodableBody(response, exc) from exc
        except BaseException:
            with anyio.CancelScope(shield=True):
                await response.aclose()
            raise
        return response


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
    the credentials and token session, the retrier's pacing and rate budget, raw-response capture
    and telemetry. Closed once, by the client that created it."""

    backend: Any  # _http_backend's description of httpx or httpx2
    http: httpx.AsyncClient  # or httpx2's, which has the same API
    owns_http: bool
    retrier: Retrier
    api_key: ApiKey | None = attrs.field(repr=False)
    platform: PlatformClient | None = attrs.field(repr=False)
    session: TokenSession | None = attrs.field(repr=False)  # a managed user's tokens
    oauth: OAuthSession | None = attrs.field(repr=False)
    capture: ResponseCapture = attrs.field(factory=ResponseCapture, repr=False)
    telemetry: Telemetry = attrs.field(factory=lambda: _new_telemetry(None), repr=False)
    closed: bool = False
    deadlines: Deadlines = attrs.field(factory=Deadlines, repr=False)
    # The API key's header, built once: most calls send just that.
    key_headers: Mapping[str, str] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        self.key_headers = {} if self.api_key is None else {"Authorization": f"Bearer {self.api_key.value}"}

    @property
    def bearer_session(self) -> TokenSession | OAuthSession | None:
        """The session whose access token is the bearer, if the client acts for a user."""
        return self.session if self.session is not None else self.oauth

    def retrier_for(self, policy: RetryPolicy) -> Retrier:
        """A retrier applying ``policy`` with this runtime's shared pacing and rate budget."""
        return self.retrier if policy is self.retrier.policy else self.retrier.with_policy(policy)

    async def aclose(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self.session is not None:
            await self.session.aclose()  # a refresh under way stores its tokens first
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
            session=TokenSession(managed_user) if managed_user is not None else None,
            oauth=oauth,
            telemetry=_new_telemetry(tracer_provider, trace_error_messages),
        )
        self._compose(config, runtime, owns_runtime=True)

    def _compose(self, config: ClientConfig, runtime: ClientRuntime, *, owns_runtime: bool) -> None:
        self._config = config
        self._runtime = runtime
        self._retrier = runtime.retrier_for(config.retry_policy)
        self._owns_runtime = owns_runtime  # the client that made the runtime closes it
        self._closed = False

    @property
    def base_url(self) -> str:
        """Where requests go, e.g. ``https://api.cal.com``."""
        return self._config.base_url

    # -- lifecycle -----------------------------------------------------------------------------

    def __repr__(self) -> str:
        runtime = self._runtime
        if runtime.session is not None:
            auth = "managed_user"
        elif runtime.oauth is not None:
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
        if self._closed:
            return
        self._closed = True
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

    # -- the request path every operation runs ------------------------------------------------

    def _request(
        self, operation: Operation[T], values: tuple[object, ...], options: RequestOptions
    ) -> Coroutine[Any, Any, T]:
        """Send the request ``operation`` builds of ``values`` (the call's arguments) and return
        ``operation.parse`` of the body.

        A plain function returning the call's coroutine (as ``APIResource._run`` is): each level
        of ``await`` is resumed again at every I/O wait of the call, so the path keeps few."""
        request = operation.build(values)
        telemetry = self._runtime.telemetry
        if telemetry.active():  # one dict lookup when the application does not trace
            return telemetry.traced(
                operation, request, functools.partial(self._call, operation, request, options)
            )
        return self._call(operation, request, options)

    async def _call(self, operation: Operation[T], request: dict[str, Any], options: RequestOptions) -> T:
        runtime = self._runtime
        if self._closed or runtime.closed:
            raise RuntimeError("this CalClient is closed")
        policy = self._retrier.policy
        if options:
            checked_options(options)
        budget = options.get("deadline", policy.deadline)
        call = _Call(runtime, policy.clock, budget)
        if runtime.session is not None or runtime.oauth is not None:
            exchange = self._exchange(request, operation.auth, options, call)
        else:
            exchange = self._send(request, operation.auth, options, call)
        response: httpx.Response | None = None
        try:
            # The deadline covers everything in the exchange: a refresh (waiting for it, not the
            # refresh itself, which goes on in its own task), every attempt, the whole body read,
            # waits and replays. Under asyncio the runtime's one timer for its calls in flight cancels
            # the task (_deadlines.py); under trio, a cancel scope.
            if budget is None:
                response = await exchange
            elif _running_asyncio():
                from asyncio import CancelledError  # loaded: this runs on asyncio (import is ~30 ms)

                expiry = runtime.deadlines.start(budget)
                try:
                    response = await exchange
                except CancelledError:
                    if not expiry.expired():
                        raise
                finally:
                    runtime.deadlines.stop(expiry)
            else:
                with anyio.move_on_after(budget):
                    response = await exchange
        except _sending_failures() as exc:
            error, cause = self._sending_error(exc, call)
            raise error from cause
        if response is None:  # the deadline cut the call off
            method, url = request["method"], self.base_url + request["url"]
            raise APITimeoutError(
                f"{method} {_where(url)} did not finish within its {budget:g} s deadline "
                f"({_retries(call.attempts)})",
                method=method,
                path=httpx.URL(url).path,
                host=httpx.URL(url).host,
                retries=max(0, call.attempts - 1),
            )
        runtime.capture.record(response)
        runtime.telemetry.received(response)
        if not 200 <= response.status_code < 300:
            error = error_from_response(response)
            no_credentials = (
                runtime.api_key is None and runtime.bearer_session is None and runtime.platform is None
            )
            if no_credentials and response.status_code in (401, 403):
                # The usual cause is an unset environment: say which variable, not just "401".
                error.message += (
                    " (this CalClient has no API key: pass CalClient(api_key='cal_...') or set CAL_API_KEY)"
                )
                error.args = (error._summary(),)
            raise error
        body = decode_json(response)
        try:
            return operation.parse(body)
        except CalError:
            raise
        except _SHAPE_ERRORS as exc:
            # The parser met a value of another shape than the API document declares (a number
            # where a list belongs...): the server's data is odd, so the error is typed as such.
            where = f"{request['method']} {request['url']}"
            problem = f"the response does not have the declared shape ({type(exc).__name__}: {exc})"
            raise ResponseValidationError(where, None, problem[:300]) from exc

    async def _exchange(
        self, request: dict[str, Any], auth: tuple[str, ...], options: RequestOptions, call: _Call
    ) -> httpx.Response:
        """The exchange of a client acting for a user: refresh ahead of expiry, and once on 498."""
        session = self._runtime.bearer_session
        assert session is not None
        wants_bearer = not auth or "Authorization" in auth
        if wants_bearer and session.expires_soon():
            try:
                await session.refresh(session.access_token, self._post_refresh)
            except (TokenRefreshError, OAuthError):
                if session.expired():
                    raise
                # The token still works for a few seconds: use it; a 498 (or 401) retries the refresh.
                logger.warning("could not refresh the access token ahead of its expiry")
        response = await self._send(request, auth, options, call)
        expired = response.status_code == 498 or (
            response.status_code == 401 and session is self._runtime.oauth
        )
        token = call.token()
        if expired and token is not None:
            # Expired token (an OAuth app's may be a 401): refresh once (single-flight across
            # tasks), then replay once.
            await session.refresh(token, self._post_refresh)
            response = await self._send(request, auth, options, call)
        return response

    def _auth_headers(self, auth: tuple[str, ...]) -> tuple[Mapping[str, str], str | None]:
        """The credential headers for an operation declaring ``auth``, and the session token sent.

        The bearer (API key or managed-user token) goes where ``Authorization`` is declared or
        nothing is. The platform client's headers go only where declared, and only when no bearer
        is sent: operations listing all three accept any one, so the secret is not spread around.
        """
        runtime = self._runtime
        session = runtime.bearer_session
        if session is None and runtime.api_key is not None and (not auth or "Authorization" in auth):
            return runtime.key_headers, None
        headers: dict[str, str] = {}
        session_token = session.access_token if session is not None else None
        bearer = session_token or (runtime.api_key.value if runtime.api_key is not None else None)
        if bearer is not None and (not auth or "Authorization" in auth):
            headers["Authorization"] = f"Bearer {bearer}"
            return headers, session_token
        if runtime.platform is not None:
            client_id, secret = runtime.platform.client_id, runtime.platform.secret_key
        elif runtime.session is not None:
            client_id, secret = runtime.session.client_id, runtime.session.secret_key
        else:
            return headers, None
        if "x-cal-client-id" in auth:
            headers["x-cal-client-id"] = client_id
        if "x-cal-secret-key" in auth:
            headers["x-cal-secret-key"] = secret
        return headers, None

    def _send(
        self, request: Mapping[str, Any], auth: tuple[str, ...], options: RequestOptions, call: _Call
    ) -> Coroutine[Any, Any, httpx.Response]:
        """Build the HTTP request (credentials per the operation's declared ``auth``); await the
        result to send it with retries. (A plain function, as ``_request`` is.) ``call.token()``
        is then the session token the last attempt carried."""
        credentials, token = self._auth_headers(auth)
        config = self._config
        headers = {**config.headers, **(request.get("headers") or {}), **credentials}
        params = request.get("params")
        timeout = config.timeout
        if options:  # per-call options: most calls have none
            if extra_headers := options.get("extra_headers"):
                headers.update(extra_headers)  # a None value removes the header
                headers = {name: value for name, value in headers.items() if value is not None}
            if extra_query := options.get("extra_query"):
                params = {**(params or {}), **extra_query}
            if "timeout" in options:
                timeout = self._runtime.backend.timeout(options["timeout"])
        if params:
            params = checked_query(params)
        content = None
        if (body := request.get("json")) is not None:
            content = encode_body(body)  # checked and encoded once, not twice
            if not any(name.lower() == "content-type" for name in headers):
                headers["Content-Type"] = "application/json"
        try:
            http_request = self._runtime.http.build_request(
                request["method"],
                config.base_url + request["url"],
                params=params or None,
                content=content,
                headers=headers,
                timeout=timeout,
            )
        except classes_named("InvalidURL") as exc:  # e.g. a path parameter too long for a URL
            raise ValueError(f"{request['method']} {request['url']}: {exc}") from None
        except UnicodeEncodeError:  # the library's own text would quote the value
            raise ValueError(f"{request['method']} {request['url']}: {_unencodable(headers)}") from None
        if token is not None and http_request.headers.get("Authorization") == f"Bearer {token}":
            # A retry (after a 429 wait, say) goes with the token current then, which another
            # task may have refreshed meanwhile; the caller learns which token was sent last.
            call.bearer = self._runtime.bearer_session
        call.built_token = token
        return self._retried(http_request, options.get("max_retries"), call)

    async def _post_refresh(
        self, path: str, headers: Mapping[str, str], body: Mapping[str, Any]
    ) -> httpx.Response:
        config = self._config
        headers = {**config.headers, **headers}
        try:
            http_request = self._runtime.http.build_request(
                "POST", config.base_url + path, json=dict(body), headers=headers, timeout=config.timeout
            )
        except UnicodeEncodeError:
            raise ValueError(f"POST {path}: {_unencodable(headers)}") from None
        policy = self._retrier.policy
        return await self._transmit(http_request, None, _Call(self._runtime, policy.clock, policy.deadline))

    async def _transmit(
        self, http_request: httpx.Request, max_retries: int | None, call: _Call
    ) -> httpx.Response:
        """Send with retries and read the body, failures typed (as ``_call`` does for operations:
        this is for the token refresh)."""
        try:
            return await self._retried(http_request, max_retries, call)
        except _sending_failures() as exc:
            error, cause = self._sending_error(exc, call)
            raise error from cause

    def _retried(
        self, http_request: httpx.Request, max_retries: int | None, call: _Call
    ) -> Coroutine[Any, Any, httpx.Response]:
        """Send with retries and read the body (the retrier's coroutine, awaited by the caller)."""
        call.request = http_request
        # We retry here; a RetryTransport inside a caller's client must not retry again.
        http_request.extensions[RETRY_EXTENSION] = _NO_RETRIES
        return self._retrier.send(http_request, call.attempt, max_retries=max_retries, deadline=call.left())

    def _sending_error(self, exc: Exception, call: _Call) -> tuple[CalError, BaseException | None]:
        """A failure of sending, once retrying is over, as the SDK's error and the cause to chain:
        a body that cannot be decoded (corrupt ``Content-Encoding``) as ``APIResponseError``; an
        httpx failure as ``APIConnectionError`` or ``APITimeoutError``, credentials scrubbed from
        its text (no cause then, whose text would show them)."""
        assert call.request is not None
        method, url = call.request.method, call.request.url
        if isinstance(exc, _UndecodableBody):
            encoding = exc.response.headers.get("content-encoding", "none")
            message = (
                f"{exc.response.status_code} response to {method} {_where(url)} has a body that cannot "
                f"be decoded (Content-Encoding {encoding!r}; {_retries(call.attempts)})"
            )
            return APIResponseError(message, response=exc.response), None
        text, scrubbed = self._scrub(str(exc))
        kind = APITimeoutError if isinstance(exc, timeout_errors()) else APIConnectionError
        what = "timed out" if kind is APITimeoutError else "failed"
        error = kind(
            f"{method} {_where(url)} {what} ({_retries(call.attempts)}): {type(exc).__name__}: {text}",
            method=method,
            path=url.path,
            host=url.host,
            retries=max(0, call.attempts - 1),
        )
        return error, None if scrubbed else exc

    def _scrub(self, text: str) -> tuple[str, bool]:
        """``text`` with every credential this client holds masked, and whether one was there."""
        secrets: list[str] = []
        runtime = self._runtime
        if runtime.api_key is not None:
            secrets.append(runtime.api_key.value)
        if runtime.platform is not None:
            secrets.append(runtime.platform.secret_key)
        if (session := runtime.bearer_session) is not None:  # a managed user's or an OAuth app's
            secrets.extend(session.secrets())
        return scrub_secrets(text, secrets)


def _policy(policy: RetryPolicy, max_retries: int | None, deadline: float | Unset | None) -> RetryPolicy:
    """``policy`` with a client's ``max_retries=``/``deadline=`` over it (checked as the policy's own)."""
    if max_retries is not None:
        policy = attrs.evolve(policy, max_retries=max_retries)
    if not isinstance(deadline, Unset):
        policy = attrs.evolve(policy, deadline=deadline)
    return policy


def _sending_failures() -> tuple[type[Exception], ...]:
    """What sending can fail with once retrying is over (httpx's or httpx2's errors)."""
    return (_UndecodableBody, *classes_named("HTTPError"))


def _running_asyncio() -> bool:
    """Whether this call runs under asyncio rather than trio (which anyio also runs on, and which
    always loads sniffio, the library that tells them apart)."""
    if "trio" not in sys.modules:  # trio cannot be running
        return True
    sniffio = sys.modules.get("sniffio")
    if sniffio is None:
        return True
    try:
        return bool(sniffio.current_async_library() == "asyncio")
    except sniffio.AsyncLibraryNotFoundError:
        return True


def _headers(base: Mapping[str, str], more: Mapping[str, str | None] | None) -> dict[str, str]:
    """``base`` updated with ``more``, where a ``None`` value removes the header."""
    merged: dict[str, str | None] = {**base, **(more or {})}
    return {name: value for name, value in merged.items() if value is not None}


def _unencodable(headers: Mapping[str, str]) -> str:
    """Which header cannot be sent (HTTP header values are ASCII), never showing its value."""
    bad = [name for name, value in headers.items() if not (name.isascii() and value.isascii())]
    names = ", ".join(ascii(name) for name in bad) or "a header"
    return f"{names} has characters that cannot be sent in an HTTP header (only ASCII can)"


def _new_telemetry(provider: TracerProviderLike | None, error_messages: bool = False) -> Telemetry:
    from ._telemetry import Telemetry  # here, not at module level: ``import cal_async`` stays as cheap

    return Telemetry(provider, error_messages=error_messages)


def _where(url: httpx.URL | str) -> str:
    """``host/path`` of a request, for messages (the query can hold personal data)."""
    parsed = httpx.URL(url) if isinstance(url, str) else url
    return f"{parsed.host}{parsed.path}"


def _retries(attempts: int) -> str:
    made = max(0, attempts - 1)
    return f"{made} {'retry' if made == 1 else 'retries'} made"
