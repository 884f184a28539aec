# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    ANY,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .reassign_booking_output_status import ReassignBookingOutputStatus

if TYPE_CHECKING:
    pass


class ReassignBookingOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ReassignBookingOutputStatus = field("status", enum_of(ReassignBookingOutputStatus), required=True)
    data: Any = field("data", ANY, required=True)
    """ Booking data, which can be either a ReassignAutoBookingOutput object or a
    ReassignManualBookingOutput object """

    def __init__(
        self,
        *,
        status: ReassignBookingOutputStatus,
        data: Any,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ReassignBookingOutputDict(TypedDict, total=False):
    """``ReassignBookingOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ReassignBookingOutputStatus | Literal["error", "success"]]
    data: Required[Any]
