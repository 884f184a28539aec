# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class RefreshApiKeyInput(ApiModel):
    """
    Attributes:
        api_key_days_valid (float | Unset): For how many days is managed organization api key valid. Defaults to 30
            days. Default: 30.0. Example: 60.
        api_key_never_expires (bool | Unset): If true, organization api key never expires. Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "apiKeyDaysValid",
            "apiKeyNeverExpires",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        api_key_days_valid: float | Unset = UNSET,
        api_key_never_expires: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _api_key_days_valid = api_key_days_valid

        if not isinstance(_api_key_days_valid, Unset):
            data["apiKeyDaysValid"] = _api_key_days_valid
        _api_key_never_expires = api_key_never_expires

        if not isinstance(_api_key_never_expires, Unset):
            data["apiKeyNeverExpires"] = _api_key_never_expires
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def api_key_days_valid(self) -> float | Unset:
        """For how many days is managed organization api key valid. Defaults to 30 days."""
        return cast(float | Unset, self._data.get("apiKeyDaysValid", UNSET))

    @property
    def api_key_never_expires(self) -> bool | Unset:
        """If true, organization api key never expires."""
        return cast(bool | Unset, self._data.get("apiKeyNeverExpires", UNSET))
