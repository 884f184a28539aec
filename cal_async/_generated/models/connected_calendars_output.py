# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.connected_calendars_output_status import ConnectedCalendarsOutputStatus

if TYPE_CHECKING:
    from ..models.connected_calendars_data import ConnectedCalendarsData


class ConnectedCalendarsOutput(ApiModel):
    """
    Attributes:
        status (ConnectedCalendarsOutputStatus):  Example: success.
        data (ConnectedCalendarsData):
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
        status: ConnectedCalendarsOutputStatus,
        data: ConnectedCalendarsData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ConnectedCalendarsOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ConnectedCalendarsOutputStatus:
        status = ConnectedCalendarsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ConnectedCalendarsData:
        from ..models.connected_calendars_data import ConnectedCalendarsData  # noqa: PLC0415

        data = ConnectedCalendarsData.from_dict(self._req("data"))

        return data
