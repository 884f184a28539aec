# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class CancelBookingInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    cancellation_reason: str | Unset = field("cancellationReason", STR, required=False)
    cancel_subsequent_bookings: bool | Unset = field("cancelSubsequentBookings", BOOL, required=False)
    """ For recurring non-seated booking - if true, cancel booking with the bookingUid of the individual
    recurrence and all recurrences that come after it. """

    def __init__(
        self,
        *,
        cancellation_reason: str | Unset = UNSET,
        cancel_subsequent_bookings: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "cancellationReason": cancellation_reason,
                "cancelSubsequentBookings": cancel_subsequent_bookings,
            }
        )


class CancelBookingInputDict(TypedDict, total=False):
    """``CancelBookingInput`` as a plain dict with the API's JSON names, for request bodies."""

    cancellationReason: str
    cancelSubsequentBookings: bool
