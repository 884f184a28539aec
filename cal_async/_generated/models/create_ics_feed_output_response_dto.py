# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_ics_feed_output_response_dto_status import CreateIcsFeedOutputResponseDtoStatus

if TYPE_CHECKING:
    from .create_ics_feed_output import CreateIcsFeedOutput, CreateIcsFeedOutputDict

    pass


class CreateIcsFeedOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateIcsFeedOutputResponseDtoStatus = field(
        "status", enum_of(CreateIcsFeedOutputResponseDtoStatus), required=True
    )
    data: CreateIcsFeedOutput = field("data", model("create_ics_feed_output", "CreateIcsFeedOutput"), required=True)

    def __init__(
        self,
        *,
        status: CreateIcsFeedOutputResponseDtoStatus,
        data: CreateIcsFeedOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateIcsFeedOutputResponseDtoDict(TypedDict, total=False):
    """``CreateIcsFeedOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateIcsFeedOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[CreateIcsFeedOutput | CreateIcsFeedOutputDict]
