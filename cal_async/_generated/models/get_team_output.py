# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_team_output_status import GetTeamOutputStatus

if TYPE_CHECKING:
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict

    pass


class GetTeamOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetTeamOutputStatus = field("status", enum_of(GetTeamOutputStatus), required=True)
    data: TeamOutputDto = field("data", model("team_output_dto", "TeamOutputDto"), required=True)

    def __init__(
        self,
        *,
        status: GetTeamOutputStatus,
        data: TeamOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetTeamOutputDict(TypedDict, total=False):
    """``GetTeamOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetTeamOutputStatus | Literal["error", "success"]]
    data: Required[TeamOutputDto | TeamOutputDtoDict]
