# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class UsageBasedPrivateLinkOutput(ApiModel):
    """
    Attributes:
        link_id (str): The private link ID Example: abc123def456.
        event_type_id (int): Event type ID this link belongs to Example: 123.
        is_expired (bool): Whether the link is currently expired Example: False.
        booking_url (str): Full booking URL for this private link Example: https://cal.com/d/abc123def456/30min.
        max_usage_count (int): Maximum number of times this link can be used Example: 10.
        usage_count (int): Current usage count for this link Example: 3.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "linkId",
            "eventTypeId",
            "isExpired",
            "bookingUrl",
            "maxUsageCount",
            "usageCount",
        }
    )
    _required = frozenset(
        {
            "linkId",
            "eventTypeId",
            "isExpired",
            "bookingUrl",
            "maxUsageCount",
            "usageCount",
        }
    )

    def __init__(
        self,
        *,
        link_id: str,
        event_type_id: int,
        is_expired: bool,
        booking_url: str,
        max_usage_count: int,
        usage_count: int,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["linkId"] = link_id

        data["eventTypeId"] = event_type_id

        data["isExpired"] = is_expired

        data["bookingUrl"] = booking_url

        data["maxUsageCount"] = max_usage_count

        data["usageCount"] = usage_count

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
    def max_usage_count(self) -> int:
        """Maximum number of times this link can be used"""
        return cast(int, self._req("maxUsageCount"))

    @property
    def usage_count(self) -> int:
        """Current usage count for this link"""
        return cast(int, self._req("usageCount"))
