# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class RequestPhoneVerificationInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    phone: str = field("phone", STR, required=True)
    """ Phone number to verify. """

    def __init__(
        self,
        *,
        phone: str,
    ) -> None:
        self._set(
            {
                "phone": phone,
            }
        )


class RequestPhoneVerificationInputDict(TypedDict, total=False):
    """``RequestPhoneVerificationInput`` as a plain dict with the API's JSON names, for request bodies."""

    phone: Required[str]
