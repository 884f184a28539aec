# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_team_event_type_output_status import GetTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.team_event_type_output import TeamEventTypeOutput


class GetTeamEventTypeOutput(ApiModel):
    """
    Attributes:
        status (GetTeamEventTypeOutputStatus):  Example: success.
        data (TeamEventTypeOutput):
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
        status: GetTeamEventTypeOutputStatus,
        data: TeamEventTypeOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetTeamEventTypeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetTeamEventTypeOutputStatus:
        status = GetTeamEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> TeamEventTypeOutput:
        from ..models.team_event_type_output import TeamEventTypeOutput  # noqa: PLC0415

        data = TeamEventTypeOutput.from_dict(self._req("data"))

        return data
