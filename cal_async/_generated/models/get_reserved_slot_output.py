# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.get_reserved_slot_output_status import GetReservedSlotOutputStatus


class GetReservedSlotOutput(ApiModel):
    """
    Attributes:
        status (GetReservedSlotOutputStatus):  Example: success.
        data (GetReservedSlotOutput | None):
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
        data: GetReservedSlotOutput | None,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = GetReservedSlotOutputStatus(status).value

        if isinstance(data, GetReservedSlotOutput):
            data["data"] = as_json(data)
        else:
            data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> GetReservedSlotOutputStatus:
        status = GetReservedSlotOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> GetReservedSlotOutput | None:
        def _parse_data(data: object) -> GetReservedSlotOutput | None:
            if data is None:
                return data
            try:
                if not GetReservedSlotOutput._matches(data):
                    raise TypeError()
                data_type_1 = GetReservedSlotOutput.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetReservedSlotOutput | None, data)

        data = _parse_data(self._req("data"))

        return data
