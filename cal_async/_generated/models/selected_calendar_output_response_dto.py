# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.selected_calendar_output_response_dto_status import SelectedCalendarOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.selected_calendar_output_dto import SelectedCalendarOutputDto


class SelectedCalendarOutputResponseDto(ApiModel):
    """
    Attributes:
        status (SelectedCalendarOutputResponseDtoStatus):  Example: success.
        data (SelectedCalendarOutputDto):
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
        status: SelectedCalendarOutputResponseDtoStatus,
        data: SelectedCalendarOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = SelectedCalendarOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> SelectedCalendarOutputResponseDtoStatus:
        status = SelectedCalendarOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> SelectedCalendarOutputDto:
        from ..models.selected_calendar_output_dto import SelectedCalendarOutputDto  # noqa: PLC0415

        data = SelectedCalendarOutputDto.from_dict(self._req("data"))

        return data
