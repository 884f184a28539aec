# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_organization_users_response_dto_status import GetOrganizationUsersResponseDTOStatus

if TYPE_CHECKING:
    from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput


class GetOrganizationUsersResponseDTO(ApiModel):
    """
    Attributes:
        status (GetOrganizationUsersResponseDTOStatus):  Example: success.
        data (list[GetOrgUsersWithProfileOutput]):
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
        status: GetOrganizationUsersResponseDTOStatus,
        data: list[GetOrgUsersWithProfileOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOrganizationUsersResponseDTOStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOrganizationUsersResponseDTOStatus:
        status = GetOrganizationUsersResponseDTOStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[GetOrgUsersWithProfileOutput]:
        from ..models.get_org_users_with_profile_output import GetOrgUsersWithProfileOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = GetOrgUsersWithProfileOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
