# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .team_webhook_output_response_dto_status import TeamWebhookOutputResponseDtoStatus

if TYPE_CHECKING:
    from .team_webhook_output_dto import TeamWebhookOutputDto, TeamWebhookOutputDtoDict

    pass


class TeamWebhookOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: TeamWebhookOutputResponseDtoStatus = field(
        "status", enum_of(TeamWebhookOutputResponseDtoStatus), required=True
    )
    data: TeamWebhookOutputDto = field("data", model("team_webhook_output_dto", "TeamWebhookOutputDto"), required=True)

    def __init__(
        self,
        *,
        status: TeamWebhookOutputResponseDtoStatus,
        data: TeamWebhookOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class TeamWebhookOutputResponseDtoDict(TypedDict, total=False):
    """``TeamWebhookOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[TeamWebhookOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[TeamWebhookOutputDto | TeamWebhookOutputDtoDict]
