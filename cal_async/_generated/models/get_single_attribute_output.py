# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
    nullable,
)
from cal_async._models import ApiModel

from .get_single_attribute_output_status import GetSingleAttributeOutputStatus

if TYPE_CHECKING:
    from .attribute import Attribute, AttributeDict

    pass


class GetSingleAttributeOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetSingleAttributeOutputStatus = field("status", enum_of(GetSingleAttributeOutputStatus), required=True)
    data: Attribute | None = field("data", nullable(model("attribute", "Attribute")), required=True)

    def __init__(
        self,
        *,
        status: GetSingleAttributeOutputStatus,
        data: Attribute | None,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetSingleAttributeOutputDict(TypedDict, total=False):
    """``GetSingleAttributeOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetSingleAttributeOutputStatus | Literal["error", "success"]]
    data: Required[Attribute | AttributeDict | None]
