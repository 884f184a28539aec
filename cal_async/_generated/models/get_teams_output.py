# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_teams_output_status import GetTeamsOutputStatus

if TYPE_CHECKING:
    from ..models.team_output_dto import TeamOutputDto


class GetTeamsOutput(ApiModel):
    """
    Attributes:
        status (GetTeamsOutputStatus):  Example: success.
        data (list[TeamOutputDto]):
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
        status: GetTeamsOutputStatus,
        data: list[TeamOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetTeamsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetTeamsOutputStatus:
        status = GetTeamsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[TeamOutputDto]:
        from ..models.team_output_dto import TeamOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = TeamOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
