# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_team_membership_input_role import CreateTeamMembershipInputRole
from ..types import UNSET, Unset


class CreateTeamMembershipInput(ApiModel):
    """
    Attributes:
        user_id (int):
        accepted (bool | Unset):  Default: False.
        role (CreateTeamMembershipInputRole | Unset):  Default: CreateTeamMembershipInputRole.MEMBER.
        disable_impersonation (bool | Unset):  Default: False.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "userId",
            "accepted",
            "role",
            "disableImpersonation",
        }
    )
    _required = frozenset(
        {
            "userId",
        }
    )

    def __init__(
        self,
        *,
        user_id: int,
        accepted: bool | Unset = UNSET,
        role: CreateTeamMembershipInputRole | Unset = UNSET,
        disable_impersonation: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["userId"] = user_id

        _accepted = accepted

        if not isinstance(_accepted, Unset):
            data["accepted"] = _accepted
        _role = UNSET
        if not isinstance(role, Unset):
            _role = CreateTeamMembershipInputRole(role).value

        if not isinstance(_role, Unset):
            data["role"] = _role
        _disable_impersonation = disable_impersonation

        if not isinstance(_disable_impersonation, Unset):
            data["disableImpersonation"] = _disable_impersonation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def accepted(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("accepted", UNSET))

    @property
    def role(self) -> CreateTeamMembershipInputRole | Unset:
        _role = self._data.get("role", UNSET)
        role: CreateTeamMembershipInputRole | Unset
        if isinstance(_role, Unset):
            role = UNSET
        else:
            role = CreateTeamMembershipInputRole(_role)

        return role

    @property
    def disable_impersonation(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disableImpersonation", UNSET))
