# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .team_verified_phone_output_status import TeamVerifiedPhoneOutputStatus

if TYPE_CHECKING:
    from .schedule_output_legacy import ScheduleOutputLegacy, ScheduleOutputLegacyDict

    pass


class TeamVerifiedPhoneOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: TeamVerifiedPhoneOutputStatus = field("status", enum_of(TeamVerifiedPhoneOutputStatus), required=True)
    data: ScheduleOutputLegacy = field("data", model("schedule_output_legacy", "ScheduleOutputLegacy"), required=True)

    def __init__(
        self,
        *,
        status: TeamVerifiedPhoneOutputStatus,
        data: ScheduleOutputLegacy,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class TeamVerifiedPhoneOutputDict(TypedDict, total=False):
    """``TeamVerifiedPhoneOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[TeamVerifiedPhoneOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutputLegacy | ScheduleOutputLegacyDict]
