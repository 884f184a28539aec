# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
)
from cal_async._models import ApiModel

from .request_email_verification_output_status import RequestEmailVerificationOutputStatus

if TYPE_CHECKING:
    pass


class RequestEmailVerificationOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: RequestEmailVerificationOutputStatus = field(
        "status", enum_of(RequestEmailVerificationOutputStatus), required=True
    )

    def __init__(
        self,
        *,
        status: RequestEmailVerificationOutputStatus,
    ) -> None:
        self._set(
            {
                "status": status,
            }
        )


class RequestEmailVerificationOutputDict(TypedDict, total=False):
    """``RequestEmailVerificationOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[RequestEmailVerificationOutputStatus | Literal["error", "success"]]
