# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_team_event_types_output_status import GetTeamEventTypesOutputStatus

if TYPE_CHECKING:
    from ..models.team_event_type_output import TeamEventTypeOutput


class GetTeamEventTypesOutput(ApiModel):
    """
    Attributes:
        status (GetTeamEventTypesOutputStatus):  Example: success.
        data (list[TeamEventTypeOutput]):
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
        status: GetTeamEventTypesOutputStatus,
        data: list[TeamEventTypeOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetTeamEventTypesOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetTeamEventTypesOutputStatus:
        status = GetTeamEventTypesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[TeamEventTypeOutput]:
        from ..models.team_event_type_output import TeamEventTypeOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = TeamEventTypeOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
