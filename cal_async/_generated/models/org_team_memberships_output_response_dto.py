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

from .org_team_memberships_output_response_dto_status import OrgTeamMembershipsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .team_membership_output import TeamMembershipOutput, TeamMembershipOutputDict

    pass


class OrgTeamMembershipsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgTeamMembershipsOutputResponseDtoStatus = field(
        "status", enum_of(OrgTeamMembershipsOutputResponseDtoStatus), required=True
    )
    data: list[TeamMembershipOutput] = field(
        "data", list_of(model("team_membership_output", "TeamMembershipOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: OrgTeamMembershipsOutputResponseDtoStatus,
        data: list[TeamMembershipOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgTeamMembershipsOutputResponseDtoDict(TypedDict, total=False):
    """``OrgTeamMembershipsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgTeamMembershipsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[TeamMembershipOutput | TeamMembershipOutputDict]]
