# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_team_membership_output_status import CreateTeamMembershipOutputStatus

if TYPE_CHECKING:
    from ..models.team_membership_output import TeamMembershipOutput


class CreateTeamMembershipOutput(ApiModel):
    """
    Attributes:
        status (CreateTeamMembershipOutputStatus):  Example: success.
        data (TeamMembershipOutput):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
        }
    )

    def __init__(
        self,
        *,
        status: CreateTeamMembershipOutputStatus,
        data: TeamMembershipOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateTeamMembershipOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateTeamMembershipOutputStatus:
        status = CreateTeamMembershipOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> TeamMembershipOutput:
        from ..models.team_membership_output import TeamMembershipOutput  # noqa: PLC0415

        data = TeamMembershipOutput.from_dict(self._req("data"))

        return data
