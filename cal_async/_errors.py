"""Every exception of the SDK, and nothing else.

Everything derives from :class:`CalError`. A response with a non-2xx status becomes an
:class:`APIStatusError` subclass chosen by status code (``_responses.error_from_response`` reads
the response; messages are built from what the server said, never from the request, so no
credential can leak into exception text). Errors pickle with their type, message and fields.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict

import httpx

from ._ratelimit import RateLimitInfo, parse_rate_limits

if TYPE_CHECKING:
    from typing import Unpack

    from .resources.slots import Slot

__all__ = [
    "APIStatusErrorFields",
    "TeamNotFoundError",
    "WebhookSignatureError",
    "WebhookPayloadError",
    "WebhookError",
    "UnknownWebhookTriggerWarning",
    "SlotUnavailableError",
    "EventTypeNotFoundError",
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "CalError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "OAuthCallbackError",
    "OAuthError",
    "PermissionDeniedError",
    "RateBudgetError",
    "RateBudgetExhaustedError",
    "RateBudgetUnavailableError",
    "RateLimitError",
    "ReauthorizationRequired",
    "ResponseValidationError",
    "TokenExpiredError",
    "TokenRefreshError",
    "UnprocessableEntityError",
]


class CalError(Exception):
    """Root of every exception cal-async raises.

    Every one pickles (Celery, multiprocessing, logging handlers hand errors across processes):
    it comes back as the same class with the same message and attributes, without calling
    ``__init__`` again (whose arguments are not the message). A response it carries comes back
    without the request's credential headers and body, which can hold a key, a token or a client
    secret; the response itself (status, headers, body) is kept.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        response = state.get("response")
        if response is not None:
            state["response"] = _without_credentials(response)
        return _rebuilt, (type(self), self.args, state)


def _rebuilt(cls: type[CalError], args: tuple[object, ...], state: dict[str, Any]) -> CalError:
    """An unpickled error: its class, its ``args`` (the message) and its attributes, as they were."""
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


# What a request sends to prove who it is: never part of a pickled error.
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "x-cal-secret-key"})


def _without_credentials(response: httpx.Response) -> httpx.Response:
    """A copy of ``response`` (httpx's or httpx2's) whose request has no credential headers and
    no body (the token endpoints' bodies hold refresh tokens and client secrets)."""
    clone = copy.copy(response)  # what pickling it would keep: status, headers, content
    try:
        request = response.request
    except RuntimeError:  # a response built without a request
        return clone
    headers = [(k, v) for k, v in request.headers.multi_items() if k.lower() not in _CREDENTIAL_HEADERS]
    clone.request = type(request)(request.method, request.url, headers=headers)
    clone.history = [_without_credentials(earlier) for earlier in response.history]
    return clone


class APIConnectionError(CalError):
    """The request got no HTTP response: DNS, refused connection, reset, TLS failure...

    ``host`` is the server it was sent to and ``retries`` how many times it was sent again
    before giving up (both None when unknown).
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        path: str,
        host: str | None = None,
        retries: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path
        self.host = host
        self.retries = retries


class APITimeoutError(APIConnectionError):
    """The request timed out (connecting, writing, reading, or waiting for a pooled connection)."""


class APIResponseError(CalError):
    """A 2xx response whose body is not the JSON the SDK expects."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.request_id: str | None = response.headers.get("x-request-id")


class ResponseValidationError(CalError):
    """A response value does not have the type the API document declares (found when it is read).

    ``model`` and ``field`` name where; the message also shows the value (shortened) and what was
    expected. The raw JSON stays readable through the model's ``to_dict()``. Helpers raise it too
    when a server value they rely on is missing or unusable.
    """

    def __init__(self, model: str, field: str | None, problem: str | None = None) -> None:
        if problem is None:
            problem = (
                f"the response has no {field!r} field, which the Cal.com API document marks as "
                "required; read the raw data with .to_dict() and report the mismatch"
            )
        super().__init__(f"{model}: {problem}")
        self.model = model
        self.field = field


