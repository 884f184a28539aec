# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_reserved_slot_output_status import GetReservedSlotOutputStatus


class GetReservedSlotOutput(ApiModel):
    """
    Attributes:
        status (GetReservedSlotOutputStatus):  Example: success.
        data (Any):
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
        status: GetReservedSlotOutputStatus,
        data: Any,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetReservedSlotOutputStatus(status).value

        data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetReservedSlotOutputStatus:
        status = GetReservedSlotOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> Any:
        return cast(Any, self._req("data"))
