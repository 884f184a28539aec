# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_all_attribute_option_output_status import GetAllAttributeOptionOutputStatus

if TYPE_CHECKING:
    from ..models.option_output import OptionOutput


class GetAllAttributeOptionOutput(ApiModel):
    """
    Attributes:
        status (GetAllAttributeOptionOutputStatus):  Example: success.
        data (list[OptionOutput]):
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
        status: GetAllAttributeOptionOutputStatus,
        data: list[OptionOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetAllAttributeOptionOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetAllAttributeOptionOutputStatus:
        status = GetAllAttributeOptionOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[OptionOutput]:
        from ..models.option_output import OptionOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = OptionOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
