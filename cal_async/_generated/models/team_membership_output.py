# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.team_membership_output_role import TeamMembershipOutputRole
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.membership_user_output_dto import MembershipUserOutputDto


class TeamMembershipOutput(ApiModel):
    """
    Attributes:
        id (int):
        user_id (int):
        team_id (int):
        accepted (bool):
        role (TeamMembershipOutputRole):
        user (MembershipUserOutputDto):
        disable_impersonation (bool | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "userId",
            "teamId",
            "accepted",
            "role",
            "user",
            "disableImpersonation",
        }
    )
    _required = frozenset(
        {
            "id",
            "userId",
            "teamId",
            "accepted",
            "role",
            "user",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["userId"] = user_id

        data["teamId"] = team_id

        data["accepted"] = accepted

        data["role"] = TeamMembershipOutputRole(role).value

        data["user"] = as_json(user)

        _disable_impersonation = disable_impersonation

        if not isinstance(_disable_impersonation, Unset):
            data["disableImpersonation"] = _disable_impersonation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> int:
        return cast(int, self._req("id"))

    @property
    def user_id(self) -> int:
        return cast(int, self._req("userId"))

    @property
    def team_id(self) -> int:
        return cast(int, self._req("teamId"))

    @property
    def accepted(self) -> bool:
        return cast(bool, self._req("accepted"))

    @property
    def role(self) -> TeamMembershipOutputRole:
        role = TeamMembershipOutputRole(self._req("role"))

        return role

    @property
    def user(self) -> MembershipUserOutputDto:
        from ..models.membership_user_output_dto import MembershipUserOutputDto  # noqa: PLC0415

        user = MembershipUserOutputDto.from_dict(self._req("user"))

        return user

    @property
    def disable_impersonation(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("disableImpersonation", UNSET))
