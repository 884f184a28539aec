# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .event_type_webhook_output_response_dto_status import EventTypeWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from .event_type_webhook_output_dto import EventTypeWebhookOutputDto, EventTypeWebhookOutputDtoDict

    pass


class EventTypeWebhookOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: EventTypeWebhookOutputResponseDtoStatus = field(
        "status", enum_of(EventTypeWebhookOutputResponseDtoStatus), required=True
    )
    data: EventTypeWebhookOutputDto = field(
        "data", model("event_type_webhook_output_dto", "EventTypeWebhookOutputDto"), required=True
    )

    def __init__(
        self,
        *,
        status: EventTypeWebhookOutputResponseDtoStatus,
        data: EventTypeWebhookOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class EventTypeWebhookOutputResponseDtoDict(TypedDict, total=False):
    """``EventTypeWebhookOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[EventTypeWebhookOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[EventTypeWebhookOutputDto | EventTypeWebhookOutputDtoDict]
