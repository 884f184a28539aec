# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .delete_attribute_option_output_status import DeleteAttributeOptionOutputStatus

if TYPE_CHECKING:
    from .option_output import OptionOutput, OptionOutputDict

    pass


class DeleteAttributeOptionOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: DeleteAttributeOptionOutputStatus = field(
        "status", enum_of(DeleteAttributeOptionOutputStatus), required=True
    )
    data: OptionOutput = field("data", model("option_output", "OptionOutput"), required=True)

    def __init__(
        self,
        *,
        status: DeleteAttributeOptionOutputStatus,
        data: OptionOutput,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class DeleteAttributeOptionOutputDict(TypedDict, total=False):
    """``DeleteAttributeOptionOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[DeleteAttributeOptionOutputStatus | Literal["error", "success"]]
    data: Required[OptionOutput | OptionOutputDict]
