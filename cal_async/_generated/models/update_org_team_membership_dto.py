# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from cal_async._fields import (
    BOOL,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_org_team_membership_dto_role import UpdateOrgTeamMembershipDtoRole

if TYPE_CHECKING:
    pass


class UpdateOrgTeamMembershipDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    accepted: bool | Unset = field("accepted", BOOL, required=False)
    role: UpdateOrgTeamMembershipDtoRole | Unset = field(
        "role", enum_of(UpdateOrgTeamMembershipDtoRole), required=False
    )
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        accepted: bool | Unset = UNSET,
        role: UpdateOrgTeamMembershipDtoRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "accepted": accepted,
                "role": role,
                "disableImpersonation": disable_impersonation,
            }
        )


class UpdateOrgTeamMembershipDtoDict(TypedDict, total=False):
    """``UpdateOrgTeamMembershipDto`` as a plain dict with the API's JSON names, for request bodies."""

    accepted: bool
    role: UpdateOrgTeamMembershipDtoRole | Literal["ADMIN", "MEMBER", "OWNER"]
    disableImpersonation: bool
