# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_managed_organization_output_status import CreateManagedOrganizationOutputStatus

if TYPE_CHECKING:
    from ..models.managed_organization_with_api_key_output import ManagedOrganizationWithApiKeyOutput


class CreateManagedOrganizationOutput(ApiModel):
    """
    Attributes:
        status (CreateManagedOrganizationOutputStatus):  Example: success.
        data (ManagedOrganizationWithApiKeyOutput):
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
        status: CreateManagedOrganizationOutputStatus,
        data: ManagedOrganizationWithApiKeyOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateManagedOrganizationOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateManagedOrganizationOutputStatus:
        status = CreateManagedOrganizationOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ManagedOrganizationWithApiKeyOutput:
        from ..models.managed_organization_with_api_key_output import ManagedOrganizationWithApiKeyOutput  # noqa: PLC0415

        data = ManagedOrganizationWithApiKeyOutput.from_dict(self._req("data"))

        return data
