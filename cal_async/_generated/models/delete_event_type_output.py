# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .delete_event_type_output_status import DeleteEventTypeOutputStatus

if TYPE_CHECKING:
    from .delete_data import DeleteData, DeleteDataDict

    pass


class DeleteEventTypeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeleteEventTypeOutputStatus = field("status", enum_of(DeleteEventTypeOutputStatus), required=True)
    data: DeleteData = field("data", model("delete_data", "DeleteData"), required=True)

    def __init__(
        self,
        *,
        status: DeleteEventTypeOutputStatus,
        data: DeleteData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DeleteEventTypeOutputDict(TypedDict, total=False):
    """``DeleteEventTypeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeleteEventTypeOutputStatus | Literal["error", "success"]]
    data: Required[DeleteData | DeleteDataDict]
