# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .connected_calendars_output_status import ConnectedCalendarsOutputStatus

if TYPE_CHECKING:
    from .connected_calendars_data import ConnectedCalendarsData, ConnectedCalendarsDataDict

    pass


class ConnectedCalendarsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: ConnectedCalendarsOutputStatus = field("status", enum_of(ConnectedCalendarsOutputStatus), required=True)
    data: ConnectedCalendarsData = field(
        "data", model("connected_calendars_data", "ConnectedCalendarsData"), required=True
    )

    def __init__(
        self,
        *,
        status: ConnectedCalendarsOutputStatus,
        data: ConnectedCalendarsData,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class ConnectedCalendarsOutputDict(TypedDict, total=False):
    """``ConnectedCalendarsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[ConnectedCalendarsOutputStatus | Literal["error", "success"]]
    data: Required[ConnectedCalendarsData | ConnectedCalendarsDataDict]
