# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .destination_calendars_output_response_dto_status import DestinationCalendarsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .destination_calendars_output_dto import DestinationCalendarsOutputDto, DestinationCalendarsOutputDtoDict

    pass


class DestinationCalendarsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DestinationCalendarsOutputResponseDtoStatus = field(
        "status", enum_of(DestinationCalendarsOutputResponseDtoStatus), required=True
    )
    data: DestinationCalendarsOutputDto = field(
        "data", model("destination_calendars_output_dto", "DestinationCalendarsOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: DestinationCalendarsOutputResponseDtoStatus,
        data: DestinationCalendarsOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DestinationCalendarsOutputResponseDtoDict(TypedDict, total=False):
    """``DestinationCalendarsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DestinationCalendarsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[DestinationCalendarsOutputDto | DestinationCalendarsOutputDtoDict]
