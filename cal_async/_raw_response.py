"""Raw HTTP access to a call's response without sending it again.

``await cal.with_raw_response(cal.bookings.get, uid)`` runs the call with a capture slot set in a
:class:`~contextvars.ContextVar` that belongs to the client (and its ``with_options`` copies);
the client's request path drops the final response into that slot. A ContextVar keeps concurrent
calls in different tasks apart, and nothing is stored at module level.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Generic, ParamSpec, TypeVar

import attrs
import httpx

from ._ratelimit import RateLimitInfo, parse_rate_limits

T = TypeVar("T")
P = ParamSpec("P")

__all__ = ["RawResponse", "ResponseCapture"]


@attrs.frozen(slots=True)
class RawResponse(Generic[T]):
    """A call's parsed result together with the HTTP response it came from."""

    parsed: T
    http_response: httpx.Response = attrs.field(repr=False)

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        """``X-Request-Id``: quote it when contacting Cal.com support."""
        request_id: str | None = self.http_response.headers.get("x-request-id")
        return request_id

    @property
    def rate_limit(self) -> RateLimitInfo:
        """The ``X-RateLimit-*`` headers, parsed (reset is seconds from the response)."""
        return parse_rate_limits(self.http_response.headers)


class ResponseCapture:
    """The per-client slot through which ``_request`` hands the last response to the caller."""

    __slots__ = ("_var",)

    def __init__(self) -> None:
        self._var: ContextVar[list[httpx.Response] | None] = ContextVar(
            "cal_async_raw_response", default=None
        )

    def record(self, response: httpx.Response) -> None:
        slot = self._var.get()
        if slot is not None:
            slot.append(response)

    async def run(self, fn: Callable[P, Awaitable[T]], *args: P.args, **kwargs: P.kwargs) -> RawResponse[T]:
        slot: list[httpx.Response] = []
        token = self._var.set(slot)
        try:
            parsed = await fn(*args, **kwargs)
        finally:
            self._var.reset(token)
        if not slot:
            raise RuntimeError(
                "with_raw_response: the call sent no request through this client (pass a method of this "
                "client or of one made by its with_options)"
            )
        return RawResponse(parsed=parsed, http_response=slot[-1])
