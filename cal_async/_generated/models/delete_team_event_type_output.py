# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.delete_team_event_type_output_status import DeleteTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.delete_team_event_type_output_data import DeleteTeamEventTypeOutputData


class DeleteTeamEventTypeOutput(ApiModel):
    """
    Attributes:
        status (DeleteTeamEventTypeOutputStatus):  Example: success.
        data (DeleteTeamEventTypeOutputData):
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
        status: DeleteTeamEventTypeOutputStatus,
        data: DeleteTeamEventTypeOutputData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeleteTeamEventTypeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeleteTeamEventTypeOutputStatus:
        status = DeleteTeamEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> DeleteTeamEventTypeOutputData:
        from ..models.delete_team_event_type_output_data import DeleteTeamEventTypeOutputData  # noqa: PLC0415

        data = DeleteTeamEventTypeOutputData.from_dict(self._req("data"))

        return data
