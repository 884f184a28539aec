# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    enum_of,
    field,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .attribute_type import AttributeType

if TYPE_CHECKING:
    pass


class Attribute(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: str = field("id", STR, required=True)
    """ The ID of the attribute """
    team_id: int = field("teamId", INT, required=True)
    """ The team ID associated with the attribute """
    type_: AttributeType = field("type", enum_of(AttributeType), required=True)
    """ The type of the attribute """
    name: str = field("name", STR, required=True)
    """ The name of the attribute """
    slug: str = field("slug", STR, required=True)
    """ The slug of the attribute """
    enabled: bool = field("enabled", BOOL, required=True)
    """ Whether the attribute is enabled and displayed on their profile """
    users_can_edit_relation: bool | Unset = field("usersCanEditRelation", BOOL, required=False)
    """ Whether users can edit the relation """

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
    ) -> None:
        self._set(
            {
                "id": id,
                "teamId": team_id,
                "type": type_,
                "name": name,
                "slug": slug,
                "enabled": enabled,
                "usersCanEditRelation": users_can_edit_relation,
            }
        )


class AttributeDict(TypedDict, total=False):
    """``Attribute`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[str]
    teamId: Required[int]
    type: Required[AttributeType | Literal["MULTI_SELECT", "NUMBER", "SINGLE_SELECT", "TEXT"]]
    name: Required[str]
    slug: Required[str]
    enabled: Required[bool]
    usersCanEditRelation: bool
