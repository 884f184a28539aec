# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.delete_schedule_output_status import DeleteScheduleOutputStatus


class DeleteScheduleOutput(ApiModel):
    """
    Attributes:
        status (DeleteScheduleOutputStatus):  Example: success.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
        }
    )
    _required = frozenset(
        {
            "status",
        }
    )

    def __init__(
        self,
        *,
        status: DeleteScheduleOutputStatus,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeleteScheduleOutputStatus(status).value

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeleteScheduleOutputStatus:
        status = DeleteScheduleOutputStatus(self._req("status"))

        return status
