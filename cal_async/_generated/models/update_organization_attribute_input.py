# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .update_organization_attribute_input_type import UpdateOrganizationAttributeInputType

if TYPE_CHECKING:
    pass


class UpdateOrganizationAttributeInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str | Unset = field("name", STR, required=False)
    slug: str | Unset = field("slug", STR, required=False)
    type_: UpdateOrganizationAttributeInputType | Unset = field(
        "type", enum_of(UpdateOrganizationAttributeInputType), required=False
    )
    enabled: bool | Unset = field("enabled", BOOL, required=False)

    def __init__(
        self,
        *,
        name: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        type_: UpdateOrganizationAttributeInputType | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "slug": slug,
                "type": type_,
                "enabled": enabled,
            }
        )


class UpdateOrganizationAttributeInputDict(TypedDict, total=False):
    """``UpdateOrganizationAttributeInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: str
    slug: str
    type: UpdateOrganizationAttributeInputType | Literal["MULTI_SELECT", "NUMBER", "SINGLE_SELECT", "TEXT"]
    enabled: bool
