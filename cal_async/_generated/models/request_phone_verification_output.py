# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .request_phone_verification_output_status import RequestPhoneVerificationOutputStatus

if TYPE_CHECKING:
    pass


class RequestPhoneVerificationOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: RequestPhoneVerificationOutputStatus = field(
        "status", enum_of(RequestPhoneVerificationOutputStatus), required=True
    )

    def __init__(
        self,
        *,
        status: RequestPhoneVerificationOutputStatus,
    ) -> None:
        self._set(
            {
                "status": status,
            }
        )


class RequestPhoneVerificationOutputDict(TypedDict, total=False):
    """``RequestPhoneVerificationOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[RequestPhoneVerificationOutputStatus | Literal["error", "success"]]
