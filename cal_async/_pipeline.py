"""The request path every call runs, in named stages, in one place.

``APIResource._run`` (and the paginator, for each page) hands an operation's description and the
call's arguments to :meth:`Pipeline.run`. The stages, in order:

1. **call** (:class:`Call`): the request is built from the description (``Operation.build``:
   arguments checked and encoded), the per-call options checked, and the deadline fixed, once:
   every later stage reads ``Call.ends_at``;
2. **auth** (:meth:`Pipeline._credentials`): the credential headers the operation declares; a
   user's token is refreshed ahead of its expiry (``_bearer``);
3. **send** (:meth:`Pipeline._send`): the HTTP request built with the client's headers and the
   call's options, then sent under the retry policy and the rate budget (``_retry.Retrier``), one
   :meth:`Call.attempt` at a time, each reading the whole body; a token the server calls expired
   is refreshed once and the request replayed;
4. **read** (:meth:`Pipeline._read`): a non-2xx answer becomes the typed error
   (``_responses.error_from_response``), a 2xx body is decoded and parsed into the operation's
   typed result.

The deadline (asyncio: one loop timer per runtime for the calls in flight, ``_deadlines``; trio: a
cancel scope) holds over stages 2 and 3 whole. Telemetry is entered once per call, around all of
it (``_telemetry.Telemetry.traced``), reading what the call saw at the end. A failure to send is
typed once, here (:meth:`Pipeline._sending_error`), for operations and token refreshes alike.

The path is kept short on purpose: every ``await`` level of a call is resumed again at each of its
I/O waits, so :meth:`Pipeline.run` is a plain function returning the call's coroutine.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Coroutine, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Final, TypeVar

import anyio
import httpx

from ._bearer import BearerSession
from ._errors import (
    APIConnectionError,
    APIResponseError,
    APITimeoutError,
    CalError,
    OAuthError,
    ResponseValidationError,
    TokenRefreshError,
)
from ._http_backend import classes_named, timeout_errors
from ._options import RequestOptions
from ._pool_repair import reclaim_orphaned_connections
from ._request_input import checked_options, checked_query, encode_body
from ._responses import decode_json, error_from_response
from ._retry import RETRY_EXTENSION, Retrier

if TYPE_CHECKING:
    from ._client import ClientConfig, ClientRuntime
    from ._operation import Operation

__all__ = ["Call", "Pipeline"]

T = TypeVar("T")

logger = logging.getLogger("cal_async")

# Marks our requests for a RetryTransport a caller mounted: pass them through once.
_NO_RETRIES: Final = MappingProxyType({"max_retries": 0})

# What parsing a decoded body of an unexpected shape can raise.
_SHAPE_ERRORS = (TypeError, ValueError, KeyError, AttributeError, IndexError, OverflowError, RecursionError)

# Said with a 401/403 of a client without credentials: the usual cause is an unset environment.
_NO_CREDENTIALS: Final = "this CalClient has no API key: pass CalClient(api_key='cal_...') or set CAL_API_KEY"


class _UndecodableBody(httpx.DecodingError):
    """A response whose body could not be decoded (corrupt ``Content-Encoding``); keeps the
    response's status and headers for the error raised once retrying is over."""

    def __init__(self, response: httpx.Response, cause: Exception) -> None:
        super().__init__(str(cause), request=response.request)
        self.response = type(response)(  # httpx's or httpx2's, as the client's
            response.status_code, headers=response.headers, content=b"", request=response.request
        )


