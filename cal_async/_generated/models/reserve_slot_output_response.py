# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.reserve_slot_output_response_status import ReserveSlotOutputResponseStatus

if TYPE_CHECKING:
    from ..models.reserve_slot_output import ReserveSlotOutput


class ReserveSlotOutputResponse(ApiModel):
    """
    Attributes:
        status (ReserveSlotOutputResponseStatus):  Example: success.
        data (ReserveSlotOutput):
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
        status: ReserveSlotOutputResponseStatus,
        data: ReserveSlotOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ReserveSlotOutputResponseStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ReserveSlotOutputResponseStatus:
        status = ReserveSlotOutputResponseStatus(self._req("status"))

        return status

    @property
    def data(self) -> ReserveSlotOutput:
        from ..models.reserve_slot_output import ReserveSlotOutput  # noqa: PLC0415

        data = ReserveSlotOutput.from_dict(self._req("data"))

        return data
