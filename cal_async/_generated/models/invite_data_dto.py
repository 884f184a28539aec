# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Required, TypedDict

from cal_async._fields import (
    STR,
    field,
)
from cal_async._models import ApiModel

if TYPE_CHECKING:
    pass


class InviteDataDto(ApiModel):
    """Fields are decoded and checked when read: the first alone, the second with all the others (a
    wrong value fails only its own read); fields the API document does not declare stay readable with
    ``model["jsonName"]`` and ``model.model_extra``.
    """

    __slots__ = ()

    token: str = field("token", STR, required=True)
    """ Unique invitation token for this team. Share this token with prospective members to allow them to
    join the team/organization. """
    invite_link: str = field("inviteLink", STR, required=True)
    """ Complete invitation URL that can be shared with prospective members. Opens the signup page with the
    token and redirects to getting started after signup. """

    def __init__(
        self,
        *,
        token: str,
        invite_link: str,
    ) -> None:
        self._set(
            {
                "token": token,
                "inviteLink": invite_link,
            }
        )


class InviteDataDtoDict(TypedDict, total=False):
    """``InviteDataDto`` as a plain dict with the API's JSON names, for request bodies."""

    token: Required[str]
    inviteLink: Required[str]
