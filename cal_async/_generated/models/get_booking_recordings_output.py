# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_booking_recordings_output_status import GetBookingRecordingsOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_booking_recordings_output_error import GetBookingRecordingsOutputError
    from ..models.recording_item import RecordingItem


class GetBookingRecordingsOutput(ApiModel):
    """
    Attributes:
        status (GetBookingRecordingsOutputStatus):  Example: success.
        data (list[RecordingItem]):
        error (GetBookingRecordingsOutputError | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "error",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: GetBookingRecordingsOutputStatus,
        data: list[RecordingItem],
        error: GetBookingRecordingsOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetBookingRecordingsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetBookingRecordingsOutputStatus:
        status = GetBookingRecordingsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[RecordingItem]:
        from ..models.recording_item import RecordingItem  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = RecordingItem.from_dict(data_item_data)

            data.append(data_item)

        return data

    @property
    def error(self) -> GetBookingRecordingsOutputError | Unset:
        from ..models.get_booking_recordings_output_error import GetBookingRecordingsOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetBookingRecordingsOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetBookingRecordingsOutputError.from_dict(_error)

        return error
