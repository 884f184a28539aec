# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.org_teams_output_response_dto_status import OrgTeamsOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.org_team_output_dto import OrgTeamOutputDto


class OrgTeamsOutputResponseDto(ApiModel):
    """
    Attributes:
        status (OrgTeamsOutputResponseDtoStatus):  Example: success.
        data (list[OrgTeamOutputDto]):
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
        status: OrgTeamsOutputResponseDtoStatus,
        data: list[OrgTeamOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = OrgTeamsOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> OrgTeamsOutputResponseDtoStatus:
        status = OrgTeamsOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[OrgTeamOutputDto]:
        from ..models.org_team_output_dto import OrgTeamOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = OrgTeamOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
