# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    DATETIME,
    INT,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class UpdatePrivateLinkBody(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    expires_at: datetime.datetime | Unset = field("expiresAt", DATETIME, required=False)
    """ New expiration date for time-based links """
    max_usage_count: int | Unset = field("maxUsageCount", INT, required=False)
    """ New maximum number of times the link can be used """

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | Unset = UNSET,
        max_usage_count: int | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "expiresAt": expires_at,
                "maxUsageCount": max_usage_count,
            }
        )


class UpdatePrivateLinkBodyDict(TypedDict, total=False):
    """``UpdatePrivateLinkBody`` as a plain dict with the API's JSON names, for request bodies."""

    expiresAt: datetime.datetime
    maxUsageCount: int
