# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    one_of,
)
from cal_async._models import ApiModel

from .mark_absent_booking_output_status import MarkAbsentBookingOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class MarkAbsentBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: MarkAbsentBookingOutputStatus = field("status", enum_of(MarkAbsentBookingOutputStatus), required=True)
    data: BookingOutput | RecurringBookingOutput = field(
        "data",
        one_of(model("booking_output", "BookingOutput"), model("recurring_booking_output", "RecurringBookingOutput")),
        required=True,
    )
    """ Booking data, which can be either a BookingOutput object or a RecurringBookingOutput object """

    def __init__(
        self,
        *,
        status: MarkAbsentBookingOutputStatus,
        data: BookingOutput | RecurringBookingOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class MarkAbsentBookingOutputDict(TypedDict, total=False):
    """``MarkAbsentBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[MarkAbsentBookingOutputStatus | Literal["error", "success"]]
    data: Required[BookingOutput | BookingOutputDict | RecurringBookingOutput | RecurringBookingOutputDict]
