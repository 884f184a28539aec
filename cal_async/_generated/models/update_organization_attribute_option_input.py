# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..types import UNSET, Unset


class UpdateOrganizationAttributeOptionInput(ApiModel):
    """
    Attributes:
        value (str | Unset):
        slug (str | Unset):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "value",
            "slug",
        }
    )
    _required = frozenset({})

    def __init__(
        self,
        *,
        value: str | Unset = UNSET,
        slug: str | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        _value = value

        if not isinstance(_value, Unset):
            data["value"] = _value
        _slug = slug

        if not isinstance(_slug, Unset):
            data["slug"] = _slug
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def value(self) -> str | Unset:
        return cast(str | Unset, self._data.get("value", UNSET))

    @property
    def slug(self) -> str | Unset:
        return cast(str | Unset, self._data.get("slug", UNSET))
