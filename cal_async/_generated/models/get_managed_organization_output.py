# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_managed_organization_output_status import GetManagedOrganizationOutputStatus

if TYPE_CHECKING:
    from ..models.managed_organization_output import ManagedOrganizationOutput


class GetManagedOrganizationOutput(ApiModel):
    """
    Attributes:
        status (GetManagedOrganizationOutputStatus):  Example: success.
        data (ManagedOrganizationOutput):
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
        status: GetManagedOrganizationOutputStatus,
        data: ManagedOrganizationOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetManagedOrganizationOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetManagedOrganizationOutputStatus:
        status = GetManagedOrganizationOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ManagedOrganizationOutput:
        from ..models.managed_organization_output import ManagedOrganizationOutput  # noqa: PLC0415

        data = ManagedOrganizationOutput.from_dict(self._req("data"))

        return data
