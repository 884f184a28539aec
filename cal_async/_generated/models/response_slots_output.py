# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.response_slots_output_status import ResponseSlotsOutputStatus

if TYPE_CHECKING:
    from ..models.response_slots_output_data import ResponseSlotsOutputData


class ResponseSlotsOutput(ApiModel):
    """
    Attributes:
        status (ResponseSlotsOutputStatus):  Example: success.
        data (ResponseSlotsOutputData):
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
        status: ResponseSlotsOutputStatus,
        data: ResponseSlotsOutputData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = ResponseSlotsOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> ResponseSlotsOutputStatus:
        status = ResponseSlotsOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> ResponseSlotsOutputData:
        from ..models.response_slots_output_data import ResponseSlotsOutputData  # noqa: PLC0415

        data = ResponseSlotsOutputData.from_dict(self._req("data"))

        return data
