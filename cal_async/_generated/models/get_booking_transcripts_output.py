# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, Required, TypedDict

from cal_async._fields import (
    STR,
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .get_booking_transcripts_output_status import GetBookingTranscriptsOutputStatus

if TYPE_CHECKING:
    from .get_booking_transcripts_output_error import GetBookingTranscriptsOutputError

    pass


class GetBookingTranscriptsOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetBookingTranscriptsOutputStatus = field(
        "status", enum_of(GetBookingTranscriptsOutputStatus), required=True
    )
    data: list[str] = field("data", list_of(STR), required=True)
    error: GetBookingTranscriptsOutputError | Unset = field(
        "error", model("get_booking_transcripts_output_error", "GetBookingTranscriptsOutputError"), required=False
    )

    def __init__(
        self,
        *,
        status: GetBookingTranscriptsOutputStatus,
        data: list[str],
        error: GetBookingTranscriptsOutputError | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
                "error": error,
            }
        )


class GetBookingTranscriptsOutputDict(TypedDict, total=False):
    """``GetBookingTranscriptsOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetBookingTranscriptsOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[str]]
    error: GetBookingTranscriptsOutputError | Mapping[str, Any]
