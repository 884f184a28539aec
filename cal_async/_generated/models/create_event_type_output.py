# GENERATED CODE: do not edit. Regenerate with `make regen` (templates in overrides/).
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from cal_async._models import ApiModel, as_json  # noqa: F401

from ..models.create_event_type_output_status import CreateEventTypeOutputStatus

if TYPE_CHECKING:
    from ..models.event_type_output import EventTypeOutput


class CreateEventTypeOutput(ApiModel):
    """
    Attributes:
        status (CreateEventTypeOutputStatus):  Example: success.
        data (EventTypeOutput):
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
        status: CreateEventTypeOutputStatus,
        data: EventTypeOutput,
        **extra: Any,
    ) -> None:
        data: dict[str, Any] = {}
        data["status"] = CreateEventTypeOutputStatus(status).value

        data["data"] = as_json(data)

        data.update(extra)
        object.__setattr__(self, "_data", data)

    @property
    def status(self) -> CreateEventTypeOutputStatus:
        status = CreateEventTypeOutputStatus(self._req("status"))

        return status

    @property
    def data(self) -> EventTypeOutput:
        from ..models.event_type_output import EventTypeOutput  # noqa: PLC0415

        data = EventTypeOutput.from_dict(self._req("data"))

        return data
