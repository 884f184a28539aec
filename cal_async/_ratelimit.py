"""Reading Cal.com's rate-limit headers.

Cal.com sends ``X-RateLimit-Limit-<Name>``, ``X-RateLimit-Remaining-<Name>`` and
``X-RateLimit-Reset-<Name>`` on every response, one triple per named limit (an API key can have
several). ``Reset`` is *seconds from now*, not a Unix time, and there is no ``Retry-After``; the
standard ``Retry-After`` / ``retry-after-ms`` headers are still read in case a proxy adds them.
"""

from __future__ import annotations

import email.utils
import logging
import math
import time
from collections.abc import Callable, Mapping

import attrs

logger = logging.getLogger("cal_async")

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
    #: The headers (lower-cased names) whose values were left out: not a number, not finite, or
    #: negative. A rate budget warns about them (see :class:`HeaderGuard`).
    ignored: tuple[str, ...] = ()

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
    """A count or a number of seconds: finite and not negative, else None."""
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def _retry_after(
    headers: Mapping[str, str], wall_clock: Callable[[], float], ignored: list[str]
) -> float | None:
    millis = headers.get("retry-after-ms")
    if millis is not None:
        if (value := _number(millis)) is not None:
            return value / 1000
        ignored.append("retry-after-ms")
    text = headers.get("retry-after")
    if text is None:
        return None
    if (value := _number(text)) is not None:
        return value
    try:  # the HTTP-date form (one in the past means now)
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        ignored.append("retry-after")
        return None
    return max(0.0, when.timestamp() - wall_clock())


def parse_rate_limits(
    headers: Mapping[str, str], *, wall_clock: Callable[[], float] = time.time
) -> RateLimitInfo:
    """Collect the rate-limit headers of a response. A value that is not a finite number of 0 or
    more is left out and its header named in ``ignored``, never raised."""
    fields: dict[str, dict[str, float]] = {}
    retry_headers: dict[str, str] = {}
    ignored: list[str] = []
    for raw_key, raw_value in headers.items():  # one pass: pacing reads every response's headers
        key = raw_key.lower()
        if key.startswith(_PREFIX):
            kind, _, name = key[len(_PREFIX) :].partition("-")  # "limit-default" -> limit, default
            if kind in _KINDS:
                if (value := _number(raw_value)) is not None:
                    fields.setdefault(name or "default", {})[kind] = value
                else:
                    ignored.append(key)
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
    retry_after = _retry_after(retry_headers, wall_clock, ignored)
    return RateLimitInfo(limits=limits, retry_after=retry_after, ignored=tuple(ignored))


class HeaderGuard:
    """What one response's rate-limit headers may make a budget do, at most.

    A budget waits as long as the headers say, so a header must not be able to stop it for
    longer than the server's own window and block could: ``Reset`` is cut to ``longest_reset``
    and a 429's wait to ``longest_block`` (the configured window and block, each plus a margin),
    and only the first ``max_names`` named limits of a response are kept. Values
    :func:`parse_rate_limits` left out (not finite, negative) stay out. The first header cut or
    ignored is logged as a warning, later ones at debug level (a server or proxy sending them
    would send them on every response).
    """

    __slots__ = ("_warned", "longest_block", "longest_reset", "max_names")

    def __init__(self, longest_reset: float, longest_block: float, max_names: int = 8) -> None:
        self.longest_reset = longest_reset
        self.longest_block = longest_block
        self.max_names = max_names
        self._warned = False

    def bounded(self, info: RateLimitInfo) -> RateLimitInfo:
        """``info`` with at most ``max_names`` named limits, each ``reset`` at most ``longest_reset``."""
        if info.ignored:
            self._warn("ignored %s: not a finite number of 0 or more", ", ".join(info.ignored))
        kept = info.limits[: self.max_names]
        if len(info.limits) > len(kept):
            self._warn("ignored %d named limits past the first %d", len(info.limits) - len(kept), len(kept))
        cut = [limit.name for limit in kept if limit.reset is not None and limit.reset > self.longest_reset]
        if cut:
            self._warn("cut the reset of %s to %.1f s", ", ".join(cut), self.longest_reset)
            longest = self.longest_reset
            kept = tuple(attrs.evolve(lim, reset=longest) if lim.name in cut else lim for lim in kept)
        return RateLimitInfo(kept, info.retry_after)

    def block(self, info: RateLimitInfo) -> float | None:
        """How long a 429 with these headers asks every process to wait, at most ``longest_block``
        (None: it does not say). On a 429 ``Reset`` is the block's end, so it is not cut to the
        window here."""
        wait = RateLimitInfo(info.limits[: self.max_names], info.retry_after).wait_seconds()
        if wait is not None and wait > self.longest_block:
            self._warn("cut a 429's wait of %.1f s to %.1f s", wait, self.longest_block)
            return self.longest_block
        return wait

    def _warn(self, text: str, *args: object) -> None:
        level = logging.DEBUG if self._warned else logging.WARNING
        self._warned = True
        logger.log(level, "rate-limit headers: " + text, *args)
