# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .team_membership_output_role import TeamMembershipOutputRole

if TYPE_CHECKING:
    from .membership_user_output_dto import MembershipUserOutputDto, MembershipUserOutputDtoDict

    pass


class TeamMembershipOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    user_id: int = field("userId", INT, required=True)
    team_id: int = field("teamId", INT, required=True)
    accepted: bool = field("accepted", BOOL, required=True)
    role: TeamMembershipOutputRole = field("role", enum_of(TeamMembershipOutputRole), required=True)
    user: MembershipUserOutputDto = field(
        "user", model("membership_user_output_dto", "MembershipUserOutputDto"), required=True
    )
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        id: int,
        user_id: int,
        team_id: int,
        accepted: bool,
        role: TeamMembershipOutputRole,
        user: MembershipUserOutputDto,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "userId": user_id,
                "teamId": team_id,
                "accepted": accepted,
                "role": role,
                "user": user,
                "disableImpersonation": disable_impersonation,
            }
        )


class TeamMembershipOutputDict(TypedDict, total=False):
    """``TeamMembershipOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    userId: Required[int]
    teamId: Required[int]
    accepted: Required[bool]
    role: Required[TeamMembershipOutputRole | Literal["ADMIN", "MEMBER", "OWNER"]]
    user: Required[MembershipUserOutputDto | MembershipUserOutputDtoDict]
    disableImpersonation: bool
