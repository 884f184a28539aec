# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict

    pass


class CreateTeamOutputData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    message: str = field("message", STR, required=True)
    payment_link: str = field("paymentLink", STR, required=True)
    pending_team: TeamOutputDto = field("pendingTeam", model("team_output_dto", "TeamOutputDto"), required=True)

    def __init__(
        self,
        *,
        message: str,
        payment_link: str,
        pending_team: TeamOutputDto,
    ) -> None:
        self._set(
            {
                "message": message,
                "paymentLink": payment_link,
                "pendingTeam": pending_team,
            }
        )


class CreateTeamOutputDataDict(TypedDict, total=False):
    """``CreateTeamOutputData`` as a plain dict with the API's JSON names, for request bodies."""

    message: Required[str]
    paymentLink: Required[str]
    pendingTeam: Required[TeamOutputDto | TeamOutputDtoDict]
