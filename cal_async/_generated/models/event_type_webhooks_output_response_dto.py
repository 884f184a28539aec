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

from .event_type_webhooks_output_response_dto_status import EventTypeWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from .event_type_webhook_output_dto import EventTypeWebhookOutputDto, EventTypeWebhookOutputDtoDict

    pass


class EventTypeWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: EventTypeWebhooksOutputResponseDtoStatus = field(
        "status", enum_of(EventTypeWebhooksOutputResponseDtoStatus), required=True
    )
    data: list[EventTypeWebhookOutputDto] = field(
        "data", list_of(model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: EventTypeWebhooksOutputResponseDtoStatus,
        data: list[EventTypeWebhookOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class EventTypeWebhooksOutputResponseDtoDict(TypedDict, total=False):
    """``EventTypeWebhooksOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[EventTypeWebhooksOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[EventTypeWebhookOutputDto | EventTypeWebhookOutputDtoDict]]
