# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.delete_event_type_output_status import DeleteEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.delete_data import DeleteData


class DeleteEventTypeOutput(ApiModel):
    """
    Attributes:
        status (DeleteEventTypeOutputStatus):  Example: success.
        data (DeleteData):
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
        status: DeleteEventTypeOutputStatus,
        data: DeleteData,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = DeleteEventTypeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> DeleteEventTypeOutputStatus:
        status = DeleteEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> DeleteData:
        from ..models.delete_data import DeleteData  # noqa: PLC0415

        data = DeleteData.from_dict(self._req("data"))

        return data
