# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class LocationDefaultFieldOutput(ApiModel):
    """
    Attributes:
        is_default (bool): This property is always true because it's a default field Default: True. Example: True.
        slug (str): This booking field is returned only if the event type has more than one location. The purpose of
            this field is to allow the user to select the location where the event will take place. Default: 'location'.
        type_ (str):  Default: 'radioInput'.
        required (bool):
        hidden (bool): If true show under event type settings but don't show this booking field in the Booker. If false
            show in both.
        label (str):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "isDefault",
            "slug",
            "type",
            "required",
            "hidden",
            "label",
        }
    )
    _required = frozenset(
        {
            "isDefault",
            "slug",
            "type",
            "required",
            "hidden",
            "label",
        }
    )

    def __init__(
        self,
        *,
        is_default: bool,
        slug: str,
        type_: str,
        required: bool,
        hidden: bool,
        label: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["isDefault"] = is_default

        data["slug"] = slug

        data["type"] = type_

        data["required"] = required

        data["hidden"] = hidden

        data["label"] = label

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def is_default(self) -> bool:
        """This property is always true because it's a default field"""
        return cast(bool, self._req("isDefault"))

    @property
    def slug(self) -> str:
        """This booking field is returned only if the event type has more than one location. The purpose of
        this field is to allow the user to select the location where the event will take place."""
        return cast(str, self._req("slug"))

    @property
    def type_(self) -> str:
        return cast(str, self._req("type"))

    @property
    def required(self) -> bool:
        return cast(bool, self._req("required"))

    @property
    def hidden(self) -> bool:
        """If true show under event type settings but don't show this booking field in the Booker. If false
        show in both."""
        return cast(bool, self._req("hidden"))

    @property
    def label(self) -> str:
        return cast(str, self._req("label"))
