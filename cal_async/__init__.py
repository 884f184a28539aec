"""cal-async: an async-first, fully typed Python SDK for the Cal.com API v2.

Names are loaded on first use so that ``import cal_async`` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._lazy_exports import lazy_exports
from ._version import __version__

if TYPE_CHECKING:
    from ._auth import ApiKey, ManagedUser, PlatformClient, TokenPair
    from ._client import CalClient
    from ._errors import (
        APIConnectionError,
        APIResponseError,
        APIStatusError,
        APIStatusErrorFields,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        CalError,
        ConflictError,
        EventTypeNotFoundError,
        InternalServerError,
        NotFoundError,
        OAuthCallbackError,
        OAuthError,
        PermissionDeniedError,
        RateBudgetError,
        RateBudgetExhaustedError,
        RateBudgetUnavailableError,
        RateLimitError,
        ReauthorizationRequired,
        ResponseValidationError,
        SlotUnavailableError,
        TeamNotFoundError,
        TokenExpiredError,
        TokenRefreshError,
        UnknownWebhookTriggerWarning,
        UnprocessableEntityError,
        WebhookError,
        WebhookPayloadError,
        WebhookSignatureError,
    )
    from ._fields import Decoder
    from ._models import ApiModel, OpenIntEnum, OpenStrEnum
    from ._oauth2 import AuthorizationRequest, OAuthApp, OAuthScope, OAuthTokens
    from ._oauth_session import OAuthSession
    from ._operation import Operation, PagedOperation, Param
    from ._options import RequestOptions
    from ._ratelimit import RateLimit, RateLimitInfo
    from ._raw_response import RawResponse
    from ._resource import APIResource
    from ._retry import RetryPolicy
    from ._sentinel import UNSET, Unset
    from ._telemetry import TracerProviderLike
    from ._transport import RetryTransport
    from .pagination import AsyncPaginator, Page, Prefetched, Prefetching
    from .rate_budget import LocalRateBudget, RateBudget, ServerLimits
    from .redis_budget import RedisRateBudget
    from .resources._booking_unions import AnyBooking, AnyBookingOrSeries, RescheduledBooking
    from .resources._refs import EventTypeRef, HasId
    from .resources.bookings import Attendee, BookingResult
    from .resources.calendars import BusyTime, CalendarRef
    from .resources.schedules import Availability, DateOverride
    from .resources.slots import Reservation, Slot
    from .resources.teams import TeamHost
    from .sync import (
        BookingChange,
        BookingChanges,
        ChangeCheckpoint,
        CheckpointStore,
        Claim,
        ClaimStore,
        FileCheckpointStore,
        MemoryCheckpointStore,
        MemoryClaims,
        Reconciler,
        ReconcileResult,
        RedisCheckpointStore,
        RedisClaims,
    )

# Public name -> module that defines it (imported on first access).
_EXPORTS: dict[str, str] = {
    "CalClient": "._client",
    "ApiKey": "._auth",
    "ManagedUser": "._auth",
    "PlatformClient": "._auth",
    "TokenPair": "._auth",
    "OAuthApp": "._oauth2",
    "OAuthScope": "._oauth2",
    "OAuthTokens": "._oauth2",
    "AuthorizationRequest": "._oauth2",
    "OAuthSession": "._oauth_session",
    "RetryPolicy": "._retry",
    "RetryTransport": "._transport",
    "RawResponse": "._raw_response",
    "RateLimit": "._ratelimit",
    "RateLimitInfo": "._ratelimit",
    "RateBudget": ".rate_budget",
    "LocalRateBudget": ".rate_budget",
    "ServerLimits": ".rate_budget",
    "RedisRateBudget": ".redis_budget",
    "ApiModel": "._models",
    "OpenStrEnum": "._models",
    "OpenIntEnum": "._models",
    "UNSET": "._sentinel",
    "Unset": "._sentinel",
    "RequestOptions": "._options",
    "AsyncPaginator": ".pagination",
    "Page": ".pagination",
    "TracerProviderLike": "._telemetry",
    "Prefetched": ".pagination",
    "Prefetching": ".pagination",
    "EventTypeRef": ".resources._refs",
    "HasId": ".resources._refs",
    "TeamHost": ".resources.teams",
    "Operation": "._operation",
    "PagedOperation": "._operation",
    "AnyBooking": ".resources._booking_unions",
    "AnyBookingOrSeries": ".resources._booking_unions",
    "RescheduledBooking": ".resources._booking_unions",
    "Param": "._operation",
    "APIResource": "._resource",
    "Decoder": "._fields",
    "Attendee": ".resources.bookings",
    "BookingResult": ".resources.bookings",
    "BusyTime": ".resources.calendars",
    "CalendarRef": ".resources.calendars",
    "Availability": ".resources.schedules",
    "DateOverride": ".resources.schedules",
    "Reservation": ".resources.slots",
    "Slot": ".resources.slots",
    **{
        name: ".sync"
        for name in (
            "BookingChange",
            "BookingChanges",
            "ChangeCheckpoint",
            "CheckpointStore",
            "Claim",
            "ClaimStore",
            "FileCheckpointStore",
            "MemoryCheckpointStore",
            "MemoryClaims",
            "ReconcileResult",
            "Reconciler",
            "RedisCheckpointStore",
            "RedisClaims",
        )
    },
    **{
        name: "._errors"
        for name in (
            "CalError",
            "APIConnectionError",
            "APITimeoutError",
            "APIResponseError",
            "APIStatusError",
            "APIStatusErrorFields",
            "BadRequestError",
            "AuthenticationError",
            "PermissionDeniedError",
            "NotFoundError",
            "ConflictError",
            "UnprocessableEntityError",
            "RateLimitError",
            "RateBudgetError",
            "RateBudgetExhaustedError",
            "RateBudgetUnavailableError",
            "TokenExpiredError",
            "InternalServerError",
            "TokenRefreshError",
            "ResponseValidationError",
            "OAuthError",
            "OAuthCallbackError",
            "ReauthorizationRequired",
            "EventTypeNotFoundError",
            "SlotUnavailableError",
            "TeamNotFoundError",
            "TeamNotFoundError",
            "UnknownWebhookTriggerWarning",
            "WebhookError",
            "WebhookPayloadError",
            "WebhookSignatureError",
        )
    },
}

__all__ = [
    "APIResource",
    "Decoder",
    "APIConnectionError",
    "APIResponseError",
    "APIStatusError",
    "APIStatusErrorFields",
    "APITimeoutError",
    "AnyBooking",
    "AnyBookingOrSeries",
    "ApiKey",
    "ApiModel",
    "AsyncPaginator",
    "Attendee",
    "AuthenticationError",
    "AuthorizationRequest",
    "Availability",
    "BadRequestError",
    "BookingChange",
    "BookingChanges",
    "BookingResult",
    "BusyTime",
    "CalClient",
    "CalError",
    "CalendarRef",
    "ChangeCheckpoint",
    "CheckpointStore",
    "Claim",
    "ClaimStore",
    "ConflictError",
    "DateOverride",
    "EventTypeNotFoundError",
    "EventTypeRef",
    "FileCheckpointStore",
    "HasId",
    "Operation",
    "PagedOperation",
    "Param",
    "TeamHost",
    "InternalServerError",
    "LocalRateBudget",
    "ManagedUser",
    "MemoryCheckpointStore",
    "MemoryClaims",
    "NotFoundError",
    "OAuthApp",
    "OAuthCallbackError",
    "OAuthError",
    "OAuthScope",
    "OAuthSession",
    "OAuthTokens",
    "OpenIntEnum",
    "OpenStrEnum",
    "Page",
    "PermissionDeniedError",
    "PlatformClient",
    "Prefetched",
    "Prefetching",
    "RateBudget",
    "RateBudgetError",
    "RateBudgetExhaustedError",
    "RateBudgetUnavailableError",
    "RateLimit",
    "RateLimitError",
    "RateLimitInfo",
    "RawResponse",
    "ReauthorizationRequired",
    "ReconcileResult",
    "Reconciler",
    "RedisCheckpointStore",
    "RedisClaims",
    "RedisRateBudget",
    "RequestOptions",
    "RescheduledBooking",
    "Reservation",
    "ResponseValidationError",
    "RetryPolicy",
    "RetryTransport",
    "ServerLimits",
    "Slot",
    "SlotUnavailableError",
    "TeamNotFoundError",
    "TokenExpiredError",
    "TokenPair",
    "TokenRefreshError",
    "TracerProviderLike",
    "UNSET",
    "UnknownWebhookTriggerWarning",
    "UnprocessableEntityError",
    "Unset",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookSignatureError",
    "__version__",
]

__getattr__, __dir__ = lazy_exports(globals(), _EXPORTS)