class Call:
    """One call: its request, options and deadline (fixed when it starts), and what it saw: the
    attempts sent, the session token each carried, the HTTP request and the final response."""

    __slots__ = (
        "attempts",
        "budget",
        "ends_at",
        "http_request",
        "operation",
        "options",
        "request",
        "response",
        "runtime",
        "sent_token",
        "session",
    )

    def __init__(
        self,
        operation: Operation[Any] | None,
        request: Mapping[str, Any],
        options: RequestOptions,
        runtime: ClientRuntime,
        retrier: Retrier,
    ) -> None:
        policy = retrier.policy
        if options:
            checked_options(options)
        self.operation = operation  # None for a token refresh (no operation, no credentials)
        self.request = request
        self.options = options
        self.runtime = runtime
        # The deadline, in seconds and on the policy's clock: every stage reads these.
        self.budget: float | None = options.get("deadline", policy.deadline)
        self.ends_at = None if self.budget is None else policy.clock() + self.budget
        self.attempts = 0
        # A user's session: each attempt sends its current token (a retry after a 429 wait goes
        # with the token current then, which another task may have refreshed meanwhile).
        self.session: BearerSession[Any] | None = None
        self.sent_token: str | None = None  # the session token the last attempt sent
        self.http_request: httpx.Request | None = None
        self.response: httpx.Response | None = None

    async def attempt(self, request: httpx.Request) -> httpx.Response:
        """Send ``request`` once and read its whole body: a connection dropped or a read timing out
        mid-body is then a failed attempt the retrier can repeat (for idempotent methods), not a
        failure after the retries are over."""
        self.attempts += 1
        if self.session is not None:
            self.sent_token = self.session.access_token
            request.headers["Authorization"] = f"Bearer {self.sent_token}"
        http = self.runtime.http
        try:
            response = await http.send(request, stream=True)
        except BaseException:
            # httpcore 1.0.9 can leave a connection a cancelled request was given stuck in the
            # pool (encode/httpcore#1093): take such orphans out before anything else waits.
            await reclaim_orphaned_connections(http)
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

    @property
    def retries(self) -> int:
        return max(0, self.attempts - 1)


