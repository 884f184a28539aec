# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class UsageBasedPrivateLinkOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    link_id: str = field("linkId", STR, required=True)
    """ The private link ID """
    event_type_id: int = field("eventTypeId", INT, required=True)
    """ Event type ID this link belongs to """
    is_expired: bool = field("isExpired", BOOL, required=True)
    """ Whether the link is currently expired """
    booking_url: str = field("bookingUrl", STR, required=True)
    """ Full booking URL for this private link """
    max_usage_count: int = field("maxUsageCount", INT, required=True)
    """ Maximum number of times this link can be used """
    usage_count: int = field("usageCount", INT, required=True)
    """ Current usage count for this link """

    def __init__(
        self,
        *,
        link_id: str,
        event_type_id: int,
        is_expired: bool,
        booking_url: str,
        max_usage_count: int,
        usage_count: int,
    ) -> None:
        self._set(
            {
                "linkId": link_id,
                "eventTypeId": event_type_id,
                "isExpired": is_expired,
                "bookingUrl": booking_url,
                "maxUsageCount": max_usage_count,
                "usageCount": usage_count,
            }
        )


class UsageBasedPrivateLinkOutputDict(TypedDict, total=False):
    """``UsageBasedPrivateLinkOutput`` as a plain dict with the API's JSON names, for request bodies."""

    linkId: Required[str]
    eventTypeId: Required[int]
    isExpired: Required[bool]
    bookingUrl: Required[str]
    maxUsageCount: Required[int]
    usageCount: Required[int]
