# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .keys_response_dto_status import KeysResponseDtoStatus

if TYPE_CHECKING:
    from .keys_dto import KeysDto, KeysDtoDict

    pass


class KeysResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: KeysResponseDtoStatus = field("status", enum_of(KeysResponseDtoStatus), required=True)
    data: KeysDto = field("data", model("keys_dto", "KeysDto"), required=True)

    def __init__(
        self,
        *,
        status: KeysResponseDtoStatus,
        data: KeysDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class KeysResponseDtoDict(TypedDict, total=False):
    """``KeysResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[KeysResponseDtoStatus | Literal["error", "success"]]
    data: Required[KeysDto | KeysDtoDict]
