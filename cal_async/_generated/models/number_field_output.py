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


class NumberFieldOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `number` """
    slug: str = field("slug", STR, required=True)
    """ Unique identifier for the field in format `some-slug`. It is used to access response to this booking
    field during the booking """
    label: str = field("label", STR, required=True)
    required: bool = field("required", BOOL, required=True)
    hidden: bool = field("hidden", BOOL, required=True)
    """ If true show under event type settings but don't show this booking field in the Booker. If false
    show in both. """
    is_default: bool = field("isDefault", BOOL, required=True)
    """ This property is always false because it's not default field but custom field """
    placeholder: str | Unset = field("placeholder", STR, required=False)
    disable_on_prefill: bool | Unset = field("disableOnPrefill", BOOL, required=False)
    """ Disable this booking field if the URL contains query parameter with key equal to the slug and
    prefill it with the provided value.      For example, if the slug is `calories` and the URL contains
    query parameter `&calories=3000`,      the number field will be prefilled with this value and
    disabled. In case of Booker atom need to pass slug you used for this booking field to
    defaultFormValues prop with the desired value  e.g. `defaultFormValues={{calories: 3000}}`. See
    guide https://cal.com/docs/platform/guides/booking-field """

    def __init__(
        self,
        *,
        type_: str,
        slug: str,
        label: str,
        required: bool,
        hidden: bool,
        is_default: bool,
        placeholder: str | Unset = UNSET,
        disable_on_prefill: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "slug": slug,
                "label": label,
                "required": required,
                "hidden": hidden,
                "isDefault": is_default,
                "placeholder": placeholder,
                "disableOnPrefill": disable_on_prefill,
            }
        )


class NumberFieldOutputDict(TypedDict, total=False):
    """``NumberFieldOutput`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    slug: Required[str]
    label: Required[str]
    required: Required[bool]
    hidden: Required[bool]
    isDefault: Required[bool]
    placeholder: str
    disableOnPrefill: bool
