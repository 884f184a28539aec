# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_default_field_output_required import EmailDefaultFieldOutputRequired


class EmailDefaultFieldOutput(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `email` Default: 'email'. Example: email.
        label (str):
        placeholder (str):
        is_default (bool): This property is always true because it's a default field Default: True. Example: True.
        slug (str):  Default: 'email'.
        required (EmailDefaultFieldOutputRequired | Unset): Can be set to false only for organization team event types
            and if you also pass booking field {type: "phone", slug: "attendeePhoneNumber", required: true, hidden: false,
            label: "whatever label"} of booking field type PhoneFieldInput_2024_06_14 - this is done
                  to enable phone only bookings where during the booking attendee can provide only their phone number and
            not provide email, so you must pass to the email booking field {hidden: true, required: false}.
                  If true show under event type settings but don't show this booking field in the Booker. If false show in
            both.
        hidden (bool | Unset): If true show under event type settings but don't show this booking field in the Booker.
            If false show in both. Can only be hidden
                  for organization team event types when also providing attendee phone number booking field.
        disable_on_prefill (bool | Unset): Disable this booking field if the URL contains query parameter with key equal
            to the slug and prefill it with the provided value.      For example, if URL contains query parameter
            `&email=bob@gmail.com`,      the email field will be prefilled with this value and disabled. In case of Booker
            atom need to pass 'email' to defaultFormValues prop with the desired value e.g. `defaultFormValues={{email:
            'bob@gmail.com'}}`. See guide https://cal.com/docs/platform/guides/booking-field
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "label",
            "placeholder",
            "isDefault",
            "slug",
            "required",
            "hidden",
            "disableOnPrefill",
        }
    )
    _required = frozenset(
        {
            "type",
            "label",
            "placeholder",
            "isDefault",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        label: str,
        placeholder: str,
        is_default: bool,
        slug: str,
        required: EmailDefaultFieldOutputRequired | Unset = UNSET,
        hidden: bool | Unset = UNSET,
        disable_on_prefill: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["label"] = label

        data["placeholder"] = placeholder

        data["isDefault"] = is_default

        data["slug"] = slug

        _required = UNSET
        if not isinstance(required, Unset):
            _required = as_json(required)

        if not isinstance(_required, Unset):
            data["required"] = _required
        _hidden = hidden

        if not isinstance(_hidden, Unset):
            data["hidden"] = _hidden
        _disable_on_prefill = disable_on_prefill

        if not isinstance(_disable_on_prefill, Unset):
            data["disableOnPrefill"] = _disable_on_prefill
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `email`"""
        return cast(str, self._req("type"))

    @property
    def label(self) -> str:
        return cast(str, self._req("label"))

    @property
    def placeholder(self) -> str:
        return cast(str, self._req("placeholder"))

    @property
    def is_default(self) -> bool:
        """This property is always true because it's a default field"""
        return cast(bool, self._req("isDefault"))

    @property
    def slug(self) -> str:
        return cast(str, self._req("slug"))

    @property
    def required(self) -> EmailDefaultFieldOutputRequired | Unset:
        """Can be set to false only for organization team event types and if you also pass booking field {type:
        "phone", slug: "attendeePhoneNumber", required: true, hidden: false, label: "whatever label"} of
        booking field type PhoneFieldInput_2024_06_14 - this is done
              to enable phone only bookings where during the booking attendee can provide only their phone
        number and not provide email, so you must pass to the email booking field {hidden: true, required:
        false}.
              If true show under event type settings but don't show this booking field in the Booker. If
        false show in both."""
        from ..models.email_default_field_output_required import EmailDefaultFieldOutputRequired  # noqa: PLC0415

        _required = self._data.get("required", UNSET)
        required: EmailDefaultFieldOutputRequired | Unset
        if isinstance(_required, Unset):
            required = UNSET
        else:
            required = EmailDefaultFieldOutputRequired.from_dict(_required)

        return required

    @property
    def hidden(self) -> bool | Unset:
        """If true show under event type settings but don't show this booking field in the Booker. If false
        show in both. Can only be hidden
              for organization team event types when also providing attendee phone number booking field."""
        return cast(bool | Unset, self._data.get("hidden", UNSET))

    @property
    def disable_on_prefill(self) -> bool | Unset:
        """Disable this booking field if the URL contains query parameter with key equal to the slug and
        prefill it with the provided value.      For example, if URL contains query parameter
        `&email=bob@gmail.com`,      the email field will be prefilled with this value and disabled. In case
        of Booker atom need to pass 'email' to defaultFormValues prop with the desired value e.g.
        `defaultFormValues={{email: 'bob@gmail.com'}}`. See guide
        https://cal.com/docs/platform/guides/booking-field"""
        return cast(bool | Unset, self._data.get("disableOnPrefill", UNSET))
