# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_schedules_output_status import GetSchedulesOutputStatus

if TYPE_CHECKING:
    from .get_schedules_output_error import GetSchedulesOutputError
    from .schedule_output import ScheduleOutput, ScheduleOutputDict

    pass


class GetSchedulesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetSchedulesOutputStatus = field("status", enum_of(GetSchedulesOutputStatus), required=True)
    data: list[ScheduleOutput] = field("data", list_of(model("schedule_output", "ScheduleOutput")), required=True)
    error: GetSchedulesOutputError | Unset = field(
        "error", model("get_schedules_output_error", "GetSchedulesOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetSchedulesOutputStatus,
        data: list[ScheduleOutput],
        error: GetSchedulesOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class GetSchedulesOutputDict(TypedDict, total=False):
    """``GetSchedulesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetSchedulesOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[ScheduleOutput | ScheduleOutputDict]]
    error: GetSchedulesOutputError | Mapping[str, Any]
