# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.team_webhooks_output_response_dto_status import TeamWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.team_webhook_output_dto import TeamWebhookOutputDto


class TeamWebhooksOutputResponseDto(ApiModel):
    """
    Attributes:
        status (TeamWebhooksOutputResponseDtoStatus):  Example: success.
        data (list[TeamWebhookOutputDto]):
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
        status: TeamWebhooksOutputResponseDtoStatus,
        data: list[TeamWebhookOutputDto],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = TeamWebhooksOutputResponseDtoStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> TeamWebhooksOutputResponseDtoStatus:
        status = TeamWebhooksOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[TeamWebhookOutputDto]:
        from ..models.team_webhook_output_dto import TeamWebhookOutputDto  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = TeamWebhookOutputDto.from_dict(data_item_data)

            data.append(data_item)

        return data
