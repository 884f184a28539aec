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

from .org_teams_output_response_dto_status import OrgTeamsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .org_team_output_dto import OrgTeamOutputDto, OrgTeamOutputDtoDict

    pass


class OrgTeamsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgTeamsOutputResponseDtoStatus = field("status", enum_of(OrgTeamsOutputResponseDtoStatus), required=True)
    data: list[OrgTeamOutputDto] = field(
        "data", list_of(model("org_team_output_dto", "OrgTeamOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: OrgTeamsOutputResponseDtoStatus,
        data: list[OrgTeamOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgTeamsOutputResponseDtoDict(TypedDict, total=False):
    """``OrgTeamsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgTeamsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[OrgTeamOutputDto | OrgTeamOutputDtoDict]]
