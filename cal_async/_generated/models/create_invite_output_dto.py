# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .invite_data_dto import InviteDataDto, InviteDataDtoDict

    pass


class CreateInviteOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: str = field("status", STR, required=True)
    data: InviteDataDto = field("data", model("invite_data_dto", "InviteDataDto"), required=True)

    def __init__(
        self,
        *,
        status: str,
        data: InviteDataDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateInviteOutputDtoDict(TypedDict, total=False):
    """``CreateInviteOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[str]
    data: Required[InviteDataDto | InviteDataDtoDict]
