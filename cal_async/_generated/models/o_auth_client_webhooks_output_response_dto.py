# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.o_auth_client_webhooks_output_response_dto_status import OAuthClientWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto


class OAuthClientWebhooksOutputResponseDto(ApiModel):
    """
    Attributes:
        status (OAuthClientWebhooksOutputResponseDtoStatus):  Example: success.
        data (list[OAuthClientWebhookOutputDto]):
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
        status: OAuthClientWebhooksOutputResponseDtoStatus,
        data: list[OAuthClientWebhookOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = OAuthClientWebhooksOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> OAuthClientWebhooksOutputResponseDtoStatus:
        status = OAuthClientWebhooksOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[OAuthClientWebhookOutputDto]:
        from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = OAuthClientWebhookOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
