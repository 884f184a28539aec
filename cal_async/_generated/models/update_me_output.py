# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .update_me_output_status import UpdateMeOutputStatus

if TYPE_CHECKING:
    from .me_output import MeOutput, MeOutputDict

    pass


class UpdateMeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateMeOutputStatus = field("status", enum_of(UpdateMeOutputStatus), required=True)
    data: MeOutput = field("data", model("me_output", "MeOutput"), required=True)

    def __init__(
        self,
        *,
        status: UpdateMeOutputStatus,
        data: MeOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateMeOutputDict(TypedDict, total=False):
    """``UpdateMeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateMeOutputStatus | Literal["error", "success"]]
    data: Required[MeOutput | MeOutputDict]
