# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class CancelBookingInput(ApiModel):
    """
    Attributes:
        cancellation_reason (str | Unset):  Example: User requested cancellation.
        cancel_subsequent_bookings (bool | Unset): For recurring non-seated booking - if true, cancel booking with the
            bookingUid of the individual recurrence and all recurrences that come after it.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "cancellationReason",
            "cancelSubsequentBookings",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        cancellation_reason: str | Unset = UNSET,
        cancel_subsequent_bookings: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _cancellation_reason = cancellation_reason

        if not isinstance(_cancellation_reason, Unset):
            data["cancellationReason"] = _cancellation_reason
        _cancel_subsequent_bookings = cancel_subsequent_bookings

        if not isinstance(_cancel_subsequent_bookings, Unset):
            data["cancelSubsequentBookings"] = _cancel_subsequent_bookings
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def cancellation_reason(self) -> str | Unset:
        return cast(str | Unset, self._data.get("cancellationReason", UNSET))

    @property
    def cancel_subsequent_bookings(self) -> bool | Unset:
        """For recurring non-seated booking - if true, cancel booking with the bookingUid of the individual
        recurrence and all recurrences that come after it."""
        return cast(bool | Unset, self._data.get("cancelSubsequentBookings", UNSET))
