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

from .get_bookings_output_status import GetBookingsOutputStatus

if TYPE_CHECKING:
    from .booking_output import BookingOutput, BookingOutputDict
    from .get_bookings_output_error import GetBookingsOutputError
    from .get_recurring_seated_booking_output import (
        GetRecurringSeatedBookingOutput,
        GetRecurringSeatedBookingOutputDict,
    )
    from .get_seated_booking_output import GetSeatedBookingOutput, GetSeatedBookingOutputDict
    from .pagination_meta_dto import PaginationMetaDto, PaginationMetaDtoDict
    from .recurring_booking_output import RecurringBookingOutput, RecurringBookingOutputDict

    pass


class GetBookingsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetBookingsOutputStatus = field("status", enum_of(GetBookingsOutputStatus), required=True)
    data: list[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput] = (
        field(
            "data",
            list_of(
                one_of(
                    model("booking_output", "BookingOutput"),
                    model("recurring_booking_output", "RecurringBookingOutput"),
                    model("get_seated_booking_output", "GetSeatedBookingOutput"),
                    model("get_recurring_seated_booking_output", "GetRecurringSeatedBookingOutput"),
                )
            ),
            required=True,
        )
    )
    """ Array of booking data, which can contain either BookingOutput objects or RecurringBookingOutput
    objects """
    pagination: PaginationMetaDto = field(
        "pagination", model("pagination_meta_dto", "PaginationMetaDto"), required=True
    )
    error: GetBookingsOutputError | Unset = field(
        "error", model("get_bookings_output_error", "GetBookingsOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetBookingsOutputStatus,
        data: list[BookingOutput | RecurringBookingOutput | GetSeatedBookingOutput | GetRecurringSeatedBookingOutput],
        pagination: PaginationMetaDto,
        error: GetBookingsOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "pagination": pagination,
                "error": error,
            }
        )


class GetBookingsOutputDict(TypedDict, total=False):
    """``GetBookingsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetBookingsOutputStatus | Literal["error", "success"]]
    data: Required[
        Sequence[
            BookingOutput
            | BookingOutputDict
            | RecurringBookingOutput
            | RecurringBookingOutputDict
            | GetSeatedBookingOutput
            | GetSeatedBookingOutputDict
            | GetRecurringSeatedBookingOutput
            | GetRecurringSeatedBookingOutputDict
        ]
    ]
    pagination: Required[PaginationMetaDto | PaginationMetaDtoDict]
    error: GetBookingsOutputError | Mapping[str, Any]
