# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .user_webhook_output_response_dto_status import UserWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from .user_webhook_output_dto import UserWebhookOutputDto, UserWebhookOutputDtoDict

    pass


class UserWebhookOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UserWebhookOutputResponseDtoStatus = field(
        "status", enum_of(UserWebhookOutputResponseDtoStatus), required=True
    )
    data: UserWebhookOutputDto = field("data", model("user_webhook_output_dto", "UserWebhookOutputDto"), required=True)

    def __init__(
        self,
        *,
        status: UserWebhookOutputResponseDtoStatus,
        data: UserWebhookOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UserWebhookOutputResponseDtoDict(TypedDict, total=False):
    """``UserWebhookOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UserWebhookOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[UserWebhookOutputDto | UserWebhookOutputDtoDict]
