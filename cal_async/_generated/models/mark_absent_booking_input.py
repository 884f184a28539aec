# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mark_absent_attendee import MarkAbsentAttendee


class MarkAbsentBookingInput(ApiModel):
    """
    Attributes:
        host (bool | Unset): Whether the host was absent Example: False.
        attendees (list[MarkAbsentAttendee] | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "host",
            "attendees",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        host: bool | Unset = UNSET,
        attendees: list[MarkAbsentAttendee] | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _host = host

        if not isinstance(_host, Unset):
            data["host"] = _host
        _attendees = UNSET
        if not isinstance(attendees, Unset):
            _attendees = []
            for attendees_item_data in attendees:
                attendees_item = as_json(attendees_item_data)
                _attendees.append(attendees_item)

        if not isinstance(_attendees, Unset):
            data["attendees"] = _attendees
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def host(self) -> bool | Unset:
        """Whether the host was absent"""
        return cast(bool | Unset, self._data.get("host", UNSET))

    @property
    def attendees(self) -> list[MarkAbsentAttendee] | Unset:
        from ..models.mark_absent_attendee import MarkAbsentAttendee  # noqa: PLC0415

        _attendees = self._data.get("attendees", UNSET)
        attendees: list[MarkAbsentAttendee] | Unset = UNSET
        if _attendees is not UNSET:
            attendees = []
            for attendees_item_data in _attendees:
                attendees_item = MarkAbsentAttendee.from_dict(attendees_item_data)

                attendees.append(attendees_item)

        return attendees
