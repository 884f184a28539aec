# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
)
from cal_async._models import ApiModel
from cal_async._sentinel import UNSET, Unset

if TYPE_CHECKING:
    from .membership_user_output_dto_metadata import MembershipUserOutputDtoMetadata

    pass


class MembershipUserOutputDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    email: str = field("email", STR, required=True)
    avatar_url: str | Unset = field("avatarUrl", STR, required=False)
    username: str | Unset = field("username", STR, required=False)
    name: str | Unset = field("name", STR, required=False)
    bio: str | Unset = field("bio", STR, required=False)
    metadata: MembershipUserOutputDtoMetadata | Unset = field(
        "metadata", model("membership_user_output_dto_metadata", "MembershipUserOutputDtoMetadata"), required=False
    )

    def __init__(
        self,
        *,
        email: str,
        avatar_url: str | Unset = UNSET,
        username: str | Unset = UNSET,
        name: str | Unset = UNSET,
        bio: str | Unset = UNSET,
        metadata: MembershipUserOutputDtoMetadata | Unset = UNSET,
    ) -> None:
        self._set(
            {
                "email": email,
                "avatarUrl": avatar_url,
                "username": username,
                "name": name,
                "bio": bio,
                "metadata": metadata,
            }
        )


class MembershipUserOutputDtoDict(TypedDict, total=False):
    """``MembershipUserOutputDto`` as a plain dict with the API's JSON names, for request bodies."""

    email: Required[str]
    avatarUrl: str
    username: str
    name: str
    bio: str
    metadata: MembershipUserOutputDtoMetadata | Mapping[str, Any]
