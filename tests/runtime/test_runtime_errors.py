"""Every error shape the server sends maps to the right class with the right fields."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

from cal_async._errors import (
    APIResponseError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    CalError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    TokenExpiredError,
    UnprocessableEntityError,
)
from cal_async._ratelimit import RateLimit, parse_rate_limits
from cal_async._responses import decode_json, error_from_response

REQUEST = httpx.Request("GET", "https://api.cal.test/v2/bookings/abc")
REQUEST_ID = "5b1c7a8e-2f3d-4c5b-9a6e-7d8f9e0a1b2c"


def _response(status: int, *, headers: dict[str, str] | None = None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(
        status, request=REQUEST, headers={"X-Request-Id": REQUEST_ID, **(headers or {})}, **kwargs
    )


def _envelope(code: str, message: str, details: object = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details is not None:
        error["details"] = details
    return {"status": "error", "timestamp": "2025-09-26T10:00:00.000Z", "path": "/v2/x", "error": error}


def test_envelope_validation_error_lists_each_failed_constraint() -> None:
    details = {
        "message": "Bad Request Exception",
        "errors": [
            {
                "property": "attendee",
                "value": {"email": "not-an-email"},
                "constraints": {},
                "children": [
                    {
                        "property": "email",
                        "value": "not-an-email",
                        "constraints": {"isEmail": "email must be an email"},
                        "children": [],
                    }
                ],
            },
            {
                "property": "start",
                "value": "tomorrow",
                "constraints": {"isISO8601": "start must be a valid ISO 8601 date string"},
            },
        ],
    }
    body = _envelope("BadRequestException", "Bad Request Exception", details)
    error = error_from_response(_response(400, json=body))
    assert type(error) is BadRequestError
    assert error.status_code == 400
    assert error.code == "BadRequestException"
    assert error.message == (
        "Bad Request Exception: attendee.email: email must be an email; "
        "start: start must be a valid ISO 8601 date string"
    )
    assert error.details == details
    assert error.request_id == REQUEST_ID
    assert error.body == body
    assert error.response.status_code == 400
    assert str(error) == f"400 BadRequestException: {error.message} (request id {REQUEST_ID})"
    assert "not-an-email" not in str(error)  # submitted values are personal data; only rules are shown


def test_envelope_not_found() -> None:
    body = _envelope("NotFoundException", "Booking with uid=abc not found")
    error = error_from_response(_response(404, json=body))
    assert type(error) is NotFoundError
    assert (error.code, error.message, error.details) == (
        "NotFoundException",
        "Booking with uid=abc not found",
        None,
    )


def test_envelope_with_string_details_keeps_both() -> None:
    body = _envelope("ConflictException", "Webhook already exists", "subscriberUrl is taken")
    error = error_from_response(_response(409, json=body))
    assert type(error) is ConflictError
    assert error.message == "Webhook already exists: subscriberUrl is taken"
    assert error.details == "subscriberUrl is taken"


def test_bare_shape() -> None:
    body = {"statusCode": 400, "message": "Cancellation reason is required when you are the host"}
    error = error_from_response(_response(400, json=body))
    assert type(error) is BadRequestError
    assert error.code is None
    assert error.message == "Cancellation reason is required when you are the host"
    assert error.body == body
    assert error.details is None


def test_bare_shape_with_a_message_list() -> None:
    body = {
        "statusCode": 400,
        "message": ["take must not be greater than 250", "skip must be >= 0"],
        "error": "Bad",
    }
    error = error_from_response(_response(400, json=body))
    assert error.message == "take must not be greater than 250; skip must be >= 0"
    assert error.code == "Bad"


def test_bare_internal_server_error() -> None:
    error = error_from_response(_response(500, json={"statusCode": 500, "message": "Internal server error"}))
    assert type(error) is InternalServerError
    assert error.message == "Internal server error"


def test_flattened_validation_string_is_kept_as_is() -> None:
    message = (
        "attendee property is wrong, timeZone property is wrong,timeZone must be a valid IANA time-zone "
    )
    error = error_from_response(_response(400, json=_envelope("BadRequestException", message)))
    assert error.message == message.strip()


def test_html_from_a_proxy() -> None:
    html = (
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>cloudflare</center>\r\n"
        "</body>\r\n</html>\r\n"
    )
    error = error_from_response(_response(502, text=html, headers={"content-type": "text/html"}))
    assert type(error) is InternalServerError
    assert error.message == "the server sent a non-JSON body (text/html): 502 Bad Gateway"
    assert error.body == html
    assert error.code is None


def test_empty_body() -> None:
    error = error_from_response(_response(503, content=b""))
    assert type(error) is InternalServerError
    assert error.message == "Service Unavailable (the response body is empty)"
    assert error.body == ""


def test_truncated_json_is_treated_as_text() -> None:
    error = error_from_response(_response(500, content=b'{"status":"error","err'))
    assert type(error) is InternalServerError
    assert error.message.startswith("the server sent a non-JSON body")


def test_unexpected_json_never_crashes() -> None:
    assert error_from_response(_response(400, json=[1, 2])).message == "Bad Request: [1, 2]"
    assert error_from_response(_response(400, json={"error": None})).message.startswith("Bad Request")
    assert error_from_response(_response(400, json={"error": {"message": None}})).message == "Bad Request"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (498, TokenExpiredError),
        (500, InternalServerError),
        (501, InternalServerError),
        (520, InternalServerError),
        (418, APIStatusError),
        (499, APIStatusError),
    ],
)
@pytest.mark.parametrize("shape", ["envelope", "bare", "html", "empty"])
def test_status_maps_to_class_for_every_shape(status: int, cls: type[APIStatusError], shape: str) -> None:
    bodies: dict[str, dict[str, Any]] = {
        "envelope": {"json": _envelope("SomeException", "went wrong")},
        "bare": {"json": {"statusCode": status, "message": "went wrong"}},
        "html": {"text": "<html><title>Oops</title></html>", "headers": {"content-type": "text/html"}},
        "empty": {"content": b""},
    }
    error = error_from_response(_response(status, **bodies[shape]))
    assert type(error) is cls
    assert isinstance(error, CalError)
    assert error.status_code == status
    assert error.message  # always something a person can read
    assert str(error).startswith(str(status))


def test_token_expired() -> None:
    body = _envelope("TokenExpiredException", "ACCESS_TOKEN_IS_EXPIRED")
    error = error_from_response(_response(498, json=body))
    assert type(error) is TokenExpiredError
    assert (error.code, error.message) == ("TokenExpiredException", "ACCESS_TOKEN_IS_EXPIRED")


def test_rate_limit_error_carries_the_reset_time() -> None:
    body = _envelope(
        "ThrottlerException", "ThrottlerException: Too Many Requests", "Too many requests, wait 42 s"
    )
    headers = {
        "X-RateLimit-Limit-Default": "120",
        "X-RateLimit-Remaining-Default": "0",
        "X-RateLimit-Reset-Default": "42",
    }
    before = time.time()
    error = error_from_response(_response(429, json=body, headers=headers))
    assert isinstance(error, RateLimitError)
    assert error.retry_after == 42.0
    assert error.reset_at is not None and before + 42 <= error.reset_at <= time.time() + 42
    assert error.rate_limit.get("default") is not None
    assert error.message == "ThrottlerException: Too Many Requests: Too many requests, wait 42 s"
    assert str(error).endswith("; retry in 42.0 s")


def test_rate_limit_error_without_hints() -> None:
    error = error_from_response(_response(429, content=b""))
    assert isinstance(error, RateLimitError)
    assert (error.retry_after, error.reset_at) == (None, None)


def test_rate_limit_headers_parse_every_named_limit() -> None:
    info = parse_rate_limits(
        httpx.Headers(
            {
                "X-RateLimit-Limit-Default": "120",
                "X-RateLimit-Remaining-Default": "119",
                "X-RateLimit-Reset-Default": "60",
                "x-ratelimit-limit-burst": "10",
                "x-ratelimit-remaining-burst": "garbage",
                "X-RateLimit-Reset-Burst": "nan",
            }
        )
    )
    default = info.get("Default")
    assert default is not None and (default.limit, default.remaining, default.reset) == (120, 119, 60.0)
    burst = info.get("burst")
    assert burst is not None and (burst.limit, burst.remaining, burst.reset) == (10, None, None)
    assert info.wait_seconds() == 60.0


def test_rate_limit_headers_without_a_name_are_the_default_limit() -> None:
    info = parse_rate_limits(
        {
            "X-RateLimit-Limit": "5",
            "x-ratelimit-remaining": "0",
            "X-RateLimit-Reset": "3",
            "x-ratelimit-resets": "9",  # not one of limit/remaining/reset: ignored
            "Retry-After": "7",
            "retry-after-ms": "1500",  # the finer one wins
        }
    )
    assert info.limits == (RateLimit(name="default", limit=5, remaining=0, reset=3.0),)
    assert info.retry_after == 1.5


def test_decode_json() -> None:
    assert decode_json(_response(200, json={"status": "success", "data": [1]})) == {
        "status": "success",
        "data": [1],
    }
    assert decode_json(_response(204, content=b"")) is None
    with pytest.raises(APIResponseError) as caught:
        decode_json(_response(200, text="<html>maintenance</html>", headers={"content-type": "text/html"}))
    assert caught.value.request_id == REQUEST_ID
    assert "not JSON (text/html)" in str(caught.value)
