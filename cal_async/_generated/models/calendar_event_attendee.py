# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.calendar_event_response_status import CalendarEventResponseStatus
from ..types import UNSET, Unset


class CalendarEventAttendee(ApiModel):
    """
    Attributes:
        email (str): Email address of the attendee
        name (str | Unset): Display name of the attendee
        response_status (CalendarEventResponseStatus | Unset): Response status of the attendee
        self_ (bool | None | Unset): Indicates if this attendee is the current user
        optional (bool | None | Unset): Indicates if this attendee's attendance is optional
        host (bool | None | Unset): Indicates if this attendee is the host
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "email",
            "name",
            "responseStatus",
            "self",
            "optional",
            "host",
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
        name: str | Unset = UNSET,
        response_status: CalendarEventResponseStatus | Unset = UNSET,
        self_: bool | None | Unset = UNSET,
        optional: bool | None | Unset = UNSET,
        host: bool | None | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["email"] = email

        _name = name

        if not isinstance(_name, Unset):
            data["name"] = _name
        _response_status = UNSET
        if not isinstance(response_status, Unset):
            _response_status = CalendarEventResponseStatus(response_status).value

        if not isinstance(_response_status, Unset):
            data["responseStatus"] = _response_status

        if isinstance(self_, Unset):
            _self_ = UNSET
        else:
            _self_ = self_

        if not isinstance(_self_, Unset):
            data["self"] = _self_

        if isinstance(optional, Unset):
            _optional = UNSET
        else:
            _optional = optional

        if not isinstance(_optional, Unset):
            data["optional"] = _optional

        if isinstance(host, Unset):
            _host = UNSET
        else:
            _host = host

        if not isinstance(_host, Unset):
            data["host"] = _host
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def email(self) -> str:
        """Email address of the attendee"""
        return cast(str, self._req("email"))

    @property
    def name(self) -> str | Unset:
        """Display name of the attendee"""
        return cast(str | Unset, self._data.get("name", UNSET))

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

    @property
    def self_(self) -> bool | None | Unset:
        """Indicates if this attendee is the current user"""

        def _parse_self_(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        self_ = _parse_self_(self._data.get("self", UNSET))

        return self_

    @property
    def optional(self) -> bool | None | Unset:
        """Indicates if this attendee's attendance is optional"""

        def _parse_optional(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        optional = _parse_optional(self._data.get("optional", UNSET))

        return optional

    @property
    def host(self) -> bool | None | Unset:
        """Indicates if this attendee is the host"""

        def _parse_host(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        host = _parse_host(self._data.get("host", UNSET))

        return host
