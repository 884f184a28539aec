# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .create_phone_call_output_status import CreatePhoneCallOutputStatus

if TYPE_CHECKING:
    from .data import Data, DataDict

    pass


class CreatePhoneCallOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: CreatePhoneCallOutputStatus = field("status", enum_of(CreatePhoneCallOutputStatus), required=True)
    data: Data = field("data", model("data", "Data"), required=True)

    def __init__(
        self,
        *,
        status: CreatePhoneCallOutputStatus,
        data: Data,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class CreatePhoneCallOutputDict(TypedDict, total=False):
    """``CreatePhoneCallOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[CreatePhoneCallOutputStatus | Literal["error", "success"]]
    data: Required[Data | DataDict]
