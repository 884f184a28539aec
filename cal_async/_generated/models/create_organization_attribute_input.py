# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    enum_of,
    field,
    list_of,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .create_organization_attribute_input_type import CreateOrganizationAttributeInputType

if TYPE_CHECKING:
    from .create_organization_attribute_option_input import (
        CreateOrganizationAttributeOptionInput,
        CreateOrganizationAttributeOptionInputDict,
    )

    pass


class CreateOrganizationAttributeInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    name: str = field("name", STR, required=True)
    slug: str = field("slug", STR, required=True)
    type_: CreateOrganizationAttributeInputType = field(
        "type", enum_of(CreateOrganizationAttributeInputType), required=True
    )
    options: list[CreateOrganizationAttributeOptionInput] = field(
        "options",
        list_of(model("create_organization_attribute_option_input", "CreateOrganizationAttributeOptionInput")),
        required=True,
    )
    enabled: bool | Unset = field("enabled", BOOL, required=False)

    def __init__(
        self,
        *,
        name: str,
        slug: str,
        type_: CreateOrganizationAttributeInputType,
        options: list[CreateOrganizationAttributeOptionInput],
        enabled: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "name": name,
                "slug": slug,
                "type": type_,
                "options": options,
                "enabled": enabled,
            }
        )


class CreateOrganizationAttributeInputDict(TypedDict, total=False):
    """``CreateOrganizationAttributeInput`` as a plain dict with the API's JSON names, for request bodies."""

    name: Required[str]
    slug: Required[str]
    type: Required[CreateOrganizationAttributeInputType | Literal["MULTI_SELECT", "NUMBER", "SINGLE_SELECT", "TEXT"]]
    options: Required[Sequence[CreateOrganizationAttributeOptionInput | CreateOrganizationAttributeOptionInputDict]]
    enabled: bool
