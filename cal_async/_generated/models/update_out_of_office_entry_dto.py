# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, Literal, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_out_of_office_entry_dto_reason import UpdateOutOfOfficeEntryDtoReason

if TYPE_CHECKING:
    pass


class UpdateOutOfOfficeEntryDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    start: datetime.datetime | Unset = field("start", DATETIME, required=False)
    """ The start date and time of the out of office period in ISO 8601 format in UTC timezone. """
    end: datetime.datetime | Unset = field("end", DATETIME, required=False)
    """ The end date and time of the out of office period in ISO 8601 format in UTC timezone. """
    notes: str | Unset = field("notes", STR, required=False)
    """ Optional notes for the out of office entry. """
    to_user_id: int | Unset = field("toUserId", INT, required=False)
    """ The ID of the user covering for the out of office period, if applicable. """
    reason: UpdateOutOfOfficeEntryDtoReason | Unset = field(
        "reason", enum_of(UpdateOutOfOfficeEntryDtoReason), required=False
    )
    """ the reason for the out of office entry, if applicable """

    def __init__(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        notes: str | Unset = UNSET,
        to_user_id: int | Unset = UNSET,
        reason: UpdateOutOfOfficeEntryDtoReason | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "start": start,
                "end": end,
                "notes": notes,
                "toUserId": to_user_id,
                "reason": reason,
            }
        )


class UpdateOutOfOfficeEntryDtoDict(TypedDict, total=False):
    """``UpdateOutOfOfficeEntryDto`` as a plain dict with the API's JSON names, for request bodies."""

    start: datetime.datetime
    end: datetime.datetime
    notes: str
    toUserId: int
    reason: UpdateOutOfOfficeEntryDtoReason | Literal["public_holiday", "sick", "travel", "unspecified", "vacation"]
