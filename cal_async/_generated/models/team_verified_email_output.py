# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.team_verified_email_output_status import TeamVerifiedEmailOutputStatus

if TYPE_CHECKING:
    from ..models.schedule_output import ScheduleOutput


class TeamVerifiedEmailOutput(ApiModel):
    """
    Attributes:
        status (TeamVerifiedEmailOutputStatus):  Example: success.
        data (ScheduleOutput):
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
        status: TeamVerifiedEmailOutputStatus,
        data: ScheduleOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = TeamVerifiedEmailOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> TeamVerifiedEmailOutputStatus:
        status = TeamVerifiedEmailOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ScheduleOutput:
        from ..models.schedule_output import ScheduleOutput  # noqa: PLC0415

        data = ScheduleOutput.from_dict(self._req("data"))

        return data
