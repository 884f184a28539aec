# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.o_auth_client_webhook_output_response_dto_status import OAuthClientWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto


class OAuthClientWebhookOutputResponseDto(ApiModel):
    """
    Attributes:
        status (OAuthClientWebhookOutputResponseDtoStatus):  Example: success.
        data (OAuthClientWebhookOutputDto):
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
        status: OAuthClientWebhookOutputResponseDtoStatus,
        data: OAuthClientWebhookOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = OAuthClientWebhookOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> OAuthClientWebhookOutputResponseDtoStatus:
        status = OAuthClientWebhookOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> OAuthClientWebhookOutputDto:
        from ..models.o_auth_client_webhook_output_dto import OAuthClientWebhookOutputDto  # noqa: PLC0415

        data = OAuthClientWebhookOutputDto.from_dict(self._req("data"))

        return data
