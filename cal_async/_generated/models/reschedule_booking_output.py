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

from .reschedule_booking_output_status import RescheduleBookingOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .create_recurring_seated_booking_output import (
        CreateRecurringSeatedBookingOutput,
        CreateRecurringSeatedBookingOutputDict,
    )
    from .create_seated_booking_output import CreateSeatedBookingOutput, CreateSeatedBookingOutputDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class RescheduleBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: RescheduleBookingOutputStatus = field("status", enum_of(RescheduleBookingOutputStatus), required=True)
    data: BookingOutput | RecurringBookingOutput | CreateSeatedBookingOutput | CreateRecurringSeatedBookingOutput = (
        field(
            "data",
            one_of(
                model("booking_output", "BookingOutput"),
                model("recurring_booking_output", "RecurringBookingOutput"),
                model("create_seated_booking_output", "CreateSeatedBookingOutput"),
                model("create_recurring_seated_booking_output", "CreateRecurringSeatedBookingOutput"),
            ),
            required=True,
        )
    )
    """ Booking data, which can be either a BookingOutput object or a RecurringBookingOutput object """

    def __init__(
        self,
        *,
        status: RescheduleBookingOutputStatus,
        data: BookingOutput | RecurringBookingOutput | CreateSeatedBookingOutput | CreateRecurringSeatedBookingOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class RescheduleBookingOutputDict(TypedDict, total=False):
    """``RescheduleBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[RescheduleBookingOutputStatus | Literal["error", "success"]]
    data: Required[
        BookingOutput
        | BookingOutputDict
        | RecurringBookingOutput
        | RecurringBookingOutputDict
        | CreateSeatedBookingOutput
        | CreateSeatedBookingOutputDict
        | CreateRecurringSeatedBookingOutput
        | CreateRecurringSeatedBookingOutputDict
    ]
