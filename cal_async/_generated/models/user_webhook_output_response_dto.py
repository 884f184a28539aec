# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.user_webhook_output_response_dto_status import UserWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.user_webhook_output_dto import UserWebhookOutputDto


class UserWebhookOutputResponseDto(ApiModel):
    """
    Attributes:
        status (UserWebhookOutputResponseDtoStatus):  Example: success.
        data (UserWebhookOutputDto):
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
        status: UserWebhookOutputResponseDtoStatus,
        data: UserWebhookOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UserWebhookOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UserWebhookOutputResponseDtoStatus:
        status = UserWebhookOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> UserWebhookOutputDto:
        from ..models.user_webhook_output_dto import UserWebhookOutputDto  # noqa: PLC0415

        data = UserWebhookOutputDto.from_dict(self._req("data"))

        return data
