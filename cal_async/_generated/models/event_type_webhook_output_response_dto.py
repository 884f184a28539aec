# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.event_type_webhook_output_response_dto_status import EventTypeWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto


class EventTypeWebhookOutputResponseDto(ApiModel):
    """
    Attributes:
        status (EventTypeWebhookOutputResponseDtoStatus):  Example: success.
        data (EventTypeWebhookOutputDto):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: EventTypeWebhookOutputResponseDtoStatus,
        data: EventTypeWebhookOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = EventTypeWebhookOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> EventTypeWebhookOutputResponseDtoStatus:
        status = EventTypeWebhookOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> EventTypeWebhookOutputDto:
        from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto  # noqa: PLC0415

        data = EventTypeWebhookOutputDto.from_dict(self._req("data"))

        return data
