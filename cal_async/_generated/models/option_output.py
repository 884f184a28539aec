# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class OptionOutput(ApiModel):
    """
    Attributes:
        id (str): The ID of the option Example: attr_option_id.
        attribute_id (str): The ID of the attribute Example: attr_id.
        value (str): The value of the option Example: option_value.
        slug (str): The slug of the option Example: option-slug.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "attributeId",
            "value",
            "slug",
        }
    )
    _required = frozenset(
        {
            "id",
            "attributeId",
            "value",
            "slug",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        attribute_id: str,
        value: str,
        slug: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["attributeId"] = attribute_id

        data["value"] = value

        data["slug"] = slug

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        """The ID of the option"""
        return cast(str, self._req("id"))

    @property
    def attribute_id(self) -> str:
        """The ID of the attribute"""
        return cast(str, self._req("attributeId"))

    @property
    def value(self) -> str:
        """The value of the option"""
        return cast(str, self._req("value"))

    @property
    def slug(self) -> str:
        """The slug of the option"""
        return cast(str, self._req("slug"))
