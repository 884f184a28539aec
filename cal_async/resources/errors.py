"""Errors raised by the helpers themselves (the API's own errors come from ``cal_async._errors``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from .._errors import CalError

if TYPE_CHECKING:
    from .slots import Slot

__all__ = ["EventTypeNotFoundError", "SlotUnavailableError"]


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
