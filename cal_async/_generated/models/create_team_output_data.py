# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

if TYPE_CHECKING:
    from ..models.team_output_dto import TeamOutputDto


class CreateTeamOutputData(ApiModel):
    """
    Attributes:
        message (str):
        payment_link (str):
        pending_team (TeamOutputDto):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "message",
            "paymentLink",
            "pendingTeam",
        }
    )
    _required = frozenset(
        {
            "message",
            "paymentLink",
            "pendingTeam",
        }
    )

    def __init__(
        self,
        *,
        message: str,
        payment_link: str,
        pending_team: TeamOutputDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["message"] = message

        data["paymentLink"] = payment_link

        data["pendingTeam"] = as_json(pending_team)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def message(self) -> str:
        return cast(str, self._req("message"))

    @property
    def payment_link(self) -> str:
        return cast(str, self._req("paymentLink"))

    @property
    def pending_team(self) -> TeamOutputDto:
        from ..models.team_output_dto import TeamOutputDto  # noqa: PLC0415

        pending_team = TeamOutputDto.from_dict(self._req("pendingTeam"))

        return pending_team
