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

from .update_team_event_type_output_status import UpdateTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from .team_event_type_output import TeamEventTypeOutput, TeamEventTypeOutputDict

    pass


class UpdateTeamEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateTeamEventTypeOutputStatus = field("status", enum_of(UpdateTeamEventTypeOutputStatus), required=True)
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
        status: UpdateTeamEventTypeOutputStatus,
        data: TeamEventTypeOutput | list[TeamEventTypeOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateTeamEventTypeOutputDict(TypedDict, total=False):
    """``UpdateTeamEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateTeamEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[
        TeamEventTypeOutput | TeamEventTypeOutputDict | Sequence[TeamEventTypeOutput | TeamEventTypeOutputDict]
    ]
