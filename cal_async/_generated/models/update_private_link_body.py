# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

import datetime
from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class UpdatePrivateLinkBody(ApiModel):
    """
    Attributes:
        expires_at (datetime.datetime | Unset): New expiration date for time-based links Example:
            2024-12-31T23:59:59.000Z.
        max_usage_count (int | Unset): New maximum number of times the link can be used Example: 10.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "expiresAt",
            "maxUsageCount",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        expires_at: datetime.datetime | Unset = UNSET,
        max_usage_count: int | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _expires_at = UNSET
        if not isinstance(expires_at, Unset):
            _expires_at = expires_at if isinstance(expires_at, str) else expires_at.isoformat()

        if not isinstance(_expires_at, Unset):
            data["expiresAt"] = _expires_at
        _max_usage_count = max_usage_count

        if not isinstance(_max_usage_count, Unset):
            data["maxUsageCount"] = _max_usage_count
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def expires_at(self) -> datetime.datetime | Unset:
        """New expiration date for time-based links"""
        _expires_at = self._data.get("expiresAt", UNSET)
        expires_at: datetime.datetime | Unset
        if isinstance(_expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = datetime.datetime.fromisoformat(_expires_at)

        return expires_at

    @property
    def max_usage_count(self) -> int | Unset:
        """New maximum number of times the link can be used"""
        return cast(int | Unset, self._data.get("maxUsageCount", UNSET))
