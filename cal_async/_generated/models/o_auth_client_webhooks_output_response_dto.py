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

from .o_auth_client_webhooks_output_response_dto_status import OAuthClientWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from .o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto, OAuthClientWebhookOutputDtoDict

    pass


class OAuthClientWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OAuthClientWebhooksOutputResponseDtoStatus = field(
        "status", enum_of(OAuthClientWebhooksOutputResponseDtoStatus), required=True
    )
    data: list[OAuthClientWebhookOutputDto] = field(
        "data", list_of(model("o_auth_client_webhook_output_dto", "OAuthClientWebhookOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: OAuthClientWebhooksOutputResponseDtoStatus,
        data: list[OAuthClientWebhookOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OAuthClientWebhooksOutputResponseDtoDict(TypedDict, total=False):
    """``OAuthClientWebhooksOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OAuthClientWebhooksOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[OAuthClientWebhookOutputDto | OAuthClientWebhookOutputDtoDict]]
