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

from .create_booking_output_status import CreateBookingOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .create_recurring_seated_booking_output import (
        CreateRecurringSeatedBookingOutput,
        CreateRecurringSeatedBookingOutputDict,
    )
    from .create_seated_booking_output import CreateSeatedBookingOutput, CreateSeatedBookingOutputDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class CreateBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateBookingOutputStatus = field("status", enum_of(CreateBookingOutputStatus), required=True)
    data: (
        BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput]
    ) = field(
        "data",
        one_of(
            model("booking_output", "BookingOutput"),
            list_of(model("recurring_booking_output", "RecurringBookingOutput")),
            model("create_seated_booking_output", "CreateSeatedBookingOutput"),
            list_of(model("create_recurring_seated_booking_output", "CreateRecurringSeatedBookingOutput")),
        ),
        required=True,
    )
    """ Booking data, which can be either a BookingOutput object or an array of RecurringBookingOutput
    objects """

    def __init__(
        self,
        *,
        status: CreateBookingOutputStatus,
        data: BookingOutput
        | list[RecurringBookingOutput]
        | CreateSeatedBookingOutput
        | list[CreateRecurringSeatedBookingOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateBookingOutputDict(TypedDict, total=False):
    """``CreateBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateBookingOutputStatus | Literal["error", "success"]]
    data: Required[
        BookingOutput
        | BookingOutputDict
        | Sequence[RecurringBookingOutput | RecurringBookingOutputDict]
        | CreateSeatedBookingOutput
        | CreateSeatedBookingOutputDict
        | Sequence[CreateRecurringSeatedBookingOutput | CreateRecurringSeatedBookingOutputDict]
    ]
