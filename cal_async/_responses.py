"""Reading a response: a success body's JSON, and the typed error of a non-2xx one.

The server answers errors in three shapes (see ``API-FACTS.md``), all accepted here:

1. the envelope ``{"status": "error", "error": {"code", "message", "details"}}``;
2. the bare ``{"statusCode": 400, "message": "..."}`` of shared booking code;
3. anything else: HTML from a proxy, an empty body, truncated JSON.

An error's message is built from what the server said (including each failed validation
constraint, never the value that failed it: that can be personal data) and never from the request,
so no credential can leak into exception text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

import httpx
import orjson

from ._errors import (
    APIResponseError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TokenExpiredError,
    UnprocessableEntityError,
)

__all__ = ["decode_json", "error_from_response", "rate_limit_error"]


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


def error_from_response(response: httpx.Response, *, advice: str | None = None) -> APIStatusError:
    """The exception for a non-2xx response. The body must already be read; this never raises.
    ``advice`` is added to the server's message (what the caller can do about it)."""
    body, code, message, details = _parse_body(response)
    if advice:
        message = f"{message} ({advice})"
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
