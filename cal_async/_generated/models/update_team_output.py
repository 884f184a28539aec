# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .update_team_output_status import UpdateTeamOutputStatus

if TYPE_CHECKING:
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict

    pass


class UpdateTeamOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateTeamOutputStatus = field("status", enum_of(UpdateTeamOutputStatus), required=True)
    data: TeamOutputDto = field("data", model("team_output_dto", "TeamOutputDto"), required=True)

    def __init__(
        self,
        *,
        status: UpdateTeamOutputStatus,
        data: TeamOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateTeamOutputDict(TypedDict, total=False):
    """``UpdateTeamOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateTeamOutputStatus | Literal["error", "success"]]
    data: Required[TeamOutputDto | TeamOutputDtoDict]
