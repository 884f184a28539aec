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

from .get_team_event_types_output_status import GetTeamEventTypesOutputStatus

if TYPE_CHECKING:
    from .team_event_type_output import TeamEventTypeOutput, TeamEventTypeOutputDict

    pass


class GetTeamEventTypesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetTeamEventTypesOutputStatus = field("status", enum_of(GetTeamEventTypesOutputStatus), required=True)
    data: list[TeamEventTypeOutput] = field(
        "data", list_of(model("team_event_type_output", "TeamEventTypeOutput")), required=True
    )

    def __init__(
        self,
        *,
        status: GetTeamEventTypesOutputStatus,
        data: list[TeamEventTypeOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetTeamEventTypesOutputDict(TypedDict, total=False):
    """``GetTeamEventTypesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetTeamEventTypesOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[TeamEventTypeOutput | TeamEventTypeOutputDict]]
