# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    BOOL,
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class CreateIcsFeedOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ The id of the calendar credential """
    type_: str = field("type", STR, required=True)
    """ The type of the calendar """
    user_id: int | None = field("userId", nullable(INT), required=True)
    """ The user id of the user that created the calendar """
    team_id: int | None = field("teamId", nullable(INT), required=True)
    """ The team id of the user that created the calendar """
    app_id: str | None = field("appId", nullable(STR), required=True)
    """ The slug of the calendar """
    invalid: bool | None = field("invalid", nullable(BOOL), required=True)
    """ Whether the calendar credentials are valid or not """

    def __init__(
        self,
        *,
        id: int,
        type_: str,
        user_id: int | None,
        team_id: int | None,
        app_id: str | None,
        invalid: bool | None,
    ) -> None:
        self._set(
            {
                "id": id,
                "type": type_,
                "userId": user_id,
                "teamId": team_id,
                "appId": app_id,
                "invalid": invalid,
            }
        )


class CreateIcsFeedOutputDict(TypedDict, total=False):
    """``CreateIcsFeedOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    type: Required[str]
    userId: Required[int | None]
    teamId: Required[int | None]
    appId: Required[str | None]
    invalid: Required[bool | None]
