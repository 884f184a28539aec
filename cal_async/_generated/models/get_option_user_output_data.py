# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class GetOptionUserOutputData(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    """ The ID of the option assigned to the user """
    attribute_id: str = field("attributeId", STR, required=True)
    """ The ID of the attribute """
    value: str = field("value", STR, required=True)
    """ The value of the option """
    slug: str = field("slug", STR, required=True)
    """ The slug of the option """

    def __init__(
        self,
        *,
        id: str,
        attribute_id: str,
        value: str,
        slug: str,
    ) -> None:
        self._set(
            {
                "id": id,
                "attributeId": attribute_id,
                "value": value,
                "slug": slug,
            }
        )


class GetOptionUserOutputDataDict(TypedDict, total=False):
    """``GetOptionUserOutputData`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    attributeId: Required[str]
    value: Required[str]
    slug: Required[str]
