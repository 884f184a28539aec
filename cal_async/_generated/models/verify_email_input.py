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


class VerifyEmailInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    """ Email to verify. """
    code: str = field("code", STR, required=True)
    """ verification code sent to the email to verify """

    def __init__(
        self,
        *,
        email: str,
        code: str,
    ) -> None:
        self._set(
            {
                "email": email,
                "code": code,
            }
        )


class VerifyEmailInputDict(TypedDict, total=False):
    """``VerifyEmailInput`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    code: Required[str]
