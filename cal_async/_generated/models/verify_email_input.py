# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class VerifyEmailInput(ApiModel):
    """Fields are decoded, checked and cached when first read; fields the API document does not declare
    stay readable with ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()
    _fields: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "code",
        }
    )
    _required: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "code",
        }
    )

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
