# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_busy_times_output_status import GetBusyTimesOutputStatus

if TYPE_CHECKING:
    from .busy_times_output import BusyTimesOutput, BusyTimesOutputDict

    pass


class GetBusyTimesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetBusyTimesOutputStatus = field("status", enum_of(GetBusyTimesOutputStatus), required=True)
    data: list[BusyTimesOutput] = field("data", list_of(model("busy_times_output", "BusyTimesOutput")), required=True)

    def __init__(
        self,
        *,
        status: GetBusyTimesOutputStatus,
        data: list[BusyTimesOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetBusyTimesOutputDict(TypedDict, total=False):
    """``GetBusyTimesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetBusyTimesOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[BusyTimesOutput | BusyTimesOutputDict]]
