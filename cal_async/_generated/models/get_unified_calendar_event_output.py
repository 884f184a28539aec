# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_unified_calendar_event_output_status import GetUnifiedCalendarEventOutputStatus

if TYPE_CHECKING:
    from ..models.unified_calendar_event_output import UnifiedCalendarEventOutput


class GetUnifiedCalendarEventOutput(ApiModel):
    """
    Attributes:
        status (GetUnifiedCalendarEventOutputStatus):  Example: success.
        data (UnifiedCalendarEventOutput):
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
        status: GetUnifiedCalendarEventOutputStatus,
        data: UnifiedCalendarEventOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetUnifiedCalendarEventOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetUnifiedCalendarEventOutputStatus:
        status = GetUnifiedCalendarEventOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> UnifiedCalendarEventOutput:
        from ..models.unified_calendar_event_output import UnifiedCalendarEventOutput  # noqa: PLC0415

        data = UnifiedCalendarEventOutput.from_dict(self._req("data"))

        return data
