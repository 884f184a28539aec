# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_org_team_membership_dto_role import UpdateOrgTeamMembershipDtoRole
from ..types import UNSET, Unset


class UpdateOrgTeamMembershipDto(ApiModel):
    """
    Attributes:
        accepted (bool | Unset):
        role (UpdateOrgTeamMembershipDtoRole | Unset):
        disable_impersonation (bool | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "accepted",
            "role",
            "disableImpersonation",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        accepted: bool | Unset = UNSET,
        role: UpdateOrgTeamMembershipDtoRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _accepted = accepted

        if not isinstance(_accepted, Unset):
            data["accepted"] = _accepted
        _role = UNSET
        if not isinstance(role, Unset):
            _role = UpdateOrgTeamMembershipDtoRole(role).value

        if not isinstance(_role, Unset):
            data["role"] = _role
        _disable_impersonation = disable_impersonation

        if not isinstance(_disable_impersonation, Unset):
            data["disableImpersonation"] = _disable_impersonation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def accepted(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("accepted", UNSET))

    @property
    def role(self) -> UpdateOrgTeamMembershipDtoRole | Unset:
        _role = self._data.get("role", UNSET)
        role: UpdateOrgTeamMembershipDtoRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = UpdateOrgTeamMembershipDtoRole(_role)

        return role

    @property
    def disable_impersonation(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disableImpersonation", UNSET))
