# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class SelectFieldOutput(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `select` Example: select.
        slug (str): Unique identifier for the field in format `some-slug`. It is used to access response to this booking
            field during the booking Example: some-slug.
        label (str):  Example: Please select an option.
        required (bool):
        placeholder (str):  Example: Select....
        options (list[str]):  Example: ['Option 1', 'Option 2'].
        hidden (bool): If true show under event type settings but don't show this booking field in the Booker. If false
            show in both.
        is_default (bool): This property is always false because it's not default field but custom field Default: False.
            Example: False.
        disable_on_prefill (bool | Unset): Disable this booking field if the URL contains query parameter with key equal
            to the slug and prefill it with the provided value.      For example, if the slug is `language` and options of
            this select field are ['english', 'italian'] and the URL contains query parameter `&language=italian`,      the
            'italian' will be selected and the select field will be disabled. In case of Booker atom need to pass slug you
            used for this booking field to defaultFormValues prop with the desired value  e.g.
            `defaultFormValues={{language: 'italian'}}`. See guide https://cal.com/docs/platform/guides/booking-field
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "type",
            "slug",
            "label",
            "required",
            "placeholder",
            "options",
            "hidden",
            "isDefault",
            "disableOnPrefill",
        }
    )
    _required = frozenset(
        {
            "type",
            "slug",
            "label",
            "required",
            "placeholder",
            "options",
            "hidden",
            "isDefault",
        }
    )

    def __init__(
        self,
        *,
        type_: str,
        slug: str,
        label: str,
        required: bool,
        placeholder: str,
        options: list[str],
        hidden: bool,
        is_default: bool,
        disable_on_prefill: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["slug"] = slug

        data["label"] = label

        data["required"] = required

        data["placeholder"] = placeholder

        data["options"] = options

        data["hidden"] = hidden

        data["isDefault"] = is_default

        _disable_on_prefill = disable_on_prefill

        if not isinstance(_disable_on_prefill, Unset):
            data["disableOnPrefill"] = _disable_on_prefill
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `select`"""
        return cast(str, self._req("type"))

    @property
    def slug(self) -> str:
        """Unique identifier for the field in format `some-slug`. It is used to access response to this booking
        field during the booking"""
        return cast(str, self._req("slug"))

    @property
    def label(self) -> str:
        return cast(str, self._req("label"))

    @property
    def required(self) -> bool:
        return cast(bool, self._req("required"))

    @property
    def placeholder(self) -> str:
        return cast(str, self._req("placeholder"))

    @property
    def options(self) -> list[str]:
        options = cast(list[str], self._req("options"))

        return options

    @property
    def hidden(self) -> bool:
        """If true show under event type settings but don't show this booking field in the Booker. If false
        show in both."""
        return cast(bool, self._req("hidden"))

    @property
    def is_default(self) -> bool:
        """This property is always false because it's not default field but custom field"""
        return cast(bool, self._req("isDefault"))

    @property
    def disable_on_prefill(self) -> bool | Unset:
        """Disable this booking field if the URL contains query parameter with key equal to the slug and
        prefill it with the provided value.      For example, if the slug is `language` and options of this
        select field are ['english', 'italian'] and the URL contains query parameter `&language=italian`,
        the 'italian' will be selected and the select field will be disabled. In case of Booker atom need to
        pass slug you used for this booking field to defaultFormValues prop with the desired value  e.g.
        `defaultFormValues={{language: 'italian'}}`. See guide https://cal.com/docs/platform/guides/booking-
        field"""
        return cast(bool | Unset, self._data.get("disableOnPrefill", UNSET))
