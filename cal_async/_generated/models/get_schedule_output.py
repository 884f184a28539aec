# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_schedule_output_status import GetScheduleOutputStatus

if TYPE_CHECKING:
    from .get_schedule_output_error import GetScheduleOutputError
    from .schedule_output import ScheduleOutput, ScheduleOutputDict

    pass


class GetScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetScheduleOutputStatus = field("status", enum_of(GetScheduleOutputStatus), required=True)
    data: ScheduleOutput = field("data", model("schedule_output", "ScheduleOutput"), required=True)
    error: GetScheduleOutputError | Unset = field(
        "error", model("get_schedule_output_error", "GetScheduleOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetScheduleOutputStatus,
        data: ScheduleOutput,
        error: GetScheduleOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class GetScheduleOutputDict(TypedDict, total=False):
    """``GetScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetScheduleOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutput | ScheduleOutputDict]
    error: GetScheduleOutputError | Mapping[str, Any]
