# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_team_event_type_output_status import CreateTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.team_event_type_output import TeamEventTypeOutput


class CreateTeamEventTypeOutput(ApiModel):
    """
    Attributes:
        status (CreateTeamEventTypeOutputStatus):  Example: success.
        data (list[TeamEventTypeOutput] | TeamEventTypeOutput):
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
        status: CreateTeamEventTypeOutputStatus,
        data: list[TeamEventTypeOutput] | TeamEventTypeOutput,
        **extra: Any,
    ) -> None:
        from ..models.team_event_type_output import TeamEventTypeOutput  # noqa: PLC0415

        data: dict[str, Any] = {}
        data["status"] = CreateTeamEventTypeOutputStatus(status).value

        if isinstance(data, TeamEventTypeOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = []
            for data_type_1_item_data in data:
                data_type_1_item = as_json(data_type_1_item_data)
                data["data"].append(data_type_1_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateTeamEventTypeOutputStatus:
        status = CreateTeamEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[TeamEventTypeOutput] | TeamEventTypeOutput:
        from ..models.team_event_type_output import TeamEventTypeOutput  # noqa: PLC0415

        def _parse_data(data: object) -> list[TeamEventTypeOutput] | TeamEventTypeOutput:
            try:
                if not TeamEventTypeOutput._matches(data):
                    raise TypeError()
                data_type_0 = TeamEventTypeOutput.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not (isinstance(data, list) and all(TeamEventTypeOutput._matches(_item) for _item in data)):
                    raise TypeError()
                data_type_1 = []
                _data_type_1 = data
                for data_type_1_item_data in _data_type_1:
                    data_type_1_item = TeamEventTypeOutput.from_dict(data_type_1_item_data)

                    data_type_1.append(data_type_1_item)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamEventTypeOutput] | TeamEventTypeOutput, data)

        data = _parse_data(self._req("data"))

        return data
