# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class LocationDefaultFieldInput(ApiModel):
    """
    Attributes:
        slug (str): only allowed value for type is `location`. This booking field is displayed only when event type has
            2 or more locations in order to allow person doing the booking pick the location. Example: location.
        label (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "slug",
            "label",
        }
    )
    _required = frozenset(
        {
            "slug",
        }
    )

    def __init__(
        self,
        *,
        slug: str,
        label: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["slug"] = slug

        _label = label

        if not isinstance(_label, Unset):
            data["label"] = _label
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def slug(self) -> str:
        """only allowed value for type is `location`. This booking field is displayed only when event type has
        2 or more locations in order to allow person doing the booking pick the location."""
        return cast(str, self._req("slug"))

    @property
    def label(self) -> str | Unset:
        return cast(str | Unset, self._data.get("label", UNSET))
