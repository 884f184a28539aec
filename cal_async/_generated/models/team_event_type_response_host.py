# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Literal, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    enum_of,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

from .team_event_type_response_host_priority import TeamEventTypeResponseHostPriority

if TYPE_CHECKING:
    pass


class TeamEventTypeResponseHost(ApiModel):
    """A host of a team event type

    Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    user_id: int = field("userId", INT, required=True)
    name: str = field("name", STR, required=True)
    username: str = field("username", STR, required=True)
    avatar_url: str | None | Unset = field("avatarUrl", nullable(STR), required=False)
    mandatory: bool | Unset = field("mandatory", BOOL, required=False)
    """ Round robin event types only """
    priority: TeamEventTypeResponseHostPriority | Unset = field(
        "priority", enum_of(TeamEventTypeResponseHostPriority), required=False
    )
    """ Round robin event types only """

    def __init__(
        self,
        *,
        user_id: int,
        name: str,
        username: str,
        avatar_url: str | None | Unset = UNSET,
        mandatory: bool | Unset = UNSET,
        priority: TeamEventTypeResponseHostPriority | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "userId": user_id,
                "name": name,
                "username": username,
                "avatarUrl": avatar_url,
                "mandatory": mandatory,
                "priority": priority,
            }
        )


class TeamEventTypeResponseHostDict(TypedDict, total=False):
    """``TeamEventTypeResponseHost`` as a plain dict with the API's JSON names, for request bodies."""

    userId: Required[int]
    name: Required[str]
    username: Required[str]
    avatarUrl: str | None
    mandatory: bool
    priority: TeamEventTypeResponseHostPriority | Literal["high", "highest", "low", "lowest", "medium"]
