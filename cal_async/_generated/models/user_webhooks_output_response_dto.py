# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.user_webhooks_output_response_dto_status import UserWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.user_webhook_output_dto import UserWebhookOutputDto


class UserWebhooksOutputResponseDto(ApiModel):
    """
    Attributes:
        status (UserWebhooksOutputResponseDtoStatus):  Example: success.
        data (list[UserWebhookOutputDto]):
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
        status: UserWebhooksOutputResponseDtoStatus,
        data: list[UserWebhookOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UserWebhooksOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UserWebhooksOutputResponseDtoStatus:
        status = UserWebhooksOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[UserWebhookOutputDto]:
        from ..models.user_webhook_output_dto import UserWebhookOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = UserWebhookOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
