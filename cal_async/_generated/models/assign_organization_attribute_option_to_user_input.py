# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class AssignOrganizationAttributeOptionToUserInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    attribute_id: str = field("attributeId", STR, required=True)
    value: str | Unset = field("value", STR, required=False)
    attribute_option_id: str | Unset = field("attributeOptionId", STR, required=False)

    def __init__(
        self,
        *,
        attribute_id: str,
        value: str | Unset = UNSET,
        attribute_option_id: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "attributeId": attribute_id,
                "value": value,
                "attributeOptionId": attribute_option_id,
            }
        )


class AssignOrganizationAttributeOptionToUserInputDict(TypedDict, total=False):
    """``AssignOrganizationAttributeOptionToUserInput`` as a plain dict with the API's JSON names, for request bodies."""

    attributeId: Required[str]
    value: str
    attributeOptionId: str
