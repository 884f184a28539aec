# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .strip_connect_output_response_dto_status import StripConnectOutputResponseDtoStatus

if TYPE_CHECKING:
    from .strip_connect_output_dto import StripConnectOutputDto, StripConnectOutputDtoDict

    pass


class StripConnectOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: StripConnectOutputResponseDtoStatus = field(
        "status", enum_of(StripConnectOutputResponseDtoStatus), required=True
    )
    data: StripConnectOutputDto = field(
        "data", model("strip_connect_output_dto", "StripConnectOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: StripConnectOutputResponseDtoStatus,
        data: StripConnectOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class StripConnectOutputResponseDtoDict(TypedDict, total=False):
    """``StripConnectOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[StripConnectOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[StripConnectOutputDto | StripConnectOutputDtoDict]
