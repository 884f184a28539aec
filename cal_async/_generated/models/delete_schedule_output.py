# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .delete_schedule_output_status import DeleteScheduleOutputStatus

if TYPE_CHECKING:
    pass


class DeleteScheduleOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeleteScheduleOutputStatus = field("status", enum_of(DeleteScheduleOutputStatus), required=True)

    def __init__(
        self,
        *,
        status: DeleteScheduleOutputStatus,
    ) -> None:
        self._set(
            {
                "status": status,
            }
        )


class DeleteScheduleOutputDict(TypedDict, total=False):
    """``DeleteScheduleOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeleteScheduleOutputStatus | Literal["error", "success"]]
