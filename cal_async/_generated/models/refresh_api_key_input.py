# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    BOOL,
    FLOAT,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class RefreshApiKeyInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    api_key_days_valid: float | Unset = field("apiKeyDaysValid", FLOAT, required=False)
    """ For how many days is managed organization api key valid. Defaults to 30 days. """
    api_key_never_expires: bool | Unset = field("apiKeyNeverExpires", BOOL, required=False)
    """ If true, organization api key never expires. """

    def __init__(
        self,
        *,
        api_key_days_valid: float | Unset = UNSET,
        api_key_never_expires: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "apiKeyDaysValid": api_key_days_valid,
                "apiKeyNeverExpires": api_key_never_expires,
            }
        )


class RefreshApiKeyInputDict(TypedDict, total=False):
    """``RefreshApiKeyInput`` as a plain dict with the API's JSON names, for request bodies."""

    apiKeyDaysValid: float
    apiKeyNeverExpires: bool
