# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_response_status import CalendarEventResponseStatus
from ..types import UNSET, Unset


class CalendarEventHost(ApiModel):
    """
    Attributes:
        email (str): Email address of the event host
        name (None | str | Unset): Display name of the event host
        response_status (CalendarEventResponseStatus | Unset): Response status of the attendee
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "name",
            "responseStatus",
        }
    )
    _required = frozenset(
        {
            "email",
        }
    )

    def __init__(
        self,
        *,
        email: str,
        name: None | str | Unset = UNSET,
        response_status: CalendarEventResponseStatus | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        if isinstance(name, Unset):
            _name = UNSET
        else:
            _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _response_status = UNSET
        if not isinstance(response_status, Unset):
            _response_status = CalendarEventResponseStatus(response_status).value

        if not isinstance(_response_status, Unset):
            data["responseStatus"] = _response_status
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        """Email address of the event host"""
        return cast(str, self._req("email"))

    @property
    def name(self) -> None | str | Unset:
        """Display name of the event host"""

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(self._data.get("name", UNSET))

        return name

    @property
    def response_status(self) -> CalendarEventResponseStatus | Unset:
        """Response status of the attendee"""
        _response_status = self._data.get("responseStatus", UNSET)
        response_status: CalendarEventResponseStatus | Unset
        if isinstance(_response_status, Unset):
            response_status = UNSET
        else:
            response_status = CalendarEventResponseStatus(_response_status)

        return response_status
