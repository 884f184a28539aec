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

from .org_me_teams_output_response_dto_status import OrgMeTeamsOutputResponseDtoStatus

if TYPE_CHECKING:
    from .org_team_output_dto import OrgTeamOutputDto, OrgTeamOutputDtoDict

    pass


class OrgMeTeamsOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgMeTeamsOutputResponseDtoStatus = field(
        "status", enum_of(OrgMeTeamsOutputResponseDtoStatus), required=True
    )
    data: list[OrgTeamOutputDto] = field(
        "data", list_of(model("org_team_output_dto", "OrgTeamOutputDto")), required=True
    )

    def __init__(
        self,
        *,
        status: OrgMeTeamsOutputResponseDtoStatus,
        data: list[OrgTeamOutputDto],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgMeTeamsOutputResponseDtoDict(TypedDict, total=False):
    """``OrgMeTeamsOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgMeTeamsOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[Sequence[OrgTeamOutputDto | OrgTeamOutputDtoDict]]
