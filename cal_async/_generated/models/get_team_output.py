# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_team_output_status import GetTeamOutputStatus

if TYPE_CHECKING:
    from ..models.team_output_dto import TeamOutputDto


class GetTeamOutput(ApiModel):
    """
    Attributes:
        status (GetTeamOutputStatus):  Example: success.
        data (TeamOutputDto):
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
        status: GetTeamOutputStatus,
        data: TeamOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetTeamOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetTeamOutputStatus:
        status = GetTeamOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> TeamOutputDto:
        from ..models.team_output_dto import TeamOutputDto  # noqa: PLC0415

        data = TeamOutputDto.from_dict(self._req("data"))

        return data
