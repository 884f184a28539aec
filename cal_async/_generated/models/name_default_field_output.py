# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class NameDefaultFieldOutput(ApiModel):
    """
    Attributes:
        type_ (str): only allowed value for type is `name`. Used for having 1 booking field for both first name and last
            name. Default: 'name'. Example: name.
        label (str):
        placeholder (str):
        is_default (bool): This property is always true because it's a default field Default: True. Example: True.
        slug (str):  Default: 'name'.
        required (bool):
        disable_on_prefill (bool | Unset): Disable this booking field if the URL contains query parameter with key equal
            to the slug and prefill it with the provided value.      For example, if URL contains query parameter
            `&name=bob`,      the name field will be prefilled with this value and disabled. In case of Booker atom need to
            pass 'name' to defaultFormValues prop with the desired value e.g. `defaultFormValues={{name: 'bob'}}`. See guide
            https://cal.com/docs/platform/guides/booking-fields
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
            "required",
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
        required: bool,
        disable_on_prefill: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["type"] = type_

        data["label"] = label

        data["placeholder"] = placeholder

        data["isDefault"] = is_default

        data["slug"] = slug

        data["required"] = required

        _disable_on_prefill = disable_on_prefill

        if not isinstance(_disable_on_prefill, Unset):
            data["disableOnPrefill"] = _disable_on_prefill
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def type_(self) -> str:
        """only allowed value for type is `name`. Used for having 1 booking field for both first name and last
        name."""
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
    def required(self) -> bool:
        return cast(bool, self._req("required"))

    @property
    def disable_on_prefill(self) -> bool | Unset:
        """Disable this booking field if the URL contains query parameter with key equal to the slug and
        prefill it with the provided value.      For example, if URL contains query parameter `&name=bob`,
        the name field will be prefilled with this value and disabled. In case of Booker atom need to pass
        'name' to defaultFormValues prop with the desired value e.g. `defaultFormValues={{name: 'bob'}}`.
        See guide https://cal.com/docs/platform/guides/booking-fields"""
        return cast(bool | Unset, self._data.get("disableOnPrefill", UNSET))
