# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_organization_user_output_status import GetOrganizationUserOutputStatus

if TYPE_CHECKING:
    from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput


class GetOrganizationUserOutput(ApiModel):
    """
    Attributes:
        status (GetOrganizationUserOutputStatus):  Example: success.
        data (GetOrgUsersWithProfileOutput):
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
        status: GetOrganizationUserOutputStatus,
        data: GetOrgUsersWithProfileOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOrganizationUserOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOrganizationUserOutputStatus:
        status = GetOrganizationUserOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> GetOrgUsersWithProfileOutput:
        from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput  # noqa: PLC0415

        data = GetOrgUsersWithProfileOutput.from_dict(self._req("data"))

        return data
