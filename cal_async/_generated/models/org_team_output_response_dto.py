# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .org_team_output_response_dto_status import OrgTeamOutputResponseDtoStatus

if TYPE_CHECKING:
    from .org_team_output_dto import OrgTeamOutputDto, OrgTeamOutputDtoDict

    pass


class OrgTeamOutputResponseDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: OrgTeamOutputResponseDtoStatus = field("status", enum_of(OrgTeamOutputResponseDtoStatus), required=True)
    data: OrgTeamOutputDto = field("data", model("org_team_output_dto", "OrgTeamOutputDto"), required=True)

    def __init__(
        self,
        *,
        status: OrgTeamOutputResponseDtoStatus,
        data: OrgTeamOutputDto,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class OrgTeamOutputResponseDtoDict(TypedDict, total=False):
    """``OrgTeamOutputResponseDto`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[OrgTeamOutputResponseDtoStatus | Literal["error", "success"]]
    data: Required[OrgTeamOutputDto | OrgTeamOutputDtoDict]
