# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_org_team_membership_dto_role import CreateOrgTeamMembershipDtoRole

if TYPE_CHECKING:
    pass


class CreateOrgTeamMembershipDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    role: CreateOrgTeamMembershipDtoRole = field("role", enum_of(CreateOrgTeamMembershipDtoRole), required=True)
    accepted: bool | Unset = field("accepted", BOOL, required=False)
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        user_id: int,
        role: CreateOrgTeamMembershipDtoRole,
        accepted: bool | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "userId": user_id,
                "role": role,
                "accepted": accepted,
                "disableImpersonation": disable_impersonation,
            }
        )


class CreateOrgTeamMembershipDtoDict(TypedDict, total=False):
    """``CreateOrgTeamMembershipDto`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    role: Required[CreateOrgTeamMembershipDtoRole | Literal["ADMIN", "MEMBER", "OWNER"]]
    accepted: bool
    disableImpersonation: bool
