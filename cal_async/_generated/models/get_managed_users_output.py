# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_managed_users_output_status import GetManagedUsersOutputStatus

if TYPE_CHECKING:
    from ..models.managed_user_output import ManagedUserOutput


class GetManagedUsersOutput(ApiModel):
    """
    Attributes:
        status (GetManagedUsersOutputStatus):  Example: success.
        data (list[ManagedUserOutput]):
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
        status: GetManagedUsersOutputStatus,
        data: list[ManagedUserOutput],
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetManagedUsersOutputStatus(status).value

        data["data"] = []
        for data_item_data in data:
            data_item = as_json(data_item_data)
            data["data"].append(data_item)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetManagedUsersOutputStatus:
        status = GetManagedUsersOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> list[ManagedUserOutput]:
        from ..models.managed_user_output import ManagedUserOutput  # noqa: PLC0415

        data = []
        _data = self._req("data")
        for data_item_data in _data:
            data_item = ManagedUserOutput.from_dict(data_item_data)

            data.append(data_item)

        return data
