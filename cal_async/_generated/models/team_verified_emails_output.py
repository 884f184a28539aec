# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .team_verified_emails_output_status import TeamVerifiedEmailsOutputStatus

if TYPE_CHECKING:
    from .schedule_output_legacy import ScheduleOutputLegacy, ScheduleOutputLegacyDict

    pass


class TeamVerifiedEmailsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: TeamVerifiedEmailsOutputStatus = field("status", enum_of(TeamVerifiedEmailsOutputStatus), required=True)
    data: ScheduleOutputLegacy = field("data", model("schedule_output_legacy", "ScheduleOutputLegacy"), required=True)

    def __init__(
        self,
        *,
        status: TeamVerifiedEmailsOutputStatus,
        data: ScheduleOutputLegacy,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class TeamVerifiedEmailsOutputDict(TypedDict, total=False):
    """``TeamVerifiedEmailsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[TeamVerifiedEmailsOutputStatus | Literal["error", "success"]]
    data: Required[ScheduleOutputLegacy | ScheduleOutputLegacyDict]
