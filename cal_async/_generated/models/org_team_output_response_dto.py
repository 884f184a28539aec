# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.org_team_output_response_dto_status import OrgTeamOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.org_team_output_dto import OrgTeamOutputDto


class OrgTeamOutputResponseDto(ApiModel):
    """
    Attributes:
        status (OrgTeamOutputResponseDtoStatus):  Example: success.
        data (OrgTeamOutputDto):
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
        status: OrgTeamOutputResponseDtoStatus,
        data: OrgTeamOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = OrgTeamOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> OrgTeamOutputResponseDtoStatus:
        status = OrgTeamOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> OrgTeamOutputDto:
        from ..models.org_team_output_dto import OrgTeamOutputDto  # noqa: PLC0415

        data = OrgTeamOutputDto.from_dict(self._req("data"))

        return data
