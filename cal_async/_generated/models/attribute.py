# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.attribute_type import AttributeType
from ..types import UNSET, Unset


class Attribute(ApiModel):
    """
    Attributes:
        id (str): The ID of the attribute Example: attr_123.
        team_id (int): The team ID associated with the attribute Example: 1.
        type_ (AttributeType): The type of the attribute
        name (str): The name of the attribute Example: Attribute Name.
        slug (str): The slug of the attribute Example: attribute-name.
        enabled (bool): Whether the attribute is enabled and displayed on their profile Example: True.
        users_can_edit_relation (bool | Unset): Whether users can edit the relation Example: True.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "id",
            "teamId",
            "type",
            "name",
            "slug",
            "enabled",
            "usersCanEditRelation",
        }
    )
    _required = frozenset(
        {
            "id",
            "teamId",
            "type",
            "name",
            "slug",
            "enabled",
        }
    )

    def __init__(
        self,
        *,
        id: str,
        team_id: int,
        type_: AttributeType,
        name: str,
        slug: str,
        enabled: bool,
        users_can_edit_relation: bool | Unset = UNSET,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["id"] = id

        data["teamId"] = team_id

        data["type"] = AttributeType(type_).value

        data["name"] = name

        data["slug"] = slug

        data["enabled"] = enabled

        _users_can_edit_relation = users_can_edit_relation

        if not isinstance(_users_can_edit_relation, Unset):
            data["usersCanEditRelation"] = _users_can_edit_relation
        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def id(self) -> str:
        """The ID of the attribute"""
        return cast(str, self._req("id"))

    @property
    def team_id(self) -> int:
        """The team ID associated with the attribute"""
        return cast(int, self._req("teamId"))

    @property
    def type_(self) -> AttributeType:
        """The type of the attribute"""
        type_ = AttributeType(self._req("type"))

        return type_

    @property
    def name(self) -> str:
        """The name of the attribute"""
        return cast(str, self._req("name"))

    @property
    def slug(self) -> str:
        """The slug of the attribute"""
        return cast(str, self._req("slug"))

    @property
    def enabled(self) -> bool:
        """Whether the attribute is enabled and displayed on their profile"""
        return cast(bool, self._req("enabled"))

    @property
    def users_can_edit_relation(self) -> bool | Unset:
        """Whether users can edit the relation"""
        return cast(bool | Unset, self._data.get("usersCanEditRelation", UNSET))
