# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .user_webhooks_output_response_dto_status import UserWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from .user_webhook_output_dto import UserWebhookOutputDto, UserWebhookOutputDtoDict

    pass


class UserWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UserWebhooksOutputResponseDtoStatus = field(
        "status", enum_of(UserWebhooksOutputResponseDtoStatus), required=True
    )
    data: list[UserWebhookOutputDto] = field(
        "data", list_of(model("user_webhook_output_dto", "UserWebhookOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: UserWebhooksOutputResponseDtoStatus,
        data: list[UserWebhookOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UserWebhooksOutputResponseDtoDict(TypedDict, total=False):
    """``UserWebhooksOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UserWebhooksOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[UserWebhookOutputDto | UserWebhookOutputDtoDict]]
