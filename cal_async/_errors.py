"""The SDK's exception hierarchy and the mapping from an error response to it.

Everything derives from :class:`CalError`. A response with a non-2xx status becomes an
:class:`APIStatusError` subclass chosen by status code. The server answers errors in three shapes
(see ``API-FACTS.md``), all accepted here:

1. the envelope ``{"status": "error", "error": {"code", "message", "details"}}``;
2. the bare ``{"statusCode": 400, "message": "..."}`` of shared booking code;
3. anything else: HTML from a proxy, an empty body, truncated JSON.

Messages are built from what the server said (including each failed validation constraint) and
never from the request, so no credential can leak into exception text.
"""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypedDict

import httpx
import orjson

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
    "error_from_response",
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
    """Refreshing a managed user's access token failed; the original request was not replayed.

    ``status_code`` is the refresh endpoint's status (None when no response arrived). The cause
    (``__cause__``) is the underlying :class:`APIStatusError` or :class:`APIConnectionError`.
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


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    498: TokenExpiredError,
}

_EXTRA_REASONS = {498: "Token Expired", 520: "Unknown Error (proxy)"}
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TAGS = re.compile(r"<[^>]+>")
_SPACES = re.compile(r"\s+")
_MAX_TEXT = 200


def _reason(status: int) -> str:
    return httpx.codes.get_reason_phrase(status) or _EXTRA_REASONS.get(status, "")


def _shorten(text: str) -> str:
    text = _SPACES.sub(" ", text[: _MAX_TEXT * 8]).strip()  # a huge body: only its start is shown
    return text if len(text) <= _MAX_TEXT else text[: _MAX_TEXT - 1] + "…"


_MAX_DEPTH = 32  # validation trees deeper than any real DTO are cut off, not recursed into


def _constraint_lines(errors: object, parent: str = "", depth: int = 0) -> list[str]:
    """Flatten class-validator's ``[{property, constraints: {rule: text}, children}]`` tree."""
    lines: list[str] = []
    if not isinstance(errors, list) or depth > _MAX_DEPTH:
        return lines
    for item in errors:
        if not isinstance(item, Mapping):
            continue
        prop = str(item.get("property", "?"))
        path = f"{parent}.{prop}" if parent else prop
        constraints = item.get("constraints")
        if isinstance(constraints, Mapping):
            # The values name the rule in words ("email must be an email"); the input value is left
            # out on purpose, as it can be personal data.
            lines.extend(f"{path}: {text}" for text in constraints.values())
        lines.extend(_constraint_lines(item.get("children"), path, depth + 1))
    return lines


def _text(value: object) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "; ".join(item.strip() for item in value)
    return _shorten(_dumps(value))


def _dumps(value: object) -> str:
    """JSON text of a decoded body, for messages; a body nested too deeply to print says so."""
    try:
        return json.dumps(value, default=str)
    except (RecursionError, ValueError):
        return f"<{type(value).__name__} nested too deeply to show>"


def _loads(raw: bytes) -> object:
    """orjson: strict JSON (no NaN/Infinity), about twice as fast as json.loads on a page of
    bookings (bench: python -m bench parse), and nesting bounded at 1,024 levels, so a deeper body
    is a ``ValueError`` (``orjson.JSONDecodeError``) like any other malformed one, never a
    ``RecursionError``."""
    return orjson.loads(raw)


def _envelope_message(message: object, details: object) -> str:
    text = _text(message) if message is not None else ""
    if isinstance(details, Mapping):
        lines = _constraint_lines(details.get("errors"))
        if lines:
            return f"{text or 'Validation failed'}: " + "; ".join(lines)
    elif isinstance(details, str) and details.strip() and details.strip() != text:
        return f"{text}: {details.strip()}" if text else details.strip()
    return text


def _parse_body(response: httpx.Response) -> tuple[object, str | None, str, object]:
    """(body, code, message, details) of an error response, whatever its shape."""
    status = response.status_code
    raw = response.content
    if not raw.strip():
        return "", None, f"{_reason(status) or 'Error'} (the response body is empty)", None
    try:
        body: object = _loads(raw)
    except ValueError:
        text = _body_text(response)
        title = _TITLE.search(text[:65536])
        snippet = _shorten(_TAGS.sub(" ", title.group(1) if title else text))
        kind = response.headers.get("content-type", "unknown type").split(";")[0]
        return text, None, f"the server sent a non-JSON body ({kind}): {snippet}", None
    if isinstance(body, Mapping):
        error = body.get("error")
        if isinstance(error, Mapping):  # shape 1: the envelope
            code = error.get("code")
            details = error.get("details")
            message = _envelope_message(error.get("message"), details)
            return body, code if isinstance(code, str) else None, message or _reason(status), details
        if "message" in body:  # shape 2: bare {statusCode, message[, error]}
            code = error if isinstance(error, str) else None
            return body, code, _text(body["message"]) or _reason(status), None
    return body, None, f"{_reason(status) or 'Error'}: {_shorten(_dumps(body))}", None


def error_from_response(response: httpx.Response) -> APIStatusError:
    """The exception for a non-2xx response. The body must already be read; this never raises."""
    body, code, message, details = _parse_body(response)
    status = response.status_code
    cls = _BY_STATUS.get(status) or (InternalServerError if status >= 500 else APIStatusError)
    return cls(message, response=response, body=body, code=code, details=details)


def rate_limit_error(response: httpx.Response, retry_after: float) -> RateLimitError:
    """A :class:`RateLimitError` for a read 429 response, saying when to retry."""
    body, code, message, details = _parse_body(response)
    return RateLimitError(
        message, response=response, body=body, code=code, details=details, retry_after=retry_after
    )


def decode_json(response: httpx.Response) -> Any:
    """The decoded JSON of a successful response (None for an empty body)."""
    content = response.content
    try:
        return _loads(content)
    except ValueError as exc:
        if not content.strip():
            return None
        kind = response.headers.get("content-type", "unknown type").split(";")[0]
        problem = "JSON nested too deeply" if "depth limit" in str(exc) else "not JSON"
        raise APIResponseError(
            f"{response.status_code} response is {problem} ({kind}): " + _shorten(_body_text(response)),
            response=response,
        ) from None


def _body_text(response: httpx.Response) -> str:
    try:
        return response.content.decode(response.encoding or "utf-8", errors="replace")
    except LookupError:  # a charset Python does not know
        return response.content.decode("utf-8", errors="replace")


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
