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

from .get_organization_attributes_output_status import GetOrganizationAttributesOutputStatus

if TYPE_CHECKING:
    from .attribute import Attribute, AttributeDict

    pass


class GetOrganizationAttributesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: GetOrganizationAttributesOutputStatus = field(
        "status", enum_of(GetOrganizationAttributesOutputStatus), required=True
    )
    data: list[Attribute] = field("data", list_of(model("attribute", "Attribute")), required=True)

    def __init__(
        self,
        *,
        status: GetOrganizationAttributesOutputStatus,
        data: list[Attribute],
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class GetOrganizationAttributesOutputDict(TypedDict, total=False):
    """``GetOrganizationAttributesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[GetOrganizationAttributesOutputStatus | Literal["error", "success"]]
    data: Required[Sequence[Attribute | AttributeDict]]
