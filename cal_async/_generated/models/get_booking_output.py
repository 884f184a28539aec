# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_booking_output_status import GetBookingOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .get_booking_output_error import GetBookingOutputError
    from .get_recurring_seated_booking_output import (
        GetRecurringSeatedBookingOutput,
        GetRecurringSeatedBookingOutputDict,
    )
    from .get_seated_booking_output import GetSeatedBookingOutput, GetSeatedBookingOutputDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class GetBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetBookingOutputStatus = field("status", enum_of(GetBookingOutputStatus), required=True)
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
    error: GetBookingOutputError | Unset = field(
        "error", model("get_booking_output_error", "GetBookingOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetBookingOutputStatus,
        data: BookingOutput
        | RecurringBookingOutput
        | list[RecurringBookingOutput]
        | GetSeatedBookingOutput
        | GetRecurringSeatedBookingOutput
        | list[GetRecurringSeatedBookingOutput],
        error: GetBookingOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class GetBookingOutputDict(TypedDict, total=False):
    """``GetBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetBookingOutputStatus | Literal["error", "success"]]
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
    error: GetBookingOutputError | Mapping[str, Any]
