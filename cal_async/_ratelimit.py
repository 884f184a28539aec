"""Reading Cal.com's rate-limit headers.

Cal.com sends ``X-RateLimit-Limit-<Name>``, ``X-RateLimit-Remaining-<Name>`` and
``X-RateLimit-Reset-<Name>`` on every response, one triple per named limit (an API key can have
several). ``Reset`` is *seconds from now*, not a Unix time, and there is no ``Retry-After``; the
standard ``Retry-After`` / ``retry-after-ms`` headers are still read in case a proxy adds them.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable, Mapping

import attrs

_PREFIX = "x-ratelimit-"
_KINDS = frozenset({"limit", "remaining", "reset"})  # X-RateLimit-<kind>[-<name>]
_RETRY_AFTER = frozenset({"retry-after", "retry-after-ms"})


@attrs.frozen(slots=True)
class RateLimit:
    """One named limit as of one response: e.g. ``default`` with 120 requests per 60 s."""

    name: str
    limit: int | None
    remaining: int | None
    reset: float | None  # seconds from the response until the window resets


@attrs.frozen(slots=True)
class RateLimitInfo:
    """Every rate-limit hint one response carried."""

    limits: tuple[RateLimit, ...] = ()
    retry_after: float | None = None  # from Retry-After / retry-after-ms, seconds

    def get(self, name: str = "default") -> RateLimit | None:
        """The limit called ``name`` (case-insensitive), if the response carried it."""
        wanted = name.lower()
        return next((limit for limit in self.limits if limit.name == wanted), None)

    @property
    def exhausted(self) -> tuple[RateLimit, ...]:
        """The limits with nothing left in their window."""
        return tuple(lim for lim in self.limits if lim.remaining is not None and lim.remaining <= 0)

    def wait_seconds(self) -> float | None:
        """How long the server asks a rate-limited caller to wait, or None when it does not say.

        Cal.com lets a request through while any named limit is unblocked, so a 429 means every
        limit is exhausted and the soonest reset among them is when a request passes again. Without
        an exhausted limit, the longest reset of any limit; otherwise the standard retry-after headers.
        """
        exhausted = [lim.reset for lim in self.exhausted if lim.reset is not None]
        if exhausted:
            return max(0.0, min(exhausted))
        resets = [lim.reset for lim in self.limits if lim.reset is not None]
        if resets:
            return max(0.0, max(resets))
        return self.retry_after


def _number(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def _retry_after(headers: Mapping[str, str], wall_clock: Callable[[], float]) -> float | None:
    millis = headers.get("retry-after-ms")
    if millis is not None and (value := _number(millis)) is not None:
        return max(0.0, value / 1000)
    text = headers.get("retry-after")
    if text is None:
        return None
    if (value := _number(text)) is not None:
        return max(0.0, value)
    try:  # the HTTP-date form
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - wall_clock())


def parse_rate_limits(
    headers: Mapping[str, str], *, wall_clock: Callable[[], float] = time.time
) -> RateLimitInfo:
    """Collect the rate-limit headers of a response; unparsable values are ignored, never raised."""
    fields: dict[str, dict[str, float]] = {}
    retry_headers: dict[str, str] = {}
    for raw_key, raw_value in headers.items():  # one pass: pacing reads every response's headers
        key = raw_key.lower()
        if key.startswith(_PREFIX):
            kind, _, name = key[len(_PREFIX) :].partition("-")  # "limit-default" -> limit, default
            if kind in _KINDS and (value := _number(raw_value)) is not None:
                fields.setdefault(name or "default", {})[kind] = value
        elif key in _RETRY_AFTER:
            retry_headers[key] = raw_value
    limits = tuple(
        RateLimit(
            name=name,
            limit=int(values["limit"]) if "limit" in values else None,
            remaining=int(values["remaining"]) if "remaining" in values else None,
            reset=values.get("reset"),
        )
        for name, values in sorted(fields.items())
    )
    return RateLimitInfo(limits=limits, retry_after=_retry_after(retry_headers, wall_clock))