class Pipeline:
    """The request path of one client (its config) over the runtime it shares with its copies."""

    __slots__ = ("_config", "_retrier", "_runtime", "closed")

    def __init__(self, config: ClientConfig, runtime: ClientRuntime) -> None:
        self._config = config
        self._runtime = runtime
        self._retrier = runtime.retrier_for(config.retry_policy)
        self.closed = False  # this client (or a with_options copy) was closed

    @property
    def retrier(self) -> Retrier:
        return self._retrier

    # -- 1. call -------------------------------------------------------------------------------

    def run(
        self, operation: Operation[T], values: tuple[object, ...], options: RequestOptions
    ) -> Coroutine[Any, Any, T]:
        """One call of ``operation`` with ``values`` (its arguments): await it for the typed result."""
        call = Call(operation, operation.build(values), options, self._runtime, self._retrier)
        telemetry = self._runtime.telemetry
        if telemetry.active():  # one dict lookup when the application does not trace
            return telemetry.traced(operation, call, self._complete(call, operation))
        return self._complete(call, operation)

    async def _complete(self, call: Call, operation: Operation[T]) -> T:
        """Stages 2 and 3 under the call's deadline, then stage 4. The deadline covers a refresh
        (waiting for it, not the refresh itself, which goes on in its own task), every attempt, the
        whole body read, waits and replays. Under asyncio the runtime's one timer for its calls in
        flight cancels the task (``_deadlines``); under trio, a cancel scope. (One coroutine for all
        of it: every ``await`` level is resumed at each I/O wait of the call.)"""
        runtime = self._runtime
        if self.closed or runtime.closed:
            raise RuntimeError("this CalClient is closed")
        exchange = self._exchange(call) if runtime.bearer is not None else self._send(call)
        response: httpx.Response | None = None
        budget = call.budget
        try:
            if budget is None:
                response = await exchange
            elif _running_asyncio():
                from asyncio import CancelledError  # loaded: this runs on asyncio (import is ~30 ms)

                deadlines = runtime.deadlines
                expiry = deadlines.start(budget)
                try:
                    response = await exchange
                except CancelledError:
                    if not expiry.expired():
                        raise
                finally:
                    deadlines.stop(expiry)
            else:
                with anyio.move_on_after(budget):
                    response = await exchange
        except _sending_failures() as exc:
            error, cause = self._sending_error(exc, call)
            raise error from cause
        if response is None:  # the deadline cut the call off
            raise self._timed_out(call)
        return self._read(call, operation, response)

    def _timed_out(self, call: Call) -> APITimeoutError:
        request = call.request
        url = httpx.URL(self._config.base_url + request["url"])
        return APITimeoutError(
            f"{request['method']} {_where(url)} did not finish within its {call.budget:g} s deadline "
            f"({_retries(call)})",
            method=request["method"],
            path=url.path,
            host=url.host,
            retries=call.retries,
        )

    # -- 2. auth -------------------------------------------------------------------------------

    async def _exchange(self, call: Call) -> httpx.Response:
        """Stage 3 for a client acting for a user: its token refreshed ahead of expiry, and once
        (then the request replayed) when the server calls it expired."""
        session = self._runtime.bearer
        assert session is not None
        auth = call.operation.auth if call.operation is not None else ()
        if (not auth or "Authorization" in auth) and session.expires_soon():
            try:
                await session.refresh(session.access_token, self.post)
            except (TokenRefreshError, OAuthError):
                if session.expired():
                    raise
                # The token still works for a few seconds: use it; an expired answer retries the refresh.
                logger.warning("could not refresh the access token ahead of its expiry")
        response = await self._send(call)
        if response.status_code in session.replays_on and call.sent_token is not None:
            # Refresh once (single flight across tasks), then replay once.
            await session.refresh(call.sent_token, self.post)
            response = await self._send(call)
        return response

    def _credentials(self, call: Call) -> Mapping[str, str]:
        """The credential headers for the operation's declared ``auth``.

        The bearer (API key or a user's token) goes where ``Authorization`` is declared or nothing
        is. The platform client's headers go only where declared, and only when no bearer is sent:
        operations listing all three accept any one, so the secret is not spread around.
        """
        operation, runtime = call.operation, self._runtime
        if operation is None:
            return {}  # a token refresh carries its own
        auth = operation.auth
        if not auth or "Authorization" in auth:
            if runtime.bearer is not None:
                call.session = runtime.bearer  # each attempt sets the token current then
                return {}
            if runtime.api_key is not None:
                return runtime.key_headers
        platform = runtime.platform or runtime.managed_platform
        if platform is None:
            return {}
        headers: dict[str, str] = {}
        if "x-cal-client-id" in auth:
            headers["x-cal-client-id"] = platform.client_id
        if "x-cal-secret-key" in auth:
            headers["x-cal-secret-key"] = platform.secret_key
        return headers

    # -- 3. send -------------------------------------------------------------------------------

    def _send(self, call: Call) -> Coroutine[Any, Any, httpx.Response]:
        """The HTTP request of ``call`` (credentials, the client's headers, the call's options),
        sent with retries: await the result. (A plain function, as :meth:`run` is.)"""
        request, options, config = call.request, call.options, self._config
        headers = {**config.headers, **request["headers"], **self._credentials(call)}
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
        http_request = self._http_request(call, params, content, headers, timeout)
        return self._retried(call, http_request)

    def _http_request(
        self, call: Call, params: Any, content: bytes | None, headers: dict[str, str], timeout: Any
    ) -> httpx.Request:
        request = call.request
        try:
            return self._runtime.http.build_request(
                request["method"],
                self._config.base_url + request["url"],
                params=params or None,
                content=content,
                headers=headers,
                timeout=timeout,
            )
        except classes_named("InvalidURL") as exc:  # e.g. a path parameter too long for a URL
            raise ValueError(f"{request['method']} {request['url']}: {exc}") from None
        except UnicodeEncodeError:  # the library's own text would quote the value
            raise ValueError(f"{request['method']} {request['url']}: {_unencodable(headers)}") from None

    def _retried(self, call: Call, http_request: httpx.Request) -> Coroutine[Any, Any, httpx.Response]:
        """Send with retries and read the body (the retrier's coroutine, awaited by the caller)."""
        call.http_request = http_request
        # We retry here; a RetryTransport inside a caller's client must not retry again.
        http_request.extensions[RETRY_EXTENSION] = _NO_RETRIES
        return self._retrier.send(
            http_request, call.attempt, max_retries=call.options.get("max_retries"), ends_at=call.ends_at
        )

    async def post(self, path: str, headers: Mapping[str, str], body: Mapping[str, Any]) -> httpx.Response:
        """A token refresh: ``POST path`` with a JSON body, sent like any call (retries, typed
        failures) under the policy's deadline, its answer returned as it is."""
        request = {"method": "POST", "url": path, "headers": dict(headers), "json": dict(body)}
        call = Call(None, request, {}, self._runtime, self._retrier)
        try:
            return await self._send(call)
        except _sending_failures() as exc:
            error, cause = self._sending_error(exc, call)
            raise error from cause

    def _sending_error(self, exc: Exception, call: Call) -> tuple[CalError, BaseException | None]:
        """A failure of sending, once retrying is over, as the SDK's error and the cause to chain:
        a body that cannot be decoded (corrupt ``Content-Encoding``) as ``APIResponseError``; an
        httpx failure as ``APIConnectionError`` or ``APITimeoutError``, credentials scrubbed from
        its text (no cause then, whose text would show them)."""
        assert call.http_request is not None
        method, url = call.http_request.method, call.http_request.url
        if isinstance(exc, _UndecodableBody):
            encoding = exc.response.headers.get("content-encoding", "none")
            message = (
                f"{exc.response.status_code} response to {method} {_where(url)} has a body that cannot "
                f"be decoded (Content-Encoding {encoding!r}; {_retries(call)})"
            )
            return APIResponseError(message, response=exc.response), None
        text, scrubbed = self._runtime.scrub(str(exc))
        kind = APITimeoutError if isinstance(exc, timeout_errors()) else APIConnectionError
        what = "timed out" if kind is APITimeoutError else "failed"
        error = kind(
            f"{method} {_where(url)} {what} ({_retries(call)}): {type(exc).__name__}: {text}",
            method=method,
            path=url.path,
            host=url.host,
            retries=call.retries,
        )
        return error, None if scrubbed else exc

    # -- 4. read -------------------------------------------------------------------------------

    def _read(self, call: Call, operation: Operation[T], response: httpx.Response) -> T:
        """The call's typed result, or its typed error."""
        runtime = self._runtime
        call.response = response
        runtime.capture.record(response)
        status = response.status_code
        if not 200 <= status < 300:
            advice = _NO_CREDENTIALS if status in (401, 403) and not runtime.has_credentials else None
            raise error_from_response(response, advice=advice)
        body = decode_json(response)
        try:
            return operation.parse(body)
        except CalError:
            raise
        except _SHAPE_ERRORS as exc:
            # The parser met a value of another shape than the API document declares (a number
            # where a list belongs...): the server's data is odd, so the error is typed as such.
            where = f"{call.request['method']} {call.request['url']}"
            problem = f"the response does not have the declared shape ({type(exc).__name__}: {exc})"
            raise ResponseValidationError(where, None, problem[:300]) from exc


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


def _unencodable(headers: Mapping[str, str]) -> str:
    """Which header cannot be sent (HTTP header values are ASCII), never showing its value."""
    bad = [name for name, value in headers.items() if not (name.isascii() and value.isascii())]
    names = ", ".join(ascii(name) for name in bad) or "a header"
    return f"{names} has characters that cannot be sent in an HTTP header (only ASCII can)"


def _where(url: httpx.URL) -> str:
    """``host/path`` of a request, for messages (the query can hold personal data)."""
    return f"{url.host}{url.path}"


def _retries(call: Call) -> str:
    made = call.retries
    return f"{made} {'retry' if made == 1 else 'retries'} made"
