# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .delete_team_event_type_output_status import DeleteTeamEventTypeOutputStatus

if TYPE_CHECKING:
    from .delete_team_event_type_output_data import DeleteTeamEventTypeOutputData

    pass


class DeleteTeamEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeleteTeamEventTypeOutputStatus = field("status", enum_of(DeleteTeamEventTypeOutputStatus), required=True)
    data: DeleteTeamEventTypeOutputData = field(
        "data", model("delete_team_event_type_output_data", "DeleteTeamEventTypeOutputData"), required=True
    )

    def __init__(
        self,
        *,
        status: DeleteTeamEventTypeOutputStatus,
        data: DeleteTeamEventTypeOutputData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DeleteTeamEventTypeOutputDict(TypedDict, total=False):
    """``DeleteTeamEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeleteTeamEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[DeleteTeamEventTypeOutputData | Mapping[str, Any]]
