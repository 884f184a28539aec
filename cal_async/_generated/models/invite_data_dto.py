# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401


class InviteDataDto(ApiModel):
    """
    Attributes:
        token (str): Unique invitation token for this team. Share this token with prospective members to allow them to
            join the team/organization. Example: f6a5c8b1d2e34c7f90a1b2c3d4e5f6a5b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2.
        invite_link (str): Complete invitation URL that can be shared with prospective members. Opens the signup page
            with the token and redirects to getting started after signup. Example: http://app.cal.com/signup?token=f6a5c8b1d
            2e34c7f90a1b2c3d4e5f6a5b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2&callbackUrl=/getting-started.
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "token",
            "inviteLink",
        }
    )
    _required = frozenset(
        {
            "token",
            "inviteLink",
        }
    )

    def __init__(
        self,
        *,
        token: str,
        invite_link: str,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["token"] = token

        data["inviteLink"] = invite_link

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def token(self) -> str:
        """Unique invitation token for this team. Share this token with prospective members to allow them to
        join the team/organization."""
        return cast(str, self._req("token"))

    @property
    def invite_link(self) -> str:
        """Complete invitation URL that can be shared with prospective members. Opens the signup page with the
        token and redirects to getting started after signup."""
        return cast(str, self._req("inviteLink"))
