# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, ClassVar, Literal, Required, TypedDict

from cal_async._fields import (
    Field,
    enum_of,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .user_webhooks_output_response_dto_status import UserWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from .user_webhook_output_dto import UserWebhookOutputDto, UserWebhookOutputDtoDict

    pass


class UserWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "data",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "status",
            "data",
        }
    )

    status: Field[UserWebhooksOutputResponseDtoStatus] = Field(
        "status", enum_of(UserWebhooksOutputResponseDtoStatus), required=True
    )
    data: Field[list[UserWebhookOutputDto]] = Field(
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
