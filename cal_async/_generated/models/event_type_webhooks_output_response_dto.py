# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.event_type_webhooks_output_response_dto_status import EventTypeWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto


class EventTypeWebhooksOutputResponseDto(ApiModel):
    """
    Attributes:
        status (EventTypeWebhooksOutputResponseDtoStatus):  Example: success.
        data (list[EventTypeWebhookOutputDto]):
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
        status: EventTypeWebhooksOutputResponseDtoStatus,
        data: list[EventTypeWebhookOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = EventTypeWebhooksOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> EventTypeWebhooksOutputResponseDtoStatus:
        status = EventTypeWebhooksOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[EventTypeWebhookOutputDto]:
        from ..models.event_type_webhook_output_dto import EventTypeWebhookOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = EventTypeWebhookOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
