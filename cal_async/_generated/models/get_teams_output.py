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

from .get_teams_output_status import GetTeamsOutputStatus

if TYPE_CHECKING:
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict

    pass


class GetTeamsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetTeamsOutputStatus = field("status", enum_of(GetTeamsOutputStatus), required=True)
    data: list[TeamOutputDto] = field("data", list_of(model("team_output_dto", "TeamOutputDto")), required=True)

    def __init__(
        self,
        *,
        status: GetTeamsOutputStatus,
        data: list[TeamOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetTeamsOutputDict(TypedDict, total=False):
    """``GetTeamsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetTeamsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[TeamOutputDto | TeamOutputDtoDict]]
