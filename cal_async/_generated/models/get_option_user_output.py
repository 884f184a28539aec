# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_option_user_output_status import GetOptionUserOutputStatus

if TYPE_CHECKING:
    from ..models.get_option_user_output_data import GetOptionUserOutputData


class GetOptionUserOutput(ApiModel):
    """
    Attributes:
        status (GetOptionUserOutputStatus):  Example: success.
        data (list[GetOptionUserOutputData]):
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
        status: GetOptionUserOutputStatus,
        data: list[GetOptionUserOutputData],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetOptionUserOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetOptionUserOutputStatus:
        status = GetOptionUserOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[GetOptionUserOutputData]:
        from ..models.get_option_user_output_data import GetOptionUserOutputData  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = GetOptionUserOutputData.from_dict(data_item_data)

            data.append(data_item)

        return data
