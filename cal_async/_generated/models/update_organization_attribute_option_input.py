# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class UpdateOrganizationAttributeOptionInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    value: str | Unset = field("value", STR, required=False)
    slug: str | Unset = field("slug", STR, required=False)

    def __init__(
        self,
        *,
        value: str | Unset = UNSET,
        slug: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "value": value,
                "slug": slug,
            }
        )


class UpdateOrganizationAttributeOptionInputDict(TypedDict, total=False):
    """``UpdateOrganizationAttributeOptionInput`` as a plain dict with the API's JSON names, for request bodies."""

    value: str
    slug: str
