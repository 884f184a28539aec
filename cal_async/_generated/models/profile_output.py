# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    INT,
    STR,
    field,
    nullable,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    pass


class ProfileOutput(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    id: int = field("id", INT, required=True)
    """ The ID of the profile of user """
    organization_id: int = field("organizationId", INT, required=True)
    """ The ID of the organization of user """
    user_id: int = field("userId", INT, required=True)
    """ The IDof the user """
    username: str | None | Unset = field("username", nullable(STR), required=False)
    """ The username of the user within the organization context """

    def __init__(
        self,
        *,
        id: int,
        organization_id: int,
        user_id: int,
        username: str | None | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "id": id,
                "organizationId": organization_id,
                "userId": user_id,
                "username": username,
            }
        )


class ProfileOutputDict(TypedDict, total=False):
    """``ProfileOutput`` as a plain dict with the API's JSON names, for request bodies."""

    id: Required[int]
    organizationId: Required[int]
    userId: Required[int]
    username: str | None
