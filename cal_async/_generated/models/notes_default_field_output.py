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


class NotesDefaultFieldOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    slug: str = field("slug", STR, required=True)
    """ only allowed value for type is `notes` """
    is_default: bool = field("isDefault", BOOL, required=True)
    """ This property is always true because it's a default field """
    type_: str = field("type", STR, required=True)
    required: bool | Unset = field("required", BOOL, required=False)
    hidden: bool | Unset = field("hidden", BOOL, required=False)
    """ If true show under event type settings but don't show this booking field in the Booker. If false
    show in both. """
    label: str | Unset = field("label", STR, required=False)
    placeholder: str | Unset = field("placeholder", STR, required=False)
    disable_on_prefill: bool | Unset = field("disableOnPrefill", BOOL, required=False)
    """ Disable this booking field if the URL contains query parameter with key equal to the slug and
    prefill it with the provided value.      For example, if URL contains query parameter
    `&notes=hello`,      the notes field will be prefilled with this value and disabled. """

    def __init__(
        self,
        *,
        slug: str,
        is_default: bool,
        type_: str,
        required: bool | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        label: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        disable_on_prefill: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "slug": slug,
                "isDefault": is_default,
                "type": type_,
                "required": required,
                "hidden": hidden,
                "label": label,
                "placeholder": placeholder,
                "disableOnPrefill": disable_on_prefill,
            }
        )


class NotesDefaultFieldOutputDict(TypedDict, total=False):
    """``NotesDefaultFieldOutput`` as a plain dict with the API's JSON names, for request bodies."""

    slug: Required[str]
    isDefault: Required[bool]
    type: Required[str]
    required: bool
    hidden: bool
    label: str
    placeholder: str
    disableOnPrefill: bool
