# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .team_webhooks_output_response_dto_status import TeamWebhooksOutputResponseDtoStatus

if TYPE_CHECKING:
    from .team_webhook_output_dto import TeamWebhookOutputDto, TeamWebhookOutputDtoDict

    pass


class TeamWebhooksOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: TeamWebhooksOutputResponseDtoStatus = field(
        "status", enum_of(TeamWebhooksOutputResponseDtoStatus), required=True
    )
    data: list[TeamWebhookOutputDto] = field(
        "data", list_of(model("team_webhook_output_dto", "TeamWebhookOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: TeamWebhooksOutputResponseDtoStatus,
        data: list[TeamWebhookOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class TeamWebhooksOutputResponseDtoDict(TypedDict, total=False):
    """``TeamWebhooksOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[TeamWebhooksOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[TeamWebhookOutputDto | TeamWebhookOutputDtoDict]]
