# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class TimeBasedPrivateLinkOutput(ApiModel):
    """
    Attributes:
        link_id (str): The private link ID Example: abc123def456.
        event_type_id (int): Event type ID this link belongs to Example: 123.
        is_expired (bool): Whether the link is currently expired Example: False.
        booking_url (str): Full booking URL for this private link Example: https://cal.com/d/abc123def456/30min.
        expires_at (datetime.datetime): Expiration date for this time-based link Example: 2025-12-31T23:59:59.000Z.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "linkId",
            "eventTypeId",
            "isExpired",
            "bookingUrl",
            "expiresAt",
        }
    )
    _required = frozenset(
        {
            "linkId",
            "eventTypeId",
            "isExpired",
            "bookingUrl",
            "expiresAt",
        }
    )

    def __init__(
        self,
        *,
        link_id: str,
        event_type_id: int,
        is_expired: bool,
        booking_url: str,
        expires_at: datetime.datetime,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["linkId"] = link_id

        data["eventTypeId"] = event_type_id

        data["isExpired"] = is_expired

        data["bookingUrl"] = booking_url

        data["expiresAt"] = expires_at if isinstance(expires_at, str) else expires_at.isoformat()

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def link_id(self) -> str:
        """The private link ID"""
        return cast(str, self._req("linkId"))

    @property
    def event_type_id(self) -> int:
        """Event type ID this link belongs to"""
        return cast(int, self._req("eventTypeId"))

    @property
    def is_expired(self) -> bool:
        """Whether the link is currently expired"""
        return cast(bool, self._req("isExpired"))

    @property
    def booking_url(self) -> str:
        """Full booking URL for this private link"""
        return cast(str, self._req("bookingUrl"))

    @property
    def expires_at(self) -> datetime.datetime:
        """Expiration date for this time-based link"""
        expires_at = datetime.datetime.fromisoformat(self._req("expiresAt"))

        return expires_at
