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

from .update_schedule_output_status import UpdateScheduleOutputStatus

if TYPE_CHECKING:
    from .schedule_output import ScheduleOutput, ScheduleOutputDict
    from .update_schedule_output_error import UpdateScheduleOutputError

    pass


class UpdateScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateScheduleOutputStatus = field("status", enum_of(UpdateScheduleOutputStatus), required=True)
    data: ScheduleOutput = field("data", model("schedule_output", "ScheduleOutput"), required=True)
    error: UpdateScheduleOutputError | Unset = field(
        "error", model("update_schedule_output_error", "UpdateScheduleOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: UpdateScheduleOutputStatus,
        data: ScheduleOutput,
        error: UpdateScheduleOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class UpdateScheduleOutputDict(TypedDict, total=False):
    """``UpdateScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateScheduleOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutput | ScheduleOutputDict]
    error: UpdateScheduleOutputError | Mapping[str, Any]
