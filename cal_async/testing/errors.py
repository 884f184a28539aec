"""The three error shapes the real server produces, as one exception type handlers can raise.

Cal.com's NestJS filters answer either with the envelope (``status/timestamp/path/error``) or, for
errors thrown by shared booking code, with a bare ``{statusCode, message}``. A third shape (anything
non-JSON) only comes from proxies; the fake produces it through fault injection (``faults.py``).
"""

from __future__ import annotations

from typing import Any

# NestJS names its HTTP exceptions after the status; clients see these names as ``error.code``.
EXCEPTION_NAMES: dict[int, str] = {
    400: "BadRequestException",
    401: "UnauthorizedException",
    403: "ForbiddenException",
    404: "NotFoundException",
    405: "MethodNotAllowedException",
    409: "ConflictException",
    422: "UnprocessableEntityException",
    429: "ThrottlerException",
    498: "TokenExpiredException",
    500: "InternalServerErrorException",
    502: "BadGatewayException",
    503: "ServiceUnavailableException",
    504: "GatewayTimeoutException",
}

# The short phrase Nest puts in ``details.error`` (the HTTP reason phrase).
REASONS: dict[int, str] = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    422: "Unprocessable Entity",
    429: "Too Many Requests",
    498: "Token Expired",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


class HttpError(Exception):
    """An error response; ``render`` turns it into the JSON body once the path and time are known."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        details: Any = None,
        bare: bool = False,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or EXCEPTION_NAMES.get(status, "HttpException")
        self.bare = bare
        # Nest's filter copies ``exception.getResponse()`` into details; for ``new XException(msg)``
        # that is ``{message, error, statusCode}``, so that is the default.
        self.details = (
            details
            if details is not None
            else {"message": message, "error": REASONS.get(status, "Error"), "statusCode": status}
        )

    def render(self, path: str, timestamp: str) -> dict[str, Any]:
        if self.bare:
            return {"statusCode": self.status, "message": self.message}
        error: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.details is not False:
            error["details"] = self.details
        return {"status": "error", "timestamp": timestamp, "path": path, "error": error}


# ApiAuthStrategy's and PermissionsGuard's texts for a request without credentials
# (apps/api/v2/src/modules/auth/strategies/api-auth/api-auth.strategy.ts,
# apps/api/v2/src/modules/auth/guards/permissions/permissions.guard.ts).
NO_AUTH = (
    "ApiAuthStrategy - No authentication method provided. Either pass an API key as 'Bearer' header or "
    "OAuth client credentials as 'x-cal-secret-key' and 'x-cal-client-id' headers"
)
NO_AUTH_PERMISSIONS = (
    "PermissionsGuard - no authentication provided. Provide either authorization bearer token containing "
    "managed user access token or oAuth client id in 'x-cal-client-id' header."
)


def not_found(message: str) -> HttpError:
    return HttpError(404, message)


def bare(status: int, message: str) -> HttpError:
    """The shape of errors thrown by Cal.com's shared booking code (``HttpError`` in @calcom/lib)."""
    return HttpError(status, message, bare=True)


def validation_error(errors: list[dict[str, Any]]) -> HttpError:
    """class-validator's 400: one entry per property, each with its failed constraints."""
    return HttpError(400, "Bad Request Exception", details={"errors": errors})


def field_error(prop: str, value: Any, constraint: str, message: str) -> dict[str, Any]:
    return {"property": prop, "value": value, "constraints": {constraint: message}, "children": []}


def wrong(prop: str, *constraints: str) -> str:
    """One property's part of a flattened message, as the booking and slots pipes' ``formatErrors``
    writes it: ``${property} property is wrong,${constraints joined by ", "} ${children}``
    (packages/platform/types/bookings/2024-08-13/inputs/cancel-booking-input.pipe.ts)."""
    return f"{prop} property is wrong,{', '.join(constraints)} "


def flattened_error(problems: list[str]) -> HttpError:
    """Booking create/cancel/reschedule and GET /v2/slots flatten validation into one string."""
    return HttpError(400, ", ".join(problems))
