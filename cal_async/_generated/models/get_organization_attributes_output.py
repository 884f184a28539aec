# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_organization_attributes_output_status import GetOrganizationAttributesOutputStatus

if TYPE_CHECKING:
    from ..models.attribute import Attribute


class GetOrganizationAttributesOutput(ApiModel):
    """
    Attributes:
        status (GetOrganizationAttributesOutputStatus):  Example: success.
        data (list[Attribute]):
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
        status: GetOrganizationAttributesOutputStatus,
        data: list[Attribute],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOrganizationAttributesOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOrganizationAttributesOutputStatus:
        status = GetOrganizationAttributesOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[Attribute]:
        from ..models.attribute import Attribute  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = Attribute.from_dict(data_item_data)

            data.append(data_item)

        return data
