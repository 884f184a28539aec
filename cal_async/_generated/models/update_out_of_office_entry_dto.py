# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_out_of_office_entry_dto_reason import UpdateOutOfOfficeEntryDtoReason
from ..types import UNSET, Unset


class UpdateOutOfOfficeEntryDto(ApiModel):
    """
    Attributes:
        start (datetime.datetime | Unset): The start date and time of the out of office period in ISO 8601 format in UTC
            timezone. Example: 2023-05-01T00:00:00.000Z.
        end (datetime.datetime | Unset): The end date and time of the out of office period in ISO 8601 format in UTC
            timezone. Example: 2023-05-10T23:59:59.999Z.
        notes (str | Unset): Optional notes for the out of office entry. Example: Vacation in Hawaii.
        to_user_id (int | Unset): The ID of the user covering for the out of office period, if applicable. Example: 2.
        reason (UpdateOutOfOfficeEntryDtoReason | Unset): the reason for the out of office entry, if applicable Example:
            vacation.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "start",
            "end",
            "notes",
            "toUserId",
            "reason",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        start: datetime.datetime | Unset = UNSET,
        end: datetime.datetime | Unset = UNSET,
        notes: str | Unset = UNSET,
        to_user_id: int | Unset = UNSET,
        reason: UpdateOutOfOfficeEntryDtoReason | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _start = UNSET
        if not isinstance(start, Unset):
            _start = start if isinstance(start, str) else start.isoformat()

        if not isinstance(_start, Unset):
            data["start"] = _start
        _end = UNSET
        if not isinstance(end, Unset):
            _end = end if isinstance(end, str) else end.isoformat()

        if not isinstance(_end, Unset):
            data["end"] = _end
        _notes = notes

        if not isinstance(_notes, Unset):
            data["notes"] = _notes
        _to_user_id = to_user_id

        if not isinstance(_to_user_id, Unset):
            data["toUserId"] = _to_user_id
        _reason = UNSET
        if not isinstance(reason, Unset):
            _reason = UpdateOutOfOfficeEntryDtoReason(reason).value

        if not isinstance(_reason, Unset):
            data["reason"] = _reason
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> datetime.datetime | Unset:
        """The start date and time of the out of office period in ISO 8601 format in UTC timezone."""
        _start = self._data.get("start", UNSET)
        start: datetime.datetime | Unset
        if isinstance(_start, Unset):
            start = UNSET
        else:
            start = datetime.datetime.fromisoformat(_start)

        return start

    @property
    def end(self) -> datetime.datetime | Unset:
        """The end date and time of the out of office period in ISO 8601 format in UTC timezone."""
        _end = self._data.get("end", UNSET)
        end: datetime.datetime | Unset
        if isinstance(_end, Unset):
            end = UNSET
        else:
            end = datetime.datetime.fromisoformat(_end)

        return end

    @property
    def notes(self) -> str | Unset:
        """Optional notes for the out of office entry."""
        return cast(str | Unset, self._data.get("notes", UNSET))

    @property
    def to_user_id(self) -> int | Unset:
        """The ID of the user covering for the out of office period, if applicable."""
        return cast(int | Unset, self._data.get("toUserId", UNSET))

    @property
    def reason(self) -> UpdateOutOfOfficeEntryDtoReason | Unset:
        """the reason for the out of office entry, if applicable"""
        _reason = self._data.get("reason", UNSET)
        reason: UpdateOutOfOfficeEntryDtoReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = UpdateOutOfOfficeEntryDtoReason(_reason)

        return reason
