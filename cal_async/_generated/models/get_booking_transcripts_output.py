# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_booking_transcripts_output_status import GetBookingTranscriptsOutputStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_booking_transcripts_output_error import GetBookingTranscriptsOutputError


class GetBookingTranscriptsOutput(ApiModel):
    """
    Attributes:
        status (GetBookingTranscriptsOutputStatus):  Example: success.
        data (list[str]):  Example: ['https://transcript1.com', 'https://transcript2.com'].
        error (GetBookingTranscriptsOutputError | Unset):
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
        status: GetBookingTranscriptsOutputStatus,
        data: list[str],
        error: GetBookingTranscriptsOutputError | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetBookingTranscriptsOutputStatus(status).value

        data["data"] = data

        _error = UNSET
        if not isinstance(error, Unset):
            _error = as_json(error)

        if not isinstance(_error, Unset):
            data["error"] = _error
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetBookingTranscriptsOutputStatus:
        status = GetBookingTranscriptsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[str]:
        data = cast(list[str], self._req("data"))

        return data

    @property
    def error(self) -> GetBookingTranscriptsOutputError | Unset:
        from ..models.get_booking_transcripts_output_error import GetBookingTranscriptsOutputError  # noqa: PLC0415

        _error = self._data.get("error", UNSET)
        error: GetBookingTranscriptsOutputError | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = GetBookingTranscriptsOutputError.from_dict(_error)

        return error
