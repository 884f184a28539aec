# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
    one_of,
)
from cal_async._models import ApiModel

from .create_team_event_type_output_status import CreateTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from .team_event_type_output import TeamEventTypeOutput, TeamEventTypeOutputDict

    pass


class CreateTeamEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreateTeamEventTypeOutputStatus = field("status", enum_of(CreateTeamEventTypeOutputStatus), required=True)
    data: TeamEventTypeOutput | list[TeamEventTypeOutput] = field(
        "data",
        one_of(
            model("team_event_type_output", "TeamEventTypeOutput"),
            list_of(model("team_event_type_output", "TeamEventTypeOutput")),
        ),
        required=True,
    )

    def __init__(
        self,
        *,
        status: CreateTeamEventTypeOutputStatus,
        data: TeamEventTypeOutput | list[TeamEventTypeOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreateTeamEventTypeOutputDict(TypedDict, total=False):
    """``CreateTeamEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreateTeamEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[
        TeamEventTypeOutput | TeamEventTypeOutputDict | Sequence[TeamEventTypeOutput | TeamEventTypeOutputDict]
    ]
