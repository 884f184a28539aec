# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    BOOL,
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .email_default_field_output_required import EmailDefaultFieldOutputRequired

    pass


class EmailDefaultFieldOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    type_: str = field("type", STR, required=True)
    """ only allowed value for type is `email` """
    is_default: bool = field("isDefault", BOOL, required=True)
    """ This property is always true because it's a default field """
    slug: str = field("slug", STR, required=True)
    label: str | Unset = field("label", STR, required=False)
    required: EmailDefaultFieldOutputRequired | Unset = field(
        "required", model("email_default_field_output_required", "EmailDefaultFieldOutputRequired"), required=False
    )
    """ Can be set to false only for organization team event types and if you also pass booking field {type:
    "phone", slug: "attendeePhoneNumber", required: true, hidden: false, label: "whatever label"} of
    booking field type PhoneFieldInput_2024_06_14 - this is done
          to enable phone only bookings where during the booking attendee can provide only their phone
    number and not provide email, so you must pass to the email booking field {hidden: true, required:
    false}.
          If true show under event type settings but don't show this booking field in the Booker. If
    false show in both. """
    hidden: bool | Unset = field("hidden", BOOL, required=False)
    """ If true show under event type settings but don't show this booking field in the Booker. If false
    show in both. Can only be hidden
          for organization team event types when also providing attendee phone number booking field. """
    placeholder: str | Unset = field("placeholder", STR, required=False)
    disable_on_prefill: bool | Unset = field("disableOnPrefill", BOOL, required=False)
    """ Disable this booking field if the URL contains query parameter with key equal to the slug and
    prefill it with the provided value.      For example, if URL contains query parameter
    `&email=bob@gmail.com`,      the email field will be prefilled with this value and disabled. In case
    of Booker atom need to pass 'email' to defaultFormValues prop with the desired value e.g.
    `defaultFormValues={{email: 'bob@gmail.com'}}`. See guide
    https://cal.com/docs/platform/guides/booking-field """

    def __init__(
        self,
        *,
        type_: str,
        is_default: bool,
        slug: str,
        label: str | Unset = UNSET,
        required: EmailDefaultFieldOutputRequired | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        placeholder: str | Unset = UNSET,
        disable_on_prefill: bool | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "type": type_,
                "isDefault": is_default,
                "slug": slug,
                "label": label,
                "required": required,
                "hidden": hidden,
                "placeholder": placeholder,
                "disableOnPrefill": disable_on_prefill,
            }
        )


class EmailDefaultFieldOutputDict(TypedDict, total=False):
    """``EmailDefaultFieldOutput`` as a plain dict with the API's JSON names, for request bodies."""

    type: Required[str]
    isDefault: Required[bool]
    slug: Required[str]
    label: str
    required: EmailDefaultFieldOutputRequired | Mapping[str, Any]
    hidden: bool
    placeholder: str
    disableOnPrefill: bool
