# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_managed_organizations_output_status import GetManagedOrganizationsOutputStatus

if TYPE_CHECKING:
    from ..models.managed_organization_output import ManagedOrganizationOutput
    from ..models.pagination_meta_dto import PaginationMetaDto


class GetManagedOrganizationsOutput(ApiModel):
    """
    Attributes:
        status (GetManagedOrganizationsOutputStatus):  Example: success.
        data (list[ManagedOrganizationOutput]):
        pagination (PaginationMetaDto):
    """

    __slots__ = ()
    _fields = frozenset(
        {
            "status",
            "data",
            "pagination",
        }
    )
    _required = frozenset(
        {
            "status",
            "data",
            "pagination",
        }
    )

    def __init__(
        self,
        *,
        status: GetManagedOrganizationsOutputStatus,
        data: list[ManagedOrganizationOutput],
        pagination: PaginationMetaDto,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetManagedOrganizationsOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data["pagination"] = as_json(pagination)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetManagedOrganizationsOutputStatus:
        status = GetManagedOrganizationsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[ManagedOrganizationOutput]:
        from ..models.managed_organization_output import ManagedOrganizationOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = ManagedOrganizationOutput.from_dict(data_item_data)

            data.append(data_item)

        return data

    @property
    def pagination(self) -> PaginationMetaDto:
        from ..models.pagination_meta_dto import PaginationMetaDto  # noqa: PLC0415

        pagination = PaginationMetaDto.from_dict(self._req("pagination"))

        return pagination
