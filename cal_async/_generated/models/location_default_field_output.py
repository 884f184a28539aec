# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class LocationDefaultFieldOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    is_default: bool = field("isDefault", BOOL, required=True)
    """ This property is always true because it's a default field """
    slug: str = field("slug", STR, required=True)
    """ This booking field is returned only if the event type has more than one location. The purpose of
    this field is to allow the user to select the location where the event will take place. """
    type_: str = field("type", STR, required=True)
    required: bool = field("required", BOOL, required=True)
    hidden: bool = field("hidden", BOOL, required=True)
    """ If true show under event type settings but don't show this booking field in the Booker. If false
    show in both. """
    label: str | Unset = field("label", STR, required=False)

    def __init__(
        self,
        *,
        is_default: bool,
        slug: str,
        type_: str,
        required: bool,
        hidden: bool,
        label: str | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "isDefault": is_default,
                "slug": slug,
                "type": type_,
                "required": required,
                "hidden": hidden,
                "label": label,
            }
        )


class LocationDefaultFieldOutputDict(TypedDict, total=False):
    """``LocationDefaultFieldOutput`` as a plain dict with the API's JSON names, for request bodies."""

    isDefault: Required[bool]
    slug: Required[str]
    type: Required[str]
    required: Required[bool]
    hidden: Required[bool]
    label: str
