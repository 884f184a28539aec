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

from .update_team_membership_input_role import UpdateTeamMembershipInputRole

if TYPE_CHECKING:
    pass


class UpdateTeamMembershipInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    accepted: bool | Unset = field("accepted", BOOL, required=False)
    role: UpdateTeamMembershipInputRole | Unset = field("role", enum_of(UpdateTeamMembershipInputRole), required=False)
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        accepted: bool | Unset = UNSET,
        role: UpdateTeamMembershipInputRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "accepted": accepted,
                "role": role,
                "disableImpersonation": disable_impersonation,
            }
        )


class UpdateTeamMembershipInputDict(TypedDict, total=False):
    """``UpdateTeamMembershipInput`` as a plain dict with the API's JSON names, for request bodies."""

    accepted: bool
    role: UpdateTeamMembershipInputRole | Literal["ADMIN", "MEMBER", "OWNER"]
    disableImpersonation: bool
