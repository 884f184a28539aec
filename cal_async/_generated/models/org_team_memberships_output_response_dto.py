# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.org_team_memberships_output_response_dto_status import OrgTeamMembershipsOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.team_membership_output import TeamMembershipOutput


class OrgTeamMembershipsOutputResponseDto(ApiModel):
    """
    Attributes:
        status (OrgTeamMembershipsOutputResponseDtoStatus):  Example: success.
        data (list[TeamMembershipOutput]):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: OrgTeamMembershipsOutputResponseDtoStatus,
        data: list[TeamMembershipOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = OrgTeamMembershipsOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> OrgTeamMembershipsOutputResponseDtoStatus:
        status = OrgTeamMembershipsOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[TeamMembershipOutput]:
        from ..models.team_membership_output import TeamMembershipOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = TeamMembershipOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
