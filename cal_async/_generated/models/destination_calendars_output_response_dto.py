# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.destination_calendars_output_response_dto_status import DestinationCalendarsOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.destination_calendars_output_dto import DestinationCalendarsOutputDto


class DestinationCalendarsOutputResponseDto(ApiModel):
    """
    Attributes:
        status (DestinationCalendarsOutputResponseDtoStatus):  Example: success.
        data (DestinationCalendarsOutputDto):
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
        status: DestinationCalendarsOutputResponseDtoStatus,
        data: DestinationCalendarsOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DestinationCalendarsOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DestinationCalendarsOutputResponseDtoStatus:
        status = DestinationCalendarsOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> DestinationCalendarsOutputDto:
        from ..models.destination_calendars_output_dto import DestinationCalendarsOutputDto  # noqa: PLC0415

        data = DestinationCalendarsOutputDto.from_dict(self._req("data"))

        return data
