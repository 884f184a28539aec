# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    enum_of,
    field,
    model,
)
from cal_async._models import ApiModel

from .update_organization_attributes_output_status import UpdateOrganizationAttributesOutputStatus

if TYPE_CHECKING:
    from .attribute import Attribute, AttributeDict

    pass


class UpdateOrganizationAttributesOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    status: UpdateOrganizationAttributesOutputStatus = field(
        "status", enum_of(UpdateOrganizationAttributesOutputStatus), required=True
    )
    data: Attribute = field("data", model("attribute", "Attribute"), required=True)

    def __init__(
        self,
        *,
        status: UpdateOrganizationAttributesOutputStatus,
        data: Attribute,
    ) -> None:
        self._set(
            {
                "status": status,
                "data": data,
            }
        )


class UpdateOrganizationAttributesOutputDict(TypedDict, total=False):
    """``UpdateOrganizationAttributesOutput`` as a plain dict with the API's JSON names, for request bodies."""

    status: Required[UpdateOrganizationAttributesOutputStatus | Literal["error", "success"]]
    data: Required[Attribute | AttributeDict]
