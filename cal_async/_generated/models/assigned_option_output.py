# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class AssignedOptionOutput(ApiModel):
    """
    Attributes:
        id (str): The ID of the option Example: attr_option_id.
        attribute_id (str): The ID of the attribute Example: attr_id.
        value (str): The value of the option Example: option_value.
        slug (str): The slug of the option Example: option-slug.
        assigned_user_ids (list[str]): Ids of the users assigned to the attribute option. Example: [124, 224].
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "attributeId",
            "value",
            "slug",
            "assignedUserIds",
        }
    )
    _required = frozenset(
        {
            "id",
            "attributeId",
            "value",
            "slug",
            "assignedUserIds",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        attribute_id: str,
        value: str,
        slug: str,
        assigned_user_ids: list[str],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["attributeId"] = attribute_id

        data["value"] = value

        data["slug"] = slug

        data["assignedUserIds"] = assigned_user_ids

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

    @property
    def assigned_user_ids(self) -> list[str]:
        """Ids of the users assigned to the attribute option."""
        assigned_user_ids = cast(list[str], self._req("assignedUserIds"))

        return assigned_user_ids
