# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
    model,
    nullable,
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
    avatar_url: str | None | Unset = field("avatarUrl", nullable(STR), required=False)
    username: str | None | Unset = field("username", nullable(STR), required=False)
    name: str | None | Unset = field("name", nullable(STR), required=False)
    bio: str | None | Unset = field("bio", nullable(STR), required=False)
    metadata: MembershipUserOutputDtoMetadata | Unset = field(
        "metadata", model("membership_user_output_dto_metadata", "MembershipUserOutputDtoMetadata"), required=False
    )

    def __init__(
        self,
        *,
        email: str,
        avatar_url: str | None | Unset = UNSET,
        username: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        bio: str | None | Unset = UNSET,
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
    avatarUrl: str | None
    username: str | None
    name: str | None
    bio: str | None
    metadata: MembershipUserOutputDtoMetadata | Mapping[str, Any]
