# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_out_of_office_entry_dto_reason import CreateOutOfOfficeEntryDtoReason
from ..types import UNSET, Unset


class CreateOutOfOfficeEntryDto(ApiModel):
    """
    Attributes:
        start (datetime.datetime): The start date and time of the out of office period in ISO 8601 format in UTC
            timezone. Example: 2023-05-01T00:00:00.000Z.
        end (datetime.datetime): The end date and time of the out of office period in ISO 8601 format in UTC timezone.
            Example: 2023-05-10T23:59:59.999Z.
        notes (str | Unset): Optional notes for the out of office entry. Example: Vacation in Hawaii.
        to_user_id (int | Unset): The ID of the user covering for the out of office period, if applicable. Example: 2.
        reason (CreateOutOfOfficeEntryDtoReason | Unset): the reason for the out of office entry, if applicable Example:
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
    _required = frozenset(
        {
            "start",
            "end",
        }
    )

    def __init__(
        self,
        *,
        start: datetime.datetime,
        end: datetime.datetime,
        notes: str | Unset = UNSET,
        to_user_id: int | Unset = UNSET,
        reason: CreateOutOfOfficeEntryDtoReason | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["start"] = start if isinstance(start, str) else start.isoformat()

        data["end"] = end if isinstance(end, str) else end.isoformat()

        _notes = notes

        if not isinstance(_notes, Unset):
            data["notes"] = _notes
        _to_user_id = to_user_id

        if not isinstance(_to_user_id, Unset):
            data["toUserId"] = _to_user_id
        _reason = UNSET
        if not isinstance(reason, Unset):
            _reason = CreateOutOfOfficeEntryDtoReason(reason).value

        if not isinstance(_reason, Unset):
            data["reason"] = _reason
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def start(self) -> datetime.datetime:
        """The start date and time of the out of office period in ISO 8601 format in UTC timezone."""
        start = datetime.datetime.fromisoformat(self._req("start"))

        return start

    @property
    def end(self) -> datetime.datetime:
        """The end date and time of the out of office period in ISO 8601 format in UTC timezone."""
        end = datetime.datetime.fromisoformat(self._req("end"))

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
    def reason(self) -> CreateOutOfOfficeEntryDtoReason | Unset:
        """the reason for the out of office entry, if applicable"""
        _reason = self._data.get("reason", UNSET)
        reason: CreateOutOfOfficeEntryDtoReason | Unset
        if isinstance(_reason, Unset):
            reason = UNSET
        else:
            reason = CreateOutOfOfficeEntryDtoReason(_reason)

        return reason
