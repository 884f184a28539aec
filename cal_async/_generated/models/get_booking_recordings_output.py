# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_booking_recordings_output_status import GetBookingRecordingsOutputStatus

if TYPE_CHECKING:
    from .get_booking_recordings_output_error import GetBookingRecordingsOutputError
    from .recording_item import RecordingItem, RecordingItemDict

    pass


class GetBookingRecordingsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetBookingRecordingsOutputStatus = field("status", enum_of(GetBookingRecordingsOutputStatus), required=True)
    data: list[RecordingItem] = field("data", list_of(model("recording_item", "RecordingItem")), required=True)
    error: GetBookingRecordingsOutputError | Unset = field(
        "error", model("get_booking_recordings_output_error", "GetBookingRecordingsOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetBookingRecordingsOutputStatus,
        data: list[RecordingItem],
        error: GetBookingRecordingsOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class GetBookingRecordingsOutputDict(TypedDict, total=False):
    """``GetBookingRecordingsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetBookingRecordingsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[RecordingItem | RecordingItemDict]]
    error: GetBookingRecordingsOutputError | Mapping[str, Any]
