# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel

from .get_all_attribute_option_output_status import GetAllAttributeOptionOutputStatus

if TYPE_CHECKING:
    from .option_output import OptionOutput, OptionOutputDict

    pass


class GetAllAttributeOptionOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetAllAttributeOptionOutputStatus = field(
        "status", enum_of(GetAllAttributeOptionOutputStatus), required=True
    )
    data: list[OptionOutput] = field("data", list_of(model("option_output", "OptionOutput")), required=True)

    def __init__(
        self,
        *,
        status: GetAllAttributeOptionOutputStatus,
        data: list[OptionOutput],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetAllAttributeOptionOutputDict(TypedDict, total=False):
    """``GetAllAttributeOptionOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetAllAttributeOptionOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[OptionOutput | OptionOutputDict]]
