# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    one_of,
)
from cal_async._models import ApiModel

from .create_team_output_status import CreateTeamOutputStatus

if TYPE_CHECKING:
    from .create_team_output_data import CreateTeamOutputData, CreateTeamOutputDataDict
    from .team_output_dto import TeamOutputDto, TeamOutputDtoDict

    pass


class CreateTeamOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateTeamOutputStatus = field("status", enum_of(CreateTeamOutputStatus), required=True)
    data: CreateTeamOutputData | TeamOutputDto = field(
        "data",
        one_of(model("create_team_output_data", "CreateTeamOutputData"), model("team_output_dto", "TeamOutputDto")),
        required=True,
    )
    """ Either an Output object or a TeamOutputDto. """

    def __init__(
        self,
        *,
        status: CreateTeamOutputStatus,
        data: CreateTeamOutputData | TeamOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateTeamOutputDict(TypedDict, total=False):
    """``CreateTeamOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateTeamOutputStatus | Literal["error", "success"]]
    data: Required[CreateTeamOutputData | CreateTeamOutputDataDict | TeamOutputDto | TeamOutputDtoDict]
