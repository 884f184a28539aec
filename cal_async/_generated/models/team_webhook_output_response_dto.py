# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.team_webhook_output_response_dto_status import TeamWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from ..models.team_webhook_output_dto import TeamWebhookOutputDto


class TeamWebhookOutputResponseDto(ApiModel):
    """
    Attributes:
        status (TeamWebhookOutputResponseDtoStatus):  Example: success.
        data (TeamWebhookOutputDto):
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
        status: TeamWebhookOutputResponseDtoStatus,
        data: TeamWebhookOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = TeamWebhookOutputResponseDtoStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> TeamWebhookOutputResponseDtoStatus:
        status = TeamWebhookOutputResponseDtoStatus(self._req("status"))

        return status

    @property
    def data(self) -> TeamWebhookOutputDto:
        from ..models.team_webhook_output_dto import TeamWebhookOutputDto  # noqa: PLC0415

        data = TeamWebhookOutputDto.from_dict(self._req("data"))

        return data
