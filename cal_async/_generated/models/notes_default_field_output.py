# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class NotesDefaultFieldOutput(ApiModel):
    """
    Attributes:
        slug (str): only allowed value for type is `notes` Default: 'notes'. Example: notes.
        is_default (bool): This property is always true because it's a default field Default: True. Example: True.
        type_ (str):  Default: 'textarea'.
        required (bool | Unset):
        hidden (bool | Unset): If true show under event type settings but don't show this booking field in the Booker.
            If false show in both.
        label (str | Unset):
        placeholder (str | Unset):
        disable_on_prefill (bool | Unset): Disable this booking field if the URL contains query parameter with key equal
            to the slug and prefill it with the provided value.      For example, if URL contains query parameter
            `&notes=hello`,      the notes field will be prefilled with this value and disabled.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "slug",
            "isDefault",
            "type",
            "required",
            "hidden",
            "label",
            "placeholder",
            "disableOnPrefill",
        }
    )
    _required = frozenset(
        {
            "slug",
            "isDefault",
            "type",
        }
    )

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
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["slug"] = slug

        data["isDefault"] = is_default

        data["type"] = type_

        _required = required

        if not isinstance(_required, Unset):
            data["required"] = _required
        _hidden = hidden

        if not isinstance(_hidden, Unset):
            data["hidden"] = _hidden
        _label = label

        if not isinstance(_label, Unset):
            data["label"] = _label
        _placeholder = placeholder

        if not isinstance(_placeholder, Unset):
            data["placeholder"] = _placeholder
        _disable_on_prefill = disable_on_prefill

        if not isinstance(_disable_on_prefill, Unset):
            data["disableOnPrefill"] = _disable_on_prefill
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def slug(self) -> str:
        """only allowed value for type is `notes`"""
        return cast(str, self._req("slug"))

    @property
    def is_default(self) -> bool:
        """This property is always true because it's a default field"""
        return cast(bool, self._req("isDefault"))

    @property
    def type_(self) -> str:
        return cast(str, self._req("type"))

    @property
    def required(self) -> bool | Unset:
        return cast(bool | Unset, self._data.get("required", UNSET))

    @property
    def hidden(self) -> bool | Unset:
        """If true show under event type settings but don't show this booking field in the Booker. If false
        show in both."""
        return cast(bool | Unset, self._data.get("hidden", UNSET))

    @property
    def label(self) -> str | Unset:
        return cast(str | Unset, self._data.get("label", UNSET))

    @property
    def placeholder(self) -> str | Unset:
        return cast(str | Unset, self._data.get("placeholder", UNSET))

    @property
    def disable_on_prefill(self) -> bool | Unset:
        """Disable this booking field if the URL contains query parameter with key equal to the slug and
        prefill it with the provided value.      For example, if URL contains query parameter
        `&notes=hello`,      the notes field will be prefilled with this value and disabled."""
        return cast(bool | Unset, self._data.get("disableOnPrefill", UNSET))
