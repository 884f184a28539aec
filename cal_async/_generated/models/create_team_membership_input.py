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

from .create_team_membership_input_role import CreateTeamMembershipInputRole

if TYPE_CHECKING:
    pass


class CreateTeamMembershipInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    accepted: bool | Unset = field("accepted", BOOL, required=False)
    role: CreateTeamMembershipInputRole | Unset = field("role", enum_of(CreateTeamMembershipInputRole), required=False)
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        user_id: int,
        accepted: bool | Unset = UNSET,
        role: CreateTeamMembershipInputRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "userId": user_id,
                "accepted": accepted,
                "role": role,
                "disableImpersonation": disable_impersonation,
            }
        )


class CreateTeamMembershipInputDict(TypedDict, total=False):
    """``CreateTeamMembershipInput`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    accepted: bool
    role: CreateTeamMembershipInputRole | Literal["ADMIN", "MEMBER", "OWNER"]
    disableImpersonation: bool
