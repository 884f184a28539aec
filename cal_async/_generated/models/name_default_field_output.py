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


class NameDefaultFieldOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `name`. Used for having 1 booking field for both first name and last
    name. """
    is_default: bool = field("isDefault", BOOL, required=True)
    """ This property is always true because it's a default field """
    slug: str = field("slug", STR, required=True)
    required: bool = field("required", BOOL, required=True)
    label: str | Unset = field("label", STR, required=False)
    placeholder: str | Unset = field("placeholder", STR, required=False)
    disable_on_prefill: bool | Unset = field("disableOnPrefill", BOOL, required=False)
    """ Disable this booking field if the URL contains query parameter with key equal to the slug and
    prefill it with the provided value.      For example, if URL contains query parameter `&name=bob`,
    the name field will be prefilled with this value and disabled. In case of Booker atom need to pass
    'name' to defaultFormValues prop with the desired value e.g. `defaultFormValues={{name: 'bob'}}`.
    See guide https://cal.com/docs/platform/guides/booking-fields """

    def __init__(
        self,
        *,
        type_: str,
        is_default: bool,
        slug: str,
        required: bool,
        label: str | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        disable_on_prefill: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "isDefault": is_default,
                "slug": slug,
                "required": required,
                "label": label,
                "placeholder": placeholder,
                "disableOnPrefill": disable_on_prefill,
            }
        )


class NameDefaultFieldOutputDict(TypedDict, total=False):
    """``NameDefaultFieldOutput`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    isDefault: Required[bool]
    slug: Required[str]
    required: Required[bool]
    label: str
    placeholder: str
    disableOnPrefill: bool
