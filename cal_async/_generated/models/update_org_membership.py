# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.update_org_membership_status import UpdateOrgMembershipStatus

if TYPE_CHECKING:
    from ..models.organization_membership_output import OrganizationMembershipOutput


class UpdateOrgMembership(ApiModel):
    """
    Attributes:
        status (UpdateOrgMembershipStatus):  Example: success.
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
        status: UpdateOrgMembershipStatus,
        data: OrganizationMembershipOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = UpdateOrgMembershipStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> UpdateOrgMembershipStatus:
        status = UpdateOrgMembershipStatus(self._req("status"))

        return status

    @property
    def data(self) -> OrganizationMembershipOutput:
        from ..models.organization_membership_output import OrganizationMembershipOutput  # noqa: PLC0415

        data = OrganizationMembershipOutput.from_dict(self._req("data"))

        return data