class TokenRefreshError(CalError):
    """Refreshing an access token failed; the original request was not replayed.

    For a managed user, any failure of the refresh (the endpoint refused it, or no answer came);
    for an OAuth app's user, a refresh that took too long or failed without the token endpoint
    answering (a refusal is an :class:`OAuthError`). ``status_code`` is the refresh endpoint's
    status (None when no response arrived). The cause (``__cause__``) is the underlying
    :class:`APIStatusError` or :class:`APIConnectionError`, when there is one.
    """

    def __init__(
        self, message: str, *, status_code: int | None = None, request_id: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.status_code = status_code
        self.request_id = request_id


class OAuthError(CalError):
    """The OAuth 2.0 token endpoint refused a code exchange or a refresh.

    - ``error``: the OAuth error code (``invalid_client``, ``invalid_request``, ...).
    - ``error_description``: the server's reason (``client_not_found``, ...), when it gave one.
    - ``status_code`` / ``request_id``: of the token endpoint's response (None without one).

    The text names the error, never a token or the client secret.
    """

    def __init__(
        self,
        error: str,
        error_description: str | None = None,
        *,
        status_code: int | None = None,
        request_id: str | None = None,
    ) -> None:
        self.error = error
        self.error_description = error_description
        self.status_code = status_code
        self.request_id = request_id
        text = f"{error}: {error_description}" if error_description else error
        if status_code is not None:
            text = f"{status_code} {text}"
        super().__init__(self._advice(text))

    def _advice(self, text: str) -> str:
        return f"the Cal.com OAuth token endpoint refused the request: {text}"


class ReauthorizationRequired(OAuthError):
    """``invalid_grant``: the code or refresh token is expired, used, or revoked.

    Nothing will fix it but the user authorising the app again: send them back through the
    authorization URL.
    """

    def _advice(self, text: str) -> str:
        return f"{super()._advice(text)}; send the user through the authorization URL again"


class OAuthCallbackError(OAuthError):
    """The redirect back to ``redirect_uri`` brought no usable code; nothing was sent to the token
    endpoint.

    Either Cal.com's authorization page sent the user back with an error (``access_denied``,
    ``invalid_request`` for a scope...), or a check made here refused the callback:
    ``state_mismatch`` (it is not the redirect of the login this session started) or
    ``invalid_callback`` (no code, or a malformed one).
    """

    def _advice(self, text: str) -> str:
        if self.error in ("state_mismatch", "invalid_callback"):
            return f"the OAuth callback was refused here, before anything was sent to Cal.com: {text}"
        return f"Cal.com's authorization page sent the user back with an error: {text}"


class RateBudgetError(CalError):
    """The shared rate budget (``CalClient(rate_budget=...)``) did not let the request be sent."""

    def __init__(self, message: str, *, method: str, path: str) -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class RateBudgetUnavailableError(RateBudgetError):
    """The budget's store (Redis) could not be reached and the budget fails closed.

    The cause (``__cause__``) is the store's own error; a budget that fails open (the default)
    paces in-process instead of raising this.
    """


class RateBudgetExhaustedError(RateBudgetError):
    """The credential's shared budget has no slot left within the call's ``max_wait`` and deadline.

    ``retry_after``: seconds until the budget expects a slot (the window reset or the end of a
    block), from when the error was raised; None when other tasks of this process were queued
    ahead for longer than the call may wait. Nothing was sent.
    """

    def __init__(self, message: str, *, method: str, path: str, retry_after: float | None) -> None:
        super().__init__(message, method=method, path=path)
        self.retry_after = retry_after


class APIStatusError(CalError):
    """The server answered with a non-2xx status.

    - ``status_code``: the HTTP status.
    - ``code``: the server's error code (e.g. ``NotFoundException``), when it sent one.
    - ``message``: what went wrong, in words a person can act on.
    - ``details``: the server's ``error.details`` (an object or a string), if any.
    - ``request_id``: the ``X-Request-Id`` header, for support requests.
    - ``body``: the decoded JSON body, or the raw text when it is not JSON.
    - ``response``: the :class:`httpx.Response` itself.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: object,
        code: str | None = None,
        details: object = None,
    ) -> None:
        self.status_code = response.status_code
        self.code = code
        self.message = message
        self.details = details
        self.request_id: str | None = response.headers.get("x-request-id")
        self.body = body
        self.response = response
        super().__init__(self._summary())

    def _summary(self) -> str:
        label = f"{self.status_code} {self.code}" if self.code else str(self.status_code)
        suffix = f" (request id {self.request_id})" if self.request_id else ""
        return f"{label}: {self.message}{suffix}"


class APIStatusErrorFields(TypedDict):
    """The keyword arguments of :class:`APIStatusError`, typed, for a subclass that adds its own
    (``RateLimitError(message, retry_after=..., **fields)``)."""

    response: httpx.Response
    body: object
    code: NotRequired[str | None]
    details: NotRequired[object]


class BadRequestError(APIStatusError):
    """400: the request is malformed or failed validation (see ``message`` for the constraints)."""


class AuthenticationError(APIStatusError):
    """401: missing, unknown or revoked credentials."""


class PermissionDeniedError(APIStatusError):
    """403: the credentials may not do this (also Cal.com's answer to no credentials on some routes)."""


class NotFoundError(APIStatusError):
    """404: no such resource, or a route that does not exist for the ``cal-api-version`` sent."""


class ConflictError(APIStatusError):
    """409: the change clashes with existing state (e.g. a duplicate webhook URL)."""


class UnprocessableEntityError(APIStatusError):
    """422: understood but refused (e.g. a slot already reserved)."""


class RateLimitError(APIStatusError):
    """429: too many requests.

    - ``retry_after``: seconds to wait from when the error was raised (None if the server gave no hint).
    - ``reset_at``: the same moment as a Unix time (``time.time()`` based), or None.
    - ``rate_limit``: every rate-limit header of the response.
    """

    def __init__(
        self, message: str, *, retry_after: float | None = None, **fields: Unpack[APIStatusErrorFields]
    ) -> None:
        # Set before the parent builds the message, which says when to retry.
        self.rate_limit: RateLimitInfo = parse_rate_limits(fields["response"].headers)
        self.retry_after = retry_after if retry_after is not None else self.rate_limit.wait_seconds()
        self.reset_at = time.time() + self.retry_after if self.retry_after is not None else None
        super().__init__(message, **fields)

    def _summary(self) -> str:
        text = super()._summary()
        if self.retry_after is None:
            return text
        return f"{text}; retry in {self.retry_after:.1f} s"


class TokenExpiredError(APIStatusError):
    """498: the managed user's access token expired (raised when it could not be refreshed away)."""


class InternalServerError(APIStatusError):
    """5xx: the server or a proxy in front of it failed."""


# -- webhook receivers ---------------------------------------------------------------------------
# Messages never include the secret or the expected signature: the expected value is a valid
# signature for the body, so echoing it would hand a forger exactly what they lack.

SignatureFailure = Literal["missing", "unsigned", "unexpected", "mismatch"]


class WebhookError(CalError):
    """Root of the webhook errors."""


class WebhookSignatureError(WebhookError):
    """The delivery's ``X-Cal-Signature-256`` header does not prove it came from Cal.com.

    ``reason`` says why, for logs and metrics:

    - ``"missing"``: no header at all;
    - ``"unsigned"``: the header is ``no-secret-provided`` but this receiver has a secret;
    - ``"unexpected"``: the delivery is signed but this receiver has no secret configured;
    - ``"mismatch"``: the signature is not the HMAC of this body with this receiver's secret.
    """

    def __init__(self, reason: SignatureFailure, message: str) -> None:
        super().__init__(message)
        self.reason: SignatureFailure = reason


class WebhookPayloadError(WebhookError):
    """A delivery body that is not a JSON object, so no event can be read from it."""


class UnknownWebhookTriggerWarning(UserWarning):
    """A trigger this SDK does not know: newer servers add triggers, so it is passed on, not refused.

    Raised (as a warning) when creating or updating a webhook with such a trigger, and when a
    delivery for one arrives; the delivery then parses as a plain ``WebhookEvent``. Silence it with
    ``warnings.filterwarnings("ignore", category=UnknownWebhookTriggerWarning)`` once the newer
    trigger is expected.
    """


# -- helpers (cal_async.resources) ---------------------------------------------------------------


class SlotUnavailableError(CalError):
    """The requested time is not bookable; ``nearest`` holds the closest free slots (maybe none).

    Raised by ``book()`` when its availability check fails, and instead of the server's 400/422
    when the slot was taken or held between the check and the booking.
    """

    def __init__(
        self,
        requested: datetime | None,
        nearest: Sequence[Slot],
        *,
        reason: str = "not available",
    ) -> None:
        self.requested = requested
        self.nearest: tuple[Slot, ...] = tuple(nearest)
        self.reason = reason
        when = f"{requested.isoformat()} is {reason}" if requested is not None else reason
        if self.nearest:
            # Shown in the zone the caller wrote the requested start in, so they compare directly.
            zone = requested.tzinfo if requested is not None else None
            starts = [slot.start.astimezone(zone) if zone else slot.start for slot in self.nearest]
            shown = ", ".join(start.isoformat() for start in starts)
            message = f"{when}; nearest free slots: {shown}"
        else:
            message = f"{when}; no free slots nearby"
        super().__init__(message)


class EventTypeNotFoundError(CalError, LookupError):
    """No event type matches a slug lookup."""


class TeamNotFoundError(CalError, LookupError):
    """No team of the organization matches a slug lookup."""
