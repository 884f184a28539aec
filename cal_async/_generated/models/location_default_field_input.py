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


class LocationDefaultFieldInput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    slug: str = field("slug", STR, required=True)
    """ only allowed value for type is `location`. This booking field is displayed only when event type has
    2 or more locations in order to allow person doing the booking pick the location. """
    label: str | Unset = field("label", STR, required=False)

    def __init__(
        self,
        *,
        slug: str,
        label: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "slug": slug,
                "label": label,
            }
        )


class LocationDefaultFieldInputDict(TypedDict, total=False):
    """``LocationDefaultFieldInput`` as a plain dict with the API's JSON names, for request bodies."""

    slug: Required[str]
    label: str
