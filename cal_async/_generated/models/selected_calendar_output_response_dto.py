# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .selected_calendar_output_response_dto_status import SelectedCalendarOutputResponseDtoStatus

if TYPE_CHECKING:
    from .selected_calendar_output_dto import SelectedCalendarOutputDto, SelectedCalendarOutputDtoDict

    pass


class SelectedCalendarOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: SelectedCalendarOutputResponseDtoStatus = field(
        "status", enum_of(SelectedCalendarOutputResponseDtoStatus), required=True
    )
    data: SelectedCalendarOutputDto = field(
        "data", model("selected_calendar_output_dto", "SelectedCalendarOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: SelectedCalendarOutputResponseDtoStatus,
        data: SelectedCalendarOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class SelectedCalendarOutputResponseDtoDict(TypedDict, total=False):
    """``SelectedCalendarOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[SelectedCalendarOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[SelectedCalendarOutputDto | SelectedCalendarOutputDtoDict]
