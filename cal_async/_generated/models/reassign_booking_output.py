# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import Any, cast

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.reassign_booking_output_status import ReassignBookingOutputStatus


class ReassignBookingOutput(ApiModel):
    """
    Attributes:
        status (ReassignBookingOutputStatus):  Example: success.
        data (Any): Booking data, which can be either a ReassignAutoBookingOutput object or a
            ReassignManualBookingOutput object
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
        status: ReassignBookingOutputStatus,
        data: Any,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ReassignBookingOutputStatus(status).value

        data["data"] = data

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ReassignBookingOutputStatus:
        status = ReassignBookingOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> Any:
        """Booking data, which can be either a ReassignAutoBookingOutput object or a
        ReassignManualBookingOutput object"""
        return cast(Any, self._req("data"))
