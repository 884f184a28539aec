# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_org_membership_dto_role import CreateOrgMembershipDtoRole
from ..types import UNSET, Unset


class CreateOrgMembershipDto(ApiModel):
    """
    Attributes:
        user_id (int):
        role (CreateOrgMembershipDtoRole): If you are platform customer then managed users should only have MEMBER role.
            Default: CreateOrgMembershipDtoRole.MEMBER.
        accepted (bool | Unset):  Default: False.
        disable_impersonation (bool | Unset):  Default: False.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "userId",
            "role",
            "accepted",
            "disableImpersonation",
        }
    )
    _required = frozenset(
        {
            "userId",
            "role",
        }
    )

    def __init__(
        self,
        *,
        user_id: int,
        role: CreateOrgMembershipDtoRole,
        accepted: bool | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["userId"] = user_id

        data["role"] = CreateOrgMembershipDtoRole(role).value

        _accepted = accepted

        if not isinstance(_accepted, Unset):
            data["accepted"] = _accepted
        _disable_impersonation = disable_impersonation

        if not isinstance(_disable_impersonation, Unset):
            data["disableImpersonation"] = _disable_impersonation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def role(self) -> CreateOrgMembershipDtoRole:
        """If you are platform customer then managed users should only have MEMBER role."""
        role = CreateOrgMembershipDtoRole(self._req("role"))

        return role

    @property
    def accepted(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("accepted", UNSET))

    @property
    def disable_impersonation(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disableImpersonation", UNSET))
