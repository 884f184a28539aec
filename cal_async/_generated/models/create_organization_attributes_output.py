# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_organization_attributes_output_status import CreateOrganizationAttributesOutputStatus

if TYPE_CHECKING:
    from ..models.attribute import Attribute


class CreateOrganizationAttributesOutput(ApiModel):
    """
    Attributes:
        status (CreateOrganizationAttributesOutputStatus):  Example: success.
        data (Attribute):
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
        status: CreateOrganizationAttributesOutputStatus,
        data: Attribute,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateOrganizationAttributesOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateOrganizationAttributesOutputStatus:
        status = CreateOrganizationAttributesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> Attribute:
        from ..models.attribute import Attribute  # noqa: PLC0415

        data = Attribute.from_dict(self._req("data"))

        return data
