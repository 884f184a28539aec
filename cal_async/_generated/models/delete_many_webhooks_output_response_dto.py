# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .delete_many_webhooks_output_response_dto_status import DeleteManyWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    pass


class DeleteManyWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeleteManyWebhooksOutputResponseDtoStatus = field(
        "status", enum_of(DeleteManyWebhooksOutputResponseDtoStatus), required=True
    )
    data: str = field("data", STR, required=True)

    def __init__(
        self,
        *,
        status: DeleteManyWebhooksOutputResponseDtoStatus,
        data: str,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DeleteManyWebhooksOutputResponseDtoDict(TypedDict, total=False):
    """``DeleteManyWebhooksOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeleteManyWebhooksOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[str]
