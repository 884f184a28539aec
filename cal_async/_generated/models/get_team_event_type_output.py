# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_team_event_type_output_status import GetTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from .team_event_type_output import TeamEventTypeOutput, TeamEventTypeOutputDict

    pass


class GetTeamEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetTeamEventTypeOutputStatus = field("status", enum_of(GetTeamEventTypeOutputStatus), required=True)
    data: TeamEventTypeOutput = field("data", model("team_event_type_output", "TeamEventTypeOutput"), required=True)

    def __init__(
        self,
        *,
        status: GetTeamEventTypeOutputStatus,
        data: TeamEventTypeOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetTeamEventTypeOutputDict(TypedDict, total=False):
    """``GetTeamEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetTeamEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[TeamEventTypeOutput | TeamEventTypeOutputDict]
