# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_org_membership_status import GetOrgMembershipStatus

if TYPE_CHECKING:
    from ..models.organization_membership_output import OrganizationMembershipOutput


class GetOrgMembership(ApiModel):
    """
    Attributes:
        status (GetOrgMembershipStatus):  Example: success.
        data (OrganizationMembershipOutput):
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
        status: GetOrgMembershipStatus,
        data: OrganizationMembershipOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOrgMembershipStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOrgMembershipStatus:
        status = GetOrgMembershipStatus(self._req("status"))

        return status

    @property
    def data(self) -> OrganizationMembershipOutput:
        from ..models.organization_membership_output import OrganizationMembershipOutput  # noqa: PLC0415

        data = OrganizationMembershipOutput.from_dict(self._req("data"))

        return data
