# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_team_membership_output_status import GetTeamMembershipOutputStatus

if TYPE_CHECKING:
    from .team_membership_output import TeamMembershipOutput, TeamMembershipOutputDict

    pass


class GetTeamMembershipOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetTeamMembershipOutputStatus = field("status", enum_of(GetTeamMembershipOutputStatus), required=True)
    data: TeamMembershipOutput = field("data", model("team_membership_output", "TeamMembershipOutput"), required=True)

    def __init__(
        self,
        *,
        status: GetTeamMembershipOutputStatus,
        data: TeamMembershipOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetTeamMembershipOutputDict(TypedDict, total=False):
    """``GetTeamMembershipOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetTeamMembershipOutputStatus | Literal["error", "success"]]
    data: Required[TeamMembershipOutput | TeamMembershipOutputDict]
