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

from .create_org_membership_dto_role import CreateOrgMembershipDtoRole

if TYPE_CHECKING:
    pass


class CreateOrgMembershipDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    role: CreateOrgMembershipDtoRole = field("role", enum_of(CreateOrgMembershipDtoRole), required=True)
    """ If you are platform customer then managed users should only have MEMBER role. """
    accepted: bool | Unset = field("accepted", BOOL, required=False)
    disable_impersonation: bool | Unset = field("disableImpersonation", BOOL, required=False)

    def __init__(
        self,
        *,
        user_id: int,
        role: CreateOrgMembershipDtoRole,
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


class CreateOrgMembershipDtoDict(TypedDict, total=False):
    """``CreateOrgMembershipDto`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    role: Required[CreateOrgMembershipDtoRole | Literal["ADMIN", "MEMBER", "OWNER"]]
    accepted: bool
    disableImpersonation: bool
