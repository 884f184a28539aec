# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_team_output_status import UpdateTeamOutputStatus

if TYPE_CHECKING:
    from ..models.team_output_dto import TeamOutputDto


class UpdateTeamOutput(ApiModel):
    """
    Attributes:
        status (UpdateTeamOutputStatus):  Example: success.
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
        status: UpdateTeamOutputStatus,
        data: TeamOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UpdateTeamOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UpdateTeamOutputStatus:
        status = UpdateTeamOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> TeamOutputDto:
        from ..models.team_output_dto import TeamOutputDto  # noqa: PLC0415

        data = TeamOutputDto.from_dict(self._req("data"))

        return data
