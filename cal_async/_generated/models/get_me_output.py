# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .get_me_output_status import GetMeOutputStatus

if TYPE_CHECKING:
    from .me_output import MeOutput, MeOutputDict

    pass


class GetMeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetMeOutputStatus = field("status", enum_of(GetMeOutputStatus), required=True)
    data: MeOutput = field("data", model("me_output", "MeOutput"), required=True)

    def __init__(
        self,
        *,
        status: GetMeOutputStatus,
        data: MeOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetMeOutputDict(TypedDict, total=False):
    """``GetMeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetMeOutputStatus | Literal["error", "success"]]
    data: Required[MeOutput | MeOutputDict]
