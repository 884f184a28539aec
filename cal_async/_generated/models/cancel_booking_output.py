# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel

from .cancel_booking_output_status import CancelBookingOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .get_recurring_seated_booking_output import (
        GetRecurringSeatedBookingOutput,
        GetRecurringSeatedBookingOutputDict,
    )
    from .get_seated_booking_output import GetSeatedBookingOutput, GetSeatedBookingOutputDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class CancelBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CancelBookingOutputStatus = field("status", enum_of(CancelBookingOutputStatus), required=True)
    data: (
        BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput]
    ) = field(
        "data",
        one_of(
            model("booking_output", "BookingOutput"),
            model("recurring_booking_output", "RecurringBookingOutput"),
            list_of(model("recurring_booking_output", "RecurringBookingOutput")),
            model("get_seated_booking_output", "GetSeatedBookingOutput"),
            model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
            list_of(model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput")),
        ),
        required=True,
    )
    """ Booking data, which can be either a BookingOutput object, a RecurringBookingOutput object, or an
    array of RecurringBookingOutput objects """

    def __init__(
        self,
        *,
        status: CancelBookingOutputStatus,
        data: BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CancelBookingOutputDict(TypedDict, total=False):
    """``CancelBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CancelBookingOutputStatus | Literal["error", "success"]]
    data: Required[
        BookingOutput
        | BookingOutputDict
        | RecurringBookingOutput
        | RecurringBookingOutputDict
        | Sequence[RecurringBookingOutput | RecurringBookingOutputDict]
        | GetSeatedBookingOutput
        | GetSeatedBookingOutputDict
        | GetRecurringSeatedBookingOutput
        | GetRecurringSeatedBookingOutputDict
        | Sequence[GetRecurringSeatedBookingOutput | GetRecurringSeatedBookingOutputDict]
    ]
